"""Security headers, cookies and same-origin-only pages (the issue's acceptance 5 and 7)."""

import re
from html.parser import HTMLParser

import pytest
from django.conf import settings

from tests.factories import LayananFactory, PenggunaFactory
from tests.masuk import masuk_staf

KATA_SANDI = "sandi-uji-yang-panjang-123"

# Attributes through which a page makes the browser fetch or go somewhere.
ATRIBUT_URL = {
    "src",
    "href",
    "action",
    "formaction",
    "poster",
    "data",
    "srcset",
    "imagesrcset",
    "manifest",
    "background",
    "xlink:href",
}


def direktif_csp(response) -> dict[str, list[str]]:
    hasil = {}
    for bagian in response["Content-Security-Policy"].split(";"):
        kata = bagian.split()
        if kata:
            hasil[kata[0]] = kata[1:]
    return hasil


class _PengumpulAtribut(HTMLParser):
    def __init__(self):
        super().__init__()
        self.url = []  # (tag, attribute, value, all attributes)
        self.skrip_sebaris = []  # type of each <script> without src
        self.penangan_sebaris = []  # on* attributes
        self.gaya_sebaris = []  # style attributes and <style> elements

    def handle_starttag(self, tag, attrs):
        atribut = dict(attrs)
        for nama, nilai in attrs:
            if nama in ATRIBUT_URL and nilai is not None:
                self.url.append((tag, nama, nilai, atribut))
            if nama.startswith("on"):
                self.penangan_sebaris.append((tag, nama))
            if nama == "style":
                self.gaya_sebaris.append(tag)
        if tag == "script" and "src" not in atribut:
            self.skrip_sebaris.append(atribut.get("type", "text/javascript"))
        if tag == "style":
            self.gaya_sebaris.append("style")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)


def kumpulkan(response) -> _PengumpulAtribut:
    pengumpul = _PengumpulAtribut()
    pengumpul.feed(response.content.decode())
    return pengumpul


def assert_header_keamanan(response):
    csp = direktif_csp(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    # No directive allows another origin.
    for nama, sumber in csp.items():
        for s in sumber:
            assert s in {"'self'", "'none'", "data:"}, (nama, s)

    hsts = response["Strict-Transport-Security"]
    max_age = int(re.search(r"max-age=(\d+)", hsts).group(1))
    assert max_age >= 31536000
    assert "includeSubDomains" in hsts

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] in {
        "no-referrer",
        "same-origin",
        "strict-origin",
        "strict-origin-when-cross-origin",
    }
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def assert_cookie_aman(response):
    for nama, cookie in response.cookies.items():
        if not cookie.value:  # a deletion
            continue
        assert cookie["secure"], f"cookie {nama} tanpa Secure"
        assert cookie["samesite"].lower() in {"lax", "strict"}, nama
        if nama == settings.SESSION_COOKIE_NAME:
            assert cookie["httponly"], f"cookie {nama} tanpa HttpOnly"


def assert_hanya_asal_sendiri(response):
    """No src/href/action points at another origin; the canonical link is SITE_URL's."""
    html = kumpulkan(response)
    asing = []
    for tag, nama, nilai, atribut in html.url:
        for url in [u.strip().split()[0] for u in nilai.split(",") if u.strip()] or [""]:
            if not re.match(r"^([a-z][a-z0-9+.-]*:|//)", url, re.IGNORECASE):
                continue  # relative: our own origin
            if url.startswith(("mailto:", "tel:", "data:")):
                continue
            if (
                tag == "link"
                and atribut.get("rel") == "canonical"
                and url.startswith(settings.SITE_URL + "/")
            ):
                continue
            asing.append((tag, nama, url))
    assert asing == []
    # A strict CSP would block these; they must not be relied on.
    assert html.penangan_sebaris == []
    assert set(html.skrip_sebaris) <= {"application/ld+json"}


@pytest.fixture
def beberapa_layanan(db):
    return LayananFactory.create_batch(3)


# --- public pages ------------------------------------------------------------------------


@pytest.mark.parametrize("alamat", ["/", "/layanan/", "/opd/"])
def test_halaman_publik_membawa_header_keamanan(client, beberapa_layanan, alamat):
    response = client.get(alamat, secure=True)
    assert response.status_code == 200
    assert_header_keamanan(response)
    assert_cookie_aman(response)


@pytest.mark.parametrize("alamat", ["/", "/layanan/", "/opd/"])
def test_halaman_publik_tidak_merujuk_asal_lain(client, beberapa_layanan, alamat):
    response = client.get(alamat, secure=True)
    assert response.status_code == 200
    assert_hanya_asal_sendiri(response)
    # Styles come from our stylesheet only (style-src 'self' ignores inline styles).
    assert kumpulkan(response).gaya_sebaris == []


def test_beranda_canonical_memakai_site_url(client, beberapa_layanan):
    response = client.get("/", secure=True)
    assert f'<link rel="canonical" href="{settings.SITE_URL}/">' in response.content.decode()


def test_https_di_balik_proxy_dikenali_dari_x_forwarded_proto(client, beberapa_layanan):
    # nginx terminates TLS and sends X-Forwarded-Proto; Django must then treat the request
    # as HTTPS (HSTS sent, no redirect loop).
    response = client.get("/", HTTP_X_FORWARDED_PROTO="https")
    assert response.status_code == 200
    assert "Strict-Transport-Security" in response


def test_http_dialihkan_ke_https_saat_produksi(client, settings, db):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/layanan/?q=ktp")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/layanan/?q=ktp"


# --- admin -------------------------------------------------------------------------------


def test_login_admin_membawa_header_keamanan_dan_cookie_aman(client, db):
    response = client.get("/admin/login/", secure=True)
    assert response.status_code == 200
    assert_header_keamanan(response)
    # The login form sets the CSRF cookie; it must be Secure.
    assert settings.CSRF_COOKIE_NAME in response.cookies
    assert_cookie_aman(response)
    assert_hanya_asal_sendiri(response)


def test_cookie_sesi_setelah_login_admin_secure_dan_httponly(client, db):
    petugas = PenggunaFactory()
    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": petugas.username, "password": KATA_SANDI, "next": "/admin/"},
        secure=True,
    )
    assert response.status_code == 302
    sesi = response.cookies[settings.SESSION_COOKIE_NAME]
    assert sesi["secure"]
    assert sesi["httponly"]
    assert_cookie_aman(response)


def test_dasbor_admin_membawa_header_keamanan(client, db):
    masuk_staf(client, PenggunaFactory(is_superuser=True))
    response = client.get("/admin/", secure=True)
    assert response.status_code == 200
    assert_header_keamanan(response)
    assert_hanya_asal_sendiri(response)
