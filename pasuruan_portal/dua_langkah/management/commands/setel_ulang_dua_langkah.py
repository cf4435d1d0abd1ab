from django.core.management.base import BaseCommand, CommandError

from layanan.models import Pengguna
from pasuruan_portal.dua_langkah import services


class Command(BaseCommand):
    help = (
        "Menghapus semua perangkat verifikasi dua langkah (aplikasi autentikator dan kode "
        "cadangan) seorang pengguna, mis. superuser terakhir yang kehilangan ponsel. Saat "
        "masuk berikutnya ia mendaftarkan aplikasi baru. Biasanya lewat admin: Pengguna → aksi "
        "'Setel ulang verifikasi dua langkah'."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        try:
            pengguna = Pengguna.objects.get(username=username)
        except Pengguna.DoesNotExist:
            raise CommandError(f"Pengguna {username!r} tidak ada.") from None
        jumlah = services.setel_ulang(pengguna=pengguna)
        self.stdout.write(
            f"Verifikasi dua langkah {username} disetel ulang ({jumlah} perangkat dihapus); "
            "saat masuk berikutnya ia mendaftarkan aplikasi autentikator baru."
        )
