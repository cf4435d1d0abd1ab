"""Permission matrix of the aspirasi admin, tested from every side: anonymous, Petugas of
OPD A, Petugas of OPD B, Verifikator and Pimpinan against an item of OPD A — list,
change, history, delete and every workflow action. A refused request leaves the record
exactly as it was."""

import pytest
from django.urls import reverse

from aspirasi.models import Aspirasi
from tests.factories import OPDFactory, PenggunaFactory, petugas_opd, verifikator
from tests.factories_aspirasi import aspirasi_dijawab, aspirasi_diteruskan, pimpinan
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _sandi_cepat(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


PERAN = ["anonim", "petugas_a", "petugas_b", "verifikator", "pimpinan"]


@pytest.fixture
def opd_a():
    return OPDFactory(nama="Dinas Pekerjaan Umum dan Penataan Ruang", singkatan="DPUPR")


@pytest.fixture
def opd_b():
    return OPDFactory(nama="Dinas Perhubungan", singkatan="Dishub")


@pytest.fixture
def pengguna(opd_a, opd_b):
    return {
        "anonim": None,
        "petugas_a": petugas_opd(opd_a),
        "petugas_b": petugas_opd(opd_b),
        "verifikator": verifikator(),
        "pimpinan": pimpinan(),
    }


def masuk(client, pengguna, peran):
    if pengguna[peran] is not None:
        masuk_staf(client, pengguna[peran])
    return client


def url(nama, *args):
    return reverse(f"admin:aspirasi_aspirasi_{nama}", args=args)


def url_aksi(aspirasi, aksi):
    return reverse("admin:aspirasi_aspirasi_aksi", kwargs={"object_id": aspirasi.pk, "aksi": aksi})


def potret(aspirasi):
    aspirasi = Aspirasi.objects.get(pk=aspirasi.pk)
    return (
        aspirasi.status,
        aspirasi.opd_id,
        aspirasi.diterbitkan,
        aspirasi.alasan_penolakan,
        aspirasi.riwayat.count(),
        aspirasi.jawaban.count(),
        aspirasi.disposisi.count(),
        aspirasi.catatan_internal.count(),
    )


# --- pages --------------------------------------------------------------------------------
HALAMAN = {
    # peran: (in changelist, change status, history status)
    "anonim": (None, 302, 302),
    "petugas_a": (True, 200, 200),
    "petugas_b": (False, 302, 302),
    "verifikator": (True, 200, 200),
    "pimpinan": (True, 200, 200),
}


@pytest.mark.parametrize("peran", PERAN)
def test_halaman_admin_aspirasi_opd_a_menurut_peran(client, pengguna, peran, opd_a):
    aspirasi = aspirasi_diteruskan(opd_a, judul="Jalan berlubang di Raci")
    masuk(client, pengguna, peran)
    di_daftar, kode_ubah, kode_riwayat = HALAMAN[peran]

    respons = client.get(url("changelist"))
    if di_daftar is None:
        assert respons.status_code == 302
        assert "/login/" in respons["Location"]
    else:
        assert respons.status_code == 200
        assert (aspirasi in respons.context["cl"].result_list) is di_daftar
        assert ("Jalan berlubang di Raci" in respons.content.decode()) is di_daftar

    respons = client.get(url("change", aspirasi.pk))
    assert respons.status_code == kode_ubah
    if kode_ubah == 200:
        assert "Jalan berlubang di Raci" in respons.content.decode()
    assert client.get(url("history", aspirasi.pk)).status_code == kode_riwayat


@pytest.mark.parametrize("peran", PERAN)
def test_tidak_ada_peran_yang_boleh_menghapus_aspirasi(client, pengguna, peran, opd_a):
    aspirasi = aspirasi_diteruskan(opd_a)
    sebelum = potret(aspirasi)
    masuk(client, pengguna, peran)

    respons_get = client.get(url("delete", aspirasi.pk))
    respons_post = client.post(url("delete", aspirasi.pk), {"post": "yes"})

    harapan = 302 if peran == "anonim" else 403
    assert respons_get.status_code == harapan
    assert respons_post.status_code == harapan
    assert potret(aspirasi) == sebelum


def test_hanya_superuser_yang_boleh_menghapus_aspirasi(client, opd_a):
    aspirasi = aspirasi_diteruskan(opd_a)
    masuk_staf(client, PenggunaFactory(is_superuser=True))

    assert client.get(url("delete", aspirasi.pk)).status_code == 200
    respons = client.post(url("delete", aspirasi.pk), {"post": "yes"})

    assert respons.status_code == 302
    assert not Aspirasi.objects.filter(pk=aspirasi.pk).exists()


def test_tidak_ada_yang_menambah_aspirasi_lewat_admin(client, pengguna):
    for peran in ("petugas_a", "verifikator", "pimpinan"):
        masuk(client, pengguna, peran)
        assert client.get(url("add")).status_code == 403
    masuk_staf(client, PenggunaFactory(grup="Pengelola Kegiatan"))
    assert client.get(url("add")).status_code == 403
    assert Aspirasi.objects.count() == 0


# --- actions ------------------------------------------------------------------------------
# aksi: (state of the item, POST data builder, roles allowed)
AKSI = {
    "teruskan": (
        "diteruskan",
        lambda b: {"opd": b.pk, "catatan": "Wewenang Dishub."},
        {"verifikator"},
    ),
    "tolak": ("diteruskan", lambda b: {"alasan": "Di luar wewenang pemda."}, {"verifikator"}),
    "terbitkan": ("dijawab", lambda b: {}, {"verifikator"}),
    "batalkan-terbit": ("terbit", lambda b: {}, {"verifikator"}),
    "jawab": ("diteruskan", lambda b: {"isi": "Akan diperbaiki pekan ini."}, {"petugas_a"}),
    "tindak-lanjut": ("dijawab", lambda b: {"isi": "Tim sudah turun ke lokasi."}, {"petugas_a"}),
    "selesai": ("dijawab", lambda b: {"catatan": "Sudah diperbaiki."}, {"petugas_a"}),
    "disposisi": (
        "diteruskan",
        lambda b: {"ke_opd": b.pk, "alasan": "Rambu adalah wewenang Dishub."},
        {"petugas_a"},
    ),
    "catatan": (
        "diteruskan",
        lambda b: {"isi": "Cek anggaran pemeliharaan."},
        {"petugas_a", "verifikator"},
    ),
}

MATRIKS = [(aksi, peran) for aksi in AKSI for peran in PERAN]


def siapkan(keadaan, opd_a):
    if keadaan == "diteruskan":
        return aspirasi_diteruskan(opd_a)
    aspirasi = aspirasi_dijawab(opd_a)
    if keadaan == "terbit":
        Aspirasi.objects.filter(pk=aspirasi.pk).update(diterbitkan=True)
    return Aspirasi.objects.get(pk=aspirasi.pk)


@pytest.mark.parametrize(("aksi", "peran"), MATRIKS, ids=[f"{a}-{p}" for a, p in MATRIKS])
def test_matriks_izin_tindakan_pada_aspirasi_opd_a(client, pengguna, aksi, peran, opd_a, opd_b):
    keadaan, data, boleh = AKSI[aksi]
    aspirasi = siapkan(keadaan, opd_a)
    sebelum = potret(aspirasi)
    masuk(client, pengguna, peran)

    respons_get = client.get(url_aksi(aspirasi, aksi))
    respons = client.post(url_aksi(aspirasi, aksi), data(opd_b))

    if peran in boleh:
        assert respons_get.status_code == 200
        assert respons.status_code == 302, respons.content.decode()[:2000]
        assert respons["Location"] == url("change", aspirasi.pk)
        assert potret(aspirasi) != sebelum
    else:
        harapan = 302 if peran == "anonim" else 403
        assert respons_get.status_code == harapan
        assert respons.status_code == harapan
        if peran == "anonim":
            assert "/login/" in respons["Location"]
        assert potret(aspirasi) == sebelum


@pytest.mark.parametrize("peran", ["petugas_a", "verifikator", "pimpinan", "petugas_b"])
def test_halaman_ubah_hanya_menawarkan_tindakan_yang_boleh(client, pengguna, peran, opd_a):
    aspirasi = aspirasi_diteruskan(opd_a)
    masuk(client, pengguna, peran)

    respons = client.get(url("change", aspirasi.pk))

    ditawarkan = (
        {a["nama"] for a in respons.context.get("aksi_tersedia", [])}
        if respons.status_code == 200
        else set()
    )
    harapan = {
        "petugas_a": {"jawab", "disposisi", "catatan"},
        "verifikator": {"teruskan", "tolak", "catatan"},
        "pimpinan": set(),
        "petugas_b": set(),
    }[peran]
    assert ditawarkan == harapan
    for nama in ditawarkan:
        assert url_aksi(aspirasi, nama) in respons.content.decode()


def test_halaman_ubah_tidak_bisa_menyimpan_perubahan_isi_warga(client, pengguna, opd_a):
    aspirasi = aspirasi_diteruskan(opd_a, judul="Judul asli warga")
    sebelum = potret(aspirasi)
    for peran in ("petugas_a", "verifikator"):
        masuk(client, pengguna, peran)
        respons = client.post(
            url("change", aspirasi.pk), {"judul": "Diubah petugas", "isi": "Diubah"}
        )
        assert respons.status_code == 403
    aspirasi.refresh_from_db()
    assert aspirasi.judul == "Judul asli warga"
    assert potret(aspirasi) == sebelum


def test_tindakan_pada_aspirasi_yang_tidak_ada_404(client, pengguna):
    masuk(client, pengguna, "verifikator")
    respons = client.get(
        reverse("admin:aspirasi_aspirasi_aksi", kwargs={"object_id": 999999, "aksi": "tolak"})
    )
    assert respons.status_code == 404
    respons = client.get(
        reverse(
            "admin:aspirasi_aspirasi_aksi", kwargs={"object_id": "bukan-angka", "aksi": "tolak"}
        )
    )
    assert respons.status_code == 404


def test_tindakan_tak_dikenal_404(client, pengguna, opd_a):
    aspirasi = aspirasi_diteruskan(opd_a)
    masuk(client, pengguna, "verifikator")
    assert client.post(url_aksi(aspirasi, "hapus-semua")).status_code == 404


# --- export -------------------------------------------------------------------------------
EKSPOR = {
    "anonim": None,
    "petugas_a": True,
    "petugas_b": False,
    "verifikator": True,
    "pimpinan": True,
}


@pytest.mark.parametrize("peran", PERAN)
def test_ekspor_aspirasi_hanya_berisi_yang_boleh_dilihat_tanpa_identitas(
    client, pengguna, peran, opd_a
):
    aspirasi = aspirasi_diteruskan(
        opd_a, nama_pelapor="Penanda Ekspor", email_pelapor="penanda.ekspor@contoh.test"
    )
    masuk(client, pengguna, peran)

    respons = client.post(url("export"), {"format": "0", "resource": "0"})

    if EKSPOR[peran] is None:
        assert respons.status_code == 302
        assert "/admin/login/" in respons["Location"]
        return
    assert respons.status_code == 200
    isi = respons.content.decode()
    assert (aspirasi.kode in isi) is EKSPOR[peran]
    assert "Penanda Ekspor" not in isi
    assert "penanda.ekspor" not in isi
