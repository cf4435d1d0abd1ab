# HariLibur now lives in layanan (layanan 0006). The rows are copied here, in the aspirasi
# migration, so that layanan's migrations never refer to aspirasi (imports and migration
# dependencies both run layanan <- kegiatan <- aspirasi). Then the old permissions and the old
# table go. Reversible: rolling back copies the rows back into a recreated aspirasi table.
from django.db import migrations

KOLOM = ("tanggal", "keterangan")


def _salin(dari, ke):
    ke.objects.bulk_create(
        [ke(**baris) for baris in dari.objects.values(*KOLOM)], ignore_conflicts=True
    )


def salin_ke_layanan(apps, schema_editor):
    _salin(apps.get_model("aspirasi", "HariLibur"), apps.get_model("layanan", "HariLibur"))


def salin_ke_aspirasi(apps, schema_editor):
    _salin(apps.get_model("layanan", "HariLibur"), apps.get_model("aspirasi", "HariLibur"))


def hapus_izin_lama(apps, schema_editor):
    # Removing the permissions also removes them from the groups (Verifikator) that held them;
    # layanan 0006 gave the groups the permissions of the new model.
    apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="aspirasi", content_type__model="harilibur"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("aspirasi", "0005_aspirasi_kegiatan_aspirasi_kunjungan"),
        ("layanan", "0006_hari_libur"),
    ]

    operations = [
        migrations.RunPython(salin_ke_layanan, salin_ke_aspirasi),
        migrations.RunPython(hapus_izin_lama, migrations.RunPython.noop),
        migrations.DeleteModel(name="HariLibur"),
    ]
