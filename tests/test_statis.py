"""pasuruan_portal/statis.py: production's static storage gives WhiteNoise's URLs, each
computed once."""

import pytest
from whitenoise.storage import CompressedManifestStaticFilesStorage

from pasuruan_portal.statis import StatisTerkompresi


def _storage(kelas, lokasi):
    return kelas(location=str(lokasi), base_url="/static/")


@pytest.fixture
def manifest(tmp_path):
    asal = _storage(CompressedManifestStaticFilesStorage, tmp_path)
    asal.hashed_files = {
        "css/portal.css": "css/portal.0123abcd.css",
        "img/logo kab.svg": "img/logo kab.89ef.svg",
    }
    asal.save_manifest()
    return tmp_path


def test_url_sama_dengan_whitenoise_dan_dihitung_sekali(manifest, monkeypatch, settings):
    settings.DEBUG = False
    asal = _storage(CompressedManifestStaticFilesStorage, manifest)
    cepat = _storage(StatisTerkompresi, manifest)
    for nama in ("css/portal.css", "img/logo kab.svg", "css/portal.css?v=1#x"):
        assert cepat.url(nama) == asal.url(nama)
    assert cepat.url("css/portal.css") == "/static/css/portal.0123abcd.css"

    dihitung = []
    monkeypatch.setattr(cepat, "stored_name", lambda nama: dihitung.append(nama) or "tidak-dipakai")
    assert cepat.url("css/portal.css") == "/static/css/portal.0123abcd.css"
    assert dihitung == []
    assert cepat.url("css/portal.css", force=True) == "/static/tidak-dipakai"


def test_berkas_tanpa_manifest_tetap_galat_setiap_kali(manifest, settings):
    settings.DEBUG = False
    cepat = _storage(StatisTerkompresi, manifest)
    for _ in range(2):
        with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
            cepat.url("css/tidak-ada.css")
    assert "css/tidak-ada.css" not in cepat._url_tetap


def test_jumlah_url_yang_diingat_terbatas(manifest, monkeypatch, settings):
    settings.DEBUG = False
    monkeypatch.setattr("pasuruan_portal.statis.URL_MAKS", 1)
    cepat = _storage(StatisTerkompresi, manifest)
    cepat.url("css/portal.css")
    cepat.url("img/logo kab.svg")
    assert list(cepat._url_tetap) == ["css/portal.css"]
