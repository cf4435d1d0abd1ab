"""Cron (working-day mornings, e.g. 07:00): the daily digest of overdue items per OPD."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from aspirasi import tasks
from aspirasi.models import RingkasanTenggatTerkirim


class Command(BaseCommand):
    help = (
        "Menjadwalkan email ringkasan harian aspirasi lewat tenggat: ke petugas tiap OPD "
        "(belum dijawab) dan ke verifikator (belum diteruskan). Tiap OPD paling banyak satu "
        "ringkasan per tanggal, jadi aman dijalankan ulang."
    )

    def handle(self, *args, **options):
        sekarang = timezone.now()
        tanggal = timezone.localdate(sekarang)
        sudah = set(
            RingkasanTenggatTerkirim.objects.filter(tanggal=tanggal).values_list(
                "opd_id", flat=True
            )
        )
        sasaran = sorted(
            set(tasks.lewat_tenggat_jawaban(sekarang).values_list("opd_id", flat=True))
        )
        if tasks.lewat_tenggat_verifikasi(sekarang).exists():
            sasaran.append(None)  # the verifikators' digest
        baru = [opd_id for opd_id in sasaran if opd_id not in sudah]
        for opd_id in baru:
            tasks.kirim_ringkasan_tenggat.enqueue(opd_id, tanggal.isoformat())
        if options["verbosity"] > 0:
            self.stdout.write(
                f"Ringkasan tenggat {tanggal:%Y-%m-%d}: {len(baru)} dijadwalkan, "
                f"{len(sasaran) - len(baru)} sudah terkirim hari ini."
            )
