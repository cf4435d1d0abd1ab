"""Import and export of services with their requirements and steps (XLSX and CSV),
driven through the admin's import → confirm pages and export page."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from layanan.models import KategoriLayanan, Layanan
from layanan.resources import LayananResource
from tests.factories import (
    KategoriLayananFactory,
    LayananFactory,
    OPDFactory,
    PenggunaFactory,
    UnitLayananFactory,
    petugas_opd,
    verifikator,
)
from tests.layanan.test_admin import url_admin
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db

XLSX, CSV = "0", "1"  # positions in LayananAdmin.import_formats / export_formats
KOLOM = LayananResource.Meta.fields


@pytest.fixture
def opd():
    return OPDFactory(nama="Dinas Kependudukan dan Pencatatan Sipil", singkatan="Dispendukcapil")


@pytest.fixture
def kategori():
    return KategoriLayananFactory(nama="Kependudukan", slug="kependudukan")


@pytest.fixture
def unit(opd):
    return UnitLayananFactory(opd=opd, slug="mpp-maslahat")


@pytest.fixture
def klien_verifikator(client):
    masuk_staf(client, verifikator())
    return client


def baris(nomor, opd, kategori, /, **ubah):
    isi = {
        "slug": f"layanan-impor-{nomor}",
        "nama": f"Layanan Impor {nomor}",
        "opd": opd.slug,
        "kategori": kategori.slug,
        "status": "terbit",
        "ringkasan": "Ringkasan layanan impor.",
        "kata_kunci": "impor, uji",
        "pengguna": "semua",
        "unit_layanan": "",
        "tautan_daring": "",
        "persyaratan": "1. Fotokopi KTP | 1 lembar\n2. Kartu Keluarga asli",
        "langkah_prosedur": "Ambil antrean\nSerahkan berkas\nTerima dokumen",
        "jangka_waktu": "1 hari kerja",
        "biaya": 0,
        "keterangan_biaya": "",
        "produk": "Dokumen",
        "penanganan_pengaduan": "Loket pengaduan",
        "dasar_hukum": "Perda uji",
        "sarana_prasarana": "Loket",
        "kompetensi_pelaksana": "Operator",
        "pengawasan_internal": "Kepala bidang",
        "jumlah_pelaksana": "2 orang",
        "jaminan_pelayanan": "Maklumat",
        "jaminan_keamanan": "Data dijaga",
        "evaluasi_kinerja": "Survei",
        "contoh": 0,
    }
    isi.update(ubah)
    return isi


def berkas_xlsx(daftar, nama="layanan.xlsx", kolom=None):
    kolom = kolom or list(daftar[0])
    buku = openpyxl.Workbook()
    lembar = buku.active
    lembar.append(kolom)
    for isi in daftar:
        lembar.append([isi.get(k) for k in kolom])
    keluaran = io.BytesIO()
    buku.save(keluaran)
    return SimpleUploadedFile(nama, keluaran.getvalue())


def berkas_csv(daftar, nama="layanan.csv"):
    keluaran = io.StringIO()
    penulis = csv.DictWriter(keluaran, fieldnames=list(daftar[0]))
    penulis.writeheader()
    penulis.writerows(daftar)
    return SimpleUploadedFile(nama, keluaran.getvalue().encode("utf-8"))


def pratinjau(client, berkas, format_=XLSX):
    respons = client.post(
        url_admin(Layanan, "import"), {"resource": "0", "format": format_, "import_file": berkas}
    )
    assert respons.status_code == 200
    return respons


def konfirmasi(client, respons):
    form = respons.context["confirm_form"]
    assert form is not None, respons.context["result"].invalid_rows
    return client.post(url_admin(Layanan, "process_import"), form.initial)


def impor(client, berkas, format_=XLSX):
    respons = konfirmasi(client, pratinjau(client, berkas, format_))
    assert respons.status_code == 302
    assert respons.url == url_admin(Layanan, "changelist")
    return respons


def galat_baris(respons):
    hasil = respons.context["result"]
    return {r.number: r.error_dict for r in hasil.invalid_rows} | {
        nomor: {"__all__": [str(e.error) for e in galat]} for nomor, galat in hasil.row_errors()
    }


def ekspor(client, format_=XLSX, **data):
    respons = client.post(
        url_admin(Layanan, "export"), {"resource": "0", "format": format_, **data}
    )
    assert respons.status_code == 200
    assert respons["Content-Disposition"].startswith("attachment")
    return respons.content


def baca_xlsx(isi):
    lembar = openpyxl.load_workbook(io.BytesIO(isi)).active
    baris_ = list(lembar.values)
    return [dict(zip(baris_[0], b, strict=True)) for b in baris_[1:]]


# --- a good file -------------------------------------------------------------------------
def test_impor_xlsx_lewat_admin_menyimpan_semua_layanan_beserta_anaknya(
    klien_verifikator, opd, kategori, unit
):
    assert klien_verifikator.get(url_admin(Layanan, "import")).status_code == 200
    berkas = berkas_xlsx(
        [
            baris(1, opd, kategori, unit_layanan="mpp-maslahat", biaya="Rp 10.000"),
            baris(2, opd, kategori, opd="dispendukcapil", kategori="Kependudukan"),
            baris(3, opd, kategori, slug="", nama="Surat Pindah Datang", status="draf"),
            {},  # a blank line at the end of the sheet is not a row
        ],
        kolom=list(KOLOM),
    )
    respons = pratinjau(klien_verifikator, berkas)
    assert not Layanan.objects.exists()  # the preview is a dry run
    impor_ = konfirmasi(klien_verifikator, respons)
    assert impor_.status_code == 302

    satu = Layanan.objects.get(slug="layanan-impor-1")
    assert satu.opd == opd and satu.kategori == kategori and satu.status == "terbit"
    assert satu.biaya == 10000
    assert list(satu.unit_layanan.all()) == [unit]
    assert list(satu.persyaratan.values_list("urutan", "uraian", "keterangan")) == [
        (1, "Fotokopi KTP", "1 lembar"),
        (2, "Kartu Keluarga asli", ""),
    ]
    assert list(satu.langkah.values_list("uraian", flat=True)) == [
        "Ambil antrean",
        "Serahkan berkas",
        "Terima dokumen",
    ]
    assert Layanan.objects.get(slug="layanan-impor-2").opd == opd
    pindah = Layanan.objects.get(slug="surat-pindah-datang")  # slug made from the name
    assert pindah.status == "draf"
    assert satu.history.count() == 1


def test_impor_csv_dengan_sel_banyak_baris(klien_verifikator, opd, kategori):
    impor(
        klien_verifikator,
        berkas_csv([baris(1, opd, kategori), baris(2, opd, kategori, biaya="25000")]),
        format_=CSV,
    )
    assert Layanan.objects.count() == 2
    dua = Layanan.objects.get(slug="layanan-impor-2")
    assert dua.biaya == 25000
    assert dua.persyaratan.count() == 2
    assert dua.langkah.count() == 3


def test_impor_memperbarui_berdasarkan_slug_dan_menulis_ulang_anak(
    klien_verifikator, opd, kategori
):
    lama = LayananFactory(slug="layanan-impor-1", opd=opd, kategori=kategori)
    assert lama.persyaratan.count() == 2
    impor(
        klien_verifikator,
        berkas_xlsx(
            [baris(1, opd, kategori, persyaratan="Satu-satunya syarat", jangka_waktu="5 hari")]
        ),
    )
    lama.refresh_from_db()
    assert Layanan.objects.count() == 1
    assert lama.jangka_waktu == "5 hari"
    assert list(lama.persyaratan.values_list("urutan", "uraian")) == [(1, "Satu-satunya syarat")]
    assert lama.history.count() == 2


# --- bad rows: the whole file is refused -------------------------------------------------
def test_impor_xlsx_dengan_satu_baris_salah_tidak_menyimpan_apa_pun(
    klien_verifikator, opd, kategori
):
    ada = LayananFactory(slug="layanan-impor-2", opd=opd, kategori=kategori, jangka_waktu="lama")
    berkas = berkas_xlsx(
        [
            baris(1, opd, kategori),
            baris(2, opd, kategori, jangka_waktu="baru"),
            baris(3, opd, kategori),
            baris(4, opd, kategori, opd="dinas-yang-tidak-ada"),
        ]
    )
    respons = pratinjau(klien_verifikator, berkas)
    assert respons.context.get("confirm_form") is None
    galat = galat_baris(respons)
    assert list(galat) == [4]
    assert "opd" in galat[4]
    html = respons.content.decode()
    assert "dinas-yang-tidak-ada" in html
    assert "Tidak ada data yang disimpan" in html
    assert Layanan.objects.count() == 1
    ada.refresh_from_db()
    assert ada.jangka_waktu == "lama"


@pytest.mark.parametrize(
    ("ubah", "kolom"),
    [
        ({"opd": "tidak-ada"}, "opd"),
        ({"opd": ""}, "opd"),
        ({"kategori": "tidak-ada"}, "kategori"),
        ({"produk": ""}, "produk"),
        ({"dasar_hukum": None}, "dasar_hukum"),
        ({"persyaratan": ""}, "persyaratan"),
        ({"langkah_prosedur": "  \n "}, "langkah_prosedur"),
        ({"biaya": -5000}, "biaya"),
        ({"biaya": "-5000"}, "biaya"),
        ({"biaya": "lima ribu"}, "biaya"),
        ({"biaya": ""}, "biaya"),
        ({"nama": "x" * 201}, "nama"),
        ({"jangka_waktu": "x" * 201}, "jangka_waktu"),
        ({"persyaratan": "KTP\n" + "x" * 501}, "persyaratan"),
        ({"persyaratan": "KTP | " + "x" * 301}, "persyaratan"),
        ({"langkah_prosedur": "y" * 501}, "langkah_prosedur"),
        ({"unit_layanan": "tempat-yang-tidak-ada"}, "unit_layanan"),
        ({"tautan_daring": "bukan alamat"}, "tautan_daring"),
        ({"status": "published"}, "status"),
        ({"pengguna": "turis"}, "pengguna"),
    ],
    ids=lambda x: x if isinstance(x, str) else None,
)
def test_baris_salah_dilaporkan_per_kolom_dan_tidak_ada_yang_tersimpan(
    klien_verifikator, opd, kategori, ubah, kolom
):
    berkas = berkas_xlsx([baris(1, opd, kategori), baris(2, opd, kategori, **ubah)])
    respons = pratinjau(klien_verifikator, berkas)
    galat = galat_baris(respons)
    assert list(galat) == [2]
    assert kolom in galat[2], galat
    assert respons.context.get("confirm_form") is None
    assert not Layanan.objects.exists()


def test_slug_ganda_dalam_satu_berkas_ditolak(klien_verifikator, opd, kategori):
    berkas = berkas_xlsx([baris(1, opd, kategori), baris(1, opd, kategori, nama="Lain")])
    galat = galat_baris(pratinjau(klien_verifikator, berkas))
    assert "slug" in galat[2]
    assert not Layanan.objects.exists()


def test_nama_yang_slugnya_dipakai_opd_lain_tidak_menimpa(klien_verifikator, opd, kategori):
    milik_lain = LayananFactory(slug="surat-keterangan-domisili", nama="Surat Keterangan Domisili")
    berkas = berkas_xlsx([baris(1, opd, kategori, slug="", nama="Surat Keterangan Domisili")])
    galat = galat_baris(pratinjau(klien_verifikator, berkas))
    assert "slug" in galat[1]
    milik_lain.refresh_from_db()
    assert milik_lain.opd_id != opd.pk


def test_konfirmasi_dibatalkan_seluruhnya_bila_data_berubah_setelah_pratinjau(
    klien_verifikator, opd, kategori
):
    sementara = KategoriLayananFactory(slug="kategori-sementara")
    berkas = berkas_xlsx(
        [baris(1, opd, kategori), baris(2, opd, kategori, kategori="kategori-sementara")]
    )
    respons = pratinjau(klien_verifikator, berkas)
    sementara.delete()  # gone before the user presses "confirm"
    hasil = konfirmasi(klien_verifikator, respons)
    assert hasil.status_code == 302
    assert hasil.url == url_admin(Layanan, "import")
    assert not Layanan.objects.exists()
    pesan = [str(m) for m in hasil.wsgi_request._messages]
    assert any("Impor dibatalkan" in p for p in pesan)


# --- round trip ----------------------------------------------------------------------------
@pytest.mark.parametrize("format_", [XLSX, CSV], ids=["xlsx", "csv"])
def test_ekspor_lalu_impor_mempertahankan_persyaratan_dan_langkah(
    klien_verifikator, opd, kategori, unit, format_
):
    asli = LayananFactory(opd=opd, kategori=kategori, biaya=50000, contoh=True)
    asli.unit_layanan.add(unit)
    asli.persyaratan.filter(urutan=1).update(keterangan="asli dan fotokopi")
    harapan = (
        list(asli.persyaratan.values_list("urutan", "uraian", "keterangan")),
        list(asli.langkah.values_list("urutan", "uraian")),
    )
    isi = ekspor(klien_verifikator, format_)
    Layanan.objects.all().delete()

    nama = "ekspor.xlsx" if format_ == XLSX else "ekspor.csv"
    impor(klien_verifikator, SimpleUploadedFile(nama, isi), format_)
    baru = Layanan.objects.get(slug=asli.slug)
    assert (
        list(baru.persyaratan.values_list("urutan", "uraian", "keterangan")),
        list(baru.langkah.values_list("urutan", "uraian")),
    ) == harapan
    assert (baru.opd, baru.kategori, baru.biaya, baru.contoh) == (opd, kategori, 50000, True)
    assert list(baru.unit_layanan.all()) == [unit]
    assert baru.dasar_hukum == asli.dasar_hukum


def test_ekspor_memuat_semua_kolom_dan_sel_banyak_baris(klien_verifikator, opd, kategori):
    LayananFactory(opd=opd, kategori=kategori)
    (data,) = baca_xlsx(ekspor(klien_verifikator))
    assert tuple(data) == KOLOM
    assert data["persyaratan"] == "Syarat 1\nSyarat 2"
    assert data["langkah_prosedur"] == "Langkah 1\nLangkah 2"
    assert data["opd"] == opd.slug


# --- Petugas OPD -----------------------------------------------------------------------------
@pytest.fixture
def opd_lain():
    return OPDFactory(nama="Dinas Sosial", singkatan="Dinsos")


@pytest.fixture
def klien_petugas(client, opd):
    masuk_staf(client, petugas_opd(opd))
    return client


def test_ekspor_petugas_hanya_berisi_layanan_opd_sendiri(klien_petugas, opd, opd_lain):
    milik = {LayananFactory(opd=opd).slug for _ in range(2)}
    lain = LayananFactory(opd=opd_lain)
    data = baca_xlsx(ekspor(klien_petugas))
    assert {d["slug"] for d in data} == milik
    # Asking for the other OPD's row by id does not export it either.
    respons = klien_petugas.post(
        url_admin(Layanan, "export"), {"resource": "0", "format": XLSX, "export_items": [lain.pk]}
    )
    if respons.get("Content-Disposition", "").startswith("attachment"):
        assert lain.slug not in {d["slug"] for d in baca_xlsx(respons.content)}
    # Nor does a filter on the other OPD.
    respons = klien_petugas.post(
        url_admin(Layanan, "export") + f"?opd__id__exact={opd_lain.pk}",
        {"resource": "0", "format": XLSX},
    )
    if respons.get("Content-Disposition", "").startswith("attachment"):
        assert lain.slug not in {d["slug"] for d in baca_xlsx(respons.content)}


def test_petugas_mengimpor_baris_opd_lain_ditolak_dan_tidak_ada_yang_tersimpan(
    klien_petugas, opd, opd_lain, kategori
):
    berkas = berkas_xlsx([baris(1, opd, kategori), baris(2, opd_lain, kategori)])
    galat = galat_baris(pratinjau(klien_petugas, berkas))
    assert list(galat) == [2]
    assert "opd" in galat[2]
    assert not Layanan.objects.exists()


def test_petugas_tidak_bisa_menimpa_layanan_opd_lain_lewat_slug(
    klien_petugas, opd, opd_lain, kategori
):
    milik_lain = LayananFactory(opd=opd_lain, slug="sktm", jangka_waktu="3 hari")
    berkas = berkas_xlsx([baris(1, opd, kategori, slug="sktm", jangka_waktu="dibajak")])
    galat = galat_baris(pratinjau(klien_petugas, berkas))
    assert "slug" in galat[1]
    milik_lain.refresh_from_db()
    assert (milik_lain.opd, milik_lain.jangka_waktu) == (opd_lain, "3 hari")


def test_impor_petugas_tetap_draf_dan_status_terbit_tidak_berubah(klien_petugas, opd, kategori):
    terbit = LayananFactory(opd=opd, kategori=kategori, slug="sudah-terbit", status="terbit")
    berkas = berkas_xlsx(
        [
            baris(1, opd, kategori, status="terbit"),
            baris(2, opd, kategori, slug="sudah-terbit", nama=terbit.nama, status="draf"),
            baris(3, opd, kategori, opd=""),  # blank OPD: their own
        ]
    )
    impor(klien_petugas, berkas)
    assert Layanan.objects.get(slug="layanan-impor-1").status == "draf"
    assert Layanan.objects.get(slug="layanan-impor-3").opd == opd
    assert Layanan.objects.get(slug="sudah-terbit").status == "terbit"


def test_petugas_dengan_izin_terbit_bisa_mengimpor_layanan_terbit(client, opd, kategori):
    pengguna = petugas_opd(opd)
    pengguna.user_permissions.add(*Permission.objects.filter(codename="terbitkan_layanan"))
    masuk_staf(client, pengguna)
    impor(client, berkas_xlsx([baris(1, opd, kategori, status="terbit")]))
    assert Layanan.objects.get().status == "terbit"


@pytest.mark.parametrize("peran", ["hanya_lihat", "petugas_tanpa_opd"])
def test_pengguna_yang_tidak_boleh_mengimpor_ditolak(client, peran, opd, kategori):
    if peran == "hanya_lihat":
        pengguna = PenggunaFactory()
        pengguna.user_permissions.add(*Permission.objects.filter(codename="view_layanan"))
    else:
        pengguna = PenggunaFactory(grup="Petugas OPD", opd=None)
    masuk_staf(client, pengguna)
    assert client.get(url_admin(Layanan, "import")).status_code == 403
    respons = client.post(
        url_admin(Layanan, "import"),
        {"resource": "0", "format": XLSX, "import_file": berkas_xlsx([baris(1, opd, kategori)])},
    )
    assert respons.status_code == 403
    assert client.post(url_admin(Layanan, "process_import"), {}).status_code == 403
    assert not Layanan.objects.exists()
    assert KategoriLayanan.objects.count() == 1


def test_tombol_impor_dan_ekspor_tampil_di_daftar(klien_verifikator):
    html = klien_verifikator.get(url_admin(Layanan, "changelist")).content.decode()
    assert reverse("admin:layanan_layanan_import") in html
    assert reverse("admin:layanan_layanan_export") in html
