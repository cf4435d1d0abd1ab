from django.core.management.base import BaseCommand

from kegiatan.demo import muat_demo_kegiatan


class Command(BaseCommand):
    help = "Memuat kegiatan contoh (Kenduren Mas, Ngantor di Kecamatan, Sambang Desa)."

    def handle(self, *args, **options):
        hasil = muat_demo_kegiatan()
        self.stdout.write(f"Kegiatan contoh: {hasil['dibuat']} dibuat, {hasil['total']} total.")
