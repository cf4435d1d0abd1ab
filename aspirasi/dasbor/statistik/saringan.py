"""What the reader chose (period and filters), the aspirasi behind every figure, and the
conditions that define the figures (see the package docstring)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone

from aspirasi.admin.akses import saring_aspirasi
from aspirasi.models import Aspirasi, Status

WIB = ZoneInfo(settings.TIME_ZONE)
TANPA_OPD = "tanpa"  # the filter value of items not yet routed to any OPD
# The reader of /transparansi/: counts over every item, never an item itself.
PUBLIK = object()

BELUM = Q(status__in=[Status.BARU, Status.DITERUSKAN])
DIJAWAB = Q(dijawab_pertama_pada__isnull=False)
TEPAT = DIJAWAB & Q(dijawab_pertama_pada__lte=F("tenggat_jawaban"))


def lewat(sekarang) -> Q:
    return BELUM & Q(tenggat__lt=sekarang)


# --- the chosen view ----------------------------------------------------------------------
@dataclass(frozen=True)
class Saringan:
    """What the reader chose: period (dates, WIB, inclusive) and optional filters."""

    dari: datetime.date
    sampai: datetime.date
    pemda_id: int | None = None
    jenis: str = ""
    kanal: str = ""
    kecamatan_id: int | None = None
    desa_id: int | None = None
    opd: int | str | None = None  # an OPD id, TANPA_OPD, or None for all

    @property
    def awal(self) -> datetime.datetime:
        return datetime.datetime.combine(self.dari, datetime.time.min, tzinfo=WIB)

    @property
    def akhir(self) -> datetime.datetime:
        """Exclusive: the start of the day after ``sampai``."""
        return datetime.datetime.combine(
            self.sampai + datetime.timedelta(days=1), datetime.time.min, tzinfo=WIB
        )


def saringan_bawaan(hari_ini: datetime.date | None = None) -> Saringan:
    hari_ini = hari_ini or timezone.localdate()
    hari = settings.DASBOR_PERIODE_BAWAAN_HARI
    return Saringan(dari=hari_ini - datetime.timedelta(days=hari - 1), sampai=hari_ini)


def _saring_tanpa_periode(user, saringan: Saringan):
    """The reader's aspirasi (the admin's rule) narrowed by every filter but the period."""
    qs = Aspirasi.objects.all()
    qs = qs if user is PUBLIK else saring_aspirasi(user, qs)
    if saringan.pemda_id is not None:
        # The government that must answer; for an item not yet routed, where it happened.
        qs = qs.filter(
            Q(opd__pemda_id=saringan.pemda_id)
            | Q(opd__isnull=True, kecamatan__pemda_id=saringan.pemda_id)
        )
    if saringan.jenis:
        qs = qs.filter(jenis=saringan.jenis)
    if saringan.kanal:
        qs = qs.filter(kanal=saringan.kanal)
    if saringan.kecamatan_id is not None:
        qs = qs.filter(kecamatan_id=saringan.kecamatan_id)
    if saringan.desa_id is not None:
        qs = qs.filter(desa_id=saringan.desa_id)
    if saringan.opd == TANPA_OPD:
        qs = qs.filter(opd__isnull=True)
    elif saringan.opd is not None:
        qs = qs.filter(opd_id=saringan.opd)
    return qs


def aspirasi_tersaring(user, saringan: Saringan):
    """The aspirasi behind every figure: the reader's scope, the filters, the period."""
    return _saring_tanpa_periode(user, saringan).filter(
        dibuat__gte=saringan.awal, dibuat__lt=saringan.akhir
    )


KEADAAN = {
    "semua": Q(),
    "belum": BELUM,
    "dijawab": DIJAWAB,
    "tepat": TEPAT,
    "terlambat": DIJAWAB & ~TEPAT,
}

# Every ``keadaan`` the drill-down list accepts: the conditions above, and "lewat", which
# depends on the time of asking.
KEADAAN_DAFTAR = frozenset({*KEADAAN, "lewat"})


def daftar_keadaan(user, saringan: Saringan, keadaan: str, sekarang=None):
    """The items behind one figure (``keadaan``: semua, belum, lewat, dijawab, tepat,
    terlambat), for the dashboard's drill-down list."""
    sekarang = sekarang or timezone.now()
    syarat = lewat(sekarang) if keadaan == "lewat" else KEADAAN[keadaan]
    return aspirasi_tersaring(user, saringan).filter(syarat)
