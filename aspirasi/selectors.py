"""Read queries of the public pages. Reporter identity is never loaded here (deferred),
so a template cannot show it by mistake."""

from __future__ import annotations

import functools
import re

from django.db.models import Case, Prefetch, Q, Value, When

from aspirasi.models import Aspirasi, Jawaban, RiwayatStatus, Status, Tanggapan
from aspirasi.models.aspirasi import IDENTITAS_PELAPOR
from pasuruan_portal import precompiled, singgahan_data
from pasuruan_portal.precompiled import Param

IDENTITAS = IDENTITAS_PELAPOR

# Words too common to say two questions are alike.
_KATA_UMUM = frozenset(
    [
        "yang",
        "untuk",
        "dengan",
        "dari",
        "pada",
        "atau",
        "agar",
        "dalam",
        "bagaimana",
        "apakah",
        "kapan",
        "mengapa",
        "kenapa",
        "berapa",
        "dimana",
        "saya",
        "kami",
        "kita",
        "bisa",
        "tidak",
        "sudah",
        "belum",
        "masih",
        "akan",
        "ingin",
        "mohon",
        "tolong",
        "tanya",
        "bapak",
        "ibu",
        "sana",
        "sini",
        "juga",
        "lagi",
        "saja",
    ]
)


# What the "already answered" lists show; never the reporter's identity.
KOLOM_SERUPA = ("id", "judul", "jenis", "dijawab_pertama_pada", "layanan__nama")


def _publik():
    return Aspirasi.objects.defer(*IDENTITAS)


def kata_penting(teks: str, batas: int = 6) -> list[str]:
    kata = []
    for k in re.findall(r"\w+", (teks or "").lower()):
        if len(k) >= 3 and k not in _KATA_UMUM and k not in kata:
            kata.append(k)
    return kata[:batas]


def jawaban_serupa(*, layanan=None, opd=None, judul: str = "", batas: int = 3):
    """Up to ``batas`` published answers about the same service or OPD or with the same words
    in the title, the closest first.

    Loads only what the lists show (title, kind, date, the service's name). With a single
    criterion every match scores the same, so the score is left out of the query: the
    service and OPD pages (one criterion each) then read the newest matches straight away.
    """
    syarat = Q()
    skor = []
    if layanan is not None:
        syarat |= Q(layanan=layanan)
        skor.append(Case(When(layanan=layanan, then=Value(3)), default=Value(0)))
    if opd is not None:
        syarat |= Q(opd=opd)
        skor.append(Case(When(opd=opd, then=Value(1)), default=Value(0)))
    for kata in kata_penting(judul):
        kondisi = Q(judul__icontains=kata)
        syarat |= kondisi
        skor.append(Case(When(kondisi, then=Value(2)), default=Value(0)))
    if not skor:
        return []
    qs = Aspirasi.objects.terbit().filter(syarat).select_related("layanan").only(*KOLOM_SERUPA)
    if len(skor) == 1:
        return list(qs.order_by("-dijawab_pertama_pada", "-pk")[:batas])
    total = skor[0]
    for s in skor[1:]:
        total = total + s
    return list(qs.annotate(skor=total).order_by("-skor", "-dijawab_pertama_pada", "-pk")[:batas])


# What the "already answered" section of a service or OPD page shows.
KOLOM_TERKAIT = ("pk", "judul", "jenis", "dijawab_pertama_pada")


# The _dasar_* query shapes depend on no data (only the filter values do), so each is built
# once per process; every call chains a copy of it, the cached one is never evaluated.


@functools.cache
def _dasar_terkait():
    return Aspirasi.objects.terbit().order_by("-dijawab_pertama_pada", "-pk").values(*KOLOM_TERKAIT)


@functools.cache
def _dasar_tanya_jawab():
    return Aspirasi.objects.terbit().order_by("-dijawab_pertama_pada", "-pk")


@functools.cache
def _dasar_jawaban_kartu():
    # Jawaban.Meta.ordering is (waktu, pk): the first row per item is its first answer.
    return Jawaban.objects.order_by("aspirasi_id", "waktu", "pk").values(*KOLOM_JAWABAN_KARTU)


def terkait(*, layanan=None, opd=None, batas: int = 3) -> list[dict]:
    """``jawaban_serupa`` for the service and OPD pages, as rows of ``KOLOM_TERKAIT``:
    the newest published answers about ``layanan`` or about ``opd``."""
    if layanan is not None and opd is not None:
        return [
            {kolom: getattr(a, kolom) for kolom in KOLOM_TERKAIT}
            for a in jawaban_serupa(layanan=layanan, opd=opd, batas=batas)
        ]
    if layanan is not None:
        return precompiled.rows(Aspirasi, _terkait_layanan, Param(layanan.pk), batas)
    if opd is not None:
        return precompiled.rows(Aspirasi, _terkait_opd, Param(opd.pk), batas)
    return []


def _terkait_layanan(layanan_id, batas):
    return _dasar_terkait().filter(layanan_id=layanan_id)[:batas]


def _terkait_opd(opd_id, batas):
    return _dasar_terkait().filter(opd_id=opd_id)[:batas]


def tanya_jawab(*, q: str = "", opd=None, kategori=None):
    """Published answered items for /tanya-jawab/, newest answer first: the filter alone,
    for the count and the page slice (``kartu_tanya_jawab`` reads a page's columns)."""
    qs = _dasar_tanya_jawab().all()  # a copy: the caller may evaluate it
    # Each word in the title or the text. On PostgreSQL the trigram index of migration
    # 0013 serves these UPPER(...) LIKE '%word%' tests.
    for kata in (q or "").split()[:8]:
        qs = qs.filter(Q(judul__icontains=kata) | Q(isi__icontains=kata))
    if opd is not None:
        qs = qs.filter(opd=opd)
    if kategori is not None:
        qs = qs.filter(layanan__kategori=kategori)
    return qs


# The columns a /tanya-jawab/ card shows; never the reporter's identity.
KOLOM_KARTU = ("pk", "judul", "jenis", "isi", "layanan__nama", "opd__nama")
KOLOM_JAWABAN_KARTU = ("aspirasi_id", "isi", "waktu", "opd__nama")


# /tanya-jawab/ without a search (most visits), run from SQL compiled once per process
# (pasuruan_portal/precompiled.py): the same filters as ``tanya_jawab()`` by the chosen
# objects' ids.
def _tanya_jawab_saring(opd, kategori):
    qs = _dasar_tanya_jawab().all()
    if opd is not None:
        qs = qs.filter(opd_id=opd)
    if kategori is not None:
        qs = qs.filter(layanan__kategori_id=kategori)
    return qs


def _halaman_tanya_jawab(opd, kategori, awal, akhir):
    return _tanya_jawab_saring(opd, kategori).values(*KOLOM_KARTU)[awal:akhir]


def _jawaban_kartu(aspirasi_ids):
    return _dasar_jawaban_kartu().filter(aspirasi_id__in=aspirasi_ids)


def _dengan_jawaban_pertama(kartu: list[dict], jawaban) -> list[dict]:
    pertama = {}
    for j in jawaban:
        pertama.setdefault(j["aspirasi_id"], j)
    for k in kartu:
        k["jawaban"] = pertama.get(k["pk"])
    return kartu


class TanyaJawabTersaring:
    """``tanya_jawab(opd=..., kategori=...)`` for ``Paginator``: the count, and a page of
    ``kartu_tanya_jawab`` rows."""

    def __init__(self, *, opd=None, kategori=None):
        self.args = tuple(None if o is None else Param(o.pk) for o in (opd, kategori))

    def count(self) -> int:
        # Kept while the answers and the catalog (an item's service and category) are
        # unchanged: counting 20,000 published items reads as many index entries.
        return singgahan_data.dibaca(
            ("aspirasi", "katalog"),
            ("jumlah_tanya_jawab", *(None if a is None else a.value for a in self.args)),
            lambda: precompiled.count(Aspirasi, _tanya_jawab_saring, *self.args),
        )

    def __getitem__(self, irisan: slice) -> list[dict]:
        kartu = precompiled.rows(
            Aspirasi, _halaman_tanya_jawab, *self.args, irisan.start, irisan.stop
        )
        if not kartu:
            return kartu
        ids = Param(tuple(k["pk"] for k in kartu))
        return _dengan_jawaban_pertama(kartu, precompiled.rows(Jawaban, _jawaban_kartu, ids))


def kartu_tanya_jawab(halaman) -> list[dict]:
    """The cards of one page (a slice of ``tanya_jawab()``): the columns shown plus the
    first answer (``jawaban``, None when there is none), in two queries."""
    kartu = list(halaman.values(*KOLOM_KARTU))
    if not kartu:
        return kartu
    _dengan_jawaban_pertama(
        kartu, _dasar_jawaban_kartu().filter(aspirasi_id__in=[k["pk"] for k in kartu])
    )
    return kartu


def tanya_jawab_satu(pk: int):
    """One published item with its answers: only the columns the detail page shows."""
    return (
        Aspirasi.objects.terbit()
        .select_related("layanan")
        .only("id", "judul", "isi", "jenis", "dibuat", "layanan__nama", "layanan__slug")
        .prefetch_related(
            Prefetch(
                "jawaban",
                queryset=Jawaban.objects.select_related("opd").only(
                    "aspirasi_id", "jenis", "isi", "waktu", "opd__nama", "opd__slug"
                ),
            )
        )
        .filter(pk=pk)
        .first()
    )


def untuk_lacak(kode: str):
    """Everything the tracking page shows for one code, in a fixed number of queries."""
    return (
        _publik()
        .select_related("opd", "layanan")
        .prefetch_related(
            Prefetch(
                "riwayat",
                queryset=RiwayatStatus.objects.only("aspirasi_id", "dari", "ke", "waktu"),
            ),
            Prefetch("jawaban", queryset=Jawaban.objects.select_related("opd").defer("oleh")),
            "tambahan",
            Prefetch("tanggapan", queryset=Tanggapan.objects.all()),
        )
        .filter(kode=kode)
        .first()
    )


def boleh_menanggapi(aspirasi) -> bool:
    """After an answer, until the resident has given a verdict on the latest answer."""
    if aspirasi.status not in (Status.DIJAWAB, Status.DITINDAKLANJUTI, Status.SELESAI):
        return False
    jawaban = list(aspirasi.jawaban.all())
    if not jawaban:
        return False
    tanggapan = list(aspirasi.tanggapan.all())
    return not tanggapan or tanggapan[-1].waktu < jawaban[-1].waktu
