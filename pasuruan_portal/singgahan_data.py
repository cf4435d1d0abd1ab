"""Small reference data of the public pages (filter options, category tiles, counts) kept
in each process's memory while its data area is unchanged.

A page rendered afresh (the page cache missed: a visitor with a session, a query string
not cached, the first visit after a change) still needs its select options and counts;
read from PostgreSQL they are a few round trips per page for rows that change a few times
a year. ``dibaca(area, kunci, baca)`` keeps what ``baca()`` returned beside the version
token of ``area`` (pasuruan_portal/singgahan_halaman.py) current when it was read, and
gives it again while that token is still the current one, and every write that
invalidates the area's cached pages invalidates these too. The tokens are read from Redis
at most once per request, and once per ``SINGGAHAN_TOKEN_DETIK`` per process
(``singgahan_halaman.token_proses``): a write in another process shows here within that
time, one in this process at once. The token is read before the data, so a value read
during a change is never kept past it. Entries
also expire after ``SINGGAHAN_DATA_DETIK`` (writes outside the services and the admin,
e.g. a management command) and the store is bounded (LRU).

Without a usable token (Redis unreachable) nothing is kept or served: ``baca()`` runs.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from contextvars import ContextVar
from typing import TypeVar

from django.conf import settings

from pasuruan_portal import singgahan_halaman

T = TypeVar("T")

UKURAN_MAKS = 256

_simpanan: OrderedDict = OrderedDict()
_kunci_simpanan = threading.Lock()


def lupakan() -> None:
    """Drop everything kept in this process (tests start from a fresh process's state)."""
    with _kunci_simpanan:
        _simpanan.clear()
    singgahan_halaman.lupakan_token()


# The tokens used during the current request (SinggahanDataMiddleware): every ``dibaca`` of
# one page sees the same ones, whatever their areas.
_token_permintaan: ContextVar[dict | None] = ContextVar("token_permintaan", default=None)


def _token(area: tuple[str, ...]) -> tuple[str, ...] | None:
    """The current tokens of ``area``, or None when they are unknown (Redis unreachable)."""
    memo = _token_permintaan.get()
    if memo is None or not all(a in memo for a in area):
        # Every area at once: the page's next call needs nothing more.
        baru = singgahan_halaman.token_proses()
        if baru is None:
            return None
        if memo is None:
            memo = baru
        else:
            memo.update(baru)
    return tuple(memo[a] for a in area)


class SinggahanDataMiddleware:
    """Scopes the version tokens read by ``dibaca`` to one request: read once, at the
    first call (a change made during the request shows from the next one)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _token_permintaan.set({})
        try:
            return self.get_response(request)
        finally:
            _token_permintaan.reset(token)


def dibaca(area: tuple[str, ...], kunci: Hashable, baca: Callable[[], T]) -> T:
    """``baca()``, or what it gave earlier in this process if no area of ``area`` has
    changed since. The value is shared: callers must not modify it."""
    umur = settings.SINGGAHAN_DATA_DETIK
    if umur <= 0:
        return baca()
    singgahan_halaman._periksa(area)
    token = _token(area)
    if token is None:
        return baca()
    kunci = (area, kunci)
    sekarang = time.monotonic()
    with _kunci_simpanan:
        ada = _simpanan.get(kunci)
        if ada is not None and ada[0] == token and sekarang - ada[1] < umur:
            _simpanan.move_to_end(kunci)
            return ada[2]
    nilai = baca()
    with _kunci_simpanan:
        _simpanan[kunci] = (token, sekarang, nilai)
        _simpanan.move_to_end(kunci)
        while len(_simpanan) > UKURAN_MAKS:
            _simpanan.popitem(last=False)
    return nilai
