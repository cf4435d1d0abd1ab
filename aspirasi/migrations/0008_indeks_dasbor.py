# Indexes for the dashboard figures over 1,000,000 aspirasi (bench/dasbor.sh): an index-only
# scan of the period, the first answers of the period and the unanswered items of the period.
# The plain index on dibuat gives way to the covering one, which serves every lookup by dibuat.

import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('aspirasi', '0007_jawaban_pertama_terukur'),
        ('kegiatan', '0003_layanan_terbit'),
        ('layanan', '0006_hari_libur'),
    ]

    operations = [
        migrations.AlterField(
            model_name='aspirasi',
            name='dibuat',
            field=models.DateTimeField(default=django.utils.timezone.now, verbose_name='diterima'),
        ),
        migrations.AddIndex(
            model_name='aspirasi',
            index=models.Index(fields=['dibuat'], include=('id', 'status', 'tenggat', 'dijawab_pertama_pada', 'tenggat_jawaban', 'hari_kerja_sampai_jawaban', 'opd', 'kecamatan', 'desa', 'jenis', 'kanal'), name='aspirasi_periode_dasbor_idx'),
        ),
        migrations.AddIndex(
            model_name='aspirasi',
            index=models.Index(condition=models.Q(('dijawab_pertama_pada__isnull', False)), fields=['dijawab_pertama_pada'], include=('id',), name='aspirasi_dijawab_pertama_idx'),
        ),
        migrations.AddIndex(
            model_name='aspirasi',
            index=models.Index(condition=models.Q(('status__in', ['baru', 'diteruskan'])), fields=['dibuat'], include=('tenggat',), name='aspirasi_belum_dibuat_idx'),
        ),
    ]
