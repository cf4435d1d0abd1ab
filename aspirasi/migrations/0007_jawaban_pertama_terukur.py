# The dashboard's answer figures: the deadline a first answer was measured against and the
# working days from routing to that answer, stored with the answer (aspirasi.services.jawab).
# Rows answered before this migration get both from their status history: the last routing
# before the first answer starts the clock, as it does in services.teruskan.
from django.conf import settings
from django.db import migrations, models


def isi_jawaban_pertama(apps, schema_editor):
    # The shared working-day calendar (holidays library + layanan.HariLibur rows).
    from layanan import hari_kerja

    Aspirasi = apps.get_model("aspirasi", "Aspirasi")
    RiwayatStatus = apps.get_model("aspirasi", "RiwayatStatus")
    hari = settings.ASPIRASI_TENGGAT["jawaban"]
    for aspirasi in Aspirasi.objects.filter(dijawab_pertama_pada__isnull=False).iterator():
        routing = (
            RiwayatStatus.objects.filter(
                aspirasi=aspirasi, ke="diteruskan", waktu__lte=aspirasi.dijawab_pertama_pada
            )
            .order_by("-waktu", "-pk")
            .values_list("waktu", flat=True)
            .first()
        ) or aspirasi.diteruskan_pada or aspirasi.dibuat
        Aspirasi.objects.filter(pk=aspirasi.pk).update(
            tenggat_jawaban=hari_kerja.tambah_hari_kerja(routing, hari),
            hari_kerja_sampai_jawaban=hari_kerja.hari_kerja_di_antara(
                routing, aspirasi.dijawab_pertama_pada
            ),
        )


class Migration(migrations.Migration):

    dependencies = [
        ('aspirasi', '0006_hapus_hari_libur'),
        ('kegiatan', '0002_grup'),
        ('layanan', '0006_hari_libur'),
    ]

    operations = [
        migrations.AddField(
            model_name='aspirasi',
            name='hari_kerja_sampai_jawaban',
            field=models.PositiveSmallIntegerField(blank=True, editable=False, help_text='Hari kerja dari penerusan ke OPD sampai jawaban pertama.', null=True, verbose_name='hari kerja sampai jawaban pertama'),
        ),
        migrations.AddField(
            model_name='aspirasi',
            name='tenggat_jawaban',
            field=models.DateTimeField(blank=True, editable=False, help_text='Tenggat jawaban yang berlaku saat jawaban pertama diberikan.', null=True, verbose_name='tenggat jawaban pertama'),
        ),
        migrations.RunPython(isi_jawaban_pertama, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name='aspirasi',
            constraint=models.CheckConstraint(condition=models.Q(('dijawab_pertama_pada__isnull', True), models.Q(('tenggat_jawaban__isnull', False), ('hari_kerja_sampai_jawaban__isnull', False)), _connector='OR'), name='aspirasi_jawaban_pertama_terukur'),
        ),
    ]
