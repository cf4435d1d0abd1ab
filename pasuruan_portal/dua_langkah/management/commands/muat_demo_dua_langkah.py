from base64 import b32encode

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice

from layanan.demo import akun
from layanan.models import Pengguna
from pasuruan_portal.dua_langkah.aturan import wajib_dua_langkah

# Only devices with this name are read by `kode_demo`.
NAMA_DEMO = "Demo"


class Command(BaseCommand):
    help = (
        "Memberi akun demo yang wajib verifikasi dua langkah (admin, verifikator, pimpinan) "
        "aplikasi autentikator demo, agar bisa dicoba tanpa ponsel: kodenya dari "
        "`manage.py kode_demo <username>`. Hanya dengan DEBUG=1. Aman dijalankan berulang kali."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "muat_demo_dua_langkah hanya untuk uji coba lokal (DEBUG=1): akun demo tidak "
                "boleh ada di produksi."
            )
        nama_demo = [baris[0] for baris in akun.AKUN]
        baris = []
        for pengguna in Pengguna.objects.filter(username__in=nama_demo).order_by("username"):
            if not wajib_dua_langkah(pengguna):
                continue
            perangkat, _ = TOTPDevice.objects.get_or_create(
                user=pengguna, name=NAMA_DEMO, defaults={"confirmed": True}
            )
            baris.append((pengguna.username, b32encode(perangkat.bin_key).decode()))
        if not baris:
            raise CommandError("Akun demo belum ada: jalankan `manage.py muat_demo` dulu.")
        self.stdout.write(
            self.style.WARNING("Verifikasi dua langkah akun demo (hanya untuk uji coba):")
        )
        lebar = max(len(username) for username, _ in baris)
        for username, kunci in baris:
            self.stdout.write(
                f"  {username.ljust(lebar)}  kode: python manage.py kode_demo {username}"
                f"  (atau kunci {kunci} di aplikasi autentikator)"
            )
