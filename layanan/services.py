"""Writes with side effects for the catalog."""

import atexit
import contextlib
import threading
import time
from collections import Counter

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F

from layanan.models import Layanan
from layanan.selectors import HalamanLayanan


def _kunci_kunjungan(slug: str) -> str:
    return f"layanan:kunjungan_tertunda:{slug}"


# Views served from the page cache, not yet added to the shared counter (see
# catat_kunjungan_tertunda). Per process; gunicorn's threads share it.
_kunjungan_proses: Counter = Counter()
_kunci_proses = threading.Lock()
_dikirim_terakhir = [time.monotonic()]
# When this process last wrote its counted views to the rows (catat_kunjungan).
_ditulis_terakhir = [float("-inf")]


def _tambahkan_ke_cache(jumlah: dict) -> None:
    for slug, n in jumlah.items():
        kunci = _kunci_kunjungan(slug)
        # incr first: on every flush but the first since the last render, the key exists.
        try:
            cache.incr(kunci, n)
        except ValueError:
            if not cache.add(kunci, n, None):  # another worker created it meanwhile
                cache.incr(kunci, n)


def catat_kunjungan_tertunda(*, slug: str) -> None:
    """Count a view of a page served from the page cache, without touching the database
    (a cached page asks nothing of it) and, most of the time, without a Redis round trip:
    counted in this process, added to the shared counter in the cache at most every
    ``KUNJUNGAN_JEDA_DETIK``, and to the row at the next rendered view. What a worker
    holds when it is killed outright (not stopped) is lost: a few seconds of views of a
    popularity figure."""
    kiriman = _hitung_dan_ambil(slug, _dikirim_terakhir, settings.KUNJUNGAN_JEDA_DETIK)
    if kiriman:
        _tambahkan_ke_cache(kiriman)


def _hitung_dan_ambil(slug: str, terakhir: list, jeda: float) -> dict | None:
    """Count one view in this process; when ``jeda`` seconds have passed since
    ``terakhir[0]``, take (and clear) everything held, to be sent on."""
    with _kunci_proses:
        _kunjungan_proses[slug] += 1
        sekarang = time.monotonic()
        if sekarang - terakhir[0] < jeda:
            return None
        kiriman = dict(_kunjungan_proses)
        _kunjungan_proses.clear()
        terakhir[0] = sekarang
        return kiriman


def kirim_kunjungan_proses() -> None:
    """Add this process's counted views to the shared counter now (at worker exit)."""
    with _kunci_proses:
        kiriman = dict(_kunjungan_proses)
        _kunjungan_proses.clear()
    with contextlib.suppress(Exception):  # at exit: never fail the shutdown over a counter
        _tambahkan_ke_cache(kiriman)


# A worker that stops (gunicorn's max-requests, a reload, a deploy) hands its views over.
atexit.register(kirim_kunjungan_proses)


def lupakan_kunjungan_proses() -> None:
    """Drop what this process holds (tests: each starts from a fresh process's state)."""
    with _kunci_proses:
        _kunjungan_proses.clear()
        _ditulis_terakhir[0] = float("-inf")


def catat_kunjungan(*, layanan: Layanan | HalamanLayanan) -> None:
    """Count a rendered view of a service (feeds "layanan terpopuler" on the beranda).

    Counted in this process like the cached views, and written to the rows at most every
    ``KUNJUNGAN_TULIS_DETIK`` per process, with the views held here and those other
    workers left in the shared counter for the same services: an UPDATE and its commit
    on every view would cost a rendered page about a third of its speed."""
    kiriman = _hitung_dan_ambil(layanan.slug, _ditulis_terakhir, settings.KUNJUNGAN_TULIS_DETIK)
    if kiriman:
        _tulis_ke_baris(kiriman)


@transaction.atomic
def _tulis_ke_baris(jumlah: dict) -> None:
    kunci = {_kunci_kunjungan(slug): slug for slug in jumlah}
    tertunda = {k: n for k, n in cache.get_many(list(kunci)).items() if n}
    for k, n in tertunda.items():
        # decr, not delete: views counted meanwhile by other workers are kept. Evicted
        # meanwhile (ValueError): these views are counted now all the same.
        with contextlib.suppress(ValueError):
            cache.decr(k, n)
    for k, slug in sorted(kunci.items(), key=lambda item: item[1]):
        # F() keeps concurrent views from overwriting each other; no history row for a
        # view. Sorted by slug: two workers writing the same rows lock them in one order.
        Layanan.objects.filter(slug=slug).update(
            dilihat=F("dilihat") + jumlah[slug] + tertunda.get(k, 0)
        )
