"""Working-day arithmetic on integer timestamps, for generating a million rows quickly.

Same rules as ``layanan.hari_kerja`` (weekends, national holidays, ``HariLibur`` rows; the
day of the start never counts; a deadline is 23:59:59 WIB of its day), precomputed once
for the whole range so each lookup is a bisection instead of a loop and a query.
"""

from __future__ import annotations

import datetime
from bisect import bisect_right

from layanan import hari_kerja

WIB = 7 * 3600  # Asia/Jakarta has no daylight saving time.
HARI = 86400


def hari_lokal(detik: int) -> int:
    """Day number (days since 1970-01-01) of a UTC timestamp, in Jakarta."""
    return (detik + WIB) // HARI


def awal_hari(hari: int) -> int:
    """UTC timestamp of 00:00 WIB of a local day number."""
    return hari * HARI - WIB


def ke_tanggal(hari: int) -> datetime.date:
    return datetime.date(1970, 1, 1) + datetime.timedelta(days=hari)


class KalenderKerja:
    def __init__(self, mulai: datetime.date, sampai: datetime.date):
        tambahan = hari_kerja.libur_tambahan(mulai, sampai)
        awal = (mulai - datetime.date(1970, 1, 1)).days
        akhir = (sampai - datetime.date(1970, 1, 1)).days
        self.hari_kerja = [
            h
            for h in range(awal, akhir + 1)
            if hari_kerja.adalah_hari_kerja(ke_tanggal(h), tambahan)
        ]
        self._himpunan = frozenset(self.hari_kerja)

    def adalah_hari_kerja(self, hari: int) -> bool:
        return hari in self._himpunan

    def hari_kerja_ke(self, detik: int, jumlah: int) -> int:
        """Day number of the ``jumlah``-th working day after the day of ``detik``."""
        i = bisect_right(self.hari_kerja, hari_lokal(detik))
        return self.hari_kerja[i + jumlah - 1]

    def tenggat(self, detik: int, jumlah: int) -> int:
        """Like ``hari_kerja.tambah_hari_kerja``: 23:59:59 WIB of that working day."""
        return awal_hari(self.hari_kerja_ke(detik, jumlah)) + HARI - 1

    def di_antara(self, mulai: int, sampai: int) -> int:
        """Like ``hari_kerja.hari_kerja_di_antara``."""
        a, b = hari_lokal(mulai), hari_lokal(sampai)
        if b <= a:
            return 0
        return bisect_right(self.hari_kerja, b) - bisect_right(self.hari_kerja, a)
