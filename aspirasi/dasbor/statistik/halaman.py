"""Everything one page shows: the leaders' dashboard and the public /transparansi/ record."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone

from aspirasi.dasbor.statistik import tren
from aspirasi.dasbor.statistik.daftar import daftar_lewat_tenggat
from aspirasi.dasbor.statistik.hitung import Angka, Baris, _per_dan_total
from aspirasi.dasbor.statistik.opd import per_opd
from aspirasi.dasbor.statistik.saringan import (
    PUBLIK,
    TANPA_OPD,
    Saringan,
    aspirasi_tersaring,
)
from aspirasi.dasbor.statistik.tren import Minggu, _daftar_senin, tren_mingguan
from aspirasi.dasbor.statistik.wilayah import per_wilayah
from aspirasi.models import Aspirasi


@dataclass
class Dasbor:
    saringan: Saringan
    ringkasan: Angka
    per_opd: list[Baris]
    tingkat_wilayah: str
    per_wilayah: list[Baris]
    tren: list[Minggu]
    lewat_tenggat: list[Aspirasi]
    sekarang: datetime.datetime
    hari_ini: datetime.date


def dasbor(user, saringan: Saringan, *, sekarang=None, batas_lewat: int = 20) -> Dasbor:
    """Everything the dashboard shows for ``user`` and ``saringan``."""
    sekarang = sekarang or timezone.now()
    hari_ini = timezone.localdate(sekarang)
    qs = aspirasi_tersaring(user, saringan)
    tingkat, wilayah = per_wilayah(user, saringan, qs=qs, sekarang=sekarang, hari_ini=hari_ini)
    # The headline figures are the sum of the OPD rows, and a short period's weekly received
    # counts come along: one pass over the period for all three.
    senin = _daftar_senin(saringan)
    angka_opd, total, diterima = _per_dan_total(
        qs, "opd_id", sekarang, senin if len(senin) <= tren.MINGGU_RENTANG_MAKS else ()
    )
    total.isi_umur(hari_ini)
    return Dasbor(
        saringan=saringan,
        ringkasan=total,
        per_opd=per_opd(
            user, saringan, qs=qs, sekarang=sekarang, hari_ini=hari_ini, angka=angka_opd
        ),
        tingkat_wilayah=tingkat,
        per_wilayah=wilayah,
        tren=tren_mingguan(user, saringan, diterima=diterima or None),
        lewat_tenggat=daftar_lewat_tenggat(qs, sekarang=sekarang, batas=batas_lewat),
        sekarang=sekarang,
        hari_ini=hari_ini,
    )


# --- /transparansi/ -----------------------------------------------------------------------
def transparansi(*, hari_ini: datetime.date | None = None, bulan: int = 12) -> dict:
    """Per-OPD answer record of the last ``bulan`` months (the dashboard's own definitions),
    items not yet routed left out: they are no OPD's record."""
    hari_ini = hari_ini or timezone.localdate()
    saringan = Saringan(
        dari=hari_ini - datetime.timedelta(days=round(bulan * 30.44)), sampai=hari_ini
    )
    qs = aspirasi_tersaring(PUBLIK, saringan)
    sekarang = timezone.now()
    angka_opd, total, _minggu = _per_dan_total(qs, "opd_id", sekarang)
    total.isi_umur(hari_ini)
    baris = [
        b
        for b in per_opd(
            PUBLIK, saringan, qs=qs, sekarang=sekarang, hari_ini=hari_ini, angka=angka_opd
        )
        if b.kunci != TANPA_OPD
    ]
    return {
        "saringan": saringan,
        "ringkasan": total,
        "per_opd": baris,
        "dihitung": timezone.now(),
    }
