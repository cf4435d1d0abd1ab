"""Working-day arithmetic: weekends, Indonesian public holidays and local days off.

Generic, so one calendar decides what a working day is for every app that builds on it
(aspirasi's deadlines in ``aspirasi.tenggat``, kegiatan's schedule generator). National
holidays come from ``holidays.Indonesia`` (category public); cuti bersama and local days off
are rows of ``layanan.HariLibur``.
"""

from __future__ import annotations

import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from django.utils import timezone

from layanan.models import HariLibur

JAKARTA = ZoneInfo("Asia/Jakarta")


@lru_cache(maxsize=32)
def _libur_nasional(tahun: int) -> frozenset[datetime.date]:
    return frozenset(holidays.Indonesia(years=tahun).keys())


def libur_tambahan(mulai: datetime.date, sampai: datetime.date) -> set[datetime.date]:
    return set(
        HariLibur.objects.filter(tanggal__gte=mulai, tanggal__lte=sampai).values_list(
            "tanggal", flat=True
        )
    )


def nama_libur_nasional(tanggal: datetime.date) -> str:
    """The holiday's name, or "" when ``tanggal`` is not a national public holiday."""
    if tanggal not in _libur_nasional(tanggal.year):
        return ""
    return holidays.Indonesia(years=tanggal.year).get(tanggal) or ""


def adalah_hari_kerja(tanggal: datetime.date, tambahan: set[datetime.date]) -> bool:
    return (
        tanggal.weekday() < 5
        and tanggal not in _libur_nasional(tanggal.year)
        and tanggal not in tambahan
    )


def tambah_hari_kerja(mulai: datetime.datetime, jumlah: int) -> datetime.datetime:
    """The end (23:59:59 WIB) of the ``jumlah``-th working day after ``mulai``.

    The day of submission never counts, whether or not it is a working day: an item sent
    on Friday afternoon with 3 working days is due at the end of Wednesday.
    """
    tanggal = timezone.localtime(mulai, JAKARTA).date()
    # Generous window for the local days-off lookup: one query per call.
    tambahan = libur_tambahan(tanggal, tanggal + datetime.timedelta(days=jumlah * 3 + 30))
    sisa = jumlah
    while sisa > 0:
        tanggal += datetime.timedelta(days=1)
        if adalah_hari_kerja(tanggal, tambahan):
            sisa -= 1
    akhir = datetime.datetime.combine(tanggal, datetime.time(23, 59, 59), tzinfo=JAKARTA)
    return akhir


def hari_kerja_di_antara(mulai: datetime.datetime, sampai: datetime.datetime) -> int:
    """Working days after ``mulai``'s date up to and including ``sampai``'s date."""
    a = timezone.localtime(mulai, JAKARTA).date()
    b = timezone.localtime(sampai, JAKARTA).date()
    if b <= a:
        return 0
    tambahan = libur_tambahan(a, b)
    return sum(
        1
        for n in range(1, (b - a).days + 1)
        if adalah_hari_kerja(a + datetime.timedelta(days=n), tambahan)
    )
