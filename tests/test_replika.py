"""Read replica (pasuruan_portal/basis_data.py): dashboard and transparency reads go to
``replika``, everything else and every write to ``default``.

The suite has no second server: the alias is added here as a TEST MIRROR of default (a
second connection to the same test database, as ``DATABASE_REPLICA_URL`` makes settings.py
do), so what the replica connection runs can be captured apart from default. A second
connection only sees committed rows, hence ``transaction=True`` (with the groups of the
data migrations restored after each test by ``serialized_rollback``).
"""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.db import connections
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from aspirasi.models import Aspirasi
from layanan.models import Layanan
from pasuruan_portal import basis_data
from pasuruan_portal.basis_data import REPLIKA, ReplicaRouter, baca_replika
from tests.factories import DesaFactory, KecamatanFactory, OPDFactory
from tests.factories_aspirasi import aspirasi_diteruskan, pimpinan
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db(
    transaction=True, serialized_rollback=True, databases=["default", REPLIKA]
)

TABEL_ASPIRASI = Aspirasi._meta.db_table


@pytest.fixture(scope="module", autouse=True)
def _alias_replika(django_db_setup, django_db_blocker):
    # Module scope: the alias must exist before pytest-django builds the test case that
    # lists it in ``databases``.
    utama = connections["default"].settings_dict
    salinan = {**utama, "TEST": {**utama["TEST"], "MIRROR": "default"}}
    connections.settings[REPLIKA] = salinan
    if connections.settings is not settings.DATABASES:
        settings.DATABASES[REPLIKA] = salinan
    yield
    with django_db_blocker.unblock():
        connections[REPLIKA].close()
    del connections[REPLIKA]
    connections.settings.pop(REPLIKA, None)
    settings.DATABASES.pop(REPLIKA, None)


@pytest.fixture(autouse=True)
def _replika_belum_diistirahatkan(monkeypatch):
    monkeypatch.setattr(basis_data, "_rehat_sampai", 0.0)


@pytest.fixture
def data():
    opd = OPDFactory(nama="Dinas Pekerjaan Umum")
    aspirasi_diteruskan(opd)
    aspirasi_diteruskan(opd)
    return opd


def _membaca_aspirasi(kueri) -> list[str]:
    return [
        q["sql"]
        for q in kueri.captured_queries
        if TABEL_ASPIRASI in q["sql"] and q["sql"].lstrip().upper().startswith("SELECT")
    ]


def _tulis(kueri) -> list[str]:
    return [
        q["sql"]
        for q in kueri.captured_queries
        if re.match(r"\s*(INSERT|UPDATE|DELETE)", q["sql"], re.IGNORECASE)
    ]


def _ambil(client, url):
    with (
        CaptureQueriesContext(connections["default"]) as utama,
        CaptureQueriesContext(connections[REPLIKA]) as replika,
    ):
        respons = client.get(url)
    return respons, utama, replika


@pytest.mark.parametrize(
    "url",
    [
        reverse("aspirasi:dasbor"),
        reverse("aspirasi:dasbor_daftar"),
        reverse("aspirasi:dasbor_kehadiran"),
        reverse("aspirasi:dasbor_csv"),
        reverse("aspirasi:dasbor_xlsx"),
    ],
)
def test_dasbor_dan_ekspor_membaca_angka_dari_replika(client, data, url):
    masuk_staf(client, pimpinan())
    respons, utama, replika = _ambil(client, url)
    assert respons.status_code == 200
    assert replika.captured_queries
    if "kehadiran" not in url:
        assert _membaca_aspirasi(replika)
    # Default only serves the reader's session and account, never the figures.
    assert not _membaca_aspirasi(utama)
    assert not _tulis(replika)


def test_transparansi_membaca_angka_dari_replika(client, data):
    respons, utama, replika = _ambil(client, reverse("aspirasi:transparansi"))
    assert respons.status_code == 200
    assert "Dinas Pekerjaan Umum" in respons.content.decode()
    assert _membaca_aspirasi(replika)
    assert not _membaca_aspirasi(utama)


@pytest.mark.parametrize("url", ["/", "/layanan/", "/tanya-jawab/", "/kegiatan/", "/opd/"])
def test_halaman_publik_lain_tidak_menyentuh_replika(client, data, url):
    respons, utama, replika = _ambil(client, url)
    assert respons.status_code == 200
    assert utama.captured_queries
    assert replika.captured_queries == []


def test_kiriman_warga_ditulis_ke_default_tanpa_membaca_replika(client):
    kecamatan = KecamatanFactory(nama="Bangil")
    desa = DesaFactory(kecamatan=kecamatan)
    with (
        CaptureQueriesContext(connections["default"]) as utama,
        CaptureQueriesContext(connections[REPLIKA]) as replika,
    ):
        html = client.get(reverse("aspirasi:kirim")).content.decode()
        token = re.search(r'name="token" value="([0-9a-f-]{36})"', html)[1]
        client.post(
            reverse("aspirasi:kirim"),
            {
                "token": token,
                "jenis": "pertanyaan",
                "judul": "Jadwal posyandu",
                "isi": "Kapan jadwal posyandu di desa kami?",
                "kecamatan": kecamatan.pk,
                "desa": desa.pk,
                "privasi": "anonim",
                "setuju": "on",
            },
        )
        respons = client.post(reverse("aspirasi:periksa"), {"token": token})
    assert respons.status_code == 302
    assert Aspirasi.objects.using("default").filter(judul="Jadwal posyandu").exists()
    assert any(TABEL_ASPIRASI in sql and sql.lstrip().startswith("INSERT") for sql in _tulis(utama))
    assert replika.captured_queries == []


def test_replika_tak_terjangkau_dasbor_tetap_jalan_dari_default(client, data, caplog):
    masuk_staf(client, pimpinan())
    replika = connections[REPLIKA]
    asli = replika.settings_dict
    # A replica that refuses connections (a file that cannot be opened / a closed port).
    if replika.vendor == "sqlite":
        replika.settings_dict = {**asli, "NAME": "/tidak-ada/replika.sqlite3"}
    else:
        replika.settings_dict = {**asli, "HOST": "127.0.0.1", "PORT": 1}
    replika.close()
    try:
        for url in (reverse("aspirasi:dasbor"), reverse("aspirasi:transparansi")):
            with CaptureQueriesContext(connections["default"]) as utama:
                respons = client.get(url)
            assert respons.status_code == 200
            assert _membaca_aspirasi(utama)
        # Tried once, then left alone for a while: one warning for both requests.
        assert caplog.text.count("Replika basis data tidak dapat dipakai") == 1
    finally:
        replika.close()
        replika.settings_dict = asli


def test_router_menulis_dan_migrasi_hanya_ke_default():
    router = ReplicaRouter()
    with baca_replika():
        assert router.db_for_read(Layanan) == REPLIKA
        assert router.db_for_write(Layanan) == "default"
    assert router.db_for_read(Layanan) == "default"
    assert router.allow_migrate("default", "layanan") is True
    assert router.allow_migrate(REPLIKA, "layanan") is False


def test_tanpa_replika_semua_ke_default(monkeypatch):
    monkeypatch.delitem(settings.DATABASES, REPLIKA)
    with baca_replika():
        assert ReplicaRouter().db_for_read(Layanan) == "default"
