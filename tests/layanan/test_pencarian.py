"""Search understands what residents type, on PostgreSQL and on SQLite alike."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from layanan.models import Layanan
from layanan.pencarian import cari_layanan, skor_python
from tests.factories import LayananFactory

pytestmark = pytest.mark.django_db

HARAPAN = [
    ("ktp", "ktp-el"),
    ("KTP", "ktp-el"),
    ("e-ktp", "ktp-el"),
    ("akta lahir", "akta-kelahiran"),
    ("akte kelahiran", "akta-kelahiran"),
    ("kk", "kartu-keluarga"),
    ("izin usaha", "nib-perizinan-berusaha"),
    ("pbb", "pbb-p2"),
]


@pytest.fixture
def katalog_demo(db):
    call_command("muat_demo", verbosity=0)


# One demo load for all queries: loading the catalog is the slow part of these tests.
def test_kueri_warga_mengembalikan_layanan_yang_tepat_di_urutan_pertama(client, katalog_demo):
    salah = {}
    for kueri, slug in HARAPAN:
        hasil = list(cari_layanan(kueri).values_list("slug", flat=True)[:5])
        halaman = client.get(reverse("layanan:daftar"), {"q": kueri}).context["halaman"]
        di_halaman = [layanan.slug for layanan in halaman.object_list[:5]]
        if not hasil or hasil[0] != slug or di_halaman[:1] != [slug]:
            salah[kueri] = (hasil, di_halaman)

    assert not salah, f"{connection.vendor}: {salah}"


def test_kueri_tanpa_kata_tidak_mengembalikan_apa_pun(katalog_demo):
    assert not cari_layanan("   ").exists()
    assert not cari_layanan("!!! ---").exists()


def test_kueri_yang_tidak_ada_hubungannya_tidak_mengembalikan_hasil(katalog_demo):
    assert not cari_layanan("qwxz zzyqv").exists()


def test_pencarian_tidak_menampilkan_layanan_draf():
    LayananFactory(nama="Surat Keterangan Uji Draf", status=Layanan.Status.DRAF)
    LayananFactory(nama="Surat Keterangan Uji Terbit")

    hasil = list(cari_layanan("surat keterangan uji").values_list("nama", flat=True))

    assert hasil == ["Surat Keterangan Uji Terbit"]


def test_pencarian_menghormati_saringan_yang_sudah_ada():
    a = LayananFactory(nama="Legalisir Dokumen A")
    LayananFactory(nama="Legalisir Dokumen B")

    hasil = cari_layanan("legalisir", Layanan.objects.terbit().filter(opd=a.opd))

    assert list(hasil) == [a]


def test_skor_python_memaafkan_salah_ketik_dan_tanda_hubung():
    akta = skor_python("akte kelahiran", "Penerbitan Akta Kelahiran", "akta lahir", "")
    lain = skor_python("akte kelahiran", "Penerbitan Kartu Keluarga", "KK", "")
    ktp = skor_python("e-ktp", "Perekaman KTP-el", "KTP, e-KTP", "")

    assert akta > lain
    assert ktp >= 2
