# The overdue list reads the ids of its items from the index of unanswered items alone.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('aspirasi', '0008_indeks_dasbor'),
        ('kegiatan', '0003_layanan_terbit'),
        ('layanan', '0007_pengguna_desa'),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='aspirasi',
            name='aspirasi_belum_dibuat_idx',
        ),
        migrations.AddIndex(
            model_name='aspirasi',
            index=models.Index(condition=models.Q(('status__in', ['baru', 'diteruskan'])), fields=['dibuat'], include=('tenggat', 'id'), name='aspirasi_belum_dibuat_idx'),
        ),
    ]
