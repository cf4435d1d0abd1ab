"""Reads of the public catalog pages, run from SQL compiled once per process
(pasuruan_portal/precompiled.py): the same QuerySets as the models' methods, without
building and compiling them on every visit. Each ``_name`` builder returns the QuerySet;
its arguments are the key of the compiled SQL (``Param`` for a value that only fills a
placeholder)."""

from __future__ import annotations

from django.apps import apps
from django.db.models import Count, F

from layanan.models import (
    OPD,
    KategoriLayanan,
    LangkahProsedur,
    Layanan,
    Persyaratan,
    UnitLayanan,
)
from pasuruan_portal import precompiled
from pasuruan_portal.precompiled import Param


def _jumlah_per_kategori():
    return Layanan.objects.terbit().order_by().values("kategori").annotate(n=Count("*"))


def _kategori():
    return KategoriLayanan.objects.values("pk", "nama", "slug")


def kategori_dengan_jumlah_terbit() -> list[dict]:
    """``KategoriLayanan.objects.dengan_jumlah_terbit()``."""
    jumlah = {r["kategori"]: r["n"] for r in precompiled.rows(Layanan, _jumlah_per_kategori)}
    return [
        {"nama": k["nama"], "slug": k["slug"], "jumlah": jumlah[k["pk"]]}
        for k in precompiled.rows(KategoriLayanan, _kategori)
        if jumlah.get(k["pk"])
    ]


def _terpopuler(jumlah):
    return Layanan.objects.terpopuler().untuk_kartu()[:jumlah]


def terpopuler(jumlah: int = 8) -> list:
    """Cards (rows of ``untuk_kartu()``) of the most viewed published services."""
    return precompiled.named_rows(Layanan, _terpopuler, jumlah)


def _opd_pindah(jumlah):
    return (
        OPD.objects.aktif()
        .sudah_pindah()
        .order_by("-tanggal_pindah")
        .values("nama", "slug", "alamat", "tanggal_pindah")[:jumlah]
    )


def opd_pindah(jumlah: int = 4) -> list[dict]:
    """The OPDs that moved most recently (the beranda's notice), newest first."""
    return precompiled.rows(OPD, _opd_pindah, jumlah)


def _opsi(model_label, metode, kolom):
    model = apps.get_model(model_label)
    return getattr(model.objects, metode)().values_list(kolom, "nama")


def opsi(model, metode: str, kolom: str) -> list:
    """(``kolom``, nama) of ``model.objects.<metode>()`` in its order: a filter's options."""
    return precompiled.named_rows(model, _opsi, model._meta.label, metode, kolom)


def _saringan(kategori, opd, pemda, gratis):
    # The filters of LayananFilter by the chosen objects' ids (tests compare the two).
    qs = Layanan.objects.terbit()
    if kategori is not None:
        qs = qs.filter(kategori_id=kategori)
    if opd is not None:
        qs = qs.filter(opd_id=opd)
    if pemda is not None:
        qs = qs.filter(opd__pemda_id=pemda)
    if gratis:
        qs = qs.gratis()
    return qs


def _halaman_kartu(kategori, opd, pemda, gratis, awal, akhir):
    return _saringan(kategori, opd, pemda, gratis).order_by("nama").untuk_kartu()[awal:akhir]


class DaftarTersaring:
    """The published services of the list page, filtered, for ``Paginator``: the count
    and a page of cards, each one precompiled query."""

    def __init__(self, *, kategori=None, opd=None, pemda=None, gratis=False):
        self.args = tuple(None if o is None else Param(o.pk) for o in (kategori, opd, pemda))
        self.args += (bool(gratis),)

    def count(self) -> int:
        return precompiled.count(Layanan, _saringan, *self.args)

    def __getitem__(self, irisan: slice) -> list:
        return precompiled.named_rows(
            Layanan, _halaman_kartu, *self.args, irisan.start, irisan.stop
        )


def _persyaratan(layanan_id):
    return (
        Persyaratan.objects.filter(layanan_id=layanan_id)
        .order_by("urutan")
        .values("uraian", "keterangan")
    )


def _langkah(layanan_id):
    return LangkahProsedur.objects.filter(layanan_id=layanan_id).order_by("urutan").values("uraian")


def _unit_layanan(layanan_id):
    return (
        UnitLayanan.objects.filter(layanan__id=layanan_id)
        .order_by("nama")
        .values("nama", "alamat", "jam_layanan", kecamatan_nama=F("kecamatan__nama"))
    )


def isi_halaman(layanan_id: int) -> dict:
    """Requirements, steps and service points of one service, as rows for its page."""
    return {
        "persyaratan": precompiled.rows(Persyaratan, _persyaratan, Param(layanan_id)),
        "langkah": precompiled.rows(LangkahProsedur, _langkah, Param(layanan_id)),
        "unit_layanan": precompiled.rows(UnitLayanan, _unit_layanan, Param(layanan_id)),
    }
