"""The deadlines of an aspirasi follow the working-day counts of ``ASPIRASI_TENGGAT``
(the working-day calendar itself: tests/layanan/test_hari_kerja.py)."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from aspirasi import tenggat
from layanan.models import HariLibur

WIB = ZoneInfo("Asia/Jakarta")
pytestmark = pytest.mark.django_db


def wib(*args):
    return datetime.datetime(*args, tzinfo=WIB)


def test_jumlah_hari_tenggat_dari_pengaturan(settings):
    settings.ASPIRASI_TENGGAT = {"verifikasi": 1, "jawaban": 2, "tutup_otomatis": 4}
    mulai = wib(2026, 11, 9, 10)  # Monday

    assert tenggat.tenggat_verifikasi(mulai).date() == datetime.date(2026, 11, 10)
    assert tenggat.tenggat_jawaban(mulai).date() == datetime.date(2026, 11, 11)
    assert tenggat.tenggat_tutup_otomatis(mulai).date() == datetime.date(2026, 11, 13)


def test_tenggat_melewati_hari_libur_lokal_sampai_akhir_hari_wib(settings):
    settings.ASPIRASI_TENGGAT = {"verifikasi": 1, "jawaban": 2, "tutup_otomatis": 4}
    HariLibur.objects.create(tanggal=datetime.date(2026, 11, 10), keterangan="Libur lokal")
    mulai = wib(2026, 11, 9, 10)  # Monday; Tuesday 10 is off

    assert tenggat.tenggat_verifikasi(mulai) == wib(2026, 11, 11, 23, 59, 59)
    assert tenggat.tenggat_jawaban(mulai) == wib(2026, 11, 12, 23, 59, 59)
