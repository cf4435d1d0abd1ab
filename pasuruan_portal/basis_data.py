"""Read replica: dashboard and transparency reads go to ``DATABASES["replika"]`` when
``DATABASE_REPLICA_URL`` is set; everything else, and every write, to ``default``.

A router cannot see the request, so the views that may read from the replica say so:
``@baca_dari_replika`` (or ``with baca_replika():``) sets a context variable for the
duration of the view, and the router reads it. Outside it, and without a replica, every
query goes to default exactly as with one database.

The replica lags the primary by a little: only pages that tolerate figures a few seconds
old use it (the leaders' dashboard and its exports, /transparansi/), never a resident's
own page (the confirmation, tracking), which must show what was just written.

When the replica cannot be reached, a view under ``@baca_dari_replika`` runs again against
default (these are read-only GET views, so running again is safe), and the replica is left
alone for ``REHAT_DETIK`` so that every request does not wait for its connect timeout.
"""

from __future__ import annotations

import logging
import time
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, connections

log = logging.getLogger(__name__)

REPLIKA = "replika"
REHAT_DETIK = 30

_baca_replika: ContextVar[bool] = ContextVar("baca_replika", default=False)
# Process-local: until when (time.monotonic()) the replica is not tried after a failure.
_rehat_sampai = 0.0


def replika_ada() -> bool:
    return REPLIKA in settings.DATABASES


def replika_dipakai() -> bool:
    """Reads go to the replica now: inside ``baca_replika()``, configured, not resting."""
    return _baca_replika.get() and replika_ada() and time.monotonic() >= _rehat_sampai


@contextmanager
def baca_replika():
    """Reads inside go to the replica (when there is one). Also usable as a decorator."""
    token = _baca_replika.set(True)
    try:
        yield
    finally:
        _baca_replika.reset(token)


def _istirahatkan_replika() -> None:
    global _rehat_sampai
    _rehat_sampai = time.monotonic() + REHAT_DETIK


def baca_dari_replika(view):
    """For a read-only view: its reads go to the replica; if the replica is unreachable,
    the view runs again on default (and 503 comes only if default is down too)."""

    @wraps(view)
    def dibungkus(request, *args, **kwargs):
        if not replika_ada():
            return view(request, *args, **kwargs)
        try:
            with baca_replika():
                return view(request, *args, **kwargs)
        except (OperationalError, InterfaceError):
            if not connections[REPLIKA].errors_occurred:
                raise  # default failed, not the replica: the 503 handler answers
            log.warning(
                "Replika basis data tidak dapat dipakai; %s dibaca dari basis data utama "
                "dan replika tidak dicoba selama %d detik.",
                request.path,
                REHAT_DETIK,
                exc_info=True,
            )
            _istirahatkan_replika()
            connections[REPLIKA].close()
            return view(request, *args, **kwargs)

    return dibungkus


class ReplicaRouter:
    """Reads to the replica only inside ``baca_replika()``; writes and migrations to
    default."""

    def db_for_read(self, model, **hints):
        return REPLIKA if replika_dipakai() else DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # The replica is a copy of default: an object read from either may refer to one
        # read from the other.
        if {obj1._state.db, obj2._state.db} <= {DEFAULT_DB_ALIAS, REPLIKA, None}:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The replica receives the schema through replication, never from migrate.
        return db == DEFAULT_DB_ALIAS
