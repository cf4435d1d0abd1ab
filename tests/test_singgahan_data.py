"""pasuruan_portal/singgahan_data.py: reference data kept in the process while its data
area is unchanged, read again after every change, never served without a known version."""

import pytest
from django.core.cache import caches
from django.urls import reverse

from aspirasi import selectors as aspirasi_selectors
from layanan import selectors
from pasuruan_portal import singgahan_data, singgahan_halaman
from tests.factories import LayananFactory, OPDFactory


class _Pembaca:
    def __init__(self):
        self.kali = 0

    def __call__(self):
        self.kali += 1
        return [self.kali]


def test_disimpan_selama_area_tidak_berubah_lalu_dibaca_lagi():
    baca = _Pembaca()

    assert singgahan_data.dibaca(("katalog",), "k", baca) == [1]
    assert singgahan_data.dibaca(("katalog",), "k", baca) == [1]
    singgahan_halaman.data_berubah("kegiatan")  # another area: still valid
    assert singgahan_data.dibaca(("katalog",), "k", baca) == [1]

    singgahan_halaman.data_berubah("katalog")
    assert singgahan_data.dibaca(("katalog",), "k", baca) == [2]
    assert baca.kali == 2


def test_beberapa_area_dibatalkan_oleh_salah_satunya():
    baca = _Pembaca()
    singgahan_data.dibaca(("aspirasi", "katalog"), "k", baca)
    singgahan_halaman.data_berubah("aspirasi")
    assert singgahan_data.dibaca(("aspirasi", "katalog"), "k", baca) == [2]
    singgahan_halaman.data_berubah("katalog")
    assert singgahan_data.dibaca(("aspirasi", "katalog"), "k", baca) == [3]


def test_kunci_berbeda_disimpan_terpisah_dan_jumlahnya_terbatas(monkeypatch):
    monkeypatch.setattr(singgahan_data, "UKURAN_MAKS", 3)
    for i in range(5):
        assert singgahan_data.dibaca(("katalog",), i, lambda i=i: i) == i
    assert len(singgahan_data._simpanan) == 3
    baca = _Pembaca()
    assert singgahan_data.dibaca(("katalog",), 0, baca) == [1]  # the oldest was dropped


def test_kedaluwarsa_setelah_umur_dan_mati_dengan_nol(settings, monkeypatch):
    jam = [100.0]
    monkeypatch.setattr(singgahan_data.time, "monotonic", lambda: jam[0])
    settings.SINGGAHAN_DATA_DETIK = 60
    baca = _Pembaca()
    singgahan_data.dibaca(("katalog",), "k", baca)
    jam[0] += 59
    assert singgahan_data.dibaca(("katalog",), "k", baca) == [1]
    jam[0] += 2
    assert singgahan_data.dibaca(("katalog",), "k", baca) == [2]

    settings.SINGGAHAN_DATA_DETIK = 0
    assert singgahan_data.dibaca(("katalog",), "k", baca) == [3]
    assert singgahan_data.dibaca(("katalog",), "k", baca) == [4]


def test_redis_tidak_terjangkau_selalu_dibaca_dan_tidak_disimpan(settings):
    settings.SINGGAHAN_TOKEN_DETIK = 3600  # no token is kept either, however long allowed
    # Nothing listens on port 1: the portal's cache answers as empty, with no token.
    settings.CACHES = {
        "default": {
            "BACKEND": "pasuruan_portal.cache_redis.RedisCacheTahanGangguan",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    try:
        baca = _Pembaca()
        assert singgahan_data.dibaca(("katalog",), "k", baca) == [1]
        assert singgahan_data.dibaca(("katalog",), "k", baca) == [2]
        assert singgahan_data._simpanan == {}
        assert singgahan_halaman.token_proses() is None
        assert singgahan_halaman._token_terakhir is None
    finally:
        caches["default"].close()


def test_area_tidak_dikenal_ditolak():
    with pytest.raises(ValueError):
        singgahan_data.dibaca(("layanan",), "k", list)


@pytest.mark.django_db
def test_pilihan_opd_baru_tampil_setelah_perubahan_katalog(client, settings):
    settings.HALAMAN_CACHE_DETIK = 0  # every visit rendered: only the data store remains
    LayananFactory()
    client.get(reverse("layanan:daftar"))
    baru = OPDFactory(nama="Dinas Baru Sekali")

    # Written without the services or the admin: not yet seen (until the entry expires).
    assert "Dinas Baru Sekali" not in client.get(reverse("layanan:daftar")).content.decode()
    singgahan_halaman.data_berubah("katalog")  # what the OPD admin does after saving
    halaman = client.get(reverse("layanan:daftar")).content.decode()
    assert f'<option value="{baru.slug}">Dinas Baru Sekali</option>' in halaman


@pytest.mark.django_db
def test_hitungan_tanya_jawab_dan_kategori_beranda_mengikuti_perubahan(
    django_capture_on_commit_callbacks,
):
    from aspirasi import services
    from aspirasi.models import Aspirasi
    from tests.aspirasi.test_kartu_publik import _terbit

    _terbit("Pertama")
    assert aspirasi_selectors.TanyaJawabTersaring().count() == 1
    kedua = _terbit("Kedua")
    Aspirasi.objects.filter(pk=kedua.pk).update(diterbitkan=False)
    with django_capture_on_commit_callbacks(execute=True):
        # The verifikator publishes: the service invalidates the aspirasi area on commit.
        services.terbitkan(aspirasi=Aspirasi.objects.get(pk=kedua.pk))
    assert aspirasi_selectors.TanyaJawabTersaring().count() == 2

    layanan = LayananFactory()
    singgahan_halaman.data_berubah("katalog")
    tile = selectors.kategori_dengan_jumlah_terbit()
    assert [k["slug"] for k in tile if k["slug"] == layanan.kategori.slug]


def _hitung_baca_token(monkeypatch) -> list:
    """Every get_many of the version tokens from now on."""
    cache = caches["default"]
    panggilan = []
    asli = cache.get_many

    def get_many(kunci, *a, **k):
        if any(x.startswith("halaman:versi:") for x in kunci):
            panggilan.append(list(kunci))
        return asli(kunci, *a, **k)

    monkeypatch.setattr(cache, "get_many", get_many)
    return panggilan


@pytest.mark.django_db
def test_token_dibaca_sekali_per_permintaan(client, settings, monkeypatch):
    """/tanya-jawab/ reads several kept values (options, the count) of two areas: the
    version tokens cost one Redis round trip for the whole request."""
    settings.HALAMAN_CACHE_DETIK = 0
    settings.SINGGAHAN_TOKEN_DETIK = 0  # no process memo: every request asks Redis
    client.get(reverse("aspirasi:tanya_jawab"))  # values kept
    panggilan = _hitung_baca_token(monkeypatch)

    assert client.get(reverse("aspirasi:tanya_jawab")).status_code == 200
    assert client.get(reverse("aspirasi:tanya_jawab")).status_code == 200

    assert len(panggilan) == 2
    assert sorted(panggilan[0]) == sorted(f"halaman:versi:{a}" for a in singgahan_halaman.AREA)


@pytest.mark.django_db
def test_token_proses_dipakai_lagi_hanya_selama_umurnya(client, settings, monkeypatch):
    settings.HALAMAN_CACHE_DETIK = 0
    settings.SINGGAHAN_TOKEN_DETIK = 2
    jam = [1000.0]
    monkeypatch.setattr(singgahan_halaman.time, "monotonic", lambda: jam[0])
    client.get(reverse("aspirasi:tanya_jawab"))
    panggilan = _hitung_baca_token(monkeypatch)

    jam[0] += 1.9
    assert client.get(reverse("aspirasi:tanya_jawab")).status_code == 200
    assert panggilan == []
    jam[0] += 0.2
    assert client.get(reverse("aspirasi:tanya_jawab")).status_code == 200
    assert len(panggilan) == 1


def test_perubahan_di_proses_lain_terlihat_setelah_umur_token(settings, monkeypatch):
    """Another worker's write replaces the token in Redis without touching this process's
    memory: this process sees it once its tokens are older than SINGGAHAN_TOKEN_DETIK."""
    settings.SINGGAHAN_TOKEN_DETIK = 1
    jam = [1000.0]
    monkeypatch.setattr(singgahan_halaman.time, "monotonic", lambda: jam[0])
    baca = _Pembaca()
    assert singgahan_data.dibaca(("katalog",), "k", baca) == [1]

    # What data_berubah("katalog") does in the other process.
    caches["default"].set(singgahan_halaman._kunci_versi("katalog"), "dari-worker-lain", None)
    jam[0] += 0.5
    assert singgahan_data.dibaca(("katalog",), "k", baca) == [1]
    jam[0] += 0.6
    assert singgahan_data.dibaca(("katalog",), "k", baca) == [2]
    assert singgahan_data.dibaca(("katalog",), "k", baca) == [2]


def test_perubahan_di_proses_ini_terlihat_seketika_walau_token_masih_muda(settings):
    settings.SINGGAHAN_TOKEN_DETIK = 3600
    baca = _Pembaca()
    singgahan_data.dibaca(("kegiatan",), "k", baca)
    singgahan_halaman.data_berubah("kegiatan")
    assert singgahan_data.dibaca(("kegiatan",), "k", baca) == [2]
