import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from kegiatan.models import Kegiatan, KehadiranOPD

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("muat_demo", verbosity=0)
    call_command("muat_demo_kegiatan", verbosity=0)


def test_demo_memuat_kenduren_mas_bangil_dalam_sebulan_ke_depan(demo):
    hari_ini = timezone.localdate()
    bangil = Kegiatan.objects.akan_datang().get(
        jenis=Kegiatan.Jenis.KENDUREN_MAS, kecamatan__slug="bangil"
    )

    assert hari_ini < bangil.tanggal_mulai <= hari_ini + datetime.timedelta(days=31)
    assert bangil.jumlah_hari == 2
    assert bangil.tanggal_mulai.weekday() < 5


def test_demo_kenduren_mas_lalu_punya_laporan_dengan_opd_absen(demo):
    lalu = Kegiatan.objects.sudah_lewat().get(slug="kenduren-mas-rembang")

    absen = lalu.kehadiran.filter(kehadiran=KehadiranOPD.Kehadiran.TIDAK_HADIR)
    assert absen.count() == 2
    assert lalu.kehadiran.count() == 14
    assert lalu.layanan_kegiatan.filter(jumlah_dilayani__gt=0).exists()
    assert lalu.kunjungan.exists()
    assert lalu.stan_umkm.exists()
    assert lalu.jumlah_pengunjung


def test_demo_kegiatan_dua_kali_tidak_mengubah_apa_pun(demo):
    sebelum = (Kegiatan.objects.count(), KehadiranOPD.objects.count())

    call_command("muat_demo_kegiatan", verbosity=0)

    assert (Kegiatan.objects.count(), KehadiranOPD.objects.count()) == sebelum


def test_demo_aspirasi_bertaut_ke_kegiatan_lalu(demo):
    call_command("muat_demo_aspirasi", verbosity=0)
    lalu = Kegiatan.objects.get(slug="kenduren-mas-rembang")

    kanal = set(lalu.aspirasi.values_list("kanal", flat=True))

    assert {"kenduren_mas", "temuan_kunjungan"} <= kanal
