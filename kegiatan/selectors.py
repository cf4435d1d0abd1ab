"""Read queries of the public event pages. Only published events (``terbit``) ever leave here,
and every page runs a fixed number of queries whatever the number of events."""

from __future__ import annotations

import datetime

from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from kegiatan.models import Kegiatan, KehadiranOPD, LayananKegiatan, StanUMKM
from layanan.models import Kecamatan
from pasuruan_portal import precompiled, singgahan_data

# The all-events feed covers the last year and everything ahead: enough for a subscriber,
# and it does not grow without end over the years.
FEED_HARI_KE_BELAKANG = 365


def publik():
    return Kegiatan.objects.terbit().select_related("kecamatan", "desa")


def saring(qs, *, jenis: str = "", kecamatan_id: int | None = None):
    if jenis:
        qs = qs.filter(jenis=jenis)
    if kecamatan_id is not None:
        qs = qs.filter(kecamatan_id=kecamatan_id)
    return qs


def _kecamatan():
    return Kecamatan.objects.order_by("pemda__kode", "nama").values("id", "slug", "nama")


def kecamatan() -> list[dict]:
    """Every kecamatan for the filter form, in the order of the other lists."""
    return singgahan_data.dibaca(
        ("katalog",), "kecamatan", lambda: precompiled.rows(Kecamatan, _kecamatan)
    )


# What a card and a calendar cell show. The list pages read rows as dicts (``values()``):
# no model instances, no per-object ``reverse()``, the two names joined in the same query.
KOLOM_KARTU = (
    "id",
    "jenis",
    "judul",
    "slug",
    "tanggal_mulai",
    "tanggal_selesai",
    "tempat",
    "status",
    "contoh",
    "kecamatan__nama",
    "desa__nama",
)
# The agenda sessions, enough for ``ical.waktu_dari_sesi``, joined to the event rows (one
# row per session) instead of a second prefetch query.
_KOLOM_SESI = ("agenda__hari_ke", "agenda__jam_mulai", "agenda__jam_selesai")


def _per_kegiatan(baris_baris) -> list[dict]:
    """One dict per event from rows ordered with ``pk`` last (an event's rows are adjacent),
    with ``sesi``: its ``(hari_ke, jam_mulai, jam_selesai)`` tuples."""
    hasil = []
    for baris in baris_baris:
        hari_ke = baris.pop("agenda__hari_ke")
        sesi = (hari_ke, baris.pop("agenda__jam_mulai"), baris.pop("agenda__jam_selesai"))
        if not hasil or hasil[-1]["id"] != baris["id"]:
            baris["sesi"] = []
            hasil.append(baris)
        if hari_ke is not None:
            hasil[-1]["sesi"].append(sesi)
    return hasil


def _daftar(mulai, selesai, hari_ini, jenis, kecamatan_id):
    di_kalender = Q(tanggal_mulai__lte=selesai, tanggal_selesai__gte=mulai)
    akan_datang = Q(tanggal_selesai__gte=hari_ini) & ~Q(status=Kegiatan.Status.DIBATALKAN)
    qs = saring(
        Kegiatan.objects.terbit().filter(di_kalender | akan_datang),
        jenis=jenis,
        kecamatan_id=kecamatan_id,
    )
    return qs.order_by("tanggal_mulai", "pk").values(*KOLOM_KARTU, *_KOLOM_SESI)


def untuk_daftar(
    mulai: datetime.date,
    selesai: datetime.date,
    *,
    hari_ini: datetime.date,
    jenis: str = "",
    kecamatan_id: int | None = None,
) -> tuple[list[dict], list[dict]]:
    """The events of the month grid [mulai, selesai] and the upcoming ones, in one query
    (both are ordered by start date, and most upcoming events are in the grid anyway).

    The grid keeps cancelled events (it marks them, so a resident who planned to come learns
    of it); the upcoming list leaves them out."""
    semua = _per_kegiatan(
        precompiled.rows(Kegiatan, _daftar, mulai, selesai, hari_ini, jenis, kecamatan_id)
    )
    return (
        [k for k in semua if k["tanggal_mulai"] <= selesai and k["tanggal_selesai"] >= mulai],
        [
            k
            for k in semua
            if k["tanggal_selesai"] >= hari_ini and k["status"] != Kegiatan.Status.DIBATALKAN
        ],
    )


def _sudah_lewat(hari_ini, jenis, kecamatan_id):
    return saring(Kegiatan.objects.sudah_lewat(hari_ini), jenis=jenis, kecamatan_id=kecamatan_id)


def _halaman_lewat(hari_ini, jenis, kecamatan_id, awal, akhir):
    return _sudah_lewat(hari_ini, jenis, kecamatan_id).values(*KOLOM_KARTU)[awal:akhir]


def _jumlah_lewat(hari_ini, jenis, kecamatan_id):
    # Grouped by ``terbit``, which the filter fixes: one row, the count (none if no event).
    # A values() query, so that its SQL too is compiled once (``.count()`` cannot be).
    return (
        _sudah_lewat(hari_ini, jenis, kecamatan_id)
        .order_by()
        .values("terbit")
        .annotate(jumlah=Count("pk"))
        .values("jumlah")
    )


class SudahLewat:
    """Past events for ``Paginator``: the count and each page as precompiled queries
    (``selectors.KOLOM_KARTU`` dicts)."""

    def __init__(self, *, hari_ini: datetime.date, jenis: str = "", kecamatan_id=None):
        self._argumen = (hari_ini, jenis, kecamatan_id)

    def count(self) -> int:
        # Kept while the events are unchanged (the date is part of the key).
        return singgahan_data.dibaca(("kegiatan",), ("jumlah_lewat", *self._argumen), self._hitung)

    def _hitung(self) -> int:
        baris = precompiled.rows(Kegiatan, _jumlah_lewat, *self._argumen)
        return baris[0]["jumlah"] if baris else 0

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, potongan):
        if not isinstance(potongan, slice) or potongan.step is not None:
            raise TypeError("SudahLewat only takes page slices")
        awal, akhir = potongan.start or 0, potongan.stop
        return precompiled.rows(Kegiatan, _halaman_lewat, *self._argumen, awal, akhir)


def _mendatang(hari_ini, batas):
    pertama = Kegiatan.objects.akan_datang(hari_ini).values("pk")[:batas]
    return (
        Kegiatan.objects.filter(pk__in=pertama)
        .order_by("tanggal_mulai", "pk")
        .values(*KOLOM_KARTU, *_KOLOM_SESI)
    )


def mendatang(batas: int = 3) -> list[dict]:
    """The next ``batas`` upcoming events with their sessions, in one query."""
    return _per_kegiatan(precompiled.rows(Kegiatan, _mendatang, timezone.localdate(), batas))


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
