import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from aspirasi.data_besar import analisis_ulang, buat_data_besar


class Command(BaseCommand):
    help = (
        "Membuat data uji besar yang realistis untuk dasbor: aspirasi selama ~2 tahun dengan "
        "musim (PPDB, pajak, hujan, kemarau), OPD cepat dan lambat, kanal kegiatan dan "
        "kehadiran OPD. Semua data ditandai contoh. Jangan dijalankan di database produksi."
    )

    def add_arguments(self, parser):
        parser.add_argument("--jumlah", type=int, default=1_000_000, help="jumlah aspirasi")
        parser.add_argument("--opd", type=int, default=60, help="jumlah OPD")
        parser.add_argument("--seed", type=int, default=1, help="benih acak (hasil tetap)")
        parser.add_argument(
            "--sampai",
            type=datetime.date.fromisoformat,
            default=None,
            help="tanggal akhir data (YYYY-MM-DD, 16.00 WIB); bawaan: sekarang",
        )
        parser.add_argument("--hari", type=int, default=730, help="rentang hari ke belakang")

    def handle(self, *args, **opsi):
        sampai = None
        if opsi["sampai"]:
            sampai = timezone.make_aware(
                datetime.datetime.combine(opsi["sampai"], datetime.time(16))
            )

        def laporan(selesai, detik):
            if opsi["verbosity"] >= 2:
                self.stdout.write(f"  {selesai:>9,} aspirasi, {detik:6.1f} dtk")

        try:
            hasil = buat_data_besar(
                jumlah=opsi["jumlah"],
                jumlah_opd=opsi["opd"],
                seed=opsi["seed"],
                sampai=sampai,
                hari=opsi["hari"],
                laporan=laporan,
            )
        except ValueError as galat:
            raise CommandError(str(galat)) from galat
        self.stdout.write(
            f"Dibuat {hasil.aspirasi:,} aspirasi, {hasil.riwayat:,} riwayat status, "
            f"{hasil.jawaban:,} jawaban, {hasil.tanggapan:,} tanggapan, "
            f"{hasil.disposisi:,} disposisi; {hasil.opd} OPD, {hasil.kegiatan} kegiatan baru "
            f"dalam {hasil.detik:.1f} detik."
        )
        analisis_ulang()
        self.stdout.write(self.style.SUCCESS("Data besar siap."))
