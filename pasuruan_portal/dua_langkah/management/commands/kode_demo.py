import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from pasuruan_portal.dua_langkah.management.commands.muat_demo_dua_langkah import NAMA_DEMO


class Command(BaseCommand):
    help = (
        "Mencetak kode verifikasi dua langkah yang berlaku sekarang untuk akun demo (mis. "
        "admin, verifikator, pimpinan). Hanya dengan DEBUG=1 dan hanya untuk aplikasi "
        "autentikator demo yang dibuat `muat_demo_dua_langkah`."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("kode_demo hanya untuk uji coba lokal (DEBUG=1).")
        perangkat = TOTPDevice.objects.filter(
            user__username=username, name=NAMA_DEMO, confirmed=True
        ).first()
        if perangkat is None:
            raise CommandError(
                f"{username!r} tidak punya aplikasi autentikator demo. Jalankan "
                "`manage.py muat_demo_dua_langkah` (akun demo: admin, verifikator, pimpinan)."
            )
        totp = TOTP(perangkat.bin_key, perangkat.step, perangkat.t0, perangkat.digits)
        totp.time = time.time()
        sisa = perangkat.step - int(totp.time - perangkat.t0) % perangkat.step
        # The code alone on stdout (for `$(manage.py kode_demo admin)`), the note on stderr.
        self.stdout.write(f"{totp.token():0{perangkat.digits}d}")
        self.stdout.flush()
        self.stderr.write(f"Berlaku {sisa} detik lagi; setiap kode hanya bisa dipakai sekali.")
