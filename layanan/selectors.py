"""Reads of the public catalog pages, run from SQL compiled once per process
(pasuruan_portal/precompiled.py): the same QuerySets as the models' methods, without
building and compiling them on every visit. Each ``_name`` builder returns the QuerySet;
its arguments are the key of the compiled SQL (``Param`` for a value that only fills a
placeholder)."""

from __future__ import annotations

import functools
from types import SimpleNamespace

from django.apps import apps
from django.db.models import CharField, Count, F, Value

from layanan.models import (
    OPD,
    KategoriLayanan,
    LangkahProsedur,
    Layanan,
    Persyaratan,
    UnitLayanan,
)
from layanan.tautan import url_dengan_slug
from pasuruan_portal import precompiled, singgahan_data
from pasuruan_portal.precompiled import Param


def _jumlah_per_kategori():
    return Layanan.objects.terbit().order_by().values("kategori").annotate(n=Count("*"))


def _kategori():
    return KategoriLayanan.objects.values("pk", "nama", "slug")


def kategori_dengan_jumlah_terbit() -> list[dict]:
    """``KategoriLayanan.objects.dengan_jumlah_terbit()`` (kept while the catalog is
    unchanged: pasuruan_portal/singgahan_data.py)."""
    return singgahan_data.dibaca(("katalog",), "kategori_dengan_jumlah", _baca_kategori)


def _baca_kategori() -> list[dict]:
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
    return singgahan_data.dibaca(
        ("katalog",), ("opd_pindah", jumlah), lambda: precompiled.rows(OPD, _opd_pindah, jumlah)
    )


def _opsi(model_label, metode, kolom):
    model = apps.get_model(model_label)
    return getattr(model.objects, metode)().values_list(kolom, "nama")


# Every select of the public filter forms: (model, manager method, value column).
SUMBER_OPSI = (
    ("layanan.KategoriLayanan", "all", "slug"),
    ("layanan.OPD", "aktif", "slug"),
    ("layanan.Pemda", "all", "slug"),
)


def _baca_semua_opsi() -> dict:
    return {s: precompiled.named_rows(apps.get_model(s[0]), _opsi, *s) for s in SUMBER_OPSI}


def semua_opsi() -> dict:
    """(value, nama) rows of each ``SUMBER_OPSI`` select, in the queryset's order, by
    (model label, method, column); kept while the catalog is unchanged."""
    return singgahan_data.dibaca(("katalog",), "semua_opsi", _baca_semua_opsi)


def opsi(model, metode: str, kolom: str) -> list:
    """(``kolom``, nama) of ``model.objects.<metode>()`` in its order: the options of one
    ``SUMBER_OPSI`` select."""
    return semua_opsi()[(model._meta.label, metode, kolom)]


def _saringan(kategori, opd, pemda, gratis):
    # The filters of SaringanLayanan by the chosen objects' ids.
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


def tersaring(*, kategori=None, opd=None, pemda=None, gratis=False):
    """The published services with these filters, as a QuerySet (for a search)."""
    return _saringan(*(None if o is None else o.pk for o in (kategori, opd, pemda)), gratis)


class DaftarTersaring:
    """The published services of the list page, filtered, for ``Paginator``: the count
    and a page of cards, each one precompiled query."""

    def __init__(self, *, kategori=None, opd=None, pemda=None, gratis=False):
        self.args = tuple(None if o is None else Param(o.pk) for o in (kategori, opd, pemda))
        self.args += (bool(gratis),)

    def count(self) -> int:
        # Kept while the catalog is unchanged (pasuruan_portal/singgahan_data.py).
        kunci = ("jumlah_layanan", *(a.value if isinstance(a, Param) else a for a in self.args))
        return singgahan_data.dibaca(
            ("katalog",), kunci, lambda: precompiled.count(Layanan, _saringan, *self.args)
        )

    def __getitem__(self, irisan: slice) -> list:
        return precompiled.named_rows(
            Layanan, _halaman_kartu, *self.args, irisan.start, irisan.stop
        )


# What the service page (and its JSON-LD) reads of the service, its OPD and its category.
KOLOM_HALAMAN = (
    "pk",
    "nama",
    "slug",
    "ringkasan",
    "contoh",
    "pengguna",
    "biaya",
    "keterangan_biaya",
    "jangka_waktu",
    "tautan_daring",
    "produk",
    "dasar_hukum",
    "sarana_prasarana",
    "kompetensi_pelaksana",
    "pengawasan_internal",
    "penanganan_pengaduan",
    "jumlah_pelaksana",
    "jaminan_pelayanan",
    "jaminan_keamanan",
    "evaluasi_kinerja",
)
KOLOM_OPD = ("nama", "slug", "alamat", "email", "telepon")


def _halaman(slug):
    return (
        Layanan.objects.terbit()
        .dengan_waktu_perubahan()
        .filter(slug=slug)
        .values(
            *KOLOM_HALAMAN,
            "terakhir_diubah",
            *(f"opd__{k}" for k in KOLOM_OPD),
            "opd__pemda__nama",
            "kategori__nama",
            "kategori__slug",
        )
    )


class HalamanLayanan(SimpleNamespace):
    """A published service as its page reads it: the fields of ``KOLOM_HALAMAN`` and
    ``terakhir_diubah``, ``opd`` (``KOLOM_OPD``, ``pemda.nama``, ``get_absolute_url``)
    and ``kategori`` (nama, slug), without a model instance per object."""

    @property
    def gratis(self):
        return self.biaya == 0

    def get_absolute_url(self):
        return url_dengan_slug("layanan:detail", self.slug)

    def get_pengguna_display(self):
        return str(_label_pengguna().get(self.pengguna, self.pengguna))


@functools.cache
def _label_pengguna():
    # Labels stay lazy: translated in the language active when shown.
    return dict(Layanan._meta.get_field("pengguna").flatchoices)


def halaman_layanan(slug: str) -> HalamanLayanan | None:
    """The published service ``slug`` for its page, or None."""
    baris = precompiled.rows(Layanan, _halaman, Param(slug))
    if not baris:
        return None
    data = baris[0]
    opd = {k: data.pop(f"opd__{k}") for k in KOLOM_OPD}
    opd_url = url_dengan_slug("layanan:opd_detail", opd["slug"])
    return HalamanLayanan(
        **{k: v for k, v in data.items() if "__" not in k},
        opd=SimpleNamespace(
            **opd,
            pemda=SimpleNamespace(nama=data["opd__pemda__nama"]),
            get_absolute_url=opd_url,
        ),
        kategori=SimpleNamespace(nama=data["kategori__nama"], slug=data["kategori__slug"]),
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


# The three lists of a service page in one round trip: UNION ALL of rows of one shape,
# (bagian, urutan, a, b, c, d), sorted and split in Python.
_PERSYARATAN, _LANGKAH, _UNIT = 0, 1, 2


def _isi(persyaratan_id, langkah_id, unit_id):
    kosong = Value("", output_field=CharField())
    # order_by(): SQLite takes no ORDER BY (Meta.ordering) inside a UNION.
    persyaratan = (
        Persyaratan.objects.filter(layanan_id=persyaratan_id)
        .order_by()
        .values(
            bagian=Value(_PERSYARATAN),
            nomor=F("urutan"),
            a=F("uraian"),
            b=F("keterangan"),
            c=kosong,
            d=kosong,
        )
    )
    langkah = (
        LangkahProsedur.objects.filter(layanan_id=langkah_id)
        .order_by()
        .values(
            bagian=Value(_LANGKAH), nomor=F("urutan"), a=F("uraian"), b=kosong, c=kosong, d=kosong
        )
    )
    unit = (
        UnitLayanan.objects.filter(layanan__id=unit_id)
        .order_by()
        .values(
            bagian=Value(_UNIT),
            nomor=Value(0),
            a=F("nama"),
            b=F("alamat"),
            c=F("jam_layanan"),
            d=F("kecamatan__nama"),
        )
    )
    return persyaratan.union(langkah, unit, all=True)


def isi_halaman(layanan_id: int) -> dict:
    """Requirements, steps and service points of one service, as rows for its page."""
    p = Param(layanan_id)
    isi = {"persyaratan": [], "langkah": [], "unit_layanan": []}
    # Requirements and steps by their number, service points by name (as their querysets).
    for r in sorted(
        precompiled.rows(Persyaratan, _isi, p, p, p),
        key=lambda r: (r["bagian"], r["nomor"], r["a"]),
    ):
        if r["bagian"] == _PERSYARATAN:
            isi["persyaratan"].append({"uraian": r["a"], "keterangan": r["b"]})
        elif r["bagian"] == _LANGKAH:
            isi["langkah"].append({"uraian": r["a"]})
        else:
            isi["unit_layanan"].append(
                {"nama": r["a"], "alamat": r["b"], "jam_layanan": r["c"], "kecamatan_nama": r["d"]}
            )
    return isi
