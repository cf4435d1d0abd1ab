"""Service search: one selector, two engines.

PostgreSQL uses its ``indonesian`` full-text configuration plus ``pg_trgm`` word
similarity for typos; SQLite (the zero-setup default) scores in Python over the
small set of published services. Both return a queryset ordered best first.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import Greatest

from layanan.models import Layanan

# Results beyond this are noise for a resident; it also bounds the SQLite CASE ordering.
BATAS_HASIL = 200
AMBANG_TRIGRAM = 0.45
AMBANG_SKOR_PYTHON = 0.6


def normalisasi(teks: str) -> str:
    teks = unicodedata.normalize("NFKC", teks or "").lower()
    return re.sub(r"\s+", " ", teks).strip()


def _kata(teks: str) -> list[str]:
    return re.findall(r"\w+", normalisasi(teks))


def _varian_token(q: str) -> list[str]:
    """Tokens of the query, plus hyphen-joined forms: "e-ktp" also yields "ektp"."""
    token = _kata(q)
    gabungan = [re.sub(r"[\W_]+", "", bagian) for bagian in normalisasi(q).split()]
    return list(dict.fromkeys(token + [g for g in gabungan if g and g not in token]))


def cari_layanan(q: str, qs: QuerySet | None = None) -> QuerySet:
    qs = Layanan.objects.terbit() if qs is None else qs
    q = normalisasi(q)[:200]
    if not _kata(q):
        return qs.none()
    if connection.vendor == "postgresql":
        return _cari_postgres(q, qs)
    return _cari_python(q, qs)


def _cari_postgres(q: str, qs: QuerySet) -> QuerySet:
    vektor = (
        SearchVector("nama", weight="A", config="indonesian")
        + SearchVector("kata_kunci", weight="A", config="indonesian")
        + SearchVector("ringkasan", weight="C", config="indonesian")
    )
    kueri = None
    for token in _varian_token(q):
        bagian = SearchQuery(token, config="indonesian", search_type="plain")
        kueri = bagian if kueri is None else kueri | bagian
    semua_kata = SearchQuery(q, config="indonesian", search_type="plain")
    return (
        qs.annotate(
            peringkat=SearchRank(vektor, kueri),
            peringkat_frasa=SearchRank(vektor, semua_kata),
            kemiripan=Greatest(
                TrigramWordSimilarity(Value(q), "nama"),
                TrigramWordSimilarity(Value(q), "kata_kunci"),
            ),
        )
        .filter(Q(peringkat__gt=0) | Q(kemiripan__gte=AMBANG_TRIGRAM))
        .annotate(
            skor=F("kemiripan") * 2 + F("peringkat") + F("peringkat_frasa") * 2,
        )
        .order_by("-skor", "-dilihat", "nama")
    )


def _skor_token(token: str, kata_kandidat: list[str]) -> float:
    terbaik = 0.0
    for kata in kata_kandidat:
        if kata == token:
            return 1.0
        if len(token) >= 3 and kata.startswith(token):
            terbaik = max(terbaik, 0.8)
        elif len(token) >= 4 and len(kata) >= 4:
            rasio = SequenceMatcher(None, token, kata).ratio()
            if rasio >= 0.75:
                terbaik = max(terbaik, rasio * 0.7)
    return terbaik


def skor_python(q: str, nama: str, kata_kunci: str, ringkasan: str) -> float:
    """Score one service for the query; exposed for tests and the SQLite path."""
    q = normalisasi(q)
    token = _varian_token(q)
    frasa_kunci = [normalisasi(k) for k in kata_kunci.split(",") if k.strip()]
    kata_nama = _kata(nama)
    kata_kunci_semua = [w for frasa in frasa_kunci for w in _kata(frasa)]
    kata_kunci_semua += [re.sub(r"[\W_]+", "", f) for f in frasa_kunci]
    kata_ringkasan = _kata(ringkasan)

    skor = 0.0
    for t in token:
        skor += max(
            _skor_token(t, kata_nama) * 1.0,
            _skor_token(t, kata_kunci_semua) * 1.0,
            _skor_token(t, kata_ringkasan) * 0.3,
        )
    skor /= max(len(_kata(q)), 1)
    q_rapat = re.sub(r"[\W_]+", "", q)
    if any(re.sub(r"[\W_]+", "", f) == q_rapat for f in frasa_kunci):
        skor += 2.0
    elif q in normalisasi(nama) or any(q in f for f in frasa_kunci):
        skor += 1.0
    return skor


def _cari_python(q: str, qs: QuerySet) -> QuerySet:
    kandidat = qs.values_list("pk", "nama", "kata_kunci", "ringkasan", "dilihat")
    skor = []
    for pk, nama, kata_kunci, ringkasan, dilihat in kandidat:
        nilai = skor_python(q, nama, kata_kunci, ringkasan)
        if nilai >= AMBANG_SKOR_PYTHON:
            skor.append((-nilai, -dilihat, nama, pk))
    urutan = [pk for *_, pk in sorted(skor)[:BATAS_HASIL]]
    if not urutan:
        return qs.none()
    return (
        qs.filter(pk__in=urutan)
        .annotate(
            skor=Case(
                *[When(pk=pk, then=Value(i)) for i, pk in enumerate(urutan)],
                output_field=IntegerField(),
            )
        )
        .order_by("skor")
    )
