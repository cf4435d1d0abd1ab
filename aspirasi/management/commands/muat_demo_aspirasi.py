from django.core.management.base import BaseCommand

from aspirasi.demo.loader import muat_demo_aspirasi


class Command(BaseCommand):
    help = "Memuat aspirasi contoh (semua status, sebagian lewat tenggat). Aman dijalankan ulang."

    def handle(self, *args, **options):
        hasil = muat_demo_aspirasi()
        self.stdout.write(
            f"Aspirasi contoh: {hasil['dibuat']} dibuat, {hasil['total']} total. "
            "Nama pelapor bertanda '(contoh)' adalah rekaan."
        )
