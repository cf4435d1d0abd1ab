"""Figures of one field event for leaders: OPD attendance, services, visitors, and what
became of the questions and findings raised there. A fixed number of queries, whatever
the number of OPDs, services or questions."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils import timezone

from aspirasi.models import Aspirasi
from aspirasi.models.aspirasi import KapanDijawab

Kanal = Aspirasi.Kanal


@dataclass
class LaporanKegiatan:
    kegiatan: object
    kehadiran: list = field(default_factory=list)
    hadir: list = field(default_factory=list)
    tidak_hadir: list = field(default_factory=list)
    izin: list = field(default_factory=list)
    belum_dicatat: list = field(default_factory=list)
    layanan: list = field(default_factory=list)
    jumlah_dilayani: int = 0
    pertanyaan: list = field(default_factory=list)
    temuan: list = field(default_factory=list)
    dijawab_di_tempat: int = 0
    dijawab_sesudahnya: int = 0
    belum_dijawab: int = 0
    ditolak: int = 0
    lewat_tenggat: int = 0

    @property
    def jumlah_diundang(self) -> int:
        return len(self.kehadiran)

    @property
    def tingkat_kehadiran(self) -> int | None:
        """Percentage of invited OPDs that were present (rounded), None if none invited."""
        if not self.kehadiran:
            return None
        return round(100 * len(self.hadir) / len(self.kehadiran))

    @property
    def jumlah_pertanyaan(self) -> int:
        return len(self.pertanyaan)

    @property
    def pengunjung(self):
        return self.kegiatan.jumlah_pengunjung


def laporan_kegiatan(kegiatan) -> LaporanKegiatan:
    lap = LaporanKegiatan(kegiatan=kegiatan)
    lap.kehadiran = list(kegiatan.kehadiran.select_related("opd").order_by("opd__nama"))
    for baris in lap.kehadiran:
        {
            "hadir": lap.hadir,
            "tidak_hadir": lap.tidak_hadir,
            "izin": lap.izin,
        }.get(baris.kehadiran, lap.belum_dicatat).append(baris)
    lap.layanan = list(
        kegiatan.layanan_kegiatan.select_related("layanan__opd").order_by(
            "-jumlah_dilayani", "layanan__nama"
        )
    )
    lap.jumlah_dilayani = sum(b.jumlah_dilayani for b in lap.layanan)
    sekarang = timezone.now()
    # kapan_dijawab comes from the same QuerySet method as the public event page's figures.
    semua = (
        Aspirasi.objects.di_kegiatan(kegiatan)
        .select_related("opd", "kunjungan")
        .order_by("dibuat", "pk")
    )
    for aspirasi in semua:
        if aspirasi.kanal == Kanal.TEMUAN_KUNJUNGAN:
            lap.temuan.append(aspirasi)
            continue
        lap.pertanyaan.append(aspirasi)
        if aspirasi.kapan_dijawab == KapanDijawab.DI_TEMPAT:
            lap.dijawab_di_tempat += 1
        elif aspirasi.kapan_dijawab == KapanDijawab.SESUDAHNYA:
            lap.dijawab_sesudahnya += 1
        elif aspirasi.kapan_dijawab == KapanDijawab.DITOLAK:
            lap.ditolak += 1
        else:
            lap.belum_dijawab += 1
            if aspirasi.tenggat is not None and aspirasi.tenggat < sekarang:
                lap.lewat_tenggat += 1
    return lap
