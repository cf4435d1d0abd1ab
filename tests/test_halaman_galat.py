"""Indonesian error pages 400/403/404/500 (and the CSRF failure page)."""

from html.parser import HTMLParser

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.views import defaults

URL_DAFTAR_LAYANAN = "/layanan/"


class _Pengurai(HTMLParser):
    """Collects what the tests look at: headings, forms, inputs, labels and links."""

    def __init__(self):
        super().__init__()
        self.tag = []
        self.h1 = []
        self._di_h1 = False

    def handle_starttag(self, tag, attrs):
        self.tag.append((tag, dict(attrs)))
        if tag == "h1":
            self._di_h1 = True
            self.h1.append("")

    def handle_endtag(self, tag):
        if tag == "h1":
            self._di_h1 = False

    def handle_data(self, data):
        if self._di_h1:
            self.h1[-1] += data

    def semua(self, nama):
        return [atribut for tag, atribut in self.tag if tag == nama]


def urai(response):
    pengurai = _Pengurai()
    pengurai.feed(response.content.decode())
    return pengurai


def assert_halaman_galat_portal(response, status, judul):
    """The page matches the site: Indonesian, a heading, search box, links out."""
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/html")
    html = urai(response)
    teks = response.content.decode()

    assert '<html lang="id">' in teks
    assert [h.strip() for h in html.h1] == [judul]
    # Site chrome from base.html: skip link, header, footer with the Pemkab address.
    assert 'href="#konten"' in teks
    assert "Portal Layanan Publik" in teks
    assert "Kompleks Perkantoran Raci" in teks
    # An error page is never indexed nor a canonical page.
    assert {"name": "robots", "content": "noindex"} in html.semua("meta")
    assert not [a for a in html.semua("link") if a.get("rel") == "canonical"]

    # The search box: GET to /layanan/ with q, and a visible label tied to the input.
    formulir = [f for f in html.semua("form") if f.get("action") == URL_DAFTAR_LAYANAN]
    assert len(formulir) == 1
    assert formulir[0].get("method", "get").lower() == "get"
    kotak = [i for i in html.semua("input") if i.get("name") == "q"]
    assert len(kotak) == 1
    label = [lb for lb in html.semua("label") if lb.get("for") == kotak[0]["id"]]
    assert len(label) == 1
    assert "visually-hidden" not in label[0].get("class", "")

    tautan = {a.get("href") for a in html.semua("a")}
    assert "/" in tautan
    assert URL_DAFTAR_LAYANAN in tautan
    return teks


# --- 404 ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_alamat_tak_dikenal_memberi_halaman_404_berbahasa_indonesia(client):
    response = client.get("/alamat-yang-tidak-ada/")
    teks = assert_halaman_galat_portal(response, 404, "Halaman tidak ditemukan")
    assert "periksa kembali ejaannya" in teks
    # Django's English fallback page must not show.
    assert "Not Found" not in teks
    assert "The requested resource" not in teks


@pytest.mark.django_db
def test_halaman_404_tidak_memantulkan_alamat_yang_diminta(client):
    response = client.get("/%3Cscript%3Ealert(1)%3C/script%3E/")
    assert response.status_code == 404
    assert b"<script>alert(1)" not in response.content
    assert b"alert(1)" not in response.content


@pytest.mark.django_db
def test_halaman_404_membawa_header_keamanan(client):
    response = client.get("/alamat-yang-tidak-ada/", secure=True)
    assert response.status_code == 404
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


# --- 403 and 400 ----------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.urls("tests.urls_galat")
def test_akses_ditolak_memberi_halaman_403_berbahasa_indonesia(client):
    response = client.get("/uji-galat/403/")
    teks = assert_halaman_galat_portal(response, 403, "Akses ditolak")
    assert "tidak memiliki izin" in teks
    # The exception's message is for the log, never for the page.
    assert "bukan OPD Anda" not in teks


@pytest.mark.django_db
@pytest.mark.urls("tests.urls_galat")
def test_permintaan_janggal_memberi_halaman_400_berbahasa_indonesia(client):
    response = client.get("/uji-galat/400/")
    teks = assert_halaman_galat_portal(response, 400, "Permintaan tidak dapat diproses")
    assert "permintaan janggal" not in teks


@pytest.mark.django_db
def test_host_tak_diizinkan_memberi_halaman_400(client):
    response = client.get("/", HTTP_HOST="penyerang.example")
    assert_halaman_galat_portal(response, 400, "Permintaan tidak dapat diproses")


# --- 500 ------------------------------------------------------------------------------


def test_halaman_500_dirender_tanpa_konteks_permintaan_dan_tanpa_database():
    # No django_db mark: any database query would fail this test. server_error renders
    # 500.html with an empty context and without the request (no context processors).
    response = defaults.server_error(RequestFactory().get("/"))
    teks = assert_halaman_galat_portal(response, 500, "Terjadi kesalahan pada sistem")
    assert "coba lagi" in teks
    assert "Server Error" not in teks


def test_halaman_500_tanpa_spanduk_data_contoh_dan_tanpa_variabel_kosong():
    teks = defaults.server_error(RequestFactory().get("/")).content.decode()
    assert "Data contoh (demo)" not in teks
    assert "None" not in teks


@pytest.mark.urls("tests.urls_galat")
def test_view_yang_gagal_memberi_halaman_500_berbahasa_indonesia(client):
    client.raise_request_exception = False
    response = client.get("/uji-galat/500/")
    teks = assert_halaman_galat_portal(response, 500, "Terjadi kesalahan pada sistem")
    # No traceback nor exception text leaks to the resident.
    assert "RuntimeError" not in teks
    assert "galat tak terduga" not in teks
    assert "Traceback" not in teks


@pytest.mark.urls("tests.urls_galat")
def test_halaman_500_membawa_header_keamanan(client):
    client.raise_request_exception = False
    response = client.get("/uji-galat/500/", secure=True)
    assert response.status_code == 500
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


# --- CSRF failure ---------------------------------------------------------------------


@pytest.mark.django_db
def test_kegagalan_csrf_memberi_halaman_403_berbahasa_indonesia(client):
    client.handler.enforce_csrf_checks = True
    response = client.post(reverse("admin:login"), {"username": "admin", "password": "salah"})
    teks = assert_halaman_galat_portal(response, 403, "Formulir tidak dapat dikirim")
    assert "muat ulang" in teks
    assert "cookie" in teks
    assert "CSRF verification failed" not in teks


@pytest.mark.django_db
def test_spanduk_data_contoh_tampil_bila_katalog_berisi_data_contoh(client):
    from tests.factories import LayananFactory

    LayananFactory(contoh=True)

    assert "Data contoh (demo)" in client.get(reverse("layanan:beranda")).content.decode()
