"""Acceptance 4: the core flows work with JavaScript switched off."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _jumlah_hasil(page):
    teks = page.locator("#judul-hasil").inner_text()
    return int(re.search(r"\d+", teks).group())


def test_warga_tanpa_javascript_mencari_akta_lahir_dan_melihat_daftar_persyaratan(
    live_server, data_demo, buat_halaman
):
    page = buat_halaman(375, javascript=False)
    page.goto(live_server.url + "/")

    page.get_by_role("searchbox", name="Cari layanan").fill("akta lahir")
    page.get_by_role("button", name="Cari", exact=True).click()

    page.wait_for_url(re.compile(r"/layanan/\?q=akta\+lahir"))
    hasil_pertama = page.locator("#konten ol > li").first.get_by_role("link")
    assert hasil_pertama.get_attribute("href") == "/layanan/akta-kelahiran/"
    assert "Akta Kelahiran" in hasil_pertama.inner_text()

    hasil_pertama.click()

    page.wait_for_url(re.compile(r"/layanan/akta-kelahiran/$"))
    assert "Akta Kelahiran" in page.get_by_role("heading", level=1).inner_text()
    daftar_periksa = page.locator("section[aria-labelledby='judul-persyaratan'] li")
    jumlah_syarat = daftar_periksa.count()
    assert jumlah_syarat >= 2
    assert daftar_periksa.first.is_visible()

    page.get_by_role("link", name="Buka daftar periksa untuk dicetak").click()

    page.wait_for_url(re.compile(r"/layanan/akta-kelahiran/daftar-periksa/$"))
    assert page.locator(".daftar-periksa li").count() == jumlah_syarat


def test_saringan_kategori_di_daftar_layanan_berfungsi_tanpa_javascript(
    live_server, data_demo, buat_halaman
):
    page = buat_halaman(1280, javascript=False)
    page.goto(live_server.url + "/layanan/")
    semua = _jumlah_hasil(page)
    pilihan = page.get_by_label("Kategori")
    if not pilihan.is_visible():  # the filters sit in a <details>, folded until opened
        page.locator("summary", has_text="Saring").click()
    kategori = pilihan.locator("option").nth(1)
    nama_kategori = kategori.inner_text().strip()
    slug_kategori = kategori.get_attribute("value")

    pilihan.select_option(value=slug_kategori)
    page.get_by_role("button", name="Terapkan").click()

    page.wait_for_url(re.compile(r"kategori="))
    assert parse_qs(urlsplit(page.url).query)["kategori"] == [slug_kategori]
    tersaring = _jumlah_hasil(page)
    assert 0 < tersaring < semua
    assert page.get_by_label("Kategori").input_value() == slug_kategori
    kartu = page.locator("#konten ol > li .kartu-layanan")
    assert kartu.count() == min(tersaring, settings.LAYANAN_PER_HALAMAN)
    for i in range(kartu.count()):
        assert nama_kategori in kartu.nth(i).locator(".meta-kecil").first.inner_text()
