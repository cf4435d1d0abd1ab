"""/kesehatan/ for a load balancer: 200 with both checks ok, 503 when the database or the
cache is down; never personal data or error text."""

import json
import logging

import pytest
from django.db import OperationalError, connections

SEHAT = {"status": "ok", "periksa": {"database": "ok", "cache": "ok"}}


@pytest.mark.django_db
def test_kesehatan_200_json_saat_database_dan_cache_bekerja(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        respons = client.get("/kesehatan/")
    assert respons.status_code == 200
    assert respons["Content-Type"] == "application/json"
    assert json.loads(respons.content) == SEHAT
    assert "no-store" in respons["Cache-Control"]  # a proxy never answers for the app
    assert not respons.cookies  # no session, nothing about the caller


@pytest.mark.django_db
def test_kesehatan_503_saat_database_mati_tanpa_membocorkan_galat(client, monkeypatch, caplog):
    def tolak(*args, **kwargs):
        raise OperationalError('connection to server at "db-rahasia.internal" refused')

    monkeypatch.setattr(connections["default"], "cursor", tolak)
    with caplog.at_level(logging.WARNING, logger="pasuruan_portal.kesehatan"):
        respons = client.get("/kesehatan/")
    assert respons.status_code == 503
    assert json.loads(respons.content) == {
        "status": "gagal",
        "periksa": {"database": "gagal", "cache": "ok"},
    }
    assert b"rahasia" not in respons.content
    assert "database" in caplog.text  # the cause is in the server log


@pytest.mark.django_db
def test_kesehatan_503_saat_cache_redis_tidak_terjangkau(client, settings):
    # Nothing listens on port 1: a real connection refusal from the Redis client.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    respons = client.get("/kesehatan/")
    assert respons.status_code == 503
    assert json.loads(respons.content) == {
        "status": "gagal",
        "periksa": {"database": "ok", "cache": "gagal"},
    }


@pytest.mark.django_db
def test_kesehatan_hanya_get_dan_head(client):
    assert client.head("/kesehatan/").status_code == 200
    assert client.post("/kesehatan/").status_code == 405
    assert client.get("/kesehatan/?x=<script>").status_code == 200


@pytest.mark.django_db
def test_kesehatan_dijawab_lewat_http_biasa_tanpa_dialihkan_ke_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/").status_code == 301  # every other page still goes to HTTPS
    respons = client.get("/kesehatan/")
    assert respons.status_code == 200
    assert json.loads(respons.content) == SEHAT


@pytest.mark.skipif(
    connections["default"].vendor != "postgresql", reason="server PostgreSQL sungguhan"
)
def test_kesehatan_503_saat_postgresql_tidak_terjangkau_lalu_pulih(
    client, monkeypatch, django_db_blocker
):
    """A real refused connection (nothing listens on port 1), then the app recovers.
    Outside a test transaction, so the connection can really be closed and reopened."""
    koneksi = connections["default"]
    with django_db_blocker.unblock():
        koneksi.close()
        monkeypatch.setitem(koneksi.settings_dict, "PORT", 1)
        monkeypatch.setitem(koneksi.settings_dict, "HOST", "127.0.0.1")
        try:
            respons = client.get("/kesehatan/")
        finally:
            koneksi.close()
            monkeypatch.undo()
        assert respons.status_code == 503
        assert json.loads(respons.content)["periksa"]["database"] == "gagal"
        assert client.get("/kesehatan/").status_code == 200


@pytest.mark.django_db
def test_kesehatan_hidup_200_tanpa_database_dan_cache(client, monkeypatch, settings):
    """The liveness check answers while the shared database and Redis are both down, so a
    load balancer keeps sending residents to the app (whose 503 page keeps their text)."""

    def tolak(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connections["default"], "cursor", tolak)
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    respons = client.get("/kesehatan/hidup/")
    assert respons.status_code == 200
    assert json.loads(respons.content) == {"status": "ok"}
    assert "no-store" in respons["Cache-Control"]
    assert client.get("/kesehatan/").status_code == 503  # the full check still sees it


def test_kesehatan_hidup_dijawab_lewat_http_tanpa_dialihkan_ke_https(settings, client):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/kesehatan/hidup/").status_code == 200
