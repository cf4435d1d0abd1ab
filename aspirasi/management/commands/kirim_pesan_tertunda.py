"""Cron or systemd timer (every minute): send the due notification emails of the outbox —
the retries after a mail-server outage and any message whose task was lost in a crash."""

from django.core.management.base import BaseCommand

from aspirasi.models import PesanKeluar
from aspirasi.services import pesan


class Command(BaseCommand):
    help = (
        "Mengirim email pemberitahuan yang menunggu di kotak keluar dan sudah waktunya "
        "dicoba (lagi). Tiap pesan terkirim satu kali walau perintah ini berjalan bersamaan "
        "dengan pekerja tugas; aman dijalankan tiap menit."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batas", type=int, default=500, help="Paling banyak pesan per jalan.")

    def handle(self, *args, **options):
        hasil = pesan.kirim_tertunda(batas=max(1, options["batas"]))
        if options["verbosity"] > 0:
            menunggu = PesanKeluar.objects.filter(status=PesanKeluar.Status.MENUNGGU).count()
            gagal = PesanKeluar.objects.filter(status=PesanKeluar.Status.GAGAL).count()
            self.stdout.write(
                f"Pesan keluar: {hasil[pesan.TERKIRIM]} terkirim, "
                f"{hasil[pesan.GAGAL]} belum berhasil (dicoba lagi nanti); "
                f"{menunggu} masih menunggu, {gagal} gagal (lihat admin)."
            )
