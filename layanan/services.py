"""Writes with side effects for the catalog."""

import atexit
import contextlib
import threading
import time
from collections import Counter

from django.conf import settings
from django.core.cache import cache
from django.db.models import F

from layanan.models import Layanan


def _kunci_kunjungan(slug: str) -> str:
    return f"layanan:kunjungan_tertunda:{slug}"


# Views served from the page cache, not yet added to the shared counter (see
# catat_kunjungan_tertunda). Per process; gunicorn's threads share it.
_kunjungan_proses: Counter = Counter()
_kunci_proses = threading.Lock()
_dikirim_terakhir = [time.monotonic()]


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
    with _kunci_proses:
        _kunjungan_proses[slug] += 1
        sekarang = time.monotonic()
        if sekarang - _dikirim_terakhir[0] < settings.KUNJUNGAN_JEDA_DETIK:
            return
        kiriman = dict(_kunjungan_proses)
        _kunjungan_proses.clear()
        _dikirim_terakhir[0] = sekarang
    _tambahkan_ke_cache(kiriman)


def kirim_kunjungan_proses() -> None:
    """Add this process's counted views to the shared counter now (at worker exit)."""
    with _kunci_proses:
        kiriman = dict(_kunjungan_proses)
        _kunjungan_proses.clear()
    with contextlib.suppress(Exception):  # at exit: never fail the shutdown over a counter
        _tambahkan_ke_cache(kiriman)


# A worker that stops (gunicorn's max-requests, a reload, a deploy) hands its views over.
atexit.register(kirim_kunjungan_proses)


def catat_kunjungan(*, layanan: Layanan) -> None:
    """Count a public view of a service (feeds "layanan terpopuler" on the beranda), with
    the views served from the page cache since the last one."""
    kunci = _kunci_kunjungan(layanan.slug)
    with _kunci_proses:
        di_proses = _kunjungan_proses.pop(layanan.slug, 0)
    tertunda = cache.get(kunci) or 0
    if tertunda:
        # decr, not delete: views counted meanwhile by other workers are kept. Evicted
        # meanwhile (ValueError): these views are counted now all the same.
        with contextlib.suppress(ValueError):
            cache.decr(kunci, tertunda)
    # F() keeps concurrent views from overwriting each other; no history row for a view.
    # One UPDATE is atomic on its own (no transaction: BEGIN/COMMIT would double the
    # round trips of a visit, and the cache above is outside any transaction anyway).
    Layanan.objects.filter(pk=layanan.pk).update(dilihat=F("dilihat") + 1 + tertunda + di_proses)
