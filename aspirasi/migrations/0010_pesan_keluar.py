# The outbox of notification emails (issue 6): stored before sending, retried by the worker.

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("aspirasi", "0009_indeks_lewat_tenggat"),
    ]

    operations = [
        migrations.CreateModel(
            name="PesanKeluar",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "jenis",
                    models.CharField(
                        choices=[
                            ("diterima", "Aspirasi diterima (ke warga)"),
                            ("jawaban", "Jawaban (ke warga)"),
                            ("status", "Perubahan status (ke warga)"),
                            ("penugasan", "Penugasan (ke petugas OPD)"),
                            ("ringkasan", "Ringkasan tenggat harian (ke petugas)"),
                        ],
                        max_length=16,
                        verbose_name="jenis",
                    ),
                ),
                ("pengirim", models.CharField(max_length=254, verbose_name="pengirim")),
                ("kepada", models.JSONField(default=list, verbose_name="kepada")),
                ("subjek", models.CharField(max_length=998, verbose_name="subjek")),
                ("isi", models.TextField(verbose_name="isi")),
                (
                    "header",
                    models.JSONField(blank=True, default=dict, verbose_name="header tambahan"),
                ),
                (
                    "message_id",
                    models.CharField(max_length=255, unique=True, verbose_name="Message-ID"),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("menunggu", "Menunggu"),
                            ("terkirim", "Terkirim"),
                            ("gagal", "Gagal"),
                        ],
                        default="menunggu",
                        max_length=16,
                        verbose_name="status",
                    ),
                ),
                (
                    "percobaan",
                    models.PositiveSmallIntegerField(default=0, verbose_name="jumlah percobaan"),
                ),
                (
                    "kirim_setelah",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="percobaan berikutnya"
                    ),
                ),
                (
                    "terkirim_pada",
                    models.DateTimeField(blank=True, null=True, verbose_name="terkirim pada"),
                ),
                (
                    "galat_terakhir",
                    models.CharField(blank=True, max_length=300, verbose_name="galat terakhir"),
                ),
                (
                    "dibuat",
                    models.DateTimeField(default=django.utils.timezone.now, verbose_name="dibuat"),
                ),
                (
                    "aspirasi",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="aspirasi.aspirasi",
                        verbose_name="aspirasi",
                    ),
                ),
            ],
            options={
                "verbose_name": "pesan keluar",
                "verbose_name_plural": "pesan keluar",
                "ordering": ["-dibuat", "-pk"],
                "indexes": [
                    models.Index(
                        condition=models.Q(("status", "menunggu")),
                        fields=["kirim_setelah"],
                        name="pesan_keluar_menunggu_idx",
                    ),
                    models.Index(
                        condition=models.Q(("status", "terkirim")),
                        fields=["terkirim_pada"],
                        name="pesan_keluar_terkirim_idx",
                    ),
                    models.Index(fields=["-dibuat"], name="pesan_keluar_dibuat_idx"),
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("status__in", ["menunggu", "terkirim", "gagal"])),
                        name="pesan_keluar_status_sah",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(
                                ("percobaan__gte", 1),
                                ("status", "terkirim"),
                                ("terkirim_pada__isnull", False),
                            ),
                            models.Q(
                                models.Q(("status", "terkirim"), _negated=True),
                                ("terkirim_pada__isnull", True),
                            ),
                            _connector="OR",
                        ),
                        name="pesan_keluar_terkirim_punya_waktu",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("status", "gagal"), _negated=True),
                            ("percobaan__gte", 1),
                            _connector="OR",
                        ),
                        name="pesan_keluar_gagal_setelah_mencoba",
                    ),
                ],
            },
        ),
    ]
