# Aspirasi permissions for the staff roles, and the three read-mostly roles. Which rows a
# user reaches is decided by the admin (OPD or kecamatan of the account); the groups only
# say what kind of thing each role may do. Nobody but a superuser deletes an aspirasi.
from django.contrib.auth.management import create_permissions
from django.db import migrations

ANAK = ["riwayatstatus", "jawaban", "disposisi", "tanggapan", "tambahanwarga"]
SEMUA_MODEL = [
    "aspirasi",
    *ANAK,
    "catataninternal",
    "lampiran",
    "harilibur",
    "templatejawaban",
]

GRUP = {
    "Verifikator": {
        **{model: ["view", "add", "change"] for model in SEMUA_MODEL},
        "aspirasi": [
            "view",
            "add",
            "change",
            "verifikasi_aspirasi",
            "lihat_semua_aspirasi",
            "terbitkan_aspirasi",
        ],
        "harilibur": ["view", "add", "change", "delete"],
        "templatejawaban": ["view", "add", "change", "delete"],
    },
    "Petugas OPD": {
        "aspirasi": ["view", "change"],
        **{model: ["view"] for model in ANAK},
        "jawaban": ["view", "add"],
        "catataninternal": ["view", "add"],
        "lampiran": ["view"],
        "templatejawaban": ["view", "add", "change"],
    },
    "Pimpinan": {
        "aspirasi": ["view", "lihat_semua_aspirasi"],
        **{model: ["view"] for model in ANAK},
        "catataninternal": ["view"],
    },
    "Camat/Lurah": {
        "aspirasi": ["view"],
        **{model: ["view"] for model in ANAK},
    },
    "Pengelola Kegiatan": {
        "aspirasi": ["view", "add"],
    },
}

BARU = ["Pimpinan", "Camat/Lurah", "Pengelola Kegiatan"]
KHUSUS = {"verifikasi_aspirasi", "lihat_semua_aspirasi", "terbitkan_aspirasi"}


def _codename(aksi, model):
    return aksi if aksi in KHUSUS else f"{aksi}_{model}"


def _izin(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    for nama, per_model in GRUP.items():
        yield (
            nama,
            [
                Permission.objects.get(
                    content_type__app_label="aspirasi", codename=_codename(aksi, model)
                )
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
    Group.objects.filter(name__in=BARU).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("aspirasi", "0001_initial"),
        ("layanan", "0005_pengguna_kecamatan"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(tambah, hapus)]
