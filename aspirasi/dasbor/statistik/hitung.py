"""The figures of a set of aspirasi, grouped or not, with the medians, in one aggregate
query (see ``_per_dan_total``)."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Min
from django.utils import timezone

from aspirasi.dasbor.statistik.saringan import BELUM, DIJAWAB, TEPAT, WIB, lewat
from aspirasi.dasbor.statistik.tren import _hitung_minggu


@dataclass
class Angka:
    diterima: int = 0
    belum: int = 0
    lewat: int = 0
    dijawab: int = 0
    tepat: int = 0
    jatuh_tempo: int = 0
    median_hari: float | None = None
    tertua: datetime.datetime | None = None
    umur_tertua: int | None = None
    hadir: int = 0
    diundang: int = 0

    @property
    def tepat_persen(self) -> int | None:
        if not self.jatuh_tempo:
            return None
        return round(100 * self.tepat / self.jatuh_tempo)

    def isi_umur(self, hari_ini: datetime.date) -> None:
        if self.tertua is not None:
            self.umur_tertua = (hari_ini - timezone.localtime(self.tertua, WIB).date()).days


@dataclass
class Baris:
    """One row of a grouped table: ``kunci`` is the id used in the drill-down links."""

    kunci: int | str | None
    nama: str
    angka: Angka = field(default_factory=Angka)
    singkatan: str = ""


def _agregat(sekarang) -> dict:
    terlambat = lewat(sekarang)
    return {
        "diterima": Count("pk"),
        "belum": Count("pk", filter=BELUM),
        "lewat": Count("pk", filter=terlambat),
        "dijawab": Count("pk", filter=DIJAWAB),
        "tepat": Count("pk", filter=TEPAT),
        "jatuh_tempo": Count("pk", filter=DIJAWAB | terlambat),
        "tertua": Min("dibuat", filter=BELUM),
    }


_JUMLAH = ("diterima", "belum", "lewat", "dijawab", "tepat", "jatuh_tempo")


def _median_sebaran(sebaran: dict[int, int]) -> float | None:
    """The median of values given as {value: how many}: the mean of the two middle values
    when their number is even (what statistics.median and percentile_cont(0.5) give)."""
    n = sum(sebaran.values())
    if not n:
        return None
    kiri, kanan = (n - 1) // 2, n // 2
    dilewati, nilai_kiri = 0, None
    for nilai in sorted(sebaran):
        dilewati += sebaran[nilai]
        if nilai_kiri is None and dilewati > kiri:
            nilai_kiri = nilai
        if dilewati > kanan:
            return (nilai_kiri + nilai) / 2
    return None  # pragma: no cover - unreachable: the loop passes position kanan < n


def _per_dan_total(qs, kunci: str | None, sekarang, senin=()) -> tuple[dict, Angka, dict]:
    """``{value of kunci: Angka}``, the total over all of ``qs`` and, for the weeks starting
    on the Mondays ``senin``, ``{monday: items received}`` (``_hitung_minggu``), in one query.

    Grouped by ``kunci`` and the answer time as well: the answer time is a small whole
    number of working days, so each group's median follows exactly from how many items
    have each value. A hash aggregate over the period with no sort, where an ordered-set
    median (percentile_cont) per group sorted every row of the period (about 4 times
    slower on a million items). The groups cover every row, so their sum is the total."""
    kolom = [kunci, "hari_kerja_sampai_jawaban"] if kunci else ["hari_kerja_sampai_jawaban"]
    hasil: dict = {}
    total = Angka()
    sebaran: dict = defaultdict(dict)
    sebaran_total: dict = defaultdict(int)
    minggu = _hitung_minggu("dibuat", senin)
    diterima = dict.fromkeys(senin, 0)
    for baris in qs.order_by().values(*kolom).annotate(**_agregat(sekarang), **minggu):
        for i, hari in enumerate(senin):
            diterima[hari] += baris[f"m{i}"]
        k = baris[kunci] if kunci else None
        angka = hasil.get(k)
        if angka is None:
            angka = hasil[k] = Angka()
        tertua = baris["tertua"]
        for a in (angka, total):
            for nama in _JUMLAH:
                setattr(a, nama, getattr(a, nama) + baris[nama])
            if tertua is not None and (a.tertua is None or tertua < a.tertua):
                a.tertua = tertua
        hari = baris["hari_kerja_sampai_jawaban"]
        if hari is not None:
            sebaran[k][hari] = baris["diterima"]
            sebaran_total[hari] += baris["diterima"]
    for k, angka in hasil.items():
        angka.median_hari = _median_sebaran(sebaran.get(k, {}))
    total.median_hari = _median_sebaran(sebaran_total)
    return hasil, total, diterima


def _per(qs, kunci: str | None, sekarang) -> dict:
    return _per_dan_total(qs, kunci, sekarang)[0]


def ringkasan(qs, *, sekarang=None, hari_ini=None) -> Angka:
    """The headline figures of ``qs`` (already scoped, filtered and limited to the period)."""
    sekarang = sekarang or timezone.now()
    angka = _per_dan_total(qs, None, sekarang)[1]
    angka.isi_umur(hari_ini or timezone.localdate(sekarang))
    return angka
