"""A signed-in staff session ends after STAF_SESI_DIAM_MENIT idle minutes; a resident's
anonymous session (the aspirasi draft) is not touched. Time is moved forward by patching
the middleware's clock."""

import pytest
from django.contrib.auth import SESSION_KEY
from django.urls import reverse

from aspirasi.views.kirim import SESI_DRAF
from pasuruan_portal import config, keamanan
from tests.factories import PenggunaFactory
from tests.masuk import masuk_staf
from tests.test_konfigurasi import env  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db

MULAI = 1_800_000_000.0


@pytest.fixture
def jam(monkeypatch):
    """The clock of the middleware; ``jam.maju(menit)`` moves it forward."""

    class Jam:
        sekarang = MULAI

        def maju(self, menit):
            self.sekarang += menit * 60

    j = Jam()
    monkeypatch.setattr(keamanan, "_sekarang", lambda: j.sekarang)
    return j


@pytest.fixture
def staf_masuk(client):
    staf = PenggunaFactory(is_superuser=True)
    masuk_staf(client, staf)
    return staf


def buka_admin(client):
    return client.get(reverse("admin:index"), secure=True)


def test_bawaan_tiga_puluh_menit(settings):
    assert settings.STAF_SESI_DIAM_MENIT == 30


def test_staf_diam_lebih_dari_tiga_puluh_menit_harus_masuk_lagi(client, staf_masuk, jam):
    assert buka_admin(client).status_code == 200
    jam.maju(31)

    respons = buka_admin(client)

    assert respons.status_code == 302
    assert respons["Location"].startswith(reverse("admin:login"))
    assert SESSION_KEY not in client.session
    # The login page says why, in Indonesian.
    login = client.get(respons["Location"], secure=True)
    assert "Sesi Anda berakhir karena tidak ada aktivitas selama 30 menit" in login.content.decode()


def test_staf_yang_aktif_tetap_masuk(client, staf_masuk, jam):
    assert buka_admin(client).status_code == 200
    for _ in range(4):  # four times 25 minutes: never 30 minutes idle
        jam.maju(25)
        assert buka_admin(client).status_code == 200
    assert SESSION_KEY in client.session


def test_diam_tepat_di_batas_masih_masuk(client, staf_masuk, jam):
    buka_admin(client)
    jam.maju(30)
    assert buka_admin(client).status_code == 200


def test_halaman_publik_juga_mengakhiri_sesi_staf_yang_diam(client, staf_masuk, jam):
    client.get("/", secure=True)
    jam.maju(45)
    client.get("/", secure=True)
    assert SESSION_KEY not in client.session


def test_batas_diam_mengikuti_pengaturan(client, staf_masuk, jam, settings):
    settings.STAF_SESI_DIAM_MENIT = 5
    buka_admin(client)
    jam.maju(6)
    assert buka_admin(client).status_code == 302


def test_cap_waktu_tidak_ditulis_ulang_setiap_permintaan(client, staf_masuk, jam):
    buka_admin(client)
    pertama = client.session[keamanan.SESI_TERAKHIR_AKTIF]
    jam.maju(0.5)
    buka_admin(client)
    assert client.session[keamanan.SESI_TERAKHIR_AKTIF] == pertama
    jam.maju(1)
    buka_admin(client)
    assert client.session[keamanan.SESI_TERAKHIR_AKTIF] > pertama


def test_draf_aspirasi_warga_tidak_hilang_saat_diam_lama(client, jam):
    sesi = client.session
    sesi[SESI_DRAF] = {"token": "x" * 20, "judul": "Lampu jalan padam penanda-draf"}
    sesi.save()
    jam.maju(8 * 60)  # a resident may leave the form open for hours

    respons = client.get(reverse("aspirasi:kirim"), secure=True)

    assert respons.status_code == 200
    assert "Lampu jalan padam penanda-draf" in respons.content.decode()
    assert client.session[SESI_DRAF]["judul"] == "Lampu jalan padam penanda-draf"
    assert keamanan.SESI_TERAKHIR_AKTIF not in client.session


def test_batas_diam_dibaca_dari_variabel_lingkungan(env):  # noqa: F811
    env(DEBUG="1", STAF_SESI_DIAM_MENIT="15")
    assert config.load().sesi_staf_diam_menit == 15


def test_batas_diam_nol_ditolak(env):  # noqa: F811
    env(DEBUG="1", STAF_SESI_DIAM_MENIT="0")
    with pytest.raises(config.ImproperlyConfigured, match="STAF_SESI_DIAM_MENIT"):
        config.load()
