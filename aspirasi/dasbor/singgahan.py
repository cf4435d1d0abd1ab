"""Cache of the public transparency page and its explicit invalidation.

The cached figures are stored under a key that contains a version token. The aspirasi
service functions call ``data_berubah`` after commit whenever an item is received or
changes status (routing, first answer, rejection, closing, reopening), so the next visitor
gets fresh figures. Attendance rows (kegiatan) and time passing a deadline change nothing
in aspirasi: those reach the page within ``TRANSPARANSI_CACHE_DETIK``.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.cache import cache

from pasuruan_portal import singgahan_halaman

KUNCI_VERSI = "transparansi:versi"


def versi() -> str:
    nilai = cache.get(KUNCI_VERSI)
    if nilai is None:
        nilai = uuid.uuid4().hex
        # add(): two first visitors at once agree on one token.
        cache.add(KUNCI_VERSI, nilai, None)
        nilai = cache.get(KUNCI_VERSI, nilai)
    return nilai


def data_berubah() -> None:
    """Make every cached transparency figure stale (a new token, never reused)."""
    cache.set(KUNCI_VERSI, uuid.uuid4().hex, None)
    # The public pages showing aspirasi (tanya-jawab, the counts of an event, related
    # answers) change with the same writes.
    singgahan_halaman.data_berubah("aspirasi")


def ambil_atau_hitung(nama: str, hitung):
    """The cached value of ``nama`` for the current data version, computed when absent."""
    kunci = f"transparansi:{versi()}:{nama}"
    nilai = cache.get(kunci)
    if nilai is None:
        nilai = hitung()
        cache.set(kunci, nilai, settings.TRANSPARANSI_CACHE_DETIK)
    return nilai
