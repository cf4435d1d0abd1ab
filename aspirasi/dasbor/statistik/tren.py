"""The weekly trend: items received and items first answered, per WIB week of the period."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, DateField, Q
from django.db.models.functions import TruncWeek

from aspirasi.dasbor.statistik.saringan import WIB, Saringan, _saring_tanpa_periode


@dataclass
class Minggu:
    mulai: datetime.date
    diterima: int = 0
    dijawab: int = 0

    @property
    def selesai(self) -> datetime.date:
        return self.mulai + datetime.timedelta(days=6)


def _senin(tanggal: datetime.date) -> datetime.date:
    return tanggal - datetime.timedelta(days=tanggal.weekday())


# Up to this many weeks, weekly counts are range filters on the stored timestamp: one
# aggregate row, no time-zone conversion per row (on a million items about 3 times faster
# than grouping by the truncated week). Longer periods group by the truncated week, whose
# cost does not grow with the number of weeks.
MINGGU_RENTANG_MAKS = 26


def _hitung_minggu(kolom: str, senin) -> dict:
    """Aggregates ``m0``, ``m1`` …: items whose ``kolom`` falls in the WIB week starting on
    each of the Mondays ``senin``."""
    if not senin:
        return {}
    batas = [
        datetime.datetime.combine(hari, datetime.time.min, tzinfo=WIB)
        for hari in [*senin, senin[-1] + datetime.timedelta(days=7)]
    ]
    return {
        f"m{i}": Count("pk", filter=Q(**{f"{kolom}__gte": batas[i], f"{kolom}__lt": batas[i + 1]}))
        for i in range(len(senin))
    }


def _per_minggu(qs, kolom: str, senin: list[datetime.date]) -> dict:
    """``{monday: number of items}`` of ``qs`` by the WIB week of ``kolom``; ``senin``: the
    Mondays of the weeks asked for, in order."""
    if len(senin) <= MINGGU_RENTANG_MAKS:
        jumlah = qs.order_by().aggregate(**_hitung_minggu(kolom, senin))
        return {hari: jumlah[f"m{i}"] for i, hari in enumerate(senin)}
    minggu = TruncWeek(kolom, output_field=DateField(), tzinfo=WIB)
    hasil = {}
    for baris in qs.order_by().annotate(minggu=minggu).values("minggu").annotate(n=Count("pk")):
        nilai = baris["minggu"]
        if isinstance(nilai, datetime.datetime):
            nilai = nilai.date()
        hasil[nilai] = baris["n"]
    return hasil


def _daftar_senin(saringan: Saringan) -> list[datetime.date]:
    senin = []
    hari = _senin(saringan.dari)
    while hari <= saringan.sampai:
        senin.append(hari)
        hari += datetime.timedelta(days=7)
    return senin


def tren_mingguan(user, saringan: Saringan, *, diterima: dict | None = None) -> list[Minggu]:
    """Received vs first answered per week of the period, every week listed (zeros too).
    ``diterima``: the received counts per week when already computed (``_per_dan_total``)."""
    senin = _daftar_senin(saringan)
    dasar = _saring_tanpa_periode(user, saringan)
    if diterima is None:
        diterima = _per_minggu(
            dasar.filter(dibuat__gte=saringan.awal, dibuat__lt=saringan.akhir), "dibuat", senin
        )
    dijawab = _per_minggu(
        dasar.filter(
            dijawab_pertama_pada__gte=saringan.awal, dijawab_pertama_pada__lt=saringan.akhir
        ),
        "dijawab_pertama_pada",
        senin,
    )
    return [Minggu(hari, diterima.get(hari, 0), dijawab.get(hari, 0)) for hari in senin]
