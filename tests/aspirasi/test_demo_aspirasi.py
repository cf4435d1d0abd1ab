import pytest
from django.core.management import call_command

from aspirasi.models import Aspirasi, RiwayatStatus, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("muat_demo", verbosity=0)
    call_command("muat_demo_aspirasi", verbosity=0)


def test_demo_aspirasi_mencakup_setiap_status_dan_yang_lewat_tenggat(demo):
    status = set(Aspirasi.objects.values_list("status", flat=True))

    assert status == {s.value for s in Status}
    assert Aspirasi.objects.lewat_tenggat().exists()
    assert Aspirasi.objects.terbit().count() >= 5
    assert Aspirasi.objects.exclude(kanal=Aspirasi.Kanal.WEB).exists()


def test_demo_aspirasi_dua_kali_tidak_mengubah_apa_pun(demo):
    sebelum = (Aspirasi.objects.count(), RiwayatStatus.objects.count())

    call_command("muat_demo_aspirasi", verbosity=0)

    assert (Aspirasi.objects.count(), RiwayatStatus.objects.count()) == sebelum


def test_nama_pelapor_demo_ditandai_sebagai_contoh(demo):
    for nama in Aspirasi.objects.exclude(nama_pelapor="").values_list("nama_pelapor", flat=True):
        assert "(contoh)" in nama


def test_aspirasi_rahasia_demo_tidak_pernah_diterbitkan(demo):
    assert not Aspirasi.objects.filter(privasi="rahasia", diterbitkan=True).exists()


def test_akun_pimpinan_dan_camat_demo_dapat_masuk(client, demo):
    for username in ("pimpinan", "camat.bangil", "lurah.kalirejo"):
        assert client.login(username=username, password="Demo-Pasuruan-2026!")
