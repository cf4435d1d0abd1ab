"""The weekly trend counts the same way for short periods (range filters on the stored
timestamp) and long ones (grouped by the truncated WIB week), weekends and holidays
included."""

import datetime

import pytest

from aspirasi.dasbor import statistik
from aspirasi.dasbor.statistik import Saringan
from tests.aspirasi.dasbor import data
from tests.factories_aspirasi import pimpinan

pytestmark = pytest.mark.django_db

PERIODE = [
    Saringan(dari=datetime.date(2026, 3, 1), sampai=datetime.date(2026, 4, 10)),
    # Starts and ends mid-week; Nyepi, Idul Fitri and the cuti bersama days inside.
    Saringan(dari=datetime.date(2026, 3, 18), sampai=datetime.date(2026, 3, 26)),
    Saringan(dari=datetime.date(2026, 3, 1), sampai=datetime.date(2026, 3, 31), kanal="web"),
    # Longer than MINGGU_RENTANG_MAKS weeks: always the grouped query.
    Saringan(dari=datetime.date(2025, 6, 1), sampai=datetime.date(2026, 4, 10)),
]


@pytest.mark.parametrize("rentang_maks", [statistik.MINGGU_RENTANG_MAKS, 0])
def test_tren_mingguan_rentang_dan_kelompok_minggu_sama_dengan_hitungan_python(
    rentang_maks, monkeypatch
):
    monkeypatch.setattr(statistik.tren, "MINGGU_RENTANG_MAKS", rentang_maks)
    data.siapkan()
    user = pimpinan()
    semua = data.baris_mentah()
    for s in PERIODE:
        harapan = data.tren_ref(semua, user, s)
        hasil = [(m.mulai, m.diterima, m.dijawab) for m in statistik.tren_mingguan(user, s)]
        assert hasil == harapan, s
        assert sum(m[1] for m in hasil) > 0, s  # the period holds items
        # The dashboard counts a short period's received items in its per-OPD query.
        dasbor = statistik.dasbor(user, s, sekarang=data.SEKARANG)
        assert [(m.mulai, m.diterima, m.dijawab) for m in dasbor.tren] == harapan, s


def test_tren_mingguan_jumlah_kueri_tetap_untuk_periode_pendek_dan_panjang(
    django_assert_num_queries,
):
    data.siapkan()
    user = pimpinan()
    statistik.tren_mingguan(user, PERIODE[1])  # loads the user's permissions once
    for s in (PERIODE[0], PERIODE[3]):
        with django_assert_num_queries(2):
            statistik.tren_mingguan(user, s)
