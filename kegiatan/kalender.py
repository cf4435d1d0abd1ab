"""The month grid of /kegiatan/: plain data for an HTML table, no JavaScript needed."""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, field

from django.utils import timezone

_BULAN = re.compile(r"^(\d{4})-(\d{2})$")
TAHUN_MIN, TAHUN_MAKS = 2000, 2100


@dataclass
class Hari:
    tanggal: datetime.date
    di_bulan_ini: bool
    hari_ini: bool
    kegiatan: list = field(default_factory=list)

    @property
    def iso(self) -> str:
        return self.tanggal.isoformat()

    @property
    def kelas(self) -> str:
        kelas = [] if self.di_bulan_ini else ["di-luar-bulan"]
        if self.hari_ini:
            kelas.append("hari-ini")
        if self.kegiatan:
            kelas.append("ada-kegiatan")
        return " ".join(kelas)


@dataclass
class Bulan:
    awal: datetime.date  # first day of the month
    minggu: list[list[Hari]]

    @property
    def akhir(self) -> datetime.date:
        return self.awal.replace(day=calendar.monthrange(self.awal.year, self.awal.month)[1])

    @property
    def sebelumnya(self) -> datetime.date | None:
        hasil = (self.awal - datetime.timedelta(days=1)).replace(day=1)
        return hasil if hasil.year >= TAHUN_MIN else None

    @property
    def berikutnya(self) -> datetime.date | None:
        hasil = self.akhir + datetime.timedelta(days=1)
        return hasil if hasil.year <= TAHUN_MAKS else None

    @property
    def rentang(self) -> tuple[datetime.date, datetime.date]:
        """First and last day shown in the grid (weeks are Monday to Sunday)."""
        return self.minggu[0][0].tanggal, self.minggu[-1][-1].tanggal


def baca_bulan(teks: str | None, hari_ini: datetime.date | None = None) -> datetime.date:
    """``?bulan=2026-12`` → 1 December 2026; anything else → the current month."""
    hari_ini = hari_ini or timezone.localdate()
    cocok = _BULAN.match((teks or "").strip())
    if cocok:
        tahun, bulan = int(cocok.group(1)), int(cocok.group(2))
        if TAHUN_MIN <= tahun <= TAHUN_MAKS and 1 <= bulan <= 12:
            return datetime.date(tahun, bulan, 1)
    return hari_ini.replace(day=1)


def buat_bulan(awal: datetime.date, hari_ini: datetime.date | None = None) -> Bulan:
    hari_ini = hari_ini or timezone.localdate()
    minggu = [
        [Hari(tanggal=t, di_bulan_ini=t.month == awal.month, hari_ini=t == hari_ini) for t in pekan]
        for pekan in calendar.Calendar(firstweekday=0).monthdatescalendar(awal.year, awal.month)
    ]
    return Bulan(awal=awal, minggu=minggu)


def isi_bulan(bulan: Bulan, daftar_kegiatan) -> Bulan:
    """Put each event (a ``selectors.KOLOM_KARTU`` dict) on every day it spans inside the
    grid."""
    per_tanggal = {hari.tanggal: hari for pekan in bulan.minggu for hari in pekan}
    akhir_grid = bulan.rentang[1]
    for kegiatan in daftar_kegiatan:
        tanggal = kegiatan["tanggal_mulai"]
        while tanggal <= kegiatan["tanggal_selesai"] and tanggal <= akhir_grid:
            if tanggal in per_tanggal:
                per_tanggal[tanggal].kegiatan.append(kegiatan)
            tanggal += datetime.timedelta(days=1)
    return bulan
