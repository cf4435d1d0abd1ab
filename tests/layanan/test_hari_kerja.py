"""Deadlines in working days across weekends, national holidays and local days off; the
local days off are kept by the Verifikator in the admin."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from layanan import hari_kerja
from layanan.models import HariLibur
from tests.factories import verifikator
from tests.factories_aspirasi import pimpinan
from tests.masuk import masuk_staf

WIB = ZoneInfo("Asia/Jakarta")
pytestmark = pytest.mark.django_db


def wib(*args):
    return datetime.datetime(*args, tzinfo=WIB)


def test_tiga_hari_kerja_dari_jumat_berakhir_rabu():
    # Friday 6 November 2026, no holidays around it.
    tenggat = hari_kerja.tambah_hari_kerja(wib(2026, 11, 6, 14, 0), 3)

    assert tenggat == wib(2026, 11, 11, 23, 59, 59)


def test_dikirim_hari_sabtu_dihitung_mulai_senin():
    tenggat = hari_kerja.tambah_hari_kerja(wib(2026, 11, 7, 9, 0), 1)

    assert tenggat.date() == datetime.date(2026, 11, 9)


def test_hari_kerja_sebelum_idul_fitri_2026_melewati_libur_nasional():
    # Nyepi Thursday 19 March, Idul Fitri Saturday-Sunday 21-22 March 2026 (library data).
    # Submitted Wednesday 18 March: 3 working days are Fri 20, Mon 23, Tue 24.
    tenggat = hari_kerja.tambah_hari_kerja(wib(2026, 3, 18, 15, 0), 3)

    assert tenggat.date() == datetime.date(2026, 3, 24)


def test_cuti_bersama_sebagai_data_ikut_dilewati():
    for hari in (20, 23, 24):
        HariLibur.objects.create(
            tanggal=datetime.date(2026, 3, hari), keterangan="Cuti bersama Idul Fitri (contoh)"
        )

    tenggat = hari_kerja.tambah_hari_kerja(wib(2026, 3, 18, 15, 0), 3)

    assert tenggat.date() == datetime.date(2026, 3, 27)


def test_batas_hari_memakai_zona_waktu_jakarta():
    # 20:00 UTC on Friday is already Saturday 03:00 in Pasuruan.
    utc = datetime.datetime(2026, 11, 6, 20, 0, tzinfo=datetime.UTC)

    tenggat = hari_kerja.tambah_hari_kerja(utc, 1)

    assert tenggat.date() == datetime.date(2026, 11, 9)


def test_hari_kerja_di_antara_tidak_menghitung_akhir_pekan_dan_libur():
    HariLibur.objects.create(tanggal=datetime.date(2026, 11, 10), keterangan="Libur lokal")

    jumlah = hari_kerja.hari_kerja_di_antara(wib(2026, 11, 6, 8), wib(2026, 11, 13, 8))

    # Mon 9, (Tue 10 off), Wed 11, Thu 12, Fri 13.
    assert jumlah == 4


def test_verifikator_mengelola_hari_libur_dan_pimpinan_tidak(client):
    masuk_staf(client, verifikator())
    respons = client.post(
        reverse("admin:layanan_harilibur_add"),
        {"tanggal": "2026-12-24", "keterangan": "Cuti bersama Natal"},
    )
    assert respons.status_code == 302
    assert HariLibur.objects.filter(keterangan="Cuti bersama Natal").exists()

    masuk_staf(client, pimpinan())
    respons = client.post(
        reverse("admin:layanan_harilibur_add"), {"tanggal": "2026-12-31", "keterangan": "Sisipan"}
    )
    assert respons.status_code == 403
    assert not HariLibur.objects.filter(keterangan="Sisipan").exists()


def test_nama_libur_nasional_dan_kosong_untuk_hari_biasa():
    assert hari_kerja.nama_libur_nasional(datetime.date(2026, 8, 17))
    assert hari_kerja.nama_libur_nasional(datetime.date(2026, 8, 18)) == ""
