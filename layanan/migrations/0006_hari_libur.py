# HariLibur (cuti bersama, local days off) moves here from aspirasi so that kegiatan (the
# schedule generator) can use it too; aspirasi 0006 copies the existing rows and drops the
# old table. The Verifikator keeps managing it; the Pengelola Kegiatan sees it.
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

GRUP = {
    "Verifikator": ["view", "add", "change", "delete"],
    "Pengelola Kegiatan": ["view"],
}


def _izin(apps, aksi):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="layanan", codename__in=[f"{a}_harilibur" for a in aksi]
    )


def tambah_izin(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    for nama, aksi in GRUP.items():
        grup, _ = Group.objects.get_or_create(name=nama)
        grup.permissions.add(*_izin(apps, aksi))


def hapus_izin(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for nama, aksi in GRUP.items():
        for grup in Group.objects.filter(name=nama):
            grup.permissions.remove(*_izin(apps, aksi))


class Migration(migrations.Migration):
    dependencies = [
        ("layanan", "0005_pengguna_kecamatan"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="HariLibur",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("tanggal", models.DateField(unique=True, verbose_name="tanggal")),
                ("keterangan", models.CharField(max_length=200, verbose_name="keterangan")),
            ],
            options={
                "verbose_name": "hari libur tambahan",
                "verbose_name_plural": "hari libur tambahan",
                "ordering": ["tanggal"],
            },
        ),
        migrations.RunPython(tambah_izin, hapus_izin),
    ]
