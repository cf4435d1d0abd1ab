"""Tracking by code: timeline, deadline, answers, added information, the resident's verdict."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from aspirasi import services
from aspirasi.kode import buat_kode
from aspirasi.models import Aspirasi, Jawaban, Status, TambahanWarga, Tanggapan
from tests.factories import OPDFactory, petugas_opd, verifikator

pytestmark = pytest.mark.django_db

URL_LACAK = reverse("aspirasi:lacak")
URL_TAMBAH = reverse("aspirasi:lacak_tambah")
URL_TANGGAPAN = reverse("aspirasi:lacak_tanggapan")
PENANDA = {
    "nama_pelapor": "Penanda Wiryawan",
    "email_pelapor": "penanda.wiryawan@contoh.test",
    "telepon_pelapor": "081299990000",
}
PETUGAS = "Petugas Rahasiawati"


def _buat(privasi="biasa", *, dijawab=False, opd=None, judul="Lampu jalan mati di Kalianyar"):
    identitas = PENANDA if privasi != "anonim" else {}
    aspirasi = services.kirim_aspirasi(
        jenis="pengaduan", judul=judul, isi="Sudah dua minggu gelap.", privasi=privasi, **identitas
    )
    if dijawab:
        opd = opd or OPDFactory(nama="Dinas Perhubungan Uji")
        services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator(first_name=PETUGAS))
        services.jawab(
            aspirasi=aspirasi,
            isi="Lampu diganti hari Kamis.",
            oleh=petugas_opd(opd, first_name=PETUGAS, last_name="Penjawab"),
        )
    aspirasi.refresh_from_db()
    return aspirasi


def _lacak(client, kode):
    return client.get(URL_LACAK, {"kode": kode})


def test_halaman_lacak_tanpa_kode_menampilkan_formulir(client):
    html = client.get(URL_LACAK).content.decode()

    assert 'name="kode"' in html
    assert "Ada yang perlu diperbaiki" not in html


@pytest.mark.parametrize(
    "ubah", [lambda k: k, str.lower, lambda k: k.replace("-", ""), lambda k: k.replace("-", " ")]
)
def test_kode_diterima_dalam_huruf_kecil_spasi_atau_tanpa_tanda_hubung(client, ubah):
    aspirasi = _buat()

    html = _lacak(client, ubah(aspirasi.kode)).content.decode()

    assert aspirasi.judul in html
    assert aspirasi.kode in html


@pytest.mark.parametrize("kode", ["PSR-ZZZZ-ZZZZ", "bukan kode", "PSR-1234", "' OR 1=1 --"])
def test_kode_salah_selalu_kode_tidak_ditemukan(client, kode):
    _buat()

    respons = _lacak(client, kode)

    html = respons.content.decode()
    assert respons.status_code == 200
    assert html.count("Kode tidak ditemukan") >= 2  # summary and field
    assert "Lampu jalan mati" not in html


def test_kode_kosong_meminta_kode(client):
    assert "Tuliskan kode lacak Anda." in _lacak(client, "").content.decode()


def test_lacak_menampilkan_riwayat_tenggat_dan_jawaban_tanpa_nama_petugas(client):
    aspirasi = _buat(dijawab=True)
    baru = _buat()

    html = _lacak(client, aspirasi.kode).content.decode()

    assert "Lampu diganti hari Kamis." in html
    assert "Dinas Perhubungan Uji" in html
    assert "Diteruskan ke OPD" in html and "Dijawab" in html and "Diterima" in html
    assert PETUGAS not in html
    assert "Penjawab" not in html
    assert "petugas" not in html.lower().replace("petugas kami", "")
    html_baru = _lacak(client, baru.kode).content.decode()
    assert "Diteruskan paling lambat" in html_baru
    assert f"{baru.tenggat.astimezone().day} " in html_baru


@pytest.mark.parametrize("privasi", ["biasa", "rahasia", "anonim"])
def test_identitas_pelapor_tidak_pernah_tampil_di_halaman_lacak(client, privasi):
    aspirasi = _buat(privasi, dijawab=True)

    halaman = [
        _lacak(client, aspirasi.kode),
        client.post(URL_TAMBAH, {"kode": aspirasi.kode, "isi": ""}),
        client.post(URL_TANGGAPAN, {"kode": aspirasi.kode, "penilaian": "tidak_puas"}),
    ]

    for respons in halaman:
        html = respons.content.decode()
        assert aspirasi.judul in html
        for penanda in PENANDA.values():
            assert penanda not in html
            assert penanda not in respons.get("Location", "")


def test_warga_menambah_informasi(client):
    aspirasi = _buat()

    respons = client.post(URL_TAMBAH, {"kode": aspirasi.kode.lower(), "isi": "Tiang nomor 12."})

    assert respons.status_code == 302
    assert respons.url == f"{URL_LACAK}?kode={aspirasi.kode}"
    assert TambahanWarga.objects.get().isi == "Tiang nomor 12."
    html = client.get(respons.url).content.decode()
    assert "Tiang nomor 12." in html
    assert "informasi tambahan Anda sudah kami terima" in html


@pytest.mark.parametrize(
    ("isi", "pesan"),
    [("", "Tuliskan informasi tambahan Anda."), ("x" * 100_000, "paling banyak 5.000")],
)
def test_informasi_tambahan_salah_memberi_pesan_dan_tidak_menyimpan(client, isi, pesan):
    aspirasi = _buat()

    respons = client.post(URL_TAMBAH, {"kode": aspirasi.kode, "isi": isi})

    assert respons.status_code == 200
    assert pesan in respons.content.decode()
    assert TambahanWarga.objects.count() == 0


def test_informasi_tambahan_dengan_kode_salah_tidak_disimpan(client):
    respons = client.post(URL_TAMBAH, {"kode": "PSR-ZZZZ-ZZZZ", "isi": "x"})

    assert "Kode tidak ditemukan" in respons.content.decode()
    assert TambahanWarga.objects.count() == 0


def test_aspirasi_ditolak_tidak_bisa_ditambah(client):
    aspirasi = _buat()
    services.tolak(aspirasi=aspirasi, alasan="Di luar kewenangan pemda.", oleh=verifikator())

    html = _lacak(client, aspirasi.kode).content.decode()
    assert "Di luar kewenangan pemda." in html
    assert URL_TAMBAH not in html
    respons = client.post(URL_TAMBAH, {"kode": aspirasi.kode, "isi": "Tetap saya kirim."})

    assert "tidak bisa ditambah" in respons.content.decode()
    assert TambahanWarga.objects.count() == 0


def test_tanggapan_hanya_setelah_ada_jawaban(client):
    aspirasi = _buat()

    assert URL_TANGGAPAN not in _lacak(client, aspirasi.kode).content.decode()
    respons = client.post(URL_TANGGAPAN, {"kode": aspirasi.kode, "penilaian": "puas"})

    assert respons.status_code == 200
    assert "setelah ada jawaban" in respons.content.decode()
    assert Tanggapan.objects.count() == 0


@pytest.mark.parametrize("penilaian", ["tidak_puas", "sebagian"])
def test_tanggapan_belum_puas_tanpa_alasan_ditolak(client, penilaian):
    aspirasi = _buat(dijawab=True)

    respons = client.post(
        URL_TANGGAPAN, {"kode": aspirasi.kode, "penilaian": penilaian, "alasan": "  "}
    )

    html = respons.content.decode()
    assert respons.status_code == 200
    assert html.count("Tuliskan apa yang belum terjawab.") >= 2
    assert 'href="#id_alasan"' in html
    aspirasi.refresh_from_db()
    assert aspirasi.status == Status.DIJAWAB
    assert Tanggapan.objects.count() == 0


@pytest.mark.parametrize("penilaian", ["tidak_puas", "sebagian"])
def test_tanggapan_belum_puas_dengan_alasan_membuka_kembali(client, penilaian):
    aspirasi = _buat(dijawab=True)

    respons = client.post(
        URL_TANGGAPAN,
        {"kode": aspirasi.kode, "penilaian": penilaian, "alasan": "Lampu masih mati."},
    )

    assert respons.status_code == 302
    aspirasi.refresh_from_db()
    assert aspirasi.status == Status.DITERUSKAN
    assert Tanggapan.objects.get().alasan == "Lampu masih mati."
    html = client.get(respons.url).content.decode()
    assert "dibuka kembali" in html
    assert URL_TANGGAPAN not in html  # no new answer yet to rate


def test_tanggapan_puas_menyelesaikan(client):
    aspirasi = _buat(dijawab=True)

    client.post(URL_TANGGAPAN, {"kode": aspirasi.kode, "penilaian": "puas"})

    aspirasi.refresh_from_db()
    assert aspirasi.status == Status.SELESAI
    assert Tanggapan.objects.get().penilaian == "puas"


def test_penilaian_tidak_dikenal_ditolak(client):
    aspirasi = _buat(dijawab=True)

    respons = client.post(URL_TANGGAPAN, {"kode": aspirasi.kode, "penilaian": "<script>"})

    assert "Pilihan tidak dikenali" in respons.content.decode()
    assert Tanggapan.objects.count() == 0


def test_tanpa_token_csrf_ditolak_403(client):
    aspirasi = _buat(dijawab=True)
    penyerang = Client(enforce_csrf_checks=True)

    assert penyerang.post(URL_TAMBAH, {"kode": aspirasi.kode, "isi": "x"}).status_code == 403
    assert (
        penyerang.post(URL_TANGGAPAN, {"kode": aspirasi.kode, "penilaian": "puas"}).status_code
        == 403
    )
    assert TambahanWarga.objects.count() == Tanggapan.objects.count() == 0


def test_pencarian_kode_dibatasi_per_ip(client, settings):
    settings.ASPIRASI_BATAS_LACAK = (3, 600)
    aspirasi = _buat()
    for _ in range(3):
        _lacak(client, "PSR-ZZZZ-ZZZZ")

    respons = _lacak(client, aspirasi.kode)

    assert respons.status_code == 429
    html = respons.content.decode()
    assert "Terlalu banyak pencarian kode" in html
    assert aspirasi.judul not in html
    assert client.post(URL_TAMBAH, {"kode": aspirasi.kode, "isi": "x"}).status_code == 429
    assert TambahanWarga.objects.count() == 0
    assert Client(REMOTE_ADDR="10.1.2.3").get(URL_LACAK, {"kode": aspirasi.kode}).status_code == 200


def _banyak_aspirasi(jumlah, opd):
    kode = set()
    while len(kode) < jumlah:
        kode.add(buat_kode())
    Aspirasi.objects.bulk_create(
        [
            Aspirasi(
                kode=k,
                jenis="pertanyaan",
                judul=f"Pertanyaan massal {i}",
                isi="Isi",
                opd=opd,
                status=Status.DIJAWAB,
                diterbitkan=True,
                **PENANDA,
            )
            for i, k in enumerate(kode)
        ]
    )


def _hitung(client, kode):
    _lacak(client, kode)
    with CaptureQueriesContext(connection) as ctx:
        respons = _lacak(client, kode)
    assert respons.status_code == 200
    return len(ctx.captured_queries)


def test_jumlah_query_halaman_lacak_sama_dengan_10_dan_1000_aspirasi(client, settings):
    settings.ASPIRASI_BATAS_LACAK = (100, 600)
    opd = OPDFactory()
    aspirasi = _buat(dijawab=True, opd=opd)
    _banyak_aspirasi(9, opd)
    sedikit = _hitung(client, aspirasi.kode)

    _banyak_aspirasi(990, opd)
    petugas = petugas_opd(opd)
    for i in range(5):  # more answers, more history, more added information
        services.jawab(
            aspirasi=aspirasi, isi=f"Tindak lanjut {i}", oleh=petugas, jenis="tindak_lanjut"
        )
        TambahanWarga.objects.create(aspirasi=aspirasi, isi=f"Tambahan {i}")
    banyak = _hitung(client, aspirasi.kode)

    assert Aspirasi.objects.count() == 1000
    assert Jawaban.objects.filter(aspirasi=aspirasi).count() == 6
    assert sedikit == banyak
