"""Django's Redis cache backend, made to degrade instead of fail when Redis is unreachable.

Everything the portal keeps in Redis can be rebuilt or done without: cached pages and
figures are rendered again, a session falls back to its database copy (``cached_db``), the
rate-limit counters start again. A Redis outage must therefore not turn every public page
into a 500: while Redis cannot be reached, reads miss and writes are dropped, so the portal
runs as if it had no cache, and a warning is logged (once a minute per process, not once
per request). ``/kesehatan/`` still reports the cache as failed: it writes a value and
reads it back, which a dropped write cannot pass.

What the outage costs, and why it is accepted: rate limits are not enforced while Redis is
down (refusing every resident would be worse), and an invalidation made during the outage
is lost, so a page cached before it may be served until ``HALAMAN_CACHE_DETIK`` passes.
Timeouts are short (``OPTIONS`` in settings) so a dead Redis costs milliseconds, not
seconds, per request.
"""

from __future__ import annotations

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)

GANGGUAN = (RedisConnectionError, RedisTimeoutError, OSError)
# Seconds between two warnings of the same process.
JEDA_PERINGATAN = 60


class KlienRedisTetap(RedisCacheClient):
    """Django's client, keeping one ``redis.Redis`` per connection pool.

    Django builds a new ``redis.Redis`` for every cache call, and its constructor fills a
    table of ~170 response callbacks: about a tenth of a millisecond, several times per
    page (session, page cache, rate limits), more than the Redis round trip itself.
    A ``redis.Redis`` only holds the pool and those tables, and is safe to share between
    threads (each command checks a connection out of the pool).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._klien = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        klien = self._klien.get(index)
        if klien is None:
            if index not in self._pools:
                self._pools[index] = self._pool_class.from_url(
                    self._servers[index], **self._pool_options
                )
            klien = self._klien[index] = self._client(connection_pool=self._pools[index])
        return klien


class RedisCacheTahanGangguan(RedisCache):
    _peringatan_terakhir = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = KlienRedisTetap

    def _gangguan(self, operasi: str, galat: Exception) -> None:
        sekarang = time.monotonic()
        if sekarang - self._peringatan_terakhir >= JEDA_PERINGATAN:
            self._peringatan_terakhir = sekarang
            log.warning(
                "Redis tidak terjangkau (%s: %s); portal berjalan tanpa cache.",
                operasi,
                type(galat).__name__,
            )

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except GANGGUAN as galat:
            self._gangguan("get", galat)
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except GANGGUAN as galat:
            self._gangguan("get_many", galat)
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except GANGGUAN as galat:
            self._gangguan("has_key", galat)
            return False

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            super().set(key, value, timeout, version)
        except GANGGUAN as galat:
            self._gangguan("set", galat)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set_many(data, timeout, version)
        except GANGGUAN as galat:
            self._gangguan("set_many", galat)
            return list(data)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().add(key, value, timeout, version)
        except GANGGUAN as galat:
            self._gangguan("add", galat)
            return False

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except GANGGUAN as galat:
            # As for a missing key: the caller starts counting again (and its set() is
            # dropped too), so a rate limit lets the request through.
            self._gangguan("incr", galat)
            raise ValueError(f"Key '{key}' not found (Redis tidak terjangkau).") from None

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().touch(key, timeout, version)
        except GANGGUAN as galat:
            self._gangguan("touch", galat)
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except GANGGUAN as galat:
            self._gangguan("delete", galat)
            return False

    def delete_many(self, keys, version=None):
        try:
            super().delete_many(keys, version)
        except GANGGUAN as galat:
            self._gangguan("delete_many", galat)
