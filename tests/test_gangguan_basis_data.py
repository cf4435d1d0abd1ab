"""PostgreSQL unreachable or restarting: public pages answer 503 "coba lagi", never 500, and
a resident's unsent text comes back filled in (pasuruan_portal/gangguan.py).

The outage is simulated with ``connection.execute_wrapper``: every query raises Django's
``OperationalError``, as a lost or refused connection does. Savepoint statements pass, so
the test's own transaction stays usable after the outage "ends".
"""

from __future__ import annotations

import logging
import re
from contextlib import contextmanager
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, OperationalError, connection
from django.test import Client
from django.urls import path, reverse

from aspirasi.models import Aspirasi, TambahanWarga
from pasuruan_portal.urls import urlpatterns as urlpatterns_portal
from tests.factories import DesaFactory, KecamatanFactory, LayananFactory
from tests.factories_aspirasi import aspirasi_dijawab, pimpinan
from tests.factories_kegiatan import KegiatanFactory
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db

URL_KIRIM = reverse("aspirasi:kirim")
URL_PERIKSA = reverse("aspirasi:periksa")
JUDUL_503 = "Layanan sedang gangguan"
ISI = "Jalan di depan SDN Kalianyar berlubang dalam sejak hujan deras minggu lalu."


@contextmanager
def basis_data_mati():
    """Every query fails as when PostgreSQL is down (savepoints pass, see above)."""

    def tolak(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith(("SAVEPOINT", "RELEASE", "ROLLBACK")):
            return execute(sql, params, many, context)
        raise OperationalError("server closed the connection unexpectedly")

    with connection.execute_wrapper(tolak):
        yield


def klien(**kwargs) -> Client:
    c = Client(**kwargs)
    # The test client re-raises a view's exception by default; a server answers instead.
    c.raise_request_exception = False
    return c


class _Formulir(HTMLParser):
    """The "Kirim ulang" form of the 503 page: its action and the fields it would post."""

    def __init__(self):
        super().__init__()
        self.aksi = None
        self.data: dict[str, list[str]] = {}
        self.readonly: dict[str, str] = {}
        self._di_form = False
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("method") == "post":
            self._di_form, self.aksi = True, a.get("action")
        elif tag == "input" and "readonly" in a:
            self.readonly[a["id"]] = a.get("value", "")
        elif tag == "input" and self._di_form and a.get("name"):
            self.data.setdefault(a["name"], []).append(a.get("value", ""))
        elif tag == "textarea":
            self._textarea = (a.get("name"), a.get("id"), "readonly" in a)

    def handle_data(self, data):
        if self._textarea is not None:
            nama, id_, readonly = self._textarea
            if readonly:
                self.readonly[id_] = self.readonly.get(id_, "") + data
            else:
                self.data.setdefault(nama, [""])[-1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._di_form = False
        elif tag == "textarea":
            self._textarea = None


def formulir_503(respons) -> _Formulir:
    pengurai = _Formulir()
    pengurai.feed(respons.content.decode())
    return pengurai


def assert_halaman_gangguan(respons):
    assert respons.status_code == 503, respons.content.decode()[:500]
    teks = respons.content.decode()
    assert f"<h1>{JUDUL_503}</h1>" in teks
    assert "coba lagi sebentar lagi" in teks
    assert '<html lang="id">' in teks
    assert int(respons["Retry-After"]) > 0
    assert "no-store" in respons["Cache-Control"]
    assert "Terjadi kesalahan pada sistem" not in teks
    return teks


@pytest.fixture
def wilayah():
    bangil = KecamatanFactory(nama="Bangil")
    return bangil, DesaFactory(kecamatan=bangil, nama="Kalianyar")


def _isian(client, wilayah, **ubah) -> dict:
    kecamatan, desa = wilayah
    html = client.get(URL_KIRIM).content.decode()
    data = {
        "csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1],
        "token": re.search(r'name="token" value="([0-9a-f-]{36})"', html)[1],
        "jenis": "pengaduan",
        "judul": "Jalan berlubang di Kalianyar",
        "isi": ISI,
        "opd": "",
        "kecamatan": str(kecamatan.pk),
        "desa": str(desa.pk),
        "privasi": "biasa",
        "nama": "Siti Rahayu",
        "email": "siti.rahayu@contoh.test",
        "telepon": "",
        "setuju": "on",
        "situs_web": "",
    }
    data.update(ubah)
    return data


# --- every public page ---------------------------------------------------------------------


@pytest.fixture
def alamat_publik():
    layanan = LayananFactory()
    kegiatan = KegiatanFactory()
    aspirasi = aspirasi_dijawab(layanan.opd, kecamatan=kegiatan.kecamatan)
    return [
        "/",
        "/layanan/",
        f"/layanan/{layanan.slug}/",
        "/layanan/?q=ktp",
        "/opd/",
        f"/opd/{layanan.opd.slug}/",
        "/tanya-jawab/",
        f"/tanya-jawab/{aspirasi.pk}/",
        "/kegiatan/",
        f"/kegiatan/{kegiatan.slug}/",
        "/kegiatan/kalender.ics",
        "/aspirasi/lacak/",
        f"/aspirasi/lacak/?kode={aspirasi.kode}",
        URL_KIRIM,
        "/aspirasi/terkirim/",
        "/transparansi/",
        "/privasi/",
        "/sitemap.xml",
        "/alamat-yang-tidak-ada/",
    ]


def test_setiap_halaman_publik_menjawab_503_coba_lagi_bukan_500(alamat_publik):
    c = klien()
    with basis_data_mati():
        hasil = {url: c.get(url).status_code for url in alamat_publik}
    assert hasil == dict.fromkeys(alamat_publik, 503)
    # Sanity: the same pages work once the database is back (the outage was the cause).
    assert c.get("/layanan/").status_code == 200


def test_halaman_gangguan_berbahasa_indonesia_dengan_retry_after():
    with basis_data_mati():
        respons = klien().get("/layanan/")
    teks = assert_halaman_gangguan(respons)
    assert "muat ulang halaman ini" in teks
    # A GET has nothing to give back.
    assert "Kirim ulang" not in teks


def test_halaman_gangguan_membawa_header_keamanan():
    with basis_data_mati():
        respons = klien().get("/", secure=True)
    assert respons.status_code == 503
    assert "script-src 'self'" in respons["Content-Security-Policy"]
    assert respons["X-Frame-Options"] == "DENY"
    assert respons["X-Content-Type-Options"] == "nosniff"
    assert "max-age" in respons["Strict-Transport-Security"]


def test_galat_basis_data_di_middleware_sesi_tetap_503_dengan_header_keamanan(wilayah):
    # A resident with a session cookie: the session (and the anonymous user) is loaded by
    # middleware before any view, so the failure happens outside the view and before the
    # middlewares that add X-Frame-Options and CSP.
    c = klien()
    c.post(URL_KIRIM, _isian(c, wilayah))
    assert c.cookies.get("sessionid")
    with basis_data_mati():
        respons = c.get("/tanya-jawab/")
    assert_halaman_gangguan(respons)
    assert respons["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in respons["Content-Security-Policy"]


def test_petugas_yang_masuk_saat_basis_data_mati_mendapat_503(client):
    client.raise_request_exception = False
    masuk_staf(client, pimpinan())
    with basis_data_mati():
        beranda = client.get("/")
        dasbor = client.get(reverse("aspirasi:dasbor"))
    assert_halaman_gangguan(beranda)
    assert_halaman_gangguan(dasbor)


# --- the resident's text comes back -----------------------------------------------------------


def test_kirim_aspirasi_saat_basis_data_mati_mengembalikan_isian_warga(wilayah):
    c = klien(enforce_csrf_checks=True)
    data = _isian(c, wilayah)
    with basis_data_mati():
        respons = c.post(URL_KIRIM, data)
    teks = assert_halaman_gangguan(respons)
    assert "isian Anda kami tampilkan lagi" in teks
    f = formulir_503(respons)
    assert f.aksi == URL_KIRIM
    assert f.data["isi"] == [ISI]
    assert f.data["judul"] == [data["judul"]]
    assert f.data["nama"] == ["Siti Rahayu"]
    assert f.data["csrfmiddlewaretoken"] == [data["csrfmiddlewaretoken"]]
    # Choices and technical values ride along hidden, so "Kirim ulang" sends the same form.
    for nama in ("token", "jenis", "kecamatan", "desa", "privasi", "setuju"):
        assert f.data[nama] == [data[nama]], nama
    assert '<button type="submit" class="btn btn-primary btn-lg">Kirim ulang</button>' in teks
    assert Aspirasi.objects.count() == 0


def test_kirim_ulang_setelah_basis_data_pulih_menyampaikan_aspirasi_utuh(wilayah):
    c = klien(enforce_csrf_checks=True)
    data = _isian(c, wilayah)
    with basis_data_mati():
        f = formulir_503(c.post(URL_KIRIM, data))

    # The database is back; the resident presses "Kirim ulang", then "Kirim".
    respons = c.post(f.aksi, {k: v if len(v) > 1 else v[0] for k, v in f.data.items()})
    assert respons.status_code == 302 and respons.url == URL_PERIKSA
    html = c.get(URL_PERIKSA).content.decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
    respons = c.post(URL_PERIKSA, {"csrfmiddlewaretoken": csrf, "token": data["token"]})
    assert respons.status_code == 302
    aspirasi = Aspirasi.objects.get()
    assert (aspirasi.isi, aspirasi.judul, aspirasi.nama_pelapor) == (
        ISI,
        data["judul"],
        "Siti Rahayu",
    )


def test_langkah_kirim_terakhir_saat_basis_data_mati_bisa_dikirim_ulang_sekali_saja(wilayah):
    c = klien(enforce_csrf_checks=True)
    data = _isian(c, wilayah)
    assert c.post(URL_KIRIM, data).status_code == 302
    html = c.get(URL_PERIKSA).content.decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
    with basis_data_mati():
        respons = c.post(URL_PERIKSA, {"csrfmiddlewaretoken": csrf, "token": data["token"]})
    assert_halaman_gangguan(respons)
    f = formulir_503(respons)
    assert f.aksi == URL_PERIKSA
    assert f.data["token"] == [data["token"]]

    kirim_ulang = {k: v[0] for k, v in f.data.items()}
    assert c.post(f.aksi, kirim_ulang).status_code == 302
    assert c.post(f.aksi, kirim_ulang).status_code == 302  # pressed twice
    assert Aspirasi.objects.get().isi == ISI


def test_draf_di_sesi_cache_tetap_tampil_saat_basis_data_mati(wilayah, settings):
    # With REDIS_URL set, sessions are cached_db: read from the cache while the database
    # is down, so the draft being reviewed is shown again (read-only: it is sent from the
    # session by "Kirim ulang").
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    c = klien(enforce_csrf_checks=True)
    data = _isian(c, wilayah)
    assert c.post(URL_KIRIM, data).status_code == 302
    html = c.get(URL_PERIKSA).content.decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
    with basis_data_mati():
        respons = c.post(URL_PERIKSA, {"csrfmiddlewaretoken": csrf, "token": data["token"]})
    teks = assert_halaman_gangguan(respons)
    f = formulir_503(respons)
    assert f.readonly["draf-isi"] == ISI
    assert f.readonly["draf-judul"] == data["judul"]
    assert "isi" not in f.data  # shown, not posted: the session draft is what is sent
    assert "isian Anda kami tampilkan lagi" in teks


def test_isian_berisi_script_ditampilkan_sebagai_teks(wilayah):
    c = klien(enforce_csrf_checks=True)
    jahat = '"><script>alert(1)</script>'
    data = _isian(c, wilayah, isi=f"</textarea>{jahat}", judul=jahat, nama=jahat)
    with basis_data_mati():
        respons = c.post(URL_KIRIM, data)
    teks = assert_halaman_gangguan(respons)
    assert "<script>alert(1)" not in teks
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in teks
    assert "&lt;/textarea&gt;" in teks
    f = formulir_503(respons)
    assert f.data["judul"] == [jahat]
    assert f.data["isi"] == [f"</textarea>{jahat}"]


def test_lampiran_tidak_dipantulkan_dan_warga_diminta_memilih_lagi(wilayah):
    c = klien(enforce_csrf_checks=True)
    data = _isian(c, wilayah)
    data["lampiran"] = SimpleUploadedFile(
        "ktp-siti-rahayu.pdf", b"%PDF-1.4 RAHASIA-ISI-BERKAS\n%%EOF", "application/pdf"
    )
    with basis_data_mati():
        respons = c.post(URL_KIRIM, data)
    teks = assert_halaman_gangguan(respons)
    assert "RAHASIA-ISI-BERKAS" not in teks
    assert "ktp-siti-rahayu" not in teks
    assert "pilih lagi berkasnya" in teks
    assert "lampiran" not in formulir_503(respons).data


def test_tanpa_token_csrf_sah_isian_tidak_dipantulkan(wilayah):
    # Another site posting to our form during an outage must not get its text shown on
    # our page. With a session cookie the failure comes in middleware, before Django's
    # CSRF check, so the handler checks the token itself.
    c = klien(enforce_csrf_checks=True)
    assert c.post(URL_KIRIM, _isian(c, wilayah)).status_code == 302
    data = _isian(c, wilayah, isi="Situs resmi pindah ke alamat-palsu.example")
    data["csrfmiddlewaretoken"] = "x" * 64
    with basis_data_mati():
        respons = c.post(URL_KIRIM, data)
    teks = assert_halaman_gangguan(respons)
    assert "alamat-palsu.example" not in teks
    assert "Kirim ulang" not in teks


def test_formulir_masuk_admin_tidak_pernah_dipantulkan():
    c = klien()
    with basis_data_mati():
        respons = c.post(
            reverse("admin:login"), {"username": "pimpinan.bangil", "password": "sandi-rahasia-9"}
        )
    teks = assert_halaman_gangguan(respons)
    assert "sandi-rahasia-9" not in teks
    assert "pimpinan.bangil" not in teks


def test_tambah_informasi_di_halaman_lacak_mengembalikan_teks(wilayah):
    kecamatan, _desa = wilayah
    aspirasi = aspirasi_dijawab(LayananFactory().opd, kecamatan=kecamatan)
    c = klien(enforce_csrf_checks=True)
    html = c.get(f"/aspirasi/lacak/?kode={aspirasi.kode}").content.decode()
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
    tambahan = "Lubangnya sekarang sudah selebar satu meter."
    with basis_data_mati():
        respons = c.post(
            reverse("aspirasi:lacak_tambah"),
            {"csrfmiddlewaretoken": csrf, "kode": aspirasi.kode, "isi": tambahan},
        )
    assert_halaman_gangguan(respons)
    f = formulir_503(respons)
    assert f.aksi == reverse("aspirasi:lacak_tambah")
    assert f.data["isi"] == [tambahan]
    assert f.data["kode"] == [aspirasi.kode]

    assert c.post(f.aksi, {k: v[0] for k, v in f.data.items()}).status_code == 302
    assert list(TambahanWarga.objects.filter(aspirasi=aspirasi).values_list("isi", flat=True)) == [
        tambahan
    ]


# --- other errors stay 500; logging ---------------------------------------------------------


def _gagal_dari_basis_data(request):
    try:
        raise OperationalError("the database system is starting up")
    except OperationalError as galat:
        raise RuntimeError("pembungkus") from galat


def _gagal_integritas(request):
    raise IntegrityError("duplicate key value violates unique constraint")


urlpatterns = [
    path("uji-gangguan/terbungkus/", _gagal_dari_basis_data),
    path("uji-gangguan/integritas/", _gagal_integritas),
    *urlpatterns_portal,
]
handler500 = "pasuruan_portal.gangguan.galat_server"


@pytest.mark.urls(__name__)
def test_galat_basis_data_yang_dibungkus_tetap_503():
    assert_halaman_gangguan(klien().get("/uji-gangguan/terbungkus/"))


@pytest.mark.urls(__name__)
def test_galat_lain_tetap_halaman_500():
    respons = klien().get("/uji-gangguan/integritas/")
    assert respons.status_code == 500
    assert "Terjadi kesalahan pada sistem" in respons.content.decode()
    assert "Retry-After" not in respons


def test_gangguan_dicatat_sebagai_peringatan_tanpa_isi_formulir(wilayah, caplog):
    c = klien()
    data = _isian(c, wilayah)
    with caplog.at_level(logging.INFO), basis_data_mati():
        c.post(URL_KIRIM, data)
    catatan = [r for r in caplog.records if r.name == "pasuruan_portal.gangguan"]
    assert [r.levelno for r in catatan] == [logging.WARNING]
    assert "OperationalError" in catatan[0].getMessage()
    assert URL_KIRIM in catatan[0].getMessage()
    # Not logged again as an error with the request attached (that mails ADMINS the POST).
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    semua = "\n".join(r.getMessage() for r in caplog.records)
    assert ISI not in semua
    assert "Siti Rahayu" not in semua


def test_halaman_statis_untuk_nginx_mandiri_tanpa_aset_lain():
    # nginx shows it when gunicorn does not answer: nothing it refers to could load.
    teks = (settings.BASE_DIR / "static" / "gangguan" / "503.html").read_text(encoding="utf-8")
    assert '<html lang="id">' in teks
    assert "<h1>Layanan sedang gangguan</h1>" in teks
    assert "coba lagi sebentar lagi" in teks
    assert not re.search(r"<(script|link|img|iframe)\b", teks)
    assert not re.search(r"\b(src|href)=", teks)
    assert "url(" not in teks and "@import" not in teks
