# Kegiatan permissions for the staff roles. Which attendance rows a Petugas OPD may change
# (their own OPD's only, and only confirmation + note) is enforced by the admin; the groups
# only say what kind of thing each role may do.
from django.contrib.auth.management import create_permissions
from django.db import migrations

MODEL = [
    "kegiatan",
    "sesiagenda",
    "kehadiranopd",
    "layanankegiatan",
    "kunjunganfasilitas",
    "stanumkm",
]

GRUP = {
    "Pengelola Kegiatan": {
        "kegiatan": {model: ["view", "add", "change", "delete"] for model in MODEL},
        # To pick the kecamatan, desa, OPDs and services of an event in the admin.
        "layanan": {model: ["view"] for model in ["kecamatan", "desa", "opd", "layanan"]},
    },
    "Petugas OPD": {"kegiatan": {"kegiatan": ["view"], "kehadiranopd": ["view", "change"]}},
    "Verifikator": {"kegiatan": {model: ["view"] for model in MODEL}},
    "Pimpinan": {"kegiatan": {model: ["view"] for model in MODEL}},
}


def _izin(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    for nama, per_app in GRUP.items():
        yield (
            nama,
            [
                Permission.objects.get(
                    content_type__app_label=app_label, codename=f"{aksi}_{model}"
                )
                for app_label, per_model in per_app.items()
                for model, daftar in per_model.items()
                for aksi in daftar
            ],
        )


def tambah(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for nama, izin in _izin(apps):
        grup, _ = Group.objects.get_or_create(name=nama)
        grup.permissions.add(*izin)


def hapus(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for nama, izin in _izin(apps):
        grup = Group.objects.filter(name=nama).first()
        if grup is not None:
            grup.permissions.remove(*izin)


class Migration(migrations.Migration):
    dependencies = [
        ("kegiatan", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(tambah, hapus)]
