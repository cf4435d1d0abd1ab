"""Health checks for a load balancer: ``/kesehatan/`` answers 200 when the database and the
cache both work, 503 when either does not; ``/kesehatan/hidup/`` answers 200 whenever the
process can answer at all.

The second exists because the database and Redis are shared: when PostgreSQL is down every
app server fails ``/kesehatan/`` at once, and a load balancer that takes them all out answers
with its own page, so the resident loses the text of the form they were sending. Routing on
``hidup`` keeps requests reaching the app, whose 503 page gives the text back.

Project-level plumbing, not domain code. The answer names only the checks and their
outcome: no personal data, no error text (which could reveal host names or credentials);
the cause goes to the server log.
"""

from __future__ import annotations

import logging
import uuid

from django.core.cache import cache
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

log = logging.getLogger(__name__)

KUNCI_CACHE = "kesehatan:uji"


def _database() -> bool:
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        # Down, refusing connections, out of connections: whatever it is, not healthy.
        log.warning("Pemeriksaan kesehatan: database tidak dapat dipakai.", exc_info=True)
        return False


def _cache() -> bool:
    # A value only this request wrote: a stale or shared key cannot pass for a working cache.
    nilai = uuid.uuid4().hex
    try:
        cache.set(KUNCI_CACHE, nilai, 30)
        return cache.get(KUNCI_CACHE) == nilai
    except Exception:
        log.warning("Pemeriksaan kesehatan: cache tidak dapat dipakai.", exc_info=True)
        return False


@never_cache
@require_safe
def kesehatan(request):
    periksa = {"database": _database(), "cache": _cache()}
    sehat = all(periksa.values())
    return JsonResponse(
        {
            "status": "ok" if sehat else "gagal",
            "periksa": {nama: "ok" if ok else "gagal" for nama, ok in periksa.items()},
        },
        status=200 if sehat else 503,
    )


@never_cache
@require_safe
def hidup(request):
    """Liveness only: touches neither the database nor the cache."""
    return JsonResponse({"status": "ok"})
