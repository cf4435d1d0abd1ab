"""The Redis cache backend against a real Redis (pasuruan_portal/cache_redis.py) and what a
page served from the page cache costs there: one round trip. Skipped, with the reason
shown, where no Redis runs on 127.0.0.1:6379."""

import pytest
import redis
from django.core.cache import caches
from django.test import Client

from tests.aspirasi.test_batas_redis import perlu_redis
from tests.test_singgahan_halaman import HALAMAN, data  # noqa: F401 (fixture)

pytestmark = [pytest.mark.django_db, perlu_redis]

REDIS_UJI = {
    "default": {
        "BACKEND": "pasuruan_portal.cache_redis.RedisCacheTahanGangguan",
        "LOCATION": "redis://127.0.0.1:6379/14",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
}


@pytest.fixture
def redis_nyata(settings):
    settings.CACHES = REDIS_UJI
    settings.HALAMAN_CACHE_DETIK = 300
    settings.KUNJUNGAN_JEDA_DETIK = 3600
    caches["default"].clear()
    yield caches["default"]
    caches["default"].clear()
    caches["default"].close()


@pytest.fixture
def perintah_redis(monkeypatch):
    """The names of the Redis commands sent, in order."""
    terkirim = []
    asli = redis.Redis.execute_command

    def hitung(self, *args, **options):
        terkirim.append(args[0])
        return asli(self, *args, **options)

    monkeypatch.setattr(redis.Redis, "execute_command", hitung)
    return terkirim


def test_klien_redis_dibuat_sekali_dan_dipakai_ulang(redis_nyata):
    klien = redis_nyata._cache.get_client()

    redis_nyata.set("uji:kunci", {"isi": "Bangil"}, 60)

    assert redis_nyata._cache.get_client(write=True) is klien
    assert redis_nyata.get("uji:kunci") == {"isi": "Bangil"}
    assert redis_nyata._cache.get_client() is klien


@pytest.mark.parametrize("nama", HALAMAN)
def test_halaman_tersimpan_dilayani_dengan_satu_perintah_redis(
    nama,
    data,  # noqa: F811
    redis_nyata,
    perintah_redis,
):
    url = HALAMAN[nama](data)
    pertama = Client().get(url)
    assert pertama.status_code == 200
    perintah_redis.clear()

    kedua = Client().get(url)

    assert kedua.status_code == 200
    assert kedua.content == pertama.content
    assert perintah_redis == ["MGET"]


def test_halaman_dengan_versi_data_lama_tidak_dilayani(data, redis_nyata):  # noqa: F811
    from pasuruan_portal import singgahan_halaman

    url = data["layanan"].get_absolute_url()
    Client().get(url)
    type(data["layanan"]).objects.filter(pk=data["layanan"].pk).update(nama="Nama Baru KTP")
    assert "Nama Baru KTP" not in Client().get(url).content.decode()

    singgahan_halaman.data_berubah("katalog")

    assert "Nama Baru KTP" in Client().get(url).content.decode()
