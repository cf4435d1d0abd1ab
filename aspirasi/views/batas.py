"""Rate limits per client, counted in the shared cache (Redis in production, so every
gunicorn worker counts together). Fixed windows: simple and enough against floods and
guessing tracking codes."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache

# name: (allowed requests, window in seconds); override with ASPIRASI_BATAS_<NAME>.
BAWAAN = {
    "kirim": (5, 600),
    "lacak": (20, 600),
    "draf": (30, 600),
}


def ip_klien(request) -> str:
    # REMOTE_ADDR only: X-Forwarded-For is set by the client unless a trusted proxy
    # rewrites it. Behind a reverse proxy, the proxy must pass the real address.
    return request.META.get("REMOTE_ADDR", "") or "tanpa-ip"


def aturan(nama: str) -> tuple[int, int]:
    return tuple(getattr(settings, f"ASPIRASI_BATAS_{nama.upper()}", BAWAAN[nama]))


def _kunci(nama: str, request) -> str:
    # The cache never holds a raw IP address.
    sidik = hashlib.sha256(ip_klien(request).encode()).hexdigest()[:32]
    return f"aspirasi:batas:{nama}:{sidik}"


def sudah_penuh(request, nama: str) -> bool:
    """True when the client has used up the window (does not count this request)."""
    jumlah, _detik = aturan(nama)
    return (cache.get(_kunci(nama, request)) or 0) >= jumlah


def hitung(request, nama: str) -> bool:
    """Count one request; True when it goes over the limit."""
    jumlah, detik = aturan(nama)
    kunci = _kunci(nama, request)
    cache.add(kunci, 0, detik)
    try:
        nilai = cache.incr(kunci)
    except ValueError:  # expired between add and incr
        cache.set(kunci, 1, detik)
        nilai = 1
    return nilai > jumlah
