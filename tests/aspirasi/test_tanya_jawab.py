"""/tanya-jawab/: published answers only, searchable, filtered, no reporter identity ever."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from aspirasi import services
from aspirasi.kode import buat_kode
from aspirasi.models import Aspirasi, Jawaban, Status
from tests.factories import (
    DesaFactory,
    KategoriLayananFactory,
    KecamatanFactory,
    LayananFactory,
    OPDFactory,
    petugas_opd,
    verifikator,
)

pytestmark = pytest.mark.django_db

URL = reverse("aspirasi:tanya_jawab")
PENANDA = {
    "nama_pelapor": "Penanda Larasati",
    "email_pelapor": "penanda.larasati@contoh.test",
    "telepon_pelapor": "081311112222",
}


def _terbit(
    judul, *, isi="Isi pertanyaan.", layanan=None, opd=None, privasi="biasa", jawaban="Ya."
):
    opd = opd or (layanan.opd if layanan else OPDFactory())
    identitas = PENANDA if privasi != "anonim" else {}
    aspirasi = services.kirim_aspirasi(
        jenis="pertanyaan", judul=judul, isi=isi, privasi=privasi, layanan=layanan, **identitas
    )
    services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator(first_name="Verif Penanda"))
    services.jawab(aspirasi=aspirasi, isi=jawaban, oleh=petugas_opd(opd, first_name="Opd Penanda"))
    if privasi != "rahasia":
        Aspirasi.objects.filter(pk=aspirasi.pk).update(diterbitkan=True)
    aspirasi.refresh_from_db()
    return aspirasi


def test_hanya_aspirasi_terbit_yang_tampil_tanpa_identitas_dan_kode(client):
    biasa = _terbit("Syarat akta kelahiran", jawaban="Bawa surat keterangan lahir.")
    anonim = _terbit("Jadwal posyandu", privasi="anonim")
    rahasia = _terbit("Pungutan liar di loket", privasi="rahasia")
    belum = services.kirim_aspirasi(
        jenis="pertanyaan", judul="Belum dijawab", isi="x", privasi="biasa", **PENANDA
    )
    tidak_terbit = _terbit("Tidak diterbitkan")
    Aspirasi.objects.filter(pk=tidak_terbit.pk).update(diterbitkan=False)

    html = client.get(URL).content.decode()

    assert "Syarat akta kelahiran" in html
    assert "Bawa surat keterangan lahir." in html
    assert "Jadwal posyandu" in html
    for tersembunyi in (rahasia, belum, tidak_terbit):
        assert tersembunyi.judul not in html
    for aspirasi in (biasa, anonim, rahasia, belum):
        assert aspirasi.kode not in html
    for penanda in [*PENANDA.values(), "Verif Penanda", "Opd Penanda"]:
        assert penanda not in html


def test_pencarian_di_judul_dan_isi(client):
    _terbit("Syarat akta kelahiran", isi="Untuk bayi yang lahir di rumah.")
    _terbit("Izin usaha mikro", isi="Apakah perlu NIB?")

    assert "Izin usaha mikro" not in client.get(URL, {"q": "akta"}).content.decode()
    html = client.get(URL, {"q": "bayi rumah"}).content.decode()
    assert "Syarat akta kelahiran" in html
    assert "Izin usaha mikro" not in html
    assert "Belum ada tanya-jawab yang cocok" in client.get(URL, {"q": "zzz"}).content.decode()


def test_saring_menurut_opd_dan_kategori(client):
    kategori = KategoriLayananFactory(slug="kependudukan")
    layanan = LayananFactory(kategori=kategori)
    _terbit("Tentang KTP-el", layanan=layanan)
    lain = _terbit("Tentang jalan rusak")

    per_kategori = client.get(URL, {"kategori": "kependudukan"}).content.decode()
    assert "Tentang KTP-el" in per_kategori
    assert "Tentang jalan rusak" not in per_kategori
    per_opd = client.get(URL, {"opd": lain.opd.slug}).content.decode()
    assert "Tentang jalan rusak" in per_opd
    assert "Tentang KTP-el" not in per_opd


@pytest.mark.parametrize(
    "data",
    [{"opd": "tidak-ada"}, {"kategori": "<script>"}, {"halaman": "abc"}, {"q": "x" * 500}],
)
def test_saringan_salah_bukan_500(client, data):
    _terbit("Tentang KTP-el")

    respons = client.get(URL, data)

    assert respons.status_code == 200
    assert "<script>" not in respons.content.decode()


def test_halaman_bernomor(client, settings):
    settings.TANYA_JAWAB_PER_HALAMAN = 2
    for i in range(5):
        _terbit(f"Pertanyaan nomor {i}")

    html = client.get(URL, {"halaman": 3}).content.decode()

    assert "Halaman 3 dari 3" in html
    assert html.count('class="kartu-layanan"') == 1


def test_detail_tanya_jawab_menampilkan_semua_jawaban(client):
    aspirasi = _terbit("Syarat akta kelahiran", jawaban="Jawaban pertama.")
    services.jawab(
        aspirasi=aspirasi,
        isi="Tindak lanjut kedua.",
        oleh=petugas_opd(aspirasi.opd),
        jenis="tindak_lanjut",
    )

    respons = client.get(reverse("aspirasi:tanya_jawab_detail", args=[aspirasi.pk]))

    html = respons.content.decode()
    assert respons.status_code == 200
    assert "Jawaban pertama." in html and "Tindak lanjut kedua." in html
    assert aspirasi.kode not in html
    for penanda in PENANDA.values():
        assert penanda not in html


def test_detail_yang_tidak_terbit_404(client):
    rahasia = _terbit("Rahasia", privasi="rahasia")
    baru = services.kirim_aspirasi(jenis="pertanyaan", judul="Baru", isi="x", privasi="biasa")

    for aspirasi in (rahasia, baru):
        url = reverse("aspirasi:tanya_jawab_detail", args=[aspirasi.pk])
        assert client.get(url).status_code == 404


def test_identitas_pelapor_tidak_ada_di_halaman_publik_mana_pun(client):
    """Markers on biasa, rahasia and anonim items never reach a public page or a URL."""
    layanan = LayananFactory()
    kecamatan = KecamatanFactory()
    DesaFactory(kecamatan=kecamatan)
    terbit = [_terbit(f"Pertanyaan {p}", privasi=p, layanan=layanan) for p in ("biasa", "anonim")]
    rahasia = _terbit("Pertanyaan rahasia", privasi="rahasia", layanan=layanan)
    semua = [*terbit, rahasia]

    halaman = [
        "/",
        reverse("layanan:daftar"),
        layanan.get_absolute_url(),
        layanan.opd.get_absolute_url(),
        URL,
        f"{URL}?q=Pertanyaan",
        reverse("aspirasi:kirim"),
        f"{reverse('aspirasi:kirim')}?layanan={layanan.slug}",
        reverse("aspirasi:lacak"),
        reverse("aspirasi:terkirim"),
        reverse("aspirasi:privasi"),
        *[reverse("aspirasi:tanya_jawab_detail", args=[a.pk]) for a in terbit],
        *[f"{reverse('aspirasi:lacak')}?kode={a.kode}" for a in semua],
    ]
    for url in halaman:
        respons = client.get(url, follow=True)
        assert respons.status_code == 200, url
        html = respons.content.decode()
        rantai = " ".join(u for u, _status in respons.redirect_chain)
        for penanda in PENANDA.values():
            assert penanda not in html, (url, penanda)
            assert penanda not in rantai


def _isi_massal(jumlah, opd, kategori):
    layanan = LayananFactory(opd=opd, kategori=kategori)
    kode = set()
    while len(kode) < jumlah:
        kode.add(buat_kode())
    dibuat = Aspirasi.objects.bulk_create(
        [
            Aspirasi(
                kode=k,
                jenis="pertanyaan",
                judul=f"Akta massal {i}",
                isi="Isi massal",
                opd=opd,
                layanan=layanan,
                status=Status.DIJAWAB,
                diterbitkan=True,
                **PENANDA,
            )
            for i, k in enumerate(kode)
        ]
    )
    if dibuat[0].pk is None:  # backends that do not return keys from bulk_create
        dibuat = list(Aspirasi.objects.filter(kode__in=kode))
    Jawaban.objects.bulk_create(
        [Jawaban(aspirasi=a, opd=opd, isi=f"Jawaban {n}") for a in dibuat for n in (1, 2)]
    )


def _hitung(client, data):
    client.get(URL, data)
    with CaptureQueriesContext(connection) as ctx:
        respons = client.get(URL, data)
    assert respons.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    "data",
    [{}, {"q": "akta"}, {"opd": "opd-massal"}, {"kategori": "kategori-massal"}, {"halaman": "2"}],
    ids=["semua", "cari", "opd", "kategori", "halaman-2"],
)
def test_jumlah_query_tanya_jawab_sama_dengan_10_dan_1000_aspirasi(client, data):
    opd = OPDFactory(slug="opd-massal")
    kategori = KategoriLayananFactory(slug="kategori-massal")
    _isi_massal(30 if data.get("halaman") else 10, opd, kategori)
    sedikit = _hitung(client, data)

    _isi_massal(990, opd, kategori)
    banyak = _hitung(client, data)

    assert Aspirasi.objects.terbit().count() >= 1000
    assert sedikit == banyak


def test_tanya_jawab_terkait_tampil_di_halaman_layanan_dan_opd(client):
    layanan = LayananFactory()
    a = services.kirim_aspirasi(
        jenis=Aspirasi.Jenis.PERTANYAAN,
        judul="Apakah bisa diurus hari Sabtu?",
        isi="Saya bekerja pada hari kerja.",
        layanan=layanan,
        privasi=Aspirasi.Privasi.ANONIM,
    )
    services.teruskan(aspirasi=a, opd=layanan.opd, oleh=verifikator())
    services.jawab(aspirasi=a, isi="Bisa, Sabtu pagi.", oleh=petugas_opd(layanan.opd))
    Aspirasi.objects.filter(pk=a.pk).update(diterbitkan=True)

    for url in (layanan.get_absolute_url(), layanan.opd.get_absolute_url()):
        html = client.get(url).content.decode()
        assert "Apakah bisa diurus hari Sabtu?" in html, url
