# Staff roles are groups with their permissions, so a new deployment has them from the start.
from django.contrib.auth.management import create_permissions
from django.db import migrations

GRUP = {
    "Verifikator": {
        "layanan": {
            "pemda": ["view"],
            "kecamatan": ["view", "add", "change"],
            "desa": ["view", "add", "change"],
            "opd": ["view", "add", "change"],
            "unitlayanan": ["view", "add", "change", "delete"],
            "kategorilayanan": ["view", "add", "change", "delete"],
            "layanan": ["view", "add", "change", "delete", "terbitkan", "kelola_semua_opd"],
            "persyaratan": ["view", "add", "change", "delete"],
            "langkahprosedur": ["view", "add", "change", "delete"],
            "historicallayanan": ["view"],
        }
    },
    "Petugas OPD": {
        "layanan": {
            "opd": ["view"],
            "unitlayanan": ["view"],
            "kategorilayanan": ["view"],
            "layanan": ["view", "add", "change"],
            "persyaratan": ["view", "add", "change", "delete"],
            "langkahprosedur": ["view", "add", "change", "delete"],
            "historicallayanan": ["view"],
        }
    },
}

KHUSUS = {"terbitkan": "terbitkan_layanan", "kelola_semua_opd": "kelola_semua_opd"}


def buat_grup(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for nama, per_app in GRUP.items():
        grup, _ = Group.objects.get_or_create(name=nama)
        for app_label, per_model in per_app.items():
            for model, aksi in per_model.items():
                for a in aksi:
                    codename = KHUSUS.get(a, f"{a}_{model}")
                    grup.permissions.add(
                        Permission.objects.get(content_type__app_label=app_label, codename=codename)
                    )


def hapus_grup(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GRUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("layanan", "0002_ekstensi_postgres"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(buat_grup, hapus_grup)]
