"""Lists of items on the dashboard: what they load, their age, the overdue list."""

from __future__ import annotations

import datetime

from django.db.models import Subquery
from django.utils import timezone

from aspirasi.dasbor.statistik.saringan import WIB, lewat
from aspirasi.models import Aspirasi

# What a list of items on the dashboard loads: never a reporter field.
KOLOM_DAFTAR = (
    "kode",
    "judul",
    "status",
    "dibuat",
    "tenggat",
    "dijawab_pertama_pada",
    "opd__nama",
    "opd__singkatan",
    "kecamatan__nama",
)


def beri_umur(daftar, hari_ini: datetime.date):
    """Calendar days since receipt (``umur_hari``) and since the deadline (``lewat_hari``)
    of each listed item, for display."""
    for a in daftar:
        a.umur_hari = (hari_ini - timezone.localtime(a.dibuat, WIB).date()).days
        a.lewat_hari = (
            (hari_ini - timezone.localtime(a.tenggat, WIB).date()).days if a.tenggat else None
        )
    return daftar


def daftar_lewat_tenggat(qs, *, sekarang=None, batas: int = 20) -> list[Aspirasi]:
    """The overdue items, the longest overdue first, without any reporter field."""
    sekarang = sekarang or timezone.now()
    # The ids first, from the index of unanswered items alone (aspirasi_belum_dibuat_idx
    # holds tenggat and id), then only those rows: not every overdue row of the period.
    pilihan = qs.filter(lewat(sekarang)).order_by("tenggat", "pk").values("pk")[:batas]
    daftar = list(
        Aspirasi.objects.filter(pk__in=Subquery(pilihan))
        .select_related("opd", "kecamatan")
        .only(*KOLOM_DAFTAR)
        .order_by("tenggat", "pk")
    )
    return beri_umur(daftar, timezone.localdate(sekarang))
