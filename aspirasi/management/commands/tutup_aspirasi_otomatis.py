"""Cron (daily, e.g. 00:30): close answered items the resident did not reply to in time."""

from django.core.management.base import BaseCommand

from aspirasi import services


class Command(BaseCommand):
    help = (
        "Menutup (status selesai) aspirasi yang sudah dijawab tetapi tidak ditanggapi warga "
        "sampai batas tutup otomatis. Aman dijalankan berulang."
    )

    def handle(self, *args, **options):
        jumlah = services.tutup_otomatis()
        if options["verbosity"] > 0:
            self.stdout.write(f"Ditutup otomatis: {jumlah} aspirasi.")
