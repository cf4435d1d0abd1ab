"""The demo data command: complete, realistic, marked as demo data, and idempotent."""

import datetime
import re
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from layanan import hari_kerja
from layanan.demo import akun
from layanan.demo.loader import semua_layanan
from layanan.models import (
    OPD,
    Desa,
    HariLibur,
    KategoriLayanan,
    Kecamatan,
    LangkahProsedur,
    Layanan,
    Pemda,
    Pengguna,
    Persyaratan,
    UnitLayanan,
)

pytestmark = pytest.mark.django_db

KOMPONEN_TEKS = [
    "jangka_waktu",
    "keterangan_biaya",
    "produk",
    "penanganan_pengaduan",
    "dasar_hukum",
    "sarana_prasarana",
    "kompetensi_pelaksana",
    "pengawasan_internal",
    "jumlah_pelaksana",
    "jaminan_pelayanan",
    "jaminan_keamanan",
    "evaluasi_kinerja",
]
KOMPONEN_PENGELOLAAN = KOMPONEN_TEKS[4:]

SLUG_WAJIB = [
    "ktp-el",
    "kartu-keluarga",
    "akta-kelahiran",
    "akta-kematian",
    "surat-pindah",
    "nib-perizinan-berusaha",
    "pbg",
    "pbb-p2",
    "bphtb",
    "kartu-pencari-kerja-ak1",
    "sktm",
    "rujukan-rsud-bangil",
]


@pytest.fixture(autouse=True)
def _hash_cepat(settings):
    # The command hashes four passwords; PBKDF2 would only slow the suite down.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def muat() -> str:
    keluaran = StringIO()
    call_command("muat_demo", stdout=keluaran)
    return keluaran.getvalue()


def potret() -> dict:
    """Everything a second run could touch."""
    return {
        "jumlah": {
            model.__name__: model.objects.count()
            for model in (
                Pemda,
                Kecamatan,
                Desa,
                OPD,
                UnitLayanan,
                KategoriLayanan,
                Layanan,
                Persyaratan,
                LangkahProsedur,
                Pengguna,
            )
        },
        "riwayat": Layanan.history.count(),
        "diperbarui": dict(Layanan.objects.values_list("slug", "diperbarui")),
        "anak": sorted(Persyaratan.objects.values_list("pk", flat=True))
        + sorted(LangkahProsedur.objects.values_list("pk", flat=True)),
        "unit": Layanan.unit_layanan.through.objects.count(),
        "sandi": dict(Pengguna.objects.values_list("username", "password")),
        "grup": sorted(Pengguna.groups.through.objects.values_list("pengguna_id", "group_id")),
    }


def test_muat_demo_membuat_pemda_dan_semua_kecamatan_dengan_kode_kemendagri():
    muat()

    kabupaten = Pemda.objects.get(kode="35.14")
    kota = Pemda.objects.get(kode="35.75")
    assert kabupaten.nama == "Pemerintah Kabupaten Pasuruan"
    assert kabupaten.jenis == Pemda.Jenis.KABUPATEN
    assert kota.jenis == Pemda.Jenis.KOTA
    kode_kabupaten = sorted(kabupaten.kecamatan.values_list("kode", flat=True))
    assert kode_kabupaten == [f"35.14.{n:02d}" for n in range(1, 25)]
    assert Kecamatan.objects.get(kode="35.14.14").nama == "Bangil"
    assert Kecamatan.objects.get(kode="35.14.01").nama == "Purwodadi"
    assert set(kota.kecamatan.values_list("nama", flat=True)) == {
        "Gadingrejo",
        "Purworejo",
        "Bugul Kidul",
        "Panggungrejo",
    }


def test_desa_dan_kelurahan_berkode_resmi_dan_berjenis_sesuai_kodenya():
    muat()

    for nama_kecamatan in ["Bangil", "Pandaan", "Gempol", "Purwosari", "Prigen", "Beji"]:
        assert Desa.objects.filter(kecamatan__nama=nama_kecamatan).count() >= 10
    assert Desa.objects.filter(kecamatan__pemda__kode="35.75").exists()
    for desa in Desa.objects.select_related("kecamatan"):
        assert re.fullmatch(r"\d\d\.\d\d\.\d\d\.[12]\d{3}", desa.kode)
        assert desa.kode.startswith(desa.kecamatan.kode + ".")
        jenis = Desa.Jenis.KELURAHAN if desa.kode[-4] == "1" else Desa.Jenis.DESA
        assert desa.jenis == jenis, desa
    assert Desa.objects.get(kecamatan__nama="Bangil", nama="Kauman").jenis == "kelurahan"
    assert Desa.objects.get(kecamatan__nama="Bangil", nama="Raci").jenis == "desa"


def test_muat_demo_membuat_minimal_20_opd_kabupaten_dan_2_opd_kota_bertanda_contoh():
    muat()

    assert OPD.objects.filter(pemda__kode="35.14").count() >= 20
    assert OPD.objects.filter(pemda__kode="35.75").count() >= 2
    singkatan = set(OPD.objects.values_list("singkatan", flat=True))
    for wajib in ["Dispendukcapil", "Dinkes", "Dispendik", "Dinsos", "DPMPTSP", "Bapenda"]:
        assert wajib in singkatan
    for wajib in ["Disnaker", "DLH", "Dishub", "Diskominfo", "BPBD", "DPUPR", "RSUD Bangil"]:
        assert wajib in singkatan
    assert OPD.objects.filter(jenis=OPD.Jenis.KECAMATAN).count() >= 3
    for opd in OPD.objects.all():
        assert opd.contoh, opd
        assert opd.alamat and opd.jam_layanan and opd.telepon and opd.email, opd
        assert "sanggup menyelenggarakan pelayanan" in opd.maklumat_pelayanan


def test_minimal_lima_opd_memberitahukan_kepindahannya_ke_kompleks_perkantoran_raci():
    muat()

    pindah = OPD.objects.sudah_pindah()
    assert pindah.count() >= 5
    for opd in pindah:
        assert "Raci" in opd.alamat
        assert "Kota Pasuruan" in opd.alamat_sebelumnya
        assert opd.tanggal_pindah.year >= 2022


def test_tempat_layanan_mencakup_mpp_maslahat_mpp_kota_rsud_dan_puskesmas():
    muat()

    mpp = UnitLayanan.objects.get(slug="mpp-maslahat")
    assert mpp.jenis == UnitLayanan.Jenis.MPP
    assert mpp.opd.slug == "dpmptsp"
    assert "Raci" in mpp.alamat
    assert "17 November 2022" in mpp.jam_layanan
    assert "Wahid Hasyim" in UnitLayanan.objects.get(slug="mpp-kota-pasuruan").alamat
    assert UnitLayanan.objects.filter(jenis=UnitLayanan.Jenis.PUSKESMAS).count() >= 2
    assert UnitLayanan.objects.filter(jenis=UnitLayanan.Jenis.RUMAH_SAKIT).exists()
    assert UnitLayanan.objects.filter(jenis=UnitLayanan.Jenis.KECAMATAN).count() >= 3
    assert not UnitLayanan.objects.filter(contoh=False).exists()


def test_setiap_layanan_terbit_mengisi_keempat_belas_komponen_standar_pelayanan():
    muat()

    layanan = Layanan.objects.terbit().prefetch_related("persyaratan", "langkah")
    assert layanan.count() >= 60
    for item in layanan:
        item.full_clean()  # field lengths, URL and choices, as PostgreSQL would enforce them
        assert item.contoh, item
        for komponen in [*KOMPONEN_TEKS, "ringkasan", "kata_kunci"]:
            assert getattr(item, komponen).strip(), f"{item.slug}: {komponen} kosong"
        assert item.persyaratan.all(), f"{item.slug}: tanpa persyaratan"
        assert item.langkah.all(), f"{item.slug}: tanpa langkah prosedur"
        assert [s.urutan for s in item.persyaratan.all()] == list(
            range(1, len(item.persyaratan.all()) + 1)
        )


def test_komponen_pengelolaan_berbeda_untuk_setiap_layanan():
    muat()

    baris = list(Layanan.objects.values_list(*KOMPONEN_PENGELOLAAN))
    assert len(set(baris)) == len(baris)
    assert len(set(Layanan.objects.values_list("pengawasan_internal", flat=True))) == len(baris)
    assert len(set(Layanan.objects.values_list("ringkasan", flat=True))) == len(baris)


def test_layanan_yang_dipakai_pencarian_dan_halaman_tersedia_dengan_slug_tetap():
    muat()

    ada = set(Layanan.objects.terbit().values_list("slug", flat=True))
    assert set(SLUG_WAJIB) <= ada
    assert "KTP" in Layanan.objects.get(slug="ktp-el").daftar_kata_kunci
    assert "akte kelahiran" in Layanan.objects.get(slug="akta-kelahiran").kata_kunci


def _kata(data: dict, *kolom: str) -> list[str]:
    return re.findall(r"\w+", " ".join(data[k] for k in kolom).lower())


@pytest.mark.parametrize(
    ("kata", "slug"),
    [("ktp", "ktp-el"), ("kk", "kartu-keluarga"), ("pbb", "pbb-p2")],
)
def test_kata_yang_diketik_warga_hanya_dimiliki_layanan_sasarannya(kata, slug):
    # No other service's nama, kata kunci or ringkasan may compete for these queries. Like
    # the search, words of 3+ letters also match as a prefix ("pbb" ~ "pbb-p2"), shorter
    # ones only as a whole word ("kk" is not "kkpr").
    def cocok(w):
        return w.startswith(kata) if len(kata) >= 3 else w == kata

    pesaing = [
        data["slug"]
        for data in semua_layanan()
        if data["slug"] != slug and any(map(cocok, _kata(data, "nama", "kata_kunci", "ringkasan")))
    ]
    assert not pesaing


@pytest.mark.parametrize(
    ("kata", "slug"),
    [(("akta", "lahir"), "akta-kelahiran"), (("izin", "usaha"), "nib-perizinan-berusaha")],
)
def test_frasa_yang_diketik_warga_tidak_bersaing_dengan_layanan_lain(kata, slug):
    pesaing = [
        data["slug"]
        for data in semua_layanan()
        if data["slug"] != slug
        and all(any(w.startswith(k) for w in _kata(data, "nama", "kata_kunci")) for k in kata)
    ]
    assert not pesaing


def test_dokumen_kependudukan_gratis_sesuai_uu_24_2013():
    muat()

    for layanan in Layanan.objects.filter(kategori__slug="kependudukan"):
        assert layanan.biaya == 0, layanan.slug
        assert "Gratis" in layanan.keterangan_biaya


def test_muat_demo_dua_kali_tidak_mengubah_apa_pun():
    muat()
    sebelum = potret()

    keluaran = muat()

    assert potret() == sebelum
    assert "tidak ada yang diubah" in keluaran


def test_muat_demo_memulihkan_data_demo_yang_diubah_tangan():
    muat()
    ktp = Layanan.objects.get(slug="ktp-el")
    ktp.biaya = 10_000
    ktp.save()
    ktp.persyaratan.filter(urutan=1).delete()
    riwayat = ktp.history.count()
    petugas = Pengguna.objects.get(username="petugas.dpmptsp")
    petugas.set_password("sandi-lain-yang-panjang")
    petugas.save()

    muat()

    ktp.refresh_from_db()
    assert ktp.biaya == 0
    assert ktp.persyaratan.filter(urutan=1).exists()
    assert ktp.history.count() == riwayat + 1
    petugas.refresh_from_db()
    assert petugas.check_password(akun.KATA_SANDI)


@pytest.mark.parametrize(
    ("username", "grup", "opd"),
    [
        ("verifikator", "Verifikator", "diskominfo"),
        ("petugas.dispendukcapil", "Petugas OPD", "dispendukcapil"),
        ("petugas.dpmptsp", "Petugas OPD", "dpmptsp"),
    ],
)
def test_akun_demo_petugas_punya_grup_dan_opd_yang_benar_dan_bisa_masuk(
    client, username, grup, opd
):
    muat()

    pengguna = Pengguna.objects.get(username=username)
    assert pengguna.is_staff and not pengguna.is_superuser
    assert list(pengguna.groups.values_list("name", flat=True)) == [grup]
    assert pengguna.opd.slug == opd
    assert client.login(username=username, password=akun.KATA_SANDI)


def test_akun_admin_demo_adalah_superuser_dan_bisa_masuk_dengan_kode_demo(client, settings):
    settings.DEBUG = True  # the two-step demo commands refuse to run without it
    muat()
    call_command("muat_demo_dua_langkah", stdout=StringIO())

    admin = Pengguna.objects.get(username="admin")
    assert admin.is_superuser and admin.is_staff
    assert client.login(username="admin", password=akun.KATA_SANDI)
    # The password alone does not open the admin: the second step comes first.
    assert client.get(reverse("admin:index")).status_code == 302
    kode = StringIO()
    call_command("kode_demo", "admin", stdout=kode, stderr=StringIO())
    client.post(reverse("dua_langkah:kode"), {"kode": kode.getvalue().strip()})
    assert client.get(reverse("admin:index")).status_code == 200


def test_perintah_mencetak_akun_demo_dengan_kata_sandinya():
    keluaran = muat()

    assert "Akun demo (hanya untuk uji coba)" in keluaran
    for username, *_ in akun.AKUN:
        assert re.search(
            rf"^\s+{re.escape(username)}\s+{re.escape(akun.KATA_SANDI)}\s", keluaran, re.M
        )


def test_muat_demo_gagal_dengan_jelas_bila_grup_petugas_belum_ada():
    Group.objects.filter(name="Petugas OPD").delete()

    with pytest.raises(RuntimeError, match="Petugas OPD"):
        muat()

    assert not Layanan.objects.exists()  # one transaction: nothing half-loaded


def test_muat_demo_mencatat_cuti_bersama_contoh_yang_dilewati_hitungan_hari_kerja():
    muat()
    libur = HariLibur.objects.get(tanggal=datetime.date(2026, 12, 24))
    assert "(contoh)" in libur.keterangan
    # Wed 23 Dec 2026 + 1 working day: Thu 24 is the cuti bersama, Fri 25 Christmas.
    rabu = datetime.datetime(2026, 12, 23, 10, tzinfo=hari_kerja.JAKARTA)
    assert hari_kerja.tambah_hari_kerja(rabu, 1).date() == datetime.date(2026, 12, 28)
    muat()
    assert HariLibur.objects.filter(tanggal=libur.tanggal).count() == 1
