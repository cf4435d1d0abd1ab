"""Read queries of the public event pages. Only published events (``terbit``) ever leave here,
and every page runs a fixed number of queries whatever the number of events."""

from __future__ import annotations

import datetime

from django.db.models import Prefetch
from django.utils import timezone

from kegiatan.models import Kegiatan, KehadiranOPD, LayananKegiatan, StanUMKM

# The all-events feed covers the last year and everything ahead: enough for a subscriber,
# and it does not grow without end over the years.
FEED_HARI_KE_BELAKANG = 365


def publik():
    return Kegiatan.objects.terbit().select_related("kecamatan", "desa")


def saring(qs, *, jenis: str = "", kecamatan=None):
    if jenis:
        qs = qs.filter(jenis=jenis)
    if kecamatan is not None:
        qs = qs.filter(kecamatan=kecamatan)
    return qs


def akan_datang(*, jenis: str = "", kecamatan=None, hari_ini=None):
    return saring(
        publik().akan_datang(hari_ini).prefetch_related("agenda"),
        jenis=jenis,
        kecamatan=kecamatan,
    )


def sudah_lewat(*, jenis: str = "", kecamatan=None, hari_ini=None):
    return saring(publik().sudah_lewat(hari_ini), jenis=jenis, kecamatan=kecamatan)


def dalam_rentang(mulai: datetime.date, selesai: datetime.date, *, jenis="", kecamatan=None):
    """Published events with at least one day in [mulai, selesai], cancelled ones included
    (the calendar marks them) so a resident who planned to come learns of it."""
    qs = publik().filter(tanggal_mulai__lte=selesai, tanggal_selesai__gte=mulai)
    return saring(qs, jenis=jenis, kecamatan=kecamatan).order_by("tanggal_mulai", "pk")


def mendatang(batas: int = 3):
    return list(publik().akan_datang().prefetch_related("agenda")[:batas])


def detail(slug: str):
    return (
        publik()
        .select_related("kecamatan__pemda")
        .prefetch_related(
            "agenda",
            Prefetch(
                "kehadiran",
                queryset=KehadiranOPD.objects.select_related("opd").order_by("opd__nama"),
            ),
            Prefetch(
                "layanan_kegiatan",
                queryset=LayananKegiatan.objects.select_related("layanan__opd").order_by(
                    "layanan__nama"
                ),
            ),
            Prefetch("stan_umkm", queryset=StanUMKM.objects.select_related("desa")),
        )
        .filter(slug=slug)
        .first()
    )


def untuk_feed(*, kecamatan=None, hari_ini=None):
    hari_ini = hari_ini or timezone.localdate()
    qs = publik().filter(
        tanggal_selesai__gte=hari_ini - datetime.timedelta(days=FEED_HARI_KE_BELAKANG)
    )
    if kecamatan is not None:
        qs = qs.filter(kecamatan=kecamatan)
    return qs.prefetch_related("agenda").order_by("tanggal_mulai", "pk")
