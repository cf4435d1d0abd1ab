from django.conf import settings
from django.core.management.base import BaseCommand
from django.urls import reverse

from layanan.demo import muat_demo


class Command(BaseCommand):
    help = (
        "Memuat data demo: Pemkab dan Pemkot Pasuruan, kecamatan, desa/kelurahan, OPD, tempat "
        "layanan, katalog layanan dan akun petugas demo. Aman dijalankan berulang kali."
    )

    def handle(self, *args, **options):
        hasil = muat_demo()
        if hasil.ada_perubahan:
            dibuat = ", ".join(f"{nama} {n}" for nama, n in sorted(hasil.dibuat.items()) if n)
            diubah = ", ".join(f"{nama} {n}" for nama, n in sorted(hasil.diubah.items()) if n)
            self.stdout.write(f"Dibuat: {dibuat or '-'}")
            self.stdout.write(f"Diperbarui: {diubah or '-'}")
        else:
            self.stdout.write("Data demo sudah lengkap dan mutakhir; tidak ada yang diubah.")
        self.stdout.write(", ".join(f"{nama}: {n}" for nama, n in hasil.jumlah.items()))
        self.stdout.write(self.style.SUCCESS("Data demo siap."))
        self.stdout.write("")
        self.stdout.write(self.style.WARNING("Akun demo (hanya untuk uji coba):"))
        lebar = max(len(username) for username, _, _ in hasil.akun)
        self.stdout.write(f"  {'username'.ljust(lebar)}  {'password'.ljust(19)}  peran")
        for username, kata_sandi, peran in hasil.akun:
            self.stdout.write(f"  {username.ljust(lebar)}  {kata_sandi.ljust(19)}  {peran}")
        self.stdout.write(
            f"  Masuk di {settings.SITE_URL}{reverse('admin:index')} — jangan pakai akun ini "
            "di produksi."
        )
        self.stdout.write(
            "  admin, verifikator dan pimpinan wajib verifikasi dua langkah: "
            "`manage.py muat_demo_dua_langkah` memberi mereka aplikasi autentikator demo, "
            "`manage.py kode_demo <username>` mencetak kodenya."
        )
