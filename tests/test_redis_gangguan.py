"""Redis unreachable: the portal runs as if it had no cache (pasuruan_portal/cache_redis.py).

The backend is Django's RedisCache pointed at a port where nothing listens, so every call
meets a real connection refusal from the Redis client, as in production when Redis is down.
"""

import logging

import pytest
from django.core.cache import cache, caches
from django.urls import reverse

from aspirasi.models import Aspirasi
from tests.aspirasi.test_kirim import _kirim_penuh, wilayah  # noqa: F401 (fixture)
from tests.factories import LayananFactory

REDIS_MATI = {
    "default": {
        "BACKEND": "pasuruan_portal.cache_redis.RedisCacheTahanGangguan",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}


@pytest.fixture
def redis_mati(settings):
    settings.CACHES = REDIS_MATI
    settings.HALAMAN_CACHE_DETIK = 300
    # As in production with REDIS_URL: sessions read from Redis, written through to the DB.
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    yield
    caches["default"].close()


def test_cache_tanpa_redis_membaca_kosong_dan_menulis_tanpa_galat(redis_mati, caplog):
    with caplog.at_level(logging.WARNING, logger="pasuruan_portal.cache_redis"):
        assert cache.get("x", "bawaan") == "bawaan"
        assert cache.get_many(["a", "b"]) == {}
        assert cache.add("x", 1, 10) is False
        cache.set("x", 1, 10)
        cache.set_many({"a": 1}, 10)
        cache.delete("x")
        with pytest.raises(ValueError):  # as for a missing key: the caller counts afresh
            cache.incr("x")
    # One warning per process and minute, not one per call.
    assert caplog.text.count("Redis tidak terjangkau") == 1


@pytest.mark.django_db
def test_halaman_publik_tetap_200_saat_redis_mati(client, redis_mati):
    layanan = LayananFactory(nama="Perekaman KTP-el")
    for url in (
        "/",
        "/layanan/",
        reverse("layanan:detail", args=[layanan.slug]),
        "/tanya-jawab/",
        "/kegiatan/",
        "/transparansi/",
    ):
        respons = client.get(url)
        assert respons.status_code == 200, url


@pytest.mark.django_db
def test_warga_tetap_bisa_mengirim_aspirasi_saat_redis_mati(client, redis_mati, wilayah):  # noqa: F811
    respons, _token = _kirim_penuh(client, wilayah)
    assert respons.status_code == 302
    aspirasi = Aspirasi.objects.get()
    assert aspirasi.kode in client.get(respons.url).content.decode()


@pytest.mark.django_db
def test_kesehatan_tetap_melaporkan_cache_gagal_saat_redis_mati(client, redis_mati):
    respons = client.get("/kesehatan/")
    assert respons.status_code == 503
    assert respons.json()["periksa"] == {"database": "ok", "cache": "gagal"}
