"""/transparansi/: public, counts only (no reporter identity, no item), cached, and made
stale by the service functions when aspirasi data changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from aspirasi import services
from aspirasi.models import Aspirasi
from tests.aspirasi.dasbor.test_halaman import buat_massal, diteruskan_lalu
from tests.factories import KecamatanFactory, OPDFactory, petugas_opd, verifikator
from tests.factories_aspirasi import aspirasi_baru

pytestmark = pytest.mark.django_db

URL = reverse("aspirasi:transparansi")
PENANDA = ["Penanda Transparansi", "penanda.transparansi@contoh.test", "081288887777"]


def _identitas(privasi="biasa"):
    return {
        "privasi": privasi,
        "nama_pelapor": PENANDA[0],
        "email_pelapor": PENANDA[1],
        "telepon_pelapor": PENANDA[2],
    }


def test_transparansi_publik_tanpa_identitas_pelapor_dan_tanpa_isi_aspirasi(client):
    opd = OPDFactory(nama="Dinas Terbuka")
    item = [
        diteruskan_lalu(opd, judul="Judul Rahasia Penanda", **_identitas("rahasia")),
        diteruskan_lalu(opd, judul="Judul Biasa Penanda", **_identitas("biasa")),
        aspirasi_baru(judul="Judul Baru Penanda", **_identitas("biasa")),
    ]
    respons = client.get(URL)
    assert respons.status_code == 200
    isi = respons.content.decode()
    assert "Dinas Terbuka" in isi
    for penanda in [*PENANDA, "Judul Rahasia Penanda", "Judul Biasa Penanda", "Penanda"]:
        assert penanda not in isi
    for a in item:
        assert a.kode not in isi
        assert f"/aspirasi/{a.pk}/" not in isi


def test_transparansi_menampilkan_angka_per_opd_dan_tertaut_dari_footer(client):
    opd = OPDFactory(nama="Dinas Lamban")
    diteruskan_lalu(opd)
    diteruskan_lalu(opd)
    respons = client.get(URL)
    baris = {b.nama: b.angka for b in respons.context["t"]["per_opd"]}
    assert (baris["Dinas Lamban"].diterima, baris["Dinas Lamban"].lewat) == (2, 2)
    assert f'href="{URL}"' in client.get(reverse("layanan:beranda")).content.decode()


def _angka(client, nama):
    return {b.nama: b.angka for b in client.get(URL).context["t"]["per_opd"]}[nama]


def test_transparansi_disinggahkan_dan_segar_lagi_setelah_layanan_mengubah_data(
    client, django_capture_on_commit_callbacks
):
    opd = OPDFactory(nama="Dinas Singgah")
    aspirasi = diteruskan_lalu(opd)
    assert _angka(client, "Dinas Singgah").dijawab == 0

    # A write that bypasses the services is not seen: the page is served from the cache.
    Aspirasi.objects.filter(pk=aspirasi.pk).update(opd=OPDFactory(nama="Dinas Lain"))
    with CaptureQueriesContext(connection) as ctx:
        assert _angka(client, "Dinas Singgah").diterima == 1
    assert not any("aspirasi_aspirasi" in q["sql"] for q in ctx.captured_queries)
    Aspirasi.objects.filter(pk=aspirasi.pk).update(opd=opd)

    # The first answer, through the service, makes the cached figures stale on commit.
    with django_capture_on_commit_callbacks(execute=True):
        services.jawab(aspirasi=aspirasi, isi="Sudah ditangani.", oleh=petugas_opd(opd))
    assert _angka(client, "Dinas Singgah").dijawab == 1

    # So does a new item (kirim_aspirasi) and a routing (teruskan).
    with django_capture_on_commit_callbacks(execute=True):
        baru = aspirasi_baru()
    with django_capture_on_commit_callbacks(execute=True):
        services.teruskan(aspirasi=baru, opd=opd, oleh=verifikator())
    assert _angka(client, "Dinas Singgah").diterima == 2


def test_transparansi_tanpa_commit_tidak_membuang_singgahan(client):
    """Invalidation runs on commit: a rolled-back change never empties the cache."""
    opd = OPDFactory(nama="Dinas Tetap")
    diteruskan_lalu(opd)
    assert _angka(client, "Dinas Tetap").diterima == 1
    aspirasi_baru()  # inside the test transaction: on_commit never runs
    with CaptureQueriesContext(connection) as ctx:
        client.get(URL)
    assert not any("aspirasi_aspirasi" in q["sql"] for q in ctx.captured_queries)


def _jumlah_query(client):
    from django.core.cache import cache

    cache.clear()
    client.get(URL)
    cache.clear()  # measure the computing request, not the cached one
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(URL).status_code == 200
    return len(ctx.captured_queries)


def test_jumlah_query_transparansi_sama_dengan_100_dan_10000_aspirasi(client):
    opd = [OPDFactory() for _ in range(8)]
    kecamatan = [KecamatanFactory() for _ in range(4)]
    buat_massal(100, opd, kecamatan)
    sedikit = _jumlah_query(client)
    buat_massal(9_900, opd, kecamatan)
    assert Aspirasi.objects.count() == 10_000
    assert _jumlah_query(client) == sedikit


def test_halaman_opd_menampilkan_catatan_jawabannya_tanpa_identitas(client):
    opd = OPDFactory(nama="Dinas Berhalaman")
    diteruskan_lalu(opd, **_identitas())
    diteruskan_lalu(OPDFactory(nama="Dinas Tetangga"))
    respons = client.get(opd.get_absolute_url())
    assert respons.status_code == 200
    isi = respons.content.decode()
    assert 'id="catatan-jawaban-opd"' in isi
    baris = respons.context["baris"]
    assert (baris.nama, baris.angka.diterima, baris.angka.lewat) == ("Dinas Berhalaman", 1, 1)
    assert URL in isi
    for penanda in PENANDA:
        assert penanda not in isi
    kosong = client.get(OPDFactory(nama="Dinas Sepi").get_absolute_url()).content.decode()
    assert "Belum ada aspirasi yang diteruskan ke OPD ini" in kosong
