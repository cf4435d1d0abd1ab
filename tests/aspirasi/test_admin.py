"""The aspirasi admin at work: each action calls its service function and is recorded;
illegal moves are refused with nothing recorded; reporter identity stays with the
verifikator and the assigned OPD; the changelist costs the same with 10 or 1,000 rows."""

import pytest
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from aspirasi import services
from aspirasi.models import Aspirasi, Disposisi, Jawaban, RiwayatStatus, Status
from tests.factories import KecamatanFactory, OPDFactory, PenggunaFactory, petugas_opd, verifikator
from tests.factories_aspirasi import (
    aspirasi_baru,
    aspirasi_dijawab,
    aspirasi_diteruskan,
    buat_banyak,
    camat,
    pimpinan,
    template_jawaban,
)
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db

NAMA = "Sulastri Penanda Rahasia"
EMAIL = "sulastri.penanda@contoh.test"
TELEPON = "081299887766"


@pytest.fixture(autouse=True)
def _sandi_cepat(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def opd_a():
    return OPDFactory(nama="Dinas Pekerjaan Umum dan Penataan Ruang")


@pytest.fixture
def opd_b():
    return OPDFactory(nama="Dinas Perhubungan")


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
        aspirasi.riwayat.count(),
        aspirasi.jawaban.count(),
        aspirasi.disposisi.count(),
        LogEntry.objects.count(),
    )


def pesan(respons):
    return [str(m) for m in respons.context["messages"]] if respons.context else []


# --- the verifikator's triage -------------------------------------------------------------
def test_verifikator_meneruskan_aspirasi_baru_ke_opd_pemda_lain(client, opd_a):
    from layanan.models import Pemda

    kota = Pemda.objects.create(
        nama="Pemerintah Kota Pasuruan", kode="35.75", jenis=Pemda.Jenis.KOTA, slug="kota"
    )
    opd_kota = OPDFactory(pemda=kota, nama="Dinas Kesehatan Kota Pasuruan")
    aspirasi = aspirasi_baru()
    petugas = verifikator()
    masuk_staf(client, petugas)

    halaman = client.get(url_aksi(aspirasi, "teruskan"))
    assert "Dinas Kesehatan Kota Pasuruan (Pemerintah Kota Pasuruan)" in halaman.content.decode()
    respons = client.post(url_aksi(aspirasi, "teruskan"), {"opd": opd_kota.pk, "catatan": ""})

    assert respons.status_code == 302
    aspirasi.refresh_from_db()
    assert (aspirasi.status, aspirasi.opd) == (Status.DITERUSKAN, opd_kota)
    terakhir = aspirasi.riwayat.last()
    assert (terakhir.dari, terakhir.ke, terakhir.oleh) == ("baru", "diteruskan", petugas)


def test_verifikator_menolak_sebagai_duplikat_dengan_kode_yang_diketik_longgar(client, opd_a):
    asli = aspirasi_diteruskan(opd_a)
    aspirasi = aspirasi_baru()
    masuk_staf(client, verifikator())

    diketik = asli.kode.lower().replace("-", " ")
    respons = client.post(
        url_aksi(aspirasi, "tolak"),
        {"alasan": "Sama dengan laporan sebelumnya.", "duplikat_dari": diketik},
    )

    assert respons.status_code == 302
    aspirasi.refresh_from_db()
    assert aspirasi.status == Status.DITOLAK
    assert aspirasi.duplikat_dari == asli
    assert aspirasi.alasan_penolakan == "Sama dengan laporan sebelumnya."


@pytest.mark.parametrize(
    "data",
    [
        {"alasan": ""},
        {"alasan": "   "},
        {"alasan": "Duplikat", "duplikat_dari": "PSR-ZZZZ-ZZZZ"},
        {"alasan": "Duplikat", "duplikat_dari": "bukan kode"},
    ],
    ids=["kosong", "spasi", "kode-tak-ada", "kode-rusak"],
)
def test_penolakan_tanpa_alasan_atau_dengan_kode_salah_ditampilkan_sebagai_galat(client, data):
    aspirasi = aspirasi_baru()
    sebelum = potret(aspirasi)
    masuk_staf(client, verifikator())

    respons = client.post(url_aksi(aspirasi, "tolak"), data)

    assert respons.status_code == 200
    assert respons.context["form"].errors
    assert "errornote" in respons.content.decode()
    assert potret(aspirasi) == sebelum


def test_duplikat_dari_diri_sendiri_ditolak(client):
    aspirasi = aspirasi_baru()
    masuk_staf(client, verifikator())
    respons = client.post(
        url_aksi(aspirasi, "tolak"), {"alasan": "Duplikat", "duplikat_dari": aspirasi.kode}
    )
    assert respons.status_code == 200
    assert "duplikat_dari" in respons.context["form"].errors


def test_verifikator_menerbitkan_dan_membatalkan_terbit(client, opd_a):
    aspirasi = aspirasi_dijawab(opd_a)
    masuk_staf(client, verifikator())

    client.post(url_aksi(aspirasi, "terbitkan"))
    assert Aspirasi.objects.terbit().filter(pk=aspirasi.pk).exists()

    client.post(url_aksi(aspirasi, "batalkan-terbit"))
    assert not Aspirasi.objects.terbit().filter(pk=aspirasi.pk).exists()


def test_aspirasi_rahasia_tidak_bisa_diterbitkan(client, opd_a):
    aspirasi = aspirasi_dijawab(opd_a, privasi=Aspirasi.Privasi.RAHASIA)
    sebelum = potret(aspirasi)
    masuk_staf(client, verifikator())

    halaman = client.get(url("change", aspirasi.pk))
    assert "terbitkan" not in {a["nama"] for a in halaman.context["aksi_tersedia"]}
    respons = client.post(url_aksi(aspirasi, "terbitkan"), follow=True)

    assert any("tidak dapat dilakukan" in p for p in pesan(respons))
    assert potret(aspirasi) == sebelum


# --- the OPD's work -----------------------------------------------------------------------
def test_petugas_menjawab_dari_template_opd_sendiri(client, opd_a, opd_b):
    aspirasi = aspirasi_diteruskan(opd_a)
    milik_a = template_jawaban(opd_a, isi="Terima kasih, tim PJU akan memperbaiki lampu.")
    milik_b = template_jawaban(opd_b, isi="Template rahasia Dishub")
    petugas = petugas_opd(opd_a)
    masuk_staf(client, petugas)

    halaman = client.get(url_aksi(aspirasi, "jawab"), {"template": milik_a.pk})
    assert halaman.context["form"].initial["isi"] == milik_a.isi
    assert "Template rahasia Dishub" not in halaman.content.decode()
    asing = client.get(url_aksi(aspirasi, "jawab"), {"template": milik_b.pk})
    assert "isi" not in asing.context["form"].initial

    respons = client.post(url_aksi(aspirasi, "jawab"), {"isi": milik_a.isi})

    assert respons.status_code == 302
    aspirasi.refresh_from_db()
    assert aspirasi.status == Status.DIJAWAB
    jawaban = aspirasi.jawaban.get()
    assert (jawaban.isi, jawaban.opd, jawaban.oleh) == (milik_a.isi, opd_a, petugas)


def test_jawaban_kosong_ditolak_tanpa_rekaman(client, opd_a):
    aspirasi = aspirasi_diteruskan(opd_a)
    sebelum = potret(aspirasi)
    masuk_staf(client, petugas_opd(opd_a))

    respons = client.post(url_aksi(aspirasi, "jawab"), {"isi": "   "})

    assert respons.status_code == 200
    assert "isi" in respons.context["form"].errors
    assert potret(aspirasi) == sebelum


def test_tindak_lanjut_lalu_selesai(client, opd_a):
    aspirasi = aspirasi_dijawab(opd_a)
    masuk_staf(client, petugas_opd(opd_a))

    client.post(url_aksi(aspirasi, "tindak-lanjut"), {"isi": "Lampu diganti hari Kamis."})
    aspirasi.refresh_from_db()
    assert aspirasi.status == Status.DITINDAKLANJUTI
    assert aspirasi.jawaban.last().jenis == Jawaban.Jenis.TINDAK_LANJUT

    client.post(url_aksi(aspirasi, "tindak-lanjut"), {"isi": "Lampu sudah menyala."})
    assert aspirasi.jawaban.count() == 3

    client.post(url_aksi(aspirasi, "selesai"), {"catatan": ""})
    aspirasi.refresh_from_db()
    assert aspirasi.status == Status.SELESAI
    assert list(aspirasi.riwayat.values_list("ke", flat=True)) == [
        "baru",
        "diteruskan",
        "dijawab",
        "ditindaklanjuti",
        "selesai",
    ]


def test_disposisi_ke_opd_lain_memindahkan_aspirasi_dari_petugas(client, opd_a, opd_b):
    aspirasi = aspirasi_diteruskan(opd_a)
    masuk_staf(client, petugas_opd(opd_a))

    halaman = client.get(url_aksi(aspirasi, "disposisi"))
    assert opd_a not in halaman.context["form"].fields["ke_opd"].queryset
    tanpa_alasan = client.post(url_aksi(aspirasi, "disposisi"), {"ke_opd": opd_b.pk, "alasan": ""})
    assert tanpa_alasan.status_code == 200
    assert not Disposisi.objects.exists()

    respons = client.post(
        url_aksi(aspirasi, "disposisi"), {"ke_opd": opd_b.pk, "alasan": "Wewenang Dishub."}
    )

    assert respons.status_code == 302
    aspirasi.refresh_from_db()
    assert aspirasi.opd == opd_b
    disposisi = Disposisi.objects.get()
    assert (disposisi.dari_opd, disposisi.ke_opd, disposisi.alasan) == (
        opd_a,
        opd_b,
        "Wewenang Dishub.",
    )
    # It is now OPD B's: OPD A can no longer see or work on it.
    assert client.get(url("change", aspirasi.pk)).status_code == 302
    assert client.post(url_aksi(aspirasi, "jawab"), {"isi": "x"}).status_code == 403


def test_catatan_internal_tampil_untuk_petugas_dan_tidak_untuk_camat(client, opd_a):
    kecamatan = KecamatanFactory()
    aspirasi = aspirasi_diteruskan(opd_a, kecamatan=kecamatan)
    masuk_staf(client, petugas_opd(opd_a))
    client.post(url_aksi(aspirasi, "catatan"), {"isi": "Anggaran pemeliharaan habis."})

    assert "Anggaran pemeliharaan habis." in client.get(url("change", aspirasi.pk)).content.decode()
    masuk_staf(client, camat(kecamatan))
    halaman = client.get(url("change", aspirasi.pk))
    assert halaman.status_code == 200
    assert "Anggaran pemeliharaan habis." not in halaman.content.decode()


# --- illegal transitions ------------------------------------------------------------------
ILEGAL = [
    ("selesai", "diteruskan", petugas_opd, {"catatan": ""}),
    ("tindak-lanjut", "diteruskan", petugas_opd, {"isi": "x"}),
    ("jawab", "ditolak", petugas_opd, {"isi": "x"}),
    ("jawab", "selesai", petugas_opd, {"isi": "x"}),
    ("disposisi", "selesai", petugas_opd, {"alasan": "x"}),
    ("tolak", "dijawab", None, {"alasan": "Spam"}),
    ("tolak", "ditolak", None, {"alasan": "Spam"}),
    ("teruskan", "ditolak", None, {}),
    ("terbitkan", "diteruskan", None, {}),
    ("batalkan-terbit", "dijawab", None, {}),
    ("selesai", "selesai", petugas_opd, {"catatan": ""}),
]


def _dalam_status(status, opd):
    if status == "ditolak":
        aspirasi = aspirasi_diteruskan(opd)
        services.tolak(aspirasi=aspirasi, alasan="Spam", oleh=verifikator())
    elif status == "diteruskan":
        aspirasi = aspirasi_diteruskan(opd)
    else:
        aspirasi = aspirasi_dijawab(opd)
        if status == "selesai":
            services.ubah_status(aspirasi=aspirasi, ke=Status.SELESAI, oleh=None)
    return Aspirasi.objects.get(pk=aspirasi.pk)


@pytest.mark.parametrize(
    ("aksi", "status", "pembuat", "data"), ILEGAL, ids=[f"{a}-dari-{s}" for a, s, *_ in ILEGAL]
)
def test_transisi_tidak_sah_lewat_url_tindakan_ditolak_tanpa_rekaman(
    client, opd_a, opd_b, aksi, status, pembuat, data
):
    aspirasi = _dalam_status(status, opd_a)
    data = {**data, "opd": opd_b.pk, "ke_opd": opd_b.pk}
    pengguna = pembuat(opd_a) if pembuat else verifikator()
    masuk_staf(client, pengguna)
    sebelum = potret(aspirasi)

    halaman = client.get(url("change", aspirasi.pk))
    assert aksi not in {a["nama"] for a in halaman.context["aksi_tersedia"]}
    respons = client.post(url_aksi(aspirasi, aksi), data, follow=True)

    assert respons.redirect_chain[-1][0] == url("change", aspirasi.pk)
    assert any("tidak dapat dilakukan" in p for p in pesan(respons))
    assert potret(aspirasi) == sebelum


def test_teruskan_ke_opd_yang_sama_ditolak_layanan_dan_tampil_sebagai_pesan(client, opd_a):
    aspirasi = aspirasi_diteruskan(opd_a)
    sebelum = potret(aspirasi)
    masuk_staf(client, verifikator())

    respons = client.post(url_aksi(aspirasi, "teruskan"), {"opd": opd_a.pk})

    assert respons.status_code == 200
    assert any("sudah berada di OPD ini" in p for p in pesan(respons))
    assert potret(aspirasi) == sebelum


# --- reporter identity ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("peran", "terlihat"),
    [("verifikator", True), ("petugas_a", True), ("pimpinan", False), ("camat", False)],
)
@pytest.mark.parametrize("privasi", [Aspirasi.Privasi.RAHASIA, Aspirasi.Privasi.BIASA])
def test_identitas_pelapor_hanya_untuk_verifikator_dan_opd_tujuan(
    client, opd_a, peran, terlihat, privasi
):
    kecamatan = KecamatanFactory()
    aspirasi = aspirasi_diteruskan(
        opd_a,
        privasi=privasi,
        kecamatan=kecamatan,
        nama_pelapor=NAMA,
        email_pelapor=EMAIL,
        telepon_pelapor=TELEPON,
    )
    pengguna = {
        "verifikator": verifikator,
        "petugas_a": lambda: petugas_opd(opd_a),
        "pimpinan": pimpinan,
        "camat": lambda: camat(kecamatan),
    }[peran]()
    masuk_staf(client, pengguna)

    html = client.get(url("change", aspirasi.pk)).content.decode()

    assert aspirasi.judul in html
    for penanda in (NAMA, EMAIL, TELEPON):
        assert (penanda in html) is terlihat
    assert ("Identitas pelapor" in html) is terlihat


def test_log_admin_tidak_memuat_identitas_pelapor(client, opd_a, opd_b):
    aspirasi = aspirasi_baru(
        privasi=Aspirasi.Privasi.RAHASIA,
        nama_pelapor=NAMA,
        email_pelapor=EMAIL,
        telepon_pelapor=TELEPON,
    )
    masuk_staf(client, verifikator())
    client.post(url_aksi(aspirasi, "teruskan"), {"opd": opd_a.pk})
    client.post(url_aksi(aspirasi, "catatan"), {"isi": "Perlu cek lapangan."})
    masuk_staf(client, petugas_opd(opd_a))
    client.post(url_aksi(aspirasi, "jawab"), {"isi": "Sudah dijadwalkan."})
    client.post(url_aksi(aspirasi, "disposisi"), {"ke_opd": opd_b.pk, "alasan": "Salah OPD."})

    log = list(LogEntry.objects.values_list("object_repr", "change_message"))
    assert len(log) == 4
    teks = repr(log)
    for penanda in (NAMA, EMAIL, TELEPON):
        assert penanda not in teks
    assert all(repr_ == str(aspirasi) for repr_, _ in log)
    riwayat = client.get(url("history", aspirasi.pk))
    assert riwayat.status_code == 302  # no longer OPD A's
    masuk_staf(client, verifikator())
    html = client.get(url("history", aspirasi.pk)).content.decode()
    assert "Didisposisikan ke Dinas Perhubungan." in html
    for penanda in (NAMA, EMAIL, TELEPON):
        assert penanda not in html


# --- Camat/Lurah and other roles -------------------------------------------------------------
def test_camat_hanya_melihat_aspirasi_kecamatannya_tanpa_tindakan(client, opd_a):
    kecamatan, lain = KecamatanFactory(), KecamatanFactory()
    milik = aspirasi_diteruskan(opd_a, kecamatan=kecamatan, judul="Jembatan desa retak")
    asing = aspirasi_diteruskan(opd_a, kecamatan=lain, judul="Pasar banjir")
    masuk_staf(client, camat(kecamatan))

    daftar = client.get(url("changelist"))
    assert list(daftar.context["cl"].result_list) == [milik]
    assert client.get(url("change", milik.pk)).context["aksi_tersedia"] == []
    assert client.get(url("change", asing.pk)).status_code == 302
    for aksi in ("jawab", "tolak", "catatan"):
        assert client.post(url_aksi(milik, aksi), {"isi": "x", "alasan": "x"}).status_code == 403


def test_pengguna_tanpa_opd_kecamatan_atau_izin_semua_tidak_melihat_apa_pun(client, opd_a):
    aspirasi_diteruskan(opd_a)
    for grup in ("Petugas OPD", "Pengelola Kegiatan", "Camat/Lurah"):
        masuk_staf(client, PenggunaFactory(grup=grup))
        assert list(client.get(url("changelist")).context["cl"].result_list) == []


# --- changelist ---------------------------------------------------------------------------
def test_daftar_menandai_lewat_tenggat_dan_saringan_lewat_tenggat(client, opd_a):
    tepat, lewat, terjawab = buat_banyak(3, opd_a)
    Aspirasi.objects.filter(pk=lewat.pk).update(tenggat="2020-01-01T00:00:00Z")
    Aspirasi.objects.filter(pk=tepat.pk).update(tenggat="2999-01-01T00:00:00Z")
    Aspirasi.objects.filter(pk=terjawab.pk).update(
        status=Status.DIJAWAB, tenggat="2020-01-01T00:00:00Z"
    )
    masuk_staf(client, verifikator())

    daftar = client.get(url("changelist"))
    tanda = {a.pk: a._lewat_tenggat for a in daftar.context["cl"].result_list}
    assert tanda == {tepat.pk: False, lewat.pk: True, terjawab.pk: False}
    assert "Lewat tenggat" in daftar.content.decode()

    ya = client.get(url("changelist"), {"lewat_tenggat": "ya"})
    assert list(ya.context["cl"].result_list) == [lewat]
    tidak = client.get(url("changelist"), {"lewat_tenggat": "tidak"})
    assert set(tidak.context["cl"].result_list) == {tepat, terjawab}


def test_pencarian_kode_lacak_yang_diketik_longgar(client, opd_a):
    aspirasi = aspirasi_diteruskan(opd_a)
    aspirasi_diteruskan(opd_a)
    masuk_staf(client, petugas_opd(opd_a))

    diketik = aspirasi.kode.lower().replace("-", "")
    respons = client.get(url("changelist"), {"q": diketik})

    assert list(respons.context["cl"].result_list) == [aspirasi]


def test_saringan_dan_pencarian_petugas_tidak_menjangkau_opd_lain(client, opd_a, opd_b):
    milik_b = aspirasi_diteruskan(opd_b, judul="Rambu lalu lintas roboh")
    aspirasi_diteruskan(opd_a)
    masuk_staf(client, petugas_opd(opd_a))

    cari = client.get(url("changelist"), {"q": "Rambu"})
    assert list(cari.context["cl"].result_list) == []
    kode = client.get(url("changelist"), {"q": milik_b.kode})
    assert list(kode.context["cl"].result_list) == []
    saring = client.get(url("changelist"), {"opd__id__exact": opd_b.pk})
    assert list(saring.context["cl"].result_list) == []
    assert "Dinas Perhubungan" not in client.get(url("changelist")).content.decode()


def test_jumlah_query_daftar_sama_dengan_10_dan_1000_aspirasi(client, opd_a, opd_b):
    masuk_staf(client, verifikator())
    buat_banyak(5, opd_a)
    buat_banyak(5, opd_b, mulai=5)

    def hitung():
        client.get(url("changelist"))
        with CaptureQueriesContext(connection) as ctx:
            respons = client.get(url("changelist"))
        assert respons.status_code == 200
        return len(ctx.captured_queries)

    sedikit = hitung()
    buat_banyak(495, opd_a, mulai=10)
    buat_banyak(495, opd_b, mulai=505)
    assert Aspirasi.objects.count() == 1000

    assert hitung() == sedikit


def test_jumlah_query_daftar_petugas_konstan(client, opd_a):
    masuk_staf(client, petugas_opd(opd_a))
    buat_banyak(10, opd_a)

    def hitung():
        client.get(url("changelist"))
        with CaptureQueriesContext(connection) as ctx:
            client.get(url("changelist"), {"lewat_tenggat": "ya"})
        return len(ctx.captured_queries)

    sedikit = hitung()
    buat_banyak(990, opd_a, mulai=10)
    assert hitung() == sedikit


def test_riwayat_status_hanya_baca_di_halaman_ubah(client, opd_a):
    aspirasi = aspirasi_dijawab(opd_a)
    masuk_staf(client, verifikator())

    respons = client.get(url("change", aspirasi.pk))

    html = respons.content.decode()
    assert 'name="riwayat-0-catatan"' not in html
    assert 'name="riwayat-0-ke"' not in html
    assert 'name="jawaban-0-isi"' not in html
    assert "Dijawab" in html
    assert RiwayatStatus.objects.filter(aspirasi=aspirasi).count() == 3


def test_tindakan_diperiksa_ulang_saat_baris_dikunci(client, opd_a, opd_b, monkeypatch):
    """The item moved to OPD B between the check and the write: nothing is recorded."""
    from aspirasi.admin.aspirasi import AspirasiAdmin

    basi = aspirasi_diteruskan(opd_a)
    services.disposisi(aspirasi=basi, ke_opd=opd_b, alasan="Salah OPD.", oleh=verifikator())
    monkeypatch.setattr(AspirasiAdmin, "_ambil_untuk_aksi", lambda self, request, object_id: basi)
    sebelum = potret(basi)
    masuk_staf(client, petugas_opd(opd_a))

    respons = client.post(url_aksi(basi, "jawab"), {"isi": "Jawaban terlambat."})

    assert respons.status_code == 200
    assert any("baru saja diubah" in p for p in pesan(respons))
    assert potret(basi) == sebelum
    assert not Jawaban.objects.exists()


def test_antrean_verifikasi_hanya_berisi_aspirasi_baru_untuk_verifikator(client):
    v = verifikator()
    opd = OPDFactory()
    baru = services.kirim_aspirasi(jenis="pertanyaan", judul="Baru", isi="Isi", privasi="anonim")
    diteruskan = services.kirim_aspirasi(
        jenis="pertanyaan", judul="Sudah diteruskan", isi="Isi", privasi="anonim"
    )
    services.teruskan(aspirasi=diteruskan, opd=opd, oleh=v)
    url = "/admin/aspirasi/antreanverifikasi/"

    masuk_staf(client, v)
    hasil = list(client.get(url).context["cl"].result_list)
    assert [a.pk for a in hasil] == [baru.pk]
    assert Aspirasi.objects.count() == 2

    masuk_staf(client, petugas_opd(opd))
    assert client.get(url).status_code == 403
