"""The demo data tells the dashboard's story: fast and slow OPDs, busy and quiet kecamatan,
missed events."""

import pytest
from django.core.management import call_command

from aspirasi.dasbor import statistik
from layanan.models import Pengguna

pytestmark = pytest.mark.django_db


@pytest.fixture
def dasbor_demo():
    call_command("muat_demo", verbosity=0)
    call_command("muat_demo_kegiatan", verbosity=0)
    call_command("muat_demo_aspirasi", verbosity=0)
    pimpinan = Pengguna.objects.get(username="pimpinan")
    return statistik.dasbor(pimpinan, statistik.saringan_bawaan())


def test_demo_dasbor_opd_lambat_di_atas_dan_opd_cepat_tepat_waktu(dasbor_demo):
    d = dasbor_demo
    assert d.per_opd[0].nama == "Dinas Pekerjaan Umum dan Penataan Ruang"
    assert d.per_opd[0].angka.lewat >= 5
    cepat = next(b for b in d.per_opd if b.nama.startswith("Dinas Kependudukan"))
    assert cepat.angka.lewat == 0
    assert cepat.angka.tepat_persen >= 90
    assert cepat.angka.median_hari <= 2
    assert d.ringkasan.lewat > 0
    assert any(m.diterima for m in d.tren) and any(m.dijawab for m in d.tren)


def test_demo_dasbor_kecamatan_industri_paling_banyak_aduan(dasbor_demo):
    wilayah = {b.nama: b.angka.diterima for b in dasbor_demo.per_wilayah}
    for ramai in ("Gempol", "Bangil", "Pandaan", "Beji"):
        assert wilayah[ramai] > wilayah.get("Tosari", 0) * 3


def test_demo_dasbor_ada_opd_yang_absen_di_kegiatan(dasbor_demo):
    assert any(b.angka.hadir < b.angka.diundang for b in dasbor_demo.per_opd)
