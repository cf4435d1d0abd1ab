"""Cron (daily): delete sent notification emails past their retention; they hold residents'
email addresses and are of no use once delivered."""

from django.core.management.base import BaseCommand

from aspirasi.services import pesan


class Command(BaseCommand):
    help = (
        "Menghapus email pemberitahuan yang sudah terkirim lebih dari --hari hari yang lalu "
        "dari kotak keluar (isinya memuat alamat email warga). Pesan yang menunggu atau gagal "
        "tidak disentuh. Aman dijalankan berulang."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hari", type=int, default=30, help="Umur minimum pesan terkirim yang dihapus (hari)."
        )

    def handle(self, *args, **options):
        jumlah = pesan.hapus_terkirim_lama(hari=max(1, options["hari"]))
        if options["verbosity"] > 0:
            self.stdout.write(f"Pesan keluar terkirim dihapus: {jumlah}.")
