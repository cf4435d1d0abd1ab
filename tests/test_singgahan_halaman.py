"""The page cache of the public pages (pasuruan_portal/singgahan_halaman.py): who gets a
cached page, that it still carries the security headers, and that every write path makes
the next anonymous visitor see the new data."""

import datetime

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from aspirasi import services as aspirasi_services
from aspirasi.models import Aspirasi
from kegiatan.models import Kegiatan
from layanan.models import OPD, Layanan
from pasuruan_portal import singgahan_halaman
from tests.factories import (
    KategoriLayananFactory,
    LayananFactory,
    OPDFactory,
    PenggunaFactory,
    petugas_opd,
    verifikator,
)
from tests.factories_kegiatan import KegiatanFactory
from tests.kegiatan.test_admin import data_kegiatan
from tests.layanan.test_admin import data_form_layanan, url_admin
from tests.layanan.test_admin_impor import CSV, baris, berkas_csv, impor
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _sandi_cepat(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def anonim():
    """A fresh visitor: no cookie at all."""
    return Client()


def _tanya_jawab_terbit(judul, opd):
    aspirasi = aspirasi_services.kirim_aspirasi(
        jenis="pertanyaan", judul=judul, isi="Isi pertanyaan.", privasi="anonim"
    )
    aspirasi_services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator())
    aspirasi_services.jawab(aspirasi=aspirasi, isi="Sudah.", oleh=petugas_opd(opd))
    return Aspirasi.objects.get(pk=aspirasi.pk)


@pytest.fixture
def data():
    layanan = LayananFactory(nama="Kartu Tanda Penduduk Elektronik")
    kegiatan = KegiatanFactory(judul="Kenduren Mas Bangil")
    tanya = _tanya_jawab_terbit("Jam buka loket Dispendukcapil", layanan.opd)
    aspirasi_services.terbitkan(aspirasi=tanya)
    return {"layanan": layanan, "opd": layanan.opd, "kegiatan": kegiatan, "tanya": tanya}


HALAMAN = {
    "beranda": lambda d: reverse("layanan:beranda"),
    "layanan": lambda d: reverse("layanan:daftar"),
    "layanan_cari": lambda d: reverse("layanan:daftar") + "?q=ktp&halaman=1",
    "layanan_detail": lambda d: d["layanan"].get_absolute_url(),
    "opd": lambda d: reverse("layanan:opd_daftar"),
    "opd_detail": lambda d: d["opd"].get_absolute_url(),
    "tanya_jawab": lambda d: reverse("aspirasi:tanya_jawab"),
    "tanya_jawab_detail": lambda d: reverse("aspirasi:tanya_jawab_detail", args=[d["tanya"].pk]),
    "kegiatan": lambda d: reverse("kegiatan:daftar"),
    "kegiatan_detail": lambda d: d["kegiatan"].get_absolute_url(),
}


# --- what is served from the cache, and to whom -------------------------------------------
@pytest.mark.parametrize("nama", HALAMAN)
def test_halaman_publik_kedua_kali_tanpa_kueri_database_dan_isinya_sama(
    nama, data, django_assert_num_queries
):
    url = HALAMAN[nama](data)
    pertama = anonim().get(url)
    assert pertama.status_code == 200

    with django_assert_num_queries(0):
        kedua = anonim().get(url)

    assert kedua.status_code == 200
    assert kedua.content == pertama.content
    assert kedua["Content-Type"] == pertama["Content-Type"]


def test_halaman_dari_singgahan_tetap_membawa_header_keamanan(data):
    url = data["layanan"].get_absolute_url()
    anonim().get(url, secure=True)

    respons = anonim().get(url, secure=True)

    assert "default-src 'self'" in respons["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in respons["Content-Security-Policy"]
    assert respons["Strict-Transport-Security"].startswith("max-age=")
    assert respons["X-Content-Type-Options"] == "nosniff"
    assert respons["X-Frame-Options"] == "DENY"
    assert respons["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "Cookie" in respons["Vary"]
    assert not respons.cookies


def _ubah_diam_diam(layanan, nama):
    """A change that bypasses every write path: only an uncached render can show it."""
    Layanan.objects.filter(pk=layanan.pk).update(nama=nama)


def test_tanpa_pembatalan_pengunjung_anonim_masih_melihat_halaman_tersimpan(data):
    url = data["layanan"].get_absolute_url()
    anonim().get(url)
    _ubah_diam_diam(data["layanan"], "Nama Diam-diam")

    assert "Nama Diam-diam" not in anonim().get(url).content.decode()


def test_staf_yang_masuk_tidak_pernah_mendapat_halaman_tersimpan(data):
    url = data["layanan"].get_absolute_url()
    anonim().get(url)
    _ubah_diam_diam(data["layanan"], "Nama Diam-diam")
    staf = Client()
    masuk_staf(staf, verifikator())

    assert "Nama Diam-diam" in staf.get(url).content.decode()


def test_pengunjung_dengan_cookie_sesi_tidak_mendapat_halaman_tersimpan(data):
    url = reverse("layanan:daftar")
    anonim().get(url)
    _ubah_diam_diam(data["layanan"], "Nama Diam-diam")
    warga = Client()
    sesi = warga.session
    sesi["kode_terkirim"] = ["ABCD-EFGH"]
    sesi.save()
    warga.cookies[settings.SESSION_COOKIE_NAME] = sesi.session_key

    assert "Nama Diam-diam" in warga.get(url).content.decode()


def test_halaman_yang_dirender_untuk_staf_tidak_disimpan_untuk_anonim(data):
    url = reverse("layanan:daftar")
    staf = Client()
    masuk_staf(staf, verifikator())
    staf.get(url)
    _ubah_diam_diam(data["layanan"], "Nama Diam-diam")

    assert "Nama Diam-diam" in anonim().get(url).content.decode()


@pytest.mark.parametrize(
    "kueri",
    [
        "?utm_source=spam",  # a parameter the page does not know
        "?q=ktp&q=kk",  # repeated
        "?q=" + "x" * 81,  # longer than a person types: a scanner's payload
    ],
)
def test_kueri_asing_tidak_disimpan_sehingga_singgahan_tidak_membengkak(kueri, data):
    url = reverse("layanan:daftar") + kueri
    anonim().get(url)

    with CaptureQueriesContext(connection) as kueri_db:
        respons = anonim().get(url)

    assert respons.status_code == 200
    assert len(kueri_db) > 0  # rendered again, not served from the cache


def test_metode_selain_get_tidak_dilayani_dari_singgahan(data):
    url = reverse("layanan:daftar")
    anonim().get(url)

    assert anonim().post(url).status_code == 405
    assert anonim().head(url).status_code == 405


def test_halaman_cache_detik_nol_mematikan_singgahan(data, settings):
    settings.HALAMAN_CACHE_DETIK = 0
    url = reverse("layanan:daftar")
    anonim().get(url)
    _ubah_diam_diam(data["layanan"], "Nama Diam-diam")

    assert "Nama Diam-diam" in anonim().get(url).content.decode()


def test_tanggal_menjadi_bagian_kunci_sehingga_kegiatan_kemarin_tidak_tertahan(data, monkeypatch):
    url = reverse("kegiatan:daftar")
    anonim().get(url)
    Kegiatan.objects.filter(pk=data["kegiatan"].pk).update(judul="Judul Besok")
    besok = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(singgahan_halaman.timezone, "localdate", lambda: besok)

    assert "Judul Besok" in anonim().get(url).content.decode()


# --- every write path invalidates -----------------------------------------------------------
@pytest.fixture
def klien_verifikator():
    klien = Client()
    masuk_staf(klien, verifikator())
    return klien


def _isi(url):
    return anonim().get(url).content.decode()


def test_ubah_layanan_lewat_admin_tampil_pada_kunjungan_anonim_berikutnya(
    data, klien_verifikator, django_capture_on_commit_callbacks
):
    layanan = data["layanan"]
    halaman = [layanan.get_absolute_url(), reverse("layanan:daftar"), reverse("layanan:beranda")]
    for url in halaman:
        _isi(url)
    with django_capture_on_commit_callbacks(execute=True):
        respons = klien_verifikator.post(
            url_admin(Layanan, "change", layanan.pk),
            data_form_layanan(layanan, nama="KTP Elektronik Baru"),
        )
    assert respons.status_code == 302

    for url in halaman:
        assert "KTP Elektronik Baru" in _isi(url), url


def test_hapus_layanan_lewat_admin_hilang_dari_halaman_anonim(
    data, django_capture_on_commit_callbacks
):
    layanan = data["layanan"]
    admin_super = Client()
    masuk_staf(admin_super, PenggunaFactory(is_superuser=True, is_staff=True))
    assert layanan.nama in _isi(reverse("layanan:daftar"))
    assert anonim().get(layanan.get_absolute_url()).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        respons = admin_super.post(url_admin(Layanan, "delete", layanan.pk), {"post": "yes"})
    assert respons.status_code == 302

    assert layanan.nama not in _isi(reverse("layanan:daftar"))
    assert anonim().get(layanan.get_absolute_url()).status_code == 404


def test_aksi_massal_jadikan_draf_lewat_admin_hilang_dari_halaman_anonim(
    data, klien_verifikator, django_capture_on_commit_callbacks
):
    layanan = data["layanan"]
    assert anonim().get(layanan.get_absolute_url()).status_code == 200
    assert layanan.nama in _isi(reverse("layanan:daftar"))

    with django_capture_on_commit_callbacks(execute=True):
        respons = klien_verifikator.post(
            url_admin(Layanan, "changelist"),
            {"action": "jadikan_draf", "_selected_action": [layanan.pk]},
        )
    assert respons.status_code == 302

    assert anonim().get(layanan.get_absolute_url()).status_code == 404
    assert layanan.nama not in _isi(reverse("layanan:daftar"))


def test_impor_layanan_lewat_admin_tampil_pada_kunjungan_anonim_berikutnya(
    klien_verifikator, django_capture_on_commit_callbacks
):
    opd = OPDFactory()
    kategori = KategoriLayananFactory()
    assert "Layanan Impor 1" not in _isi(reverse("layanan:daftar"))

    with django_capture_on_commit_callbacks(execute=True):
        impor(klien_verifikator, berkas_csv([baris(1, opd, kategori)]), CSV)

    assert "Layanan Impor 1" in _isi(reverse("layanan:daftar"))


def test_kembalikan_versi_lama_dari_riwayat_tampil_pada_kunjungan_anonim_berikutnya(
    data, klien_verifikator, django_capture_on_commit_callbacks
):
    layanan = data["layanan"]
    klien_verifikator.post(
        url_admin(Layanan, "change", layanan.pk),
        data_form_layanan(layanan, nama="Nama Sementara"),
    )
    versi_lama = layanan.history.order_by("history_date").first()
    assert "Nama Sementara" in _isi(layanan.get_absolute_url())
    url_riwayat = reverse(
        "admin:layanan_layanan_simple_history", args=[layanan.pk, versi_lama.history_id]
    )

    with django_capture_on_commit_callbacks(execute=True):
        respons = klien_verifikator.post(
            url_riwayat, data_form_layanan(versi_lama.instance, nama=versi_lama.nama)
        )
    assert respons.status_code == 302

    assert Layanan.objects.get(pk=layanan.pk).nama == "Kartu Tanda Penduduk Elektronik"
    assert "Kartu Tanda Penduduk Elektronik" in _isi(layanan.get_absolute_url())


def test_hapus_opd_lewat_aksi_massal_admin_hilang_dari_daftar_opd_anonim(
    data, django_capture_on_commit_callbacks
):
    opd = OPDFactory(nama="Badan Uji Coba Sementara")
    assert opd.nama in _isi(reverse("layanan:opd_daftar"))
    admin_super = Client()
    masuk_staf(admin_super, PenggunaFactory(is_superuser=True, is_staff=True))

    with django_capture_on_commit_callbacks(execute=True):
        respons = admin_super.post(
            url_admin(OPD, "changelist"),
            {"action": "delete_selected", "_selected_action": [opd.pk], "post": "yes"},
        )
    assert respons.status_code == 302
    assert not OPD.objects.filter(pk=opd.pk).exists()

    assert opd.nama not in _isi(reverse("layanan:opd_daftar"))


def test_ubah_kegiatan_lewat_admin_tampil_pada_kunjungan_anonim_berikutnya(
    data, django_capture_on_commit_callbacks
):
    kegiatan = data["kegiatan"]
    halaman = [reverse("kegiatan:daftar"), kegiatan.get_absolute_url(), reverse("layanan:beranda")]
    for url in halaman:
        assert "Kenduren Mas Bangil" in _isi(url)
    pengelola = Client()
    masuk_staf(pengelola, PenggunaFactory(grup="Pengelola Kegiatan"))

    with django_capture_on_commit_callbacks(execute=True):
        respons = pengelola.post(
            url_admin(Kegiatan, "change", kegiatan.pk),
            data_kegiatan(kegiatan, judul="Kenduren Mas Bangil Pindah Tanggal", terbit="on"),
        )
    assert respons.status_code == 302, respons.context["adminform"].form.errors

    for url in halaman:
        assert "Kenduren Mas Bangil Pindah Tanggal" in _isi(url), url


def test_menerbitkan_tanya_jawab_tampil_pada_kunjungan_anonim_berikutnya(
    data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        baru = _tanya_jawab_terbit("Syarat pindah domisili", data["opd"])
    halaman = [reverse("aspirasi:tanya_jawab"), data["opd"].get_absolute_url()]
    for url in halaman:
        assert "Syarat pindah domisili" not in _isi(url)

    with django_capture_on_commit_callbacks(execute=True):
        aspirasi_services.terbitkan(aspirasi=baru)

    for url in halaman:
        assert "Syarat pindah domisili" in _isi(url), url


def test_menerbitkan_tanya_jawab_lewat_admin_tampil_pada_kunjungan_anonim_berikutnya(
    data, klien_verifikator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        baru = _tanya_jawab_terbit("Syarat pindah domisili", data["opd"])
    assert "Syarat pindah domisili" not in _isi(reverse("aspirasi:tanya_jawab"))

    with django_capture_on_commit_callbacks(execute=True):
        klien_verifikator.post(
            reverse(
                "admin:aspirasi_aspirasi_aksi", kwargs={"object_id": baru.pk, "aksi": "terbitkan"}
            )
        )

    assert Aspirasi.objects.get(pk=baru.pk).diterbitkan
    assert "Syarat pindah domisili" in _isi(reverse("aspirasi:tanya_jawab"))


def test_jawaban_tindak_lanjut_tampil_di_detail_tanya_jawab(
    data, django_capture_on_commit_callbacks
):
    url = reverse("aspirasi:tanya_jawab_detail", args=[data["tanya"].pk])
    _isi(url)

    with django_capture_on_commit_callbacks(execute=True):
        aspirasi_services.tindak_lanjut(
            aspirasi=data["tanya"], isi="Loket kini buka hari Sabtu.", oleh=petugas_opd(data["opd"])
        )

    assert "Loket kini buka hari Sabtu." in _isi(url)


# --- the benchmark's minimal view ------------------------------------------------------------
def test_tampilan_minimal_tolok_ukur_tidak_ada_secara_bawaan():
    assert settings.TOLOK_UKUR is False
    assert anonim().get("/tolok-ukur/minimal/").status_code == 404
