"""The admin's path is configurable (ADMIN_URL) and no code writes "/admin/" itself."""

import ast
import importlib
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import clear_url_caches, reverse

from aspirasi import notifikasi
from pasuruan_portal import config
from pasuruan_portal import urls as urls_proyek
from tests.factories import PenggunaFactory
from tests.test_konfigurasi import env  # noqa: F401  (fixture)

JALUR_LAIN = "kantor-staf-7q/"
KATA_SANDI = "sandi-uji-yang-panjang-123"


@pytest.fixture
def admin_di_jalur_lain(settings):
    """The project URLconf rebuilt with ADMIN_URL = JALUR_LAIN, and restored afterwards."""
    asli = settings.ADMIN_URL
    settings.ADMIN_URL = JALUR_LAIN
    importlib.reload(urls_proyek)
    clear_url_caches()
    yield
    settings.ADMIN_URL = asli
    importlib.reload(urls_proyek)
    clear_url_caches()


# --- configuration ------------------------------------------------------------------------


def test_bawaan_admin(env):  # noqa: F811
    env(DEBUG="1")
    assert config.load().admin_url == "admin/"


@pytest.mark.parametrize("nilai", ["kantor-staf/", "staf/admin/", "a.b_c~d/"])
def test_admin_url_yang_sah_diterima(env, nilai):  # noqa: F811
    env(DEBUG="1", ADMIN_URL=nilai)
    assert config.load().admin_url == nilai


@pytest.mark.parametrize(
    "nilai",
    ["", "/admin/", "admin", "admin//x/", "../admin/", "./", "ad min/", "admin/?x=1/", "<b>/"],
)
def test_admin_url_tidak_sah_ditolak_saat_mulai(env, nilai):  # noqa: F811
    env(DEBUG="1", ADMIN_URL=nilai)
    with pytest.raises(config.ImproperlyConfigured, match="ADMIN_URL"):
        config.load()


# --- the admin at another path --------------------------------------------------------------


@pytest.mark.django_db
def test_admin_dilayani_di_jalur_lain_dan_tidak_di_admin(client, admin_di_jalur_lain):
    assert reverse("admin:index") == f"/{JALUR_LAIN}"
    assert client.get(f"/{JALUR_LAIN}login/", secure=True).status_code == 200
    assert client.get("/admin/", secure=True).status_code == 404
    assert client.get("/admin/login/", secure=True).status_code == 404


@pytest.mark.django_db
def test_masuk_di_jalur_lain_dialihkan_ke_dasbor_admin_jalur_lain(client, admin_di_jalur_lain):
    petugas = PenggunaFactory()
    respons = client.get(f"/{JALUR_LAIN}", secure=True)
    assert respons["Location"].startswith(f"/{JALUR_LAIN}login/")

    respons = client.post(
        respons["Location"],
        {"username": petugas.username, "password": KATA_SANDI, "next": f"/{JALUR_LAIN}"},
        secure=True,
    )
    assert respons.status_code == 302
    assert respons["Location"] == f"/{JALUR_LAIN}"
    assert client.get(f"/{JALUR_LAIN}", secure=True).status_code == 200


@pytest.mark.django_db
def test_robots_txt_tidak_membocorkan_jalur_admin_lain(client, admin_di_jalur_lain):
    robots = client.get("/robots.txt").content.decode()
    assert JALUR_LAIN not in robots
    assert "/admin/" not in robots
    assert "Sitemap:" in robots


def test_tautan_admin_di_email_petugas_memakai_jalur_lain(admin_di_jalur_lain):
    assert notifikasi.url_admin(7) == f"{settings.SITE_URL}/{JALUR_LAIN}aspirasi/aspirasi/7/change/"


@pytest.mark.django_db
def test_halaman_terkunci_menautkan_login_di_jalur_lain(client, admin_di_jalur_lain):
    petugas = PenggunaFactory()
    for _ in range(5):
        respons = client.post(
            f"/{JALUR_LAIN}login/",
            {"username": petugas.username, "password": "tebakan-salah-0000"},
            secure=True,
        )
    assert respons.status_code == 429
    assert f'href="/{JALUR_LAIN}login/"' in respons.content.decode()


# --- no code writes the admin path itself ---------------------------------------------------

FOLDER_KODE = ["layanan", "kegiatan", "aspirasi", "pasuruan_portal", "templates"]


def _string_kode(berkas: Path):
    """String constants of a module, without its docstrings (they may name the path)."""
    pohon = ast.parse(berkas.read_text(encoding="utf-8"))
    docstring = set()
    for simpul in ast.walk(pohon):
        berdokumen = ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
        if isinstance(simpul, berdokumen) and ast.get_docstring(simpul, clean=False) is not None:
            docstring.add(id(simpul.body[0].value))
    for simpul in ast.walk(pohon):
        teks = isinstance(simpul, ast.Constant) and isinstance(simpul.value, str)
        if teks and id(simpul) not in docstring:
            yield simpul.lineno, simpul.value


def test_tidak_ada_kode_atau_template_yang_menulis_jalur_admin():
    dasar = Path(settings.BASE_DIR)
    temuan = []
    for folder in FOLDER_KODE:
        for berkas in (dasar / folder).rglob("*"):
            if "migrations" in berkas.parts:
                continue
            if berkas.suffix == ".py":
                for baris, teks in _string_kode(berkas):
                    if "/admin/" in teks:
                        temuan.append(f"{berkas.relative_to(dasar)}:{baris}")
            elif berkas.suffix in {".html", ".txt", ".xml", ".js"}:
                for baris, teks in enumerate(berkas.read_text(encoding="utf-8").splitlines(), 1):
                    if "/admin/" in teks:
                        temuan.append(f"{berkas.relative_to(dasar)}:{baris}")
    assert temuan == []
