"""Writes with side effects for the catalog."""

import contextlib

from django.core.cache import cache
from django.db.models import F

from layanan.models import Layanan


def _kunci_kunjungan(slug: str) -> str:
    return f"layanan:kunjungan_tertunda:{slug}"


def catat_kunjungan_tertunda(*, slug: str) -> None:
    """Count a view of a page served from the page cache: in the cache, not the database
    (a cached page asks nothing of it); added to the row at the next rendered view."""
    kunci = _kunci_kunjungan(slug)
    # incr first: on every view but the first since the last render, the key exists.
    try:
        cache.incr(kunci)
    except ValueError:
        if not cache.add(kunci, 1, None):  # another worker created it meanwhile
            cache.incr(kunci)


def catat_kunjungan(*, layanan: Layanan) -> None:
    """Count a public view of a service (feeds "layanan terpopuler" on the beranda), with
    the views served from the page cache since the last one."""
    kunci = _kunci_kunjungan(layanan.slug)
    tertunda = cache.get(kunci) or 0
    if tertunda:
        # decr, not delete: views counted meanwhile by other workers are kept. Evicted
        # meanwhile (ValueError): these views are counted now all the same.
        with contextlib.suppress(ValueError):
            cache.decr(kunci, tertunda)
    # F() keeps concurrent views from overwriting each other; no history row for a view.
    # One UPDATE is atomic on its own (no transaction: BEGIN/COMMIT would double the
    # round trips of a visit, and the cache above is outside any transaction anyway).
    Layanan.objects.filter(pk=layanan.pk).update(dilihat=F("dilihat") + 1 + tertunda)
