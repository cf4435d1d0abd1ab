import datetime
import json
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from layanan import services
from layanan.models import Layanan
from pasuruan_portal import singgahan_halaman
from tests.factories import LayananFactory, OPDFactory, UnitLayananFactory

pytestmark = pytest.mark.django_db


def test_beranda_menampilkan_kotak_cari_dan_layanan_terpopuler(client):
    populer = LayananFactory(nama="Layanan Paling Dicari")
    Layanan.objects.filter(pk=populer.pk).update(dilihat=500)
    LayananFactory(nama="Layanan Jarang Dilihat")
    LayananFactory(nama="Layanan Masih Draf", status=Layanan.Status.DRAF)

    respons = client.get("/")

    assert respons.status_code == 200
    html = respons.content.decode()
    assert 'role="search"' in html
    assert 'name="q"' in html
    assert html.index("Layanan Paling Dicari") < html.index("Layanan Jarang Dilihat")
    assert "Layanan Masih Draf" not in html


def test_halaman_layanan_menampilkan_enam_komponen_penyampaian_lebih_dulu(client):
    unit = UnitLayananFactory(nama="Mal Pelayanan Publik Maslahat", alamat="Raci, Bangil")
    layanan = LayananFactory(nama="Penerbitan Akta Kelahiran", biaya=0, jangka_waktu="1 hari kerja")
    layanan.unit_layanan.add(unit)

    respons = client.get(layanan.get_absolute_url())

    html = respons.content.decode()
    assert respons.status_code == 200
    assert "Gratis" in html
    urutan = [
        html.index("Yang perlu dibawa"),
        html.index("Langkah-langkah"),
        html.index("Biaya dan lama proses"),
        html.index("Yang Anda terima"),
        html.index("Jika ada masalah"),
        html.index("Di mana dilayani"),
        html.index("Standar pelayanan lengkap"),
    ]
    assert urutan == sorted(urutan)
    assert "Mal Pelayanan Publik Maslahat" in html
    for komponen in ("Dasar hukum", "Sarana dan prasarana", "Evaluasi kinerja pelaksana"):
        assert komponen in html
    assert "Terakhir diperbarui" in html


def test_halaman_layanan_memuat_json_ld_government_service_yang_valid(client):
    layanan = LayananFactory(nama="Layanan </script><script>alert(1)</script>", biaya=15000)

    html = client.get(layanan.get_absolute_url()).content.decode()

    blok = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert blok is not None
    data = json.loads(blok.group(1))
    assert data["@type"] == "GovernmentService"
    assert data["name"] == layanan.nama
    assert data["offers"]["price"] == 15000
    assert "<script>alert(1)" not in html


def test_layanan_draf_tidak_tampil_untuk_publik(client):
    draf = LayananFactory(status=Layanan.Status.DRAF)

    assert client.get(draf.get_absolute_url()).status_code == 404
    assert draf.nama not in client.get(reverse("layanan:daftar")).content.decode()


def test_membuka_halaman_layanan_menambah_hitungan_dilihat(client, settings):
    settings.HALAMAN_CACHE_DETIK = 0
    settings.KUNJUNGAN_TULIS_DETIK = 0
    layanan = LayananFactory()

    client.get(layanan.get_absolute_url())
    client.get(layanan.get_absolute_url())

    layanan.refresh_from_db()
    assert layanan.dilihat == 2


def test_kunjungan_dari_singgahan_halaman_ikut_terhitung_saat_halaman_dirender_lagi(
    client, settings
):
    settings.KUNJUNGAN_TULIS_DETIK = 0
    layanan = LayananFactory()

    client.get(layanan.get_absolute_url())  # rendered: counted in the row
    client.get(layanan.get_absolute_url())  # from the page cache: counted in the cache
    client.get(layanan.get_absolute_url())
    layanan.refresh_from_db()
    assert layanan.dilihat == 1

    singgahan_halaman.data_berubah("katalog")
    client.get(layanan.get_absolute_url())  # rendered again: adds the two cached views

    layanan.refresh_from_db()
    assert layanan.dilihat == 4


def _tampil_dari_singgahan(client, layanan, kali):
    for _ in range(kali):
        respons = client.get(layanan.get_absolute_url())
        assert respons.status_code == 200


def test_kunjungan_dari_singgahan_dikumpulkan_di_proses_tanpa_perjalanan_ke_cache(
    client, settings, monkeypatch
):
    settings.KUNJUNGAN_JEDA_DETIK = 3600
    settings.KUNJUNGAN_TULIS_DETIK = 0
    layanan = LayananFactory()
    client.get(layanan.get_absolute_url())  # rendered, stored
    panggilan = []
    # (locmem's get_many, which serves the page, is a loop of get: get is not spied.)
    for nama in ("incr", "decr", "add", "set", "set_many"):
        asli = getattr(cache, nama)
        monkeypatch.setattr(
            cache, nama, lambda *a, _asli=asli, _n=nama, **k: panggilan.append(_n) or _asli(*a, **k)
        )

    _tampil_dari_singgahan(client, layanan, 5)

    assert panggilan == []
    monkeypatch.undo()
    singgahan_halaman.data_berubah("katalog")
    client.get(layanan.get_absolute_url())
    layanan.refresh_from_db()
    assert layanan.dilihat == 1 + 5 + 1


def test_kunjungan_proses_dikirim_ke_cache_setelah_jeda_dan_dihitung_proses_lain(client, settings):
    settings.KUNJUNGAN_JEDA_DETIK = 0
    layanan = LayananFactory()
    client.get(layanan.get_absolute_url())
    _tampil_dari_singgahan(client, layanan, 3)

    # With no pause every view goes to the shared counter at once, where another worker's
    # next render finds it.
    assert services._kunjungan_proses == {}
    assert cache.get(services._kunci_kunjungan(layanan.slug)) == 3


def test_kunjungan_proses_diserahkan_ke_cache_saat_worker_berhenti(client, settings):
    settings.KUNJUNGAN_JEDA_DETIK = 3600
    settings.KUNJUNGAN_TULIS_DETIK = 0
    layanan = LayananFactory()
    client.get(layanan.get_absolute_url())
    _tampil_dari_singgahan(client, layanan, 2)
    assert cache.get(services._kunci_kunjungan(layanan.slug)) is None

    services.kirim_kunjungan_proses()

    assert cache.get(services._kunci_kunjungan(layanan.slug)) == 2
    singgahan_halaman.data_berubah("katalog")
    client.get(layanan.get_absolute_url())
    layanan.refresh_from_db()
    assert layanan.dilihat == 4


def test_kunjungan_yang_dirender_ditulis_ke_baris_paling_sering_sekali_per_jeda(
    client, settings, monkeypatch
):
    settings.HALAMAN_CACHE_DETIK = 0
    settings.KUNJUNGAN_TULIS_DETIK = 60
    layanan, lain = LayananFactory(), LayananFactory()
    jam = [1000.0]
    monkeypatch.setattr(services.time, "monotonic", lambda: jam[0])

    client.get(layanan.get_absolute_url())  # the process's first view: written at once
    with CaptureQueriesContext(connection) as kueri:
        client.get(layanan.get_absolute_url())
    assert kueri.captured_queries
    assert not [q for q in kueri.captured_queries if "UPDATE" in q["sql"]]
    client.get(lain.get_absolute_url())
    layanan.refresh_from_db()
    lain.refresh_from_db()
    assert (layanan.dilihat, lain.dilihat) == (1, 0)

    jam[0] += 60  # the pause is over: the next render writes every view held
    client.get(lain.get_absolute_url())
    layanan.refresh_from_db()
    lain.refresh_from_db()
    assert (layanan.dilihat, lain.dilihat) == (2, 2)
    assert services._kunjungan_proses == {}


def test_biaya_berbayar_ditulis_dalam_rupiah(client):
    layanan = LayananFactory(biaya=25000)

    html = client.get(layanan.get_absolute_url()).content.decode()

    assert "Rp25.000" in html


def test_daftar_periksa_bisa_dicetak_tanpa_javascript(client):
    layanan = LayananFactory()

    respons = client.get(reverse("layanan:daftar_periksa", args=[layanan.slug]))

    assert respons.status_code == 200
    assert "Syarat 1" in respons.content.decode()


def test_halaman_opd_menampilkan_pemberitahuan_pindah_ke_raci(client):
    opd = OPDFactory(
        nama="Dinas Kependudukan dan Pencatatan Sipil",
        alamat="Kompleks Perkantoran Raci, Jalan Raya Raci Km 9, Bangil",
        alamat_sebelumnya="Jl. Hayam Wuruk 14, Kota Pasuruan",
        tanggal_pindah=datetime.date(2024, 3, 4),
        maklumat_pelayanan="Kami sanggup melayani sesuai standar pelayanan.",
    )
    LayananFactory(opd=opd, nama="Perekaman KTP-el")

    html = client.get(opd.get_absolute_url()).content.decode()

    assert "Kantor sudah pindah" in html
    assert "Jl. Hayam Wuruk 14, Kota Pasuruan" in html
    assert "4 Maret 2024" in html
    assert "Kami sanggup melayani" in html
    assert "Perekaman KTP-el" in html


def test_daftar_opd_mengelompokkan_per_pemda(client):
    OPDFactory(nama="Dinas Sosial")

    html = client.get(reverse("layanan:opd_daftar")).content.decode()

    assert "Pemerintah Kabupaten Pasuruan" in html
    assert "Dinas Sosial" in html


@pytest.mark.parametrize(
    "parameter",
    [
        {"kategori": "tidak-ada"},
        {"opd": "<script>alert(1)</script>"},
        {"pemda": "' OR 1=1 --"},
        {"q": "x" * 5000},
        {"halaman": "abc"},
        {"halaman": "99999"},
        {"gratis": "bukan-boolean"},
        {"q": "\x00"},
    ],
)
def test_masukan_aneh_di_daftar_layanan_tidak_menyebabkan_galat(client, parameter):
    LayananFactory()

    respons = client.get(reverse("layanan:daftar"), parameter)

    assert respons.status_code == 200
    assert b"<script>alert(1)</script>" not in respons.content


def test_saringan_gratis_hanya_menampilkan_layanan_tanpa_biaya(client):
    LayananFactory(nama="Layanan Gratis Uji", biaya=0)
    LayananFactory(nama="Layanan Bayar Uji", biaya=50000)

    html = client.get(reverse("layanan:daftar"), {"gratis": "true"}).content.decode()

    assert "Layanan Gratis Uji" in html
    assert "Layanan Bayar Uji" not in html


def test_saringan_opd_hanya_menampilkan_layanan_opd_itu(client):
    a = LayananFactory(nama="Layanan OPD A")
    LayananFactory(nama="Layanan OPD B")

    html = client.get(reverse("layanan:daftar"), {"opd": a.opd.slug}).content.decode()

    assert "Layanan OPD A" in html
    assert "Layanan OPD B" not in html


def test_setiap_halaman_publik_punya_meta_description(client):
    layanan = LayananFactory()
    for url in (
        "/",
        reverse("layanan:daftar"),
        layanan.get_absolute_url(),
        reverse("layanan:opd_daftar"),
        layanan.opd.get_absolute_url(),
        reverse("layanan:daftar_periksa", args=[layanan.slug]),
    ):
        html = client.get(url).content.decode()
        isi = re.search(r'<meta name="description" content="([^"]+)"', html)
        assert isi and len(isi.group(1).strip()) > 20, url


def test_sitemap_dan_robots_tersedia(client):
    layanan = LayananFactory()
    draf = LayananFactory(status=Layanan.Status.DRAF)

    sitemap = client.get("/sitemap.xml").content.decode()
    robots = client.get("/robots.txt").content.decode()

    assert layanan.get_absolute_url() in sitemap
    assert draf.get_absolute_url() not in sitemap
    assert "Disallow: /admin/" in robots
    assert "sitemap.xml" in robots
