"""The Django admin of the catalog: every model reachable, Layanan form, inlines, history,
changelist queries, Indonesian titles and no inline script (strict CSP)."""

import re

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from layanan.models import (
    OPD,
    Desa,
    KategoriLayanan,
    Kecamatan,
    LangkahProsedur,
    Layanan,
    Pemda,
    Pengguna,
    Persyaratan,
    UnitLayanan,
)
from tests.factories import (
    DesaFactory,
    KategoriLayananFactory,
    LayananFactory,
    OPDFactory,
    PenggunaFactory,
    UnitLayananFactory,
    petugas_opd,
    verifikator,
)
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db

SEMUA_MODEL = [Pemda, Kecamatan, Desa, OPD, UnitLayanan, KategoriLayanan, Layanan, Pengguna]


def url_admin(model, aksi, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{aksi}", args=args)


def data_form_layanan(layanan=None, persyaratan=None, langkah=None, **ubah):
    """POST data of the Layanan change form, as the browser would send it."""
    kolom = [
        "nama",
        "slug",
        "ringkasan",
        "kata_kunci",
        "status",
        "pengguna",
        "tautan_daring",
        "jangka_waktu",
        "biaya",
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
    data = {}
    if layanan is not None:
        data = {k: getattr(layanan, k) for k in kolom}
        data["opd"] = layanan.opd_id
        data["kategori"] = layanan.kategori_id
        data["unit_layanan"] = [u.pk for u in layanan.unit_layanan.all()]
        if persyaratan is None:
            persyaratan = [
                {"id": p.pk, "urutan": p.urutan, "uraian": p.uraian, "keterangan": p.keterangan}
                for p in layanan.persyaratan.order_by("urutan")
            ]
        if langkah is None:
            langkah = [
                {"id": s.pk, "urutan": s.urutan, "uraian": s.uraian}
                for s in layanan.langkah.order_by("urutan")
            ]
    if layanan is not None and layanan.contoh:
        data["contoh"] = "on"
    data.update(ubah)
    for awalan, baris, awal in (
        ("persyaratan", persyaratan or [], layanan.persyaratan.count() if layanan else 0),
        ("langkah", langkah or [], layanan.langkah.count() if layanan else 0),
    ):
        data[f"{awalan}-TOTAL_FORMS"] = len(baris)
        data[f"{awalan}-INITIAL_FORMS"] = awal
        data[f"{awalan}-MIN_NUM_FORMS"] = 1
        data[f"{awalan}-MAX_NUM_FORMS"] = 1000
        for i, isi in enumerate(baris):
            for k, v in isi.items():
                data[f"{awalan}-{i}-{k}"] = v
            if layanan is not None and isi.get("id"):
                data[f"{awalan}-{i}-layanan"] = layanan.pk
    return {k: v for k, v in data.items() if v is not None}


def data_layanan_baru(opd, kategori, **ubah):
    data = {
        "opd": opd.pk,
        "kategori": kategori.pk,
        "nama": "Penerbitan Kartu Identitas Anak",
        "slug": "kartu-identitas-anak",
        "ringkasan": "KIA untuk anak di bawah 17 tahun.",
        "kata_kunci": "KIA, kartu anak",
        "status": "draf",
        "pengguna": "warga_kabupaten",
        "jangka_waktu": "1 hari kerja",
        "biaya": "0",
        "produk": "Kartu Identitas Anak",
        "penanganan_pengaduan": "Loket pengaduan",
        "dasar_hukum": "Permendagri 2/2016",
        "sarana_prasarana": "Loket",
        "kompetensi_pelaksana": "Operator terlatih",
        "pengawasan_internal": "Kepala bidang",
        "jumlah_pelaksana": "3 orang",
        "jaminan_pelayanan": "Maklumat",
        "jaminan_keamanan": "Data dijaga",
        "evaluasi_kinerja": "Survei kepuasan",
    }
    data.update(ubah)
    baris = data_form_layanan(
        persyaratan=[
            {"urutan": 1, "uraian": "Fotokopi akta kelahiran", "keterangan": "1 lembar"},
            {"urutan": "", "uraian": "Kartu Keluarga asli", "keterangan": ""},
        ],
        langkah=[{"urutan": 1, "uraian": "Ambil nomor antrean"}],
    )
    data.update(baris)
    return data


@pytest.fixture
def superuser():
    return PenggunaFactory(is_superuser=True)


@pytest.fixture
def client_super(client, superuser):
    masuk_staf(client, superuser)
    return client


@pytest.fixture
def client_verifikator(client):
    masuk_staf(client, verifikator())
    return client


# --- site and registration -------------------------------------------------------------
def test_judul_admin_berbahasa_indonesia(client_super):
    respons = client_super.get(reverse("admin:index"))
    assert respons.status_code == 200
    assert "Admin Portal Layanan Publik Kabupaten Pasuruan" in respons.content.decode()


@pytest.mark.parametrize("model", SEMUA_MODEL, ids=lambda m: m.__name__)
def test_setiap_model_terdaftar_dan_halaman_daftar_tambah_terbuka(client_super, model):
    assert model in admin.site._registry
    LayananFactory()
    DesaFactory()
    UnitLayananFactory()
    assert client_super.get(url_admin(model, "changelist")).status_code == 200
    assert client_super.get(url_admin(model, "add")).status_code == 200


@pytest.mark.parametrize(
    ("model", "buat"),
    [
        (Kecamatan, lambda: DesaFactory().kecamatan),
        (Desa, DesaFactory),
        (OPD, OPDFactory),
        (UnitLayanan, UnitLayananFactory),
        (KategoriLayanan, KategoriLayananFactory),
        (Layanan, LayananFactory),
    ],
    ids=lambda x: getattr(x, "__name__", ""),
)
def test_halaman_ubah_setiap_model_terbuka(client_super, model, buat):
    obj = buat()
    assert client_super.get(url_admin(model, "change", obj.pk)).status_code == 200


def test_admin_tidak_memakai_skrip_inline(client_super):
    """The admin must work under script-src 'self': no inline <script> or on* handlers."""
    layanan = LayananFactory()
    halaman = [
        reverse("admin:index"),
        url_admin(Layanan, "changelist"),
        url_admin(Layanan, "add"),
        url_admin(Layanan, "change", layanan.pk),
        url_admin(Layanan, "history", layanan.pk),
        url_admin(Layanan, "import"),
        url_admin(Layanan, "export"),
        url_admin(OPD, "change", layanan.opd_id),
    ]
    for url in halaman:
        html = client_super.get(url).content.decode()
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag, (url, tag)
        assert not re.search(r"\son[a-z]+\s*=", html), url


# --- Layanan form ---------------------------------------------------------------------
def test_form_layanan_mengelompokkan_komponen_penyampaian_dan_pengelolaan(client_super):
    layanan = LayananFactory()
    html = client_super.get(url_admin(Layanan, "change", layanan.pk)).content.decode()
    assert "Komponen penyampaian pelayanan" in html
    assert "Komponen pengelolaan pelayanan" in html
    assert 'id="persyaratan-group"' in html
    assert 'id="langkah-group"' in html
    # Slug is prepopulated from the name (data attributes, read by the admin's own JS).
    assert "data-prepopulated-fields" in html or "prepopulated_fields" in html


def test_verifikator_menambah_layanan_beserta_persyaratan_dan_langkah(client):
    pengguna = verifikator()
    masuk_staf(client, pengguna)
    opd = OPDFactory()
    kategori = KategoriLayananFactory()
    respons = client.post(url_admin(Layanan, "add"), data_layanan_baru(opd, kategori))
    assert respons.status_code == 302, respons.context["errors"] if respons.context else ""
    layanan = Layanan.objects.get(slug="kartu-identitas-anak")
    assert layanan.opd == opd
    assert [(p.urutan, p.uraian) for p in layanan.persyaratan.order_by("urutan")] == [
        (1, "Fotokopi akta kelahiran"),
        (2, "Kartu Keluarga asli"),  # urutan left blank goes to the end
    ]
    assert list(layanan.langkah.values_list("uraian", flat=True)) == ["Ambil nomor antrean"]
    assert layanan.history.first().history_user == pengguna


def test_layanan_tanpa_persyaratan_ditolak_dengan_pesan(client_verifikator):
    data = data_layanan_baru(OPDFactory(), KategoriLayananFactory())
    data["persyaratan-TOTAL_FORMS"] = 0
    respons = client_verifikator.post(url_admin(Layanan, "add"), data)
    assert respons.status_code == 200
    assert not Layanan.objects.exists()


def test_biaya_negatif_ditolak_tanpa_error_server(client_verifikator):
    data = data_layanan_baru(OPDFactory(), KategoriLayananFactory(), biaya="-5000")
    respons = client_verifikator.post(url_admin(Layanan, "add"), data)
    assert respons.status_code == 200
    assert "biaya" in respons.context["adminform"].form.errors
    assert not Layanan.objects.exists()


def test_menukar_urutan_persyaratan_tersimpan_tanpa_bentrok(client_verifikator):
    layanan = LayananFactory()
    p1, p2 = layanan.persyaratan.order_by("urutan")
    data = data_form_layanan(
        layanan,
        persyaratan=[
            {"id": p1.pk, "urutan": 2, "uraian": p1.uraian, "keterangan": ""},
            {"id": p2.pk, "urutan": 1, "uraian": p2.uraian, "keterangan": ""},
        ],
    )
    respons = client_verifikator.post(url_admin(Layanan, "change", layanan.pk), data)
    assert respons.status_code == 302
    assert list(layanan.persyaratan.order_by("urutan").values_list("uraian", flat=True)) == [
        "Syarat 2",
        "Syarat 1",
    ]


def test_urutan_ganda_dalam_satu_tabel_ditolak(client_verifikator):
    layanan = LayananFactory()
    p1, p2 = layanan.persyaratan.order_by("urutan")
    data = data_form_layanan(
        layanan,
        persyaratan=[
            {"id": p1.pk, "urutan": 1, "uraian": p1.uraian, "keterangan": ""},
            {"id": p2.pk, "urutan": 1, "uraian": "Diubah", "keterangan": ""},
        ],
    )
    respons = client_verifikator.post(url_admin(Layanan, "change", layanan.pk), data)
    assert respons.status_code == 200
    assert Persyaratan.objects.get(pk=p2.pk).uraian == "Syarat 2"


def test_menghapus_dan_menggeser_langkah_sekaligus(client_verifikator):
    layanan = LayananFactory()
    l1, l2 = layanan.langkah.order_by("urutan")
    data = data_form_layanan(
        layanan,
        langkah=[
            {"id": l1.pk, "urutan": 1, "uraian": l1.uraian, "DELETE": "on"},
            {"id": l2.pk, "urutan": 1, "uraian": l2.uraian},
        ],
    )
    respons = client_verifikator.post(url_admin(Layanan, "change", layanan.pk), data)
    assert respons.status_code == 302
    assert list(
        LangkahProsedur.objects.filter(layanan=layanan).values_list("urutan", "uraian")
    ) == [(1, "Langkah 2")]


def test_riwayat_menampilkan_perubahan_layanan(client):
    pengguna = verifikator()
    masuk_staf(client, pengguna)
    layanan = LayananFactory(jangka_waktu="3 hari kerja")
    data = data_form_layanan(layanan, jangka_waktu="1 hari kerja")
    assert client.post(url_admin(Layanan, "change", layanan.pk), data).status_code == 302
    respons = client.get(url_admin(Layanan, "history", layanan.pk))
    assert respons.status_code == 200
    html = respons.content.decode()
    assert "3 hari kerja" in html and "1 hari kerja" in html
    assert layanan.history.count() == 2
    assert layanan.history.first().history_user == pengguna


# --- changelist ------------------------------------------------------------------------
def _kueri_daftar(client):
    client.get(url_admin(Layanan, "changelist"))  # warm the per-process caches first
    with CaptureQueriesContext(connection) as ctx:
        respons = client.get(url_admin(Layanan, "changelist"))
    assert respons.status_code == 200
    return len(ctx.captured_queries), respons


@pytest.mark.parametrize("siapa", ["superuser", "petugas"])
def test_jumlah_kueri_daftar_layanan_sama_untuk_5_dan_50_layanan(client, siapa):
    opd = OPDFactory()
    pengguna = PenggunaFactory(is_superuser=True) if siapa == "superuser" else petugas_opd(opd)
    masuk_staf(client, pengguna)
    kategori = KategoriLayananFactory()
    unit = UnitLayananFactory()
    for _ in range(5):
        LayananFactory(opd=opd, kategori=kategori).unit_layanan.add(unit)
    sedikit, respons = _kueri_daftar(client)
    assert respons.context["cl"].result_count == 5
    for _ in range(45):
        LayananFactory(opd=opd).unit_layanan.add(unit)  # a new kategori each
    banyak, respons = _kueri_daftar(client)
    assert respons.context["cl"].result_count == 50
    assert sedikit == banyak


def test_pencarian_menemukan_kata_kunci_dan_singkatan_opd(client_super):
    opd = OPDFactory(nama="Dinas Kependudukan dan Pencatatan Sipil", singkatan="Dispendukcapil")
    ktp = LayananFactory(opd=opd, nama="Penerbitan KTP-el", kata_kunci="KTP, e-KTP")
    lain = LayananFactory(nama="Izin Usaha Mikro", kata_kunci="NIB")
    for q, diharapkan in (("e-ktp", ktp), ("dispendukcapil", ktp), ("NIB", lain)):
        respons = client_super.get(url_admin(Layanan, "changelist"), {"q": q})
        assert list(respons.context["cl"].result_list) == [diharapkan], q


def test_filter_status_kategori_opd_pengguna_dan_contoh_tersedia(client_super):
    LayananFactory()
    LayananFactory()
    respons = client_super.get(url_admin(Layanan, "changelist"))
    judul = [str(f.title) for f in respons.context["cl"].filter_specs]
    assert len(judul) == 5
    respons = client_super.get(
        url_admin(Layanan, "changelist"), {"status__exact": "draf", "contoh__exact": "1"}
    )
    assert respons.status_code == 200


def test_aksi_terbitkan_oleh_verifikator_mencatat_riwayat(client):
    pengguna = verifikator()
    masuk_staf(client, pengguna)
    a = LayananFactory(status="draf")
    b = LayananFactory(status="draf")
    respons = client.post(
        url_admin(Layanan, "changelist"),
        {"action": "terbitkan", "_selected_action": [a.pk, b.pk]},
    )
    assert respons.status_code == 302
    for layanan in (a, b):
        layanan.refresh_from_db()
        assert layanan.status == "terbit"
        assert layanan.history.first().status == "terbit"
        assert layanan.history.first().history_user == pengguna


# --- other admins ----------------------------------------------------------------------
def test_kecamatan_menampilkan_desa_sebagai_inline(client_super):
    desa = DesaFactory(nama="Raci")
    html = client_super.get(url_admin(Kecamatan, "change", desa.kecamatan_id)).content.decode()
    assert "Raci" in html


def test_form_opd_dikelompokkan_per_bagian(client_super):
    opd = OPDFactory()
    html = client_super.get(url_admin(OPD, "change", opd.pk)).content.decode()
    for bagian in (
        "Identitas",
        "Kontak dan jam layanan",
        "Lokasi dan pemberitahuan pindah",
        "Maklumat pelayanan",
    ):
        assert bagian in html


def test_superuser_menetapkan_opd_pengguna(client_super):
    opd = OPDFactory()
    petugas = PenggunaFactory()
    respons = client_super.get(url_admin(Pengguna, "change", petugas.pk))
    assert 'name="opd"' in respons.content.decode()
    baru = client_super.post(
        url_admin(Pengguna, "add"),
        {
            "username": "petugas-baru",
            "opd": opd.pk,
            "usable_password": "true",
            "password1": "sandi-yang-cukup-panjang-9",
            "password2": "sandi-yang-cukup-panjang-9",
        },
    )
    assert baru.status_code == 302
    assert Pengguna.objects.get(username="petugas-baru").opd == opd


@pytest.mark.parametrize("peran", ["verifikator", "petugas"])
def test_staf_biasa_tidak_bisa_mengelola_akun(client, peran):
    pengguna = verifikator() if peran == "verifikator" else petugas_opd(OPDFactory())
    masuk_staf(client, pengguna)
    assert client.get(url_admin(Pengguna, "changelist")).status_code == 403
    assert client.get(url_admin(Pengguna, "change", pengguna.pk)).status_code == 403


def test_nama_layanan_ganda_dalam_satu_opd_ditolak_tanpa_error_server(client):
    opd = OPDFactory()
    masuk_staf(client, petugas_opd(opd))
    LayananFactory(opd=opd, nama="Penerbitan Kartu Identitas Anak")
    data = data_layanan_baru(opd, KategoriLayananFactory(), slug="kia-lain")
    respons = client.post(url_admin(Layanan, "add"), data)
    assert respons.status_code == 200
    assert respons.context["adminform"].form.errors
    assert Layanan.objects.filter(opd=opd).count() == 1


def test_pemberitahuan_pindah_tanpa_alamat_lama_ditolak_tanpa_error_server(client_super):
    opd = OPDFactory()
    data = {
        "pemda": opd.pemda_id,
        "nama": opd.nama,
        "singkatan": opd.singkatan,
        "slug": opd.slug,
        "jenis": opd.jenis,
        "alamat": opd.alamat,
        "tanggal_pindah": "2024-01-15",
        "alamat_sebelumnya": "",
        "aktif": "on",
    }
    respons = client_super.post(url_admin(OPD, "change", opd.pk), data)
    assert respons.status_code == 200
    assert respons.context["adminform"].form.errors
    opd.refresh_from_db()
    assert opd.tanggal_pindah is None
