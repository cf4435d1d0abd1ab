"""Read queries of the public pages. Reporter identity is never loaded here (deferred),
so a template cannot show it by mistake."""

from __future__ import annotations

import re

from django.db.models import Case, Prefetch, Q, Value, When

from aspirasi.models import Aspirasi, Jawaban, RiwayatStatus, Status, Tanggapan
from aspirasi.models.aspirasi import IDENTITAS_PELAPOR

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
    in the title, the closest first."""
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
    total = skor[0]
    for s in skor[1:]:
        total = total + s
    return list(
        Aspirasi.objects.terbit()
        .defer(*IDENTITAS)
        .filter(syarat)
        .select_related("layanan", "opd")
        .annotate(skor=total)
        .order_by("-skor", "-dijawab_pertama_pada", "-pk")[:batas]
    )


def tanya_jawab(*, q: str = "", opd=None, kategori=None):
    """Published answered items for /tanya-jawab/, newest answer first."""
    qs = (
        Aspirasi.objects.terbit()
        .defer(*IDENTITAS)
        .select_related("opd", "layanan__kategori")
        .prefetch_related(
            Prefetch("jawaban", queryset=Jawaban.objects.select_related("opd").defer("oleh"))
        )
        .order_by("-dijawab_pertama_pada", "-pk")
    )
    for kata in (q or "").split()[:8]:
        qs = qs.filter(Q(judul__icontains=kata) | Q(isi__icontains=kata))
    if opd is not None:
        qs = qs.filter(opd=opd)
    if kategori is not None:
        qs = qs.filter(layanan__kategori=kategori)
    return qs


def tanya_jawab_satu(pk: int):
    return tanya_jawab().filter(pk=pk).first()


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
