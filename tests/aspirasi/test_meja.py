"""The event desk: questions taken down on site become aspirasi linked to the event with
its channel and routed at once; an on-site answer makes them dijawab at once; the slip
carries the tracking code; facility-visit findings become aspirasi of kanal temuan
kunjungan; the leaders' report adds up to what a plain computation gives."""

import datetime
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from aspirasi import services, tenggat
from aspirasi.laporan_kegiatan import laporan_kegiatan
from aspirasi.models import Aspirasi, Jawaban, Status
from aspirasi.services import alur
from kegiatan.models import Kegiatan, KehadiranOPD, KunjunganFasilitas, LayananKegiatan
from tests.factories import (
    DesaFactory,
    KecamatanFactory,
    LayananFactory,
    OPDFactory,
    PenggunaFactory,
    petugas_opd,
    verifikator,
)
from tests.factories_aspirasi import pimpinan
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _sandi_cepat(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def buat_kegiatan(**ubah):
    hari_ini = timezone.localdate()
    data = {
        "jenis": Kegiatan.Jenis.KENDUREN_MAS,
        "judul": "Kenduren Mas Bangil",
        "slug": "kenduren-mas-bangil",
        "tanggal_mulai": hari_ini,
        "tanggal_selesai": hari_ini + datetime.timedelta(days=1),
        "kecamatan": ubah.pop("kecamatan", None) or KecamatanFactory(nama="Bangil"),
        "tempat": "Alun-alun Bangil",
        "terbit": True,
    }
    data.update(ubah)
    return Kegiatan.objects.create(**data)


@pytest.fixture
def opd():
    return OPDFactory(nama="Dinas Kependudukan dan Pencatatan Sipil", singkatan="Dispendukcapil")


@pytest.fixture
def kegiatan():
    kecamatan = KecamatanFactory(nama="Bangil")
    return buat_kegiatan(kecamatan=kecamatan, desa=DesaFactory(kecamatan=kecamatan))


@pytest.fixture
def pengelola():
    return PenggunaFactory(grup="Pengelola Kegiatan")


def isian(opd_tujuan, **ubah):
    data = {
        "token": "6f1c2a52-3b7e-4f5c-9a1d-2e8b7c6d5f40",
        "jenis": "pertanyaan",
        "judul": "Rekam KTP-el untuk anak 17 tahun",
        "isi": "Anak saya baru 17 tahun, bisa rekam KTP-el di sini?",
        "opd": opd_tujuan.pk,
        "layanan": "",
        "kecamatan": "",
        "desa": "",
        "privasi": "biasa",
        "nama": "",
        "telepon": "",
        "jawaban_langsung": "",
    }
    data.update(ubah)
    return data


def url_meja(kegiatan):
    return reverse("aspirasi:meja", args=[kegiatan.slug])


def isian_bawaan(client, kegiatan, opd, **ubah):
    """The form as the desk page renders it (event's kecamatan/desa preselected)."""
    awal = client.get(url_meja(kegiatan)).context["form"].initial
    return isian(opd, kecamatan=awal["kecamatan"], desa=awal["desa"] or "", **ubah)


# --- the desk ------------------------------------------------------------------------------
def test_meja_mencatat_aspirasi_bertaut_kegiatan_dengan_kanalnya_dan_diteruskan(
    client, kegiatan, opd, pengelola
):
    masuk_staf(client, pengelola)
    respons = client.post(url_meja(kegiatan), isian_bawaan(client, kegiatan, opd))

    aspirasi = Aspirasi.objects.get()
    assert respons.status_code == 302
    assert respons["Location"] == reverse("aspirasi:meja_slip", args=[aspirasi.kode])
    assert aspirasi.kegiatan == kegiatan
    assert aspirasi.kanal == Aspirasi.Kanal.KENDUREN_MAS
    assert aspirasi.status == Status.DITERUSKAN
    assert aspirasi.opd == opd
    assert (aspirasi.kecamatan, aspirasi.desa) == (kegiatan.kecamatan, kegiatan.desa)
    assert aspirasi.tenggat == tenggat.tenggat_jawaban(aspirasi.diteruskan_pada)
    assert list(aspirasi.riwayat.order_by("pk").values_list("ke", "oleh")) == [
        ("baru", None),
        ("diteruskan", pengelola.pk),
    ]


def test_meja_dengan_jawaban_di_tempat_langsung_dijawab(client, kegiatan, opd, pengelola):
    masuk_staf(client, pengelola)
    jawaban = "Bisa. Mobil Dispendukcapil merekam di lokasi sampai pukul 14.00; bawa KK asli."
    client.post(url_meja(kegiatan), isian_bawaan(client, kegiatan, opd, jawaban_langsung=jawaban))

    aspirasi = Aspirasi.objects.get()
    assert aspirasi.status == Status.DIJAWAB
    assert aspirasi.dijawab_pertama_pada is not None
    assert list(aspirasi.jawaban.values_list("isi", "opd")) == [(jawaban, opd.pk)]
    assert laporan_kegiatan(kegiatan).dijawab_di_tempat == 1


@pytest.mark.parametrize(
    ("jenis", "kanal"),
    [
        ("kenduren_mas", "kenduren_mas"),
        ("ngantor_di_kecamatan", "ngantor_di_kecamatan"),
        ("sambang_desa", "sambang_desa"),
        ("lainnya", "telepon_loket"),
    ],
)
def test_kanal_mengikuti_jenis_kegiatan(jenis, kanal, opd):
    kegiatan = buat_kegiatan(jenis=jenis)
    aspirasi = services.catat_di_kegiatan(
        kegiatan=kegiatan, opd=opd, jenis="pertanyaan", judul="J", isi="I", oleh=verifikator()
    )
    assert aspirasi.kanal == kanal
    assert aspirasi.kecamatan == kegiatan.kecamatan


def test_meja_tombol_ditekan_dua_kali_tetap_satu_aspirasi(client, kegiatan, opd, pengelola):
    masuk_staf(client, pengelola)
    data = isian_bawaan(client, kegiatan, opd)
    pertama = client.post(url_meja(kegiatan), data)
    kedua = client.post(url_meja(kegiatan), data)
    assert Aspirasi.objects.count() == 1
    assert pertama["Location"] == kedua["Location"]


def test_meja_semua_atau_tidak_sama_sekali(kegiatan, opd, pengelola):
    with (
        mock.patch.object(alur, "jawab", side_effect=RuntimeError("gagal")),
        pytest.raises(RuntimeError),
    ):
        services.catat_di_kegiatan(
            kegiatan=kegiatan,
            opd=opd,
            jenis="pertanyaan",
            judul="J",
            isi="I",
            oleh=pengelola,
            jawaban_langsung="Dijawab",
        )
    assert Aspirasi.objects.count() == 0


def test_meja_isian_salah_menampilkan_galat_tanpa_menyimpan(client, kegiatan, opd, pengelola):
    masuk_staf(client, pengelola)
    desa_lain = DesaFactory()
    respons = client.post(
        url_meja(kegiatan),
        isian(opd, opd="", judul="", kecamatan=kegiatan.kecamatan_id, desa=desa_lain.pk),
    )
    assert respons.status_code == 200
    halaman = respons.content.decode()
    assert "Ada yang perlu diperbaiki" in halaman
    assert "Pilih OPD yang bertanggung jawab menjawab." in halaman
    assert "tidak berada di Kecamatan Bangil" in halaman
    assert Aspirasi.objects.count() == 0


def test_meja_nama_warga_perlu_persetujuan_dan_anonim_tanpa_identitas(
    client, kegiatan, opd, pengelola
):
    masuk_staf(client, pengelola)
    tanpa_setuju = isian_bawaan(client, kegiatan, opd, nama="Bu Siti", telepon="0812 3456 7890")
    respons = client.post(url_meja(kegiatan), tanpa_setuju)
    assert "Tanyakan persetujuan warga" in respons.content.decode()
    assert Aspirasi.objects.count() == 0

    client.post(url_meja(kegiatan), {**tanpa_setuju, "setuju": "on"})
    aspirasi = Aspirasi.objects.get()
    assert (aspirasi.nama_pelapor, aspirasi.telepon_pelapor) == ("Bu Siti", "081234567890")

    anonim = {
        **tanpa_setuju,
        "token": "0b6f5c0e-8d0e-4a0a-9c55-7a1c2b3d4e5f",
        "privasi": "anonim",
    }
    client.post(url_meja(kegiatan), anonim)
    kedua = Aspirasi.objects.exclude(pk=aspirasi.pk).get()
    assert (kedua.nama_pelapor, kedua.telepon_pelapor) == ("", "")


def test_meja_menampilkan_daftar_aspirasi_kegiatan(client, kegiatan, opd, pengelola):
    a = services.catat_di_kegiatan(
        kegiatan=kegiatan,
        opd=opd,
        jenis="pertanyaan",
        judul="Jam buka MPP",
        isi="I",
        oleh=pengelola,
    )
    lain = buat_kegiatan(
        slug="lain",
        kecamatan=kegiatan.kecamatan,
        tanggal_mulai=kegiatan.tanggal_mulai + datetime.timedelta(days=30),
        tanggal_selesai=kegiatan.tanggal_mulai + datetime.timedelta(days=30),
    )
    services.catat_di_kegiatan(
        kegiatan=lain,
        opd=opd,
        jenis="pertanyaan",
        judul="Pertanyaan kegiatan lain",
        isi="I",
        oleh=pengelola,
    )
    masuk_staf(client, pengelola)
    halaman = client.get(url_meja(kegiatan)).content.decode()
    assert a.kode in halaman
    assert "Jam buka MPP" in halaman
    assert "Diteruskan ke OPD" in halaman
    assert "Pertanyaan kegiatan lain" not in halaman


@pytest.mark.parametrize("peran", ["petugas_opd", "pimpinan", "camat"])
def test_petugas_opd_mendapat_403_di_meja(client, kegiatan, opd, peran):
    pengguna = {
        "petugas_opd": lambda: petugas_opd(opd),
        "pimpinan": pimpinan,
        "camat": lambda: PenggunaFactory(grup="Camat/Lurah", kecamatan=kegiatan.kecamatan),
    }[peran]()
    masuk_staf(client, pengguna)
    assert client.get(url_meja(kegiatan)).status_code == 403
    assert client.post(url_meja(kegiatan), isian(opd)).status_code == 403
    kunjungan = KunjunganFasilitas.objects.create(
        kegiatan=kegiatan, jenis="puskesmas", nama="Puskesmas Bangil", temuan="Atap bocor"
    )
    url_temuan = reverse("aspirasi:meja_temuan", args=[kegiatan.slug, kunjungan.pk])
    assert client.post(url_temuan, {"judul": "x", "isi": "y", "opd": opd.pk}).status_code == 403
    assert Aspirasi.objects.count() == 0


def test_meja_tanpa_masuk_diarahkan_ke_login(client, kegiatan, opd):
    respons = client.post(url_meja(kegiatan), isian(opd))
    assert respons.status_code == 302
    assert "/login/" in respons["Location"]
    assert Aspirasi.objects.count() == 0


def test_verifikator_boleh_memakai_meja(client, kegiatan, opd):
    masuk_staf(client, verifikator())
    client.post(url_meja(kegiatan), isian_bawaan(client, kegiatan, opd))
    assert Aspirasi.objects.get().status == Status.DITERUSKAN


def test_meja_kegiatan_dibatalkan_tidak_menyimpan(client, opd, pengelola):
    kegiatan = buat_kegiatan(status=Kegiatan.Status.DIBATALKAN)
    masuk_staf(client, pengelola)
    respons = client.post(url_meja(kegiatan), isian(opd, kecamatan=kegiatan.kecamatan_id))
    assert respons.status_code == 400
    assert Aspirasi.objects.count() == 0


# --- the slip ------------------------------------------------------------------------------
def test_slip_menampilkan_kode_tanpa_identitas_warga(client, kegiatan, opd, pengelola):
    aspirasi = services.catat_di_kegiatan(
        kegiatan=kegiatan,
        opd=opd,
        jenis="pertanyaan",
        judul="Rekam KTP-el",
        isi="Isi",
        oleh=pengelola,
        nama_pelapor="Bu Siti Aminah",
        telepon_pelapor="081234567890",
    )
    masuk_staf(client, pengelola)
    respons = client.get(reverse("aspirasi:meja_slip", args=[aspirasi.kode]))

    assert respons.status_code == 200
    halaman = respons.content.decode()
    for potong in aspirasi.kode.split("-"):
        assert potong in halaman
    assert "https://layanan.pasuruankab.go.id/aspirasi/lacak/" in halaman
    assert opd.nama in halaman
    assert "Apa yang terjadi selanjutnya" in halaman
    assert "Siti" not in halaman
    assert "081234567890" not in halaman


def test_slip_hanya_untuk_petugas_meja(client, kegiatan, opd, pengelola):
    aspirasi = services.catat_di_kegiatan(
        kegiatan=kegiatan, opd=opd, jenis="pertanyaan", judul="J", isi="I", oleh=pengelola
    )
    url = reverse("aspirasi:meja_slip", args=[aspirasi.kode])
    assert client.get(url).status_code == 302  # to the login
    masuk_staf(client, petugas_opd(opd))
    assert client.get(url).status_code == 403
    # A web aspirasi has no slip.
    web = services.kirim_aspirasi(jenis="pertanyaan", judul="J", isi="I", privasi="anonim")
    masuk_staf(client, pengelola)
    assert client.get(reverse("aspirasi:meja_slip", args=[web.kode])).status_code == 404


# --- findings ------------------------------------------------------------------------------
def test_temuan_jadi_aspirasi_kanal_temuan_kunjungan_diteruskan_ke_opd(client, kegiatan, pengelola):
    dinkes = OPDFactory(nama="Dinas Kesehatan", singkatan="Dinkes")
    kunjungan = KunjunganFasilitas.objects.create(
        kegiatan=kegiatan,
        jenis="puskesmas",
        nama="Puskesmas Bangil",
        temuan="Atap ruang KIA bocor; antrean pendaftaran masih manual.",
    )
    masuk_staf(client, pengelola)
    url = reverse("aspirasi:meja_temuan", args=[kegiatan.slug, kunjungan.pk])
    formulir = client.get(url).context["form"]
    assert formulir.initial["isi"] == kunjungan.temuan

    respons = client.post(
        url,
        {
            "token": formulir.initial["token"],
            "jenis": "pengaduan",
            "judul": "Atap ruang KIA Puskesmas Bangil bocor",
            "isi": kunjungan.temuan,
            "opd": dinkes.pk,
        },
    )

    assert respons.status_code == 302
    aspirasi = Aspirasi.objects.get()
    assert aspirasi.kanal == Aspirasi.Kanal.TEMUAN_KUNJUNGAN
    assert aspirasi.kunjungan == kunjungan
    assert aspirasi.kegiatan == kegiatan
    assert aspirasi.opd == dinkes
    assert aspirasi.status == Status.DITERUSKAN
    assert aspirasi.tenggat == tenggat.tenggat_jawaban(aspirasi.diteruskan_pada)
    assert (aspirasi.nama_pelapor, aspirasi.telepon_pelapor, aspirasi.email_pelapor) == (
        "",
        "",
        "",
    )
    assert aspirasi.kode in client.get(url_meja(kegiatan)).content.decode()


def test_temuan_kunjungan_kegiatan_lain_tidak_ditemukan(client, kegiatan, pengelola, opd):
    lain = buat_kegiatan(
        slug="lain",
        kecamatan=kegiatan.kecamatan,
        tanggal_mulai=kegiatan.tanggal_mulai + datetime.timedelta(days=30),
        tanggal_selesai=kegiatan.tanggal_mulai + datetime.timedelta(days=30),
    )
    kunjungan = KunjunganFasilitas.objects.create(kegiatan=lain, jenis="pasar", nama="Pasar")
    masuk_staf(client, pengelola)
    url = reverse("aspirasi:meja_temuan", args=[kegiatan.slug, kunjungan.pk])
    assert client.get(url).status_code == 404


# --- the report ----------------------------------------------------------------------------
def _kegiatan_lewat(jumlah_item=1):
    """A past two-day event with attendance, services, questions in every state and a
    finding; ``jumlah_item`` scales every list."""
    hari = timezone.localdate() - datetime.timedelta(days=40)
    kegiatan = buat_kegiatan(
        slug=f"lewat-{jumlah_item}",
        kecamatan=KecamatanFactory(),
        tanggal_mulai=hari,
        tanggal_selesai=hari + datetime.timedelta(days=1),
        jumlah_pengunjung=850,
        status=Kegiatan.Status.SELESAI,
    )
    pengelola = PenggunaFactory(grup="Pengelola Kegiatan")
    di_acara = timezone.make_aware(datetime.datetime.combine(hari, datetime.time(9)))
    sesudah = di_acara + datetime.timedelta(days=7)
    for i in range(jumlah_item):
        for kehadiran in ("hadir", "hadir", "tidak_hadir", "izin", "belum"):
            KehadiranOPD.objects.create(
                kegiatan=kegiatan, opd=OPDFactory(), kehadiran=kehadiran, wajib=True
            )
        LayananKegiatan.objects.create(
            kegiatan=kegiatan, layanan=LayananFactory(), jumlah_dilayani=10 + i
        )
        opd = OPDFactory()

        def catat(judul, jawaban=None, opd=opd):
            return services.catat_di_kegiatan(
                kegiatan=kegiatan,
                opd=opd,
                jenis="pertanyaan",
                judul=judul,
                isi="I",
                oleh=pengelola,
                jawaban_langsung=jawaban,
                waktu=di_acara,
            )

        catat(f"Di tempat {i}", "Dijawab langsung.")
        nanti = catat(f"Sesudahnya {i}")
        services.jawab(aspirasi=nanti, isi="Sudah dijadwalkan.", oleh=None, waktu=sesudah)
        catat(f"Belum {i}")
        tolak = catat(f"Ditolak {i}")
        services.tolak(aspirasi=tolak, alasan="Duplikat.", oleh=None, waktu=sesudah)
        kunjungan = KunjunganFasilitas.objects.create(
            kegiatan=kegiatan, jenis="puskesmas", nama=f"Puskesmas {i}", temuan="Atap bocor"
        )
        services.temuan_jadi_aspirasi(
            kunjungan=kunjungan,
            opd=opd,
            judul=f"Temuan {i}",
            isi="Atap bocor",
            oleh=pengelola,
            waktu=di_acara,
        )
    return kegiatan


def _hitung_biasa(kegiatan):
    """The report's figures, computed the plain way."""
    kehadiran = list(KehadiranOPD.objects.filter(kegiatan=kegiatan))
    hadir = [k for k in kehadiran if k.kehadiran == "hadir"]
    pertanyaan = [
        a for a in Aspirasi.objects.filter(kegiatan=kegiatan) if a.kanal != "temuan_kunjungan"
    ]
    akhir = kegiatan.tanggal_selesai

    def tanggal_jawab(a):
        return timezone.localdate(a.dijawab_pertama_pada) if a.dijawab_pertama_pada else None

    return {
        "diundang": len(kehadiran),
        "hadir": len(hadir),
        "tingkat": round(100 * len(hadir) / len(kehadiran)),
        "absen": sorted(k.opd.nama for k in kehadiran if k.kehadiran == "tidak_hadir"),
        "dilayani": sum(
            b.jumlah_dilayani for b in LayananKegiatan.objects.filter(kegiatan=kegiatan)
        ),
        "pertanyaan": len(pertanyaan),
        "di_tempat": sum(1 for a in pertanyaan if tanggal_jawab(a) and tanggal_jawab(a) <= akhir),
        "sesudahnya": sum(1 for a in pertanyaan if tanggal_jawab(a) and tanggal_jawab(a) > akhir),
        "belum": sum(1 for a in pertanyaan if not tanggal_jawab(a) and a.status != "ditolak"),
        "ditolak": sum(1 for a in pertanyaan if a.status == "ditolak"),
        "temuan": Aspirasi.objects.filter(kegiatan=kegiatan, kanal="temuan_kunjungan").count(),
    }


def test_angka_laporan_sama_dengan_hitungan_biasa(client):
    kegiatan = _kegiatan_lewat(jumlah_item=2)
    harapan = _hitung_biasa(kegiatan)
    masuk_staf(client, pimpinan())

    respons = client.get(reverse("aspirasi:meja_laporan", args=[kegiatan.slug]))

    assert respons.status_code == 200
    lap = respons.context["lap"]
    assert lap.jumlah_diundang == harapan["diundang"] == 10
    assert len(lap.hadir) == harapan["hadir"] == 4
    assert lap.tingkat_kehadiran == harapan["tingkat"] == 40
    assert sorted(k.opd.nama for k in lap.tidak_hadir) == harapan["absen"]
    assert lap.jumlah_dilayani == harapan["dilayani"] == 21
    assert lap.pengunjung == 850
    assert lap.jumlah_pertanyaan == harapan["pertanyaan"] == 8
    assert lap.dijawab_di_tempat == harapan["di_tempat"] == 2
    assert lap.dijawab_sesudahnya == harapan["sesudahnya"] == 2
    assert lap.belum_dijawab == harapan["belum"] == 2
    assert lap.ditolak == harapan["ditolak"] == 2
    assert len(lap.temuan) == harapan["temuan"] == 2
    halaman = respons.content.decode()
    for nama in harapan["absen"]:
        assert nama in halaman
    assert '<dd class="col-sm-6" id="angka-di-tempat">2</dd>' in halaman
    assert '<dd class="col-sm-6" id="angka-kehadiran">10 / 4 (40%)</dd>' in halaman
    for a in Aspirasi.objects.filter(kegiatan=kegiatan).select_related("opd"):
        assert a.kode in halaman


def test_laporan_jumlah_kueri_tetap(client):
    masuk_staf(client, pimpinan())
    kecil = _kegiatan_lewat(jumlah_item=1)
    besar = _kegiatan_lewat(jumlah_item=6)
    client.get(reverse("aspirasi:meja_laporan", args=[kecil.slug]))  # warm the session
    with CaptureQueriesContext(connection) as q_kecil:
        assert client.get(reverse("aspirasi:meja_laporan", args=[kecil.slug])).status_code == 200
    with CaptureQueriesContext(connection) as q_besar:
        assert client.get(reverse("aspirasi:meja_laporan", args=[besar.slug])).status_code == 200
    assert len(q_besar.captured_queries) == len(q_kecil.captured_queries)


def test_meja_jumlah_kueri_tetap(client):
    kecil = _kegiatan_lewat(jumlah_item=1)
    besar = _kegiatan_lewat(jumlah_item=6)
    masuk_staf(client, PenggunaFactory(grup="Pengelola Kegiatan"))
    client.get(reverse("aspirasi:meja", args=[kecil.slug]))  # warm the session
    with CaptureQueriesContext(connection) as q_kecil:
        assert client.get(reverse("aspirasi:meja", args=[kecil.slug])).status_code == 200
    with CaptureQueriesContext(connection) as q_besar:
        assert client.get(reverse("aspirasi:meja", args=[besar.slug])).status_code == 200
    assert len(q_besar.captured_queries) == len(q_kecil.captured_queries)


@pytest.mark.parametrize(
    ("peran", "kode"),
    [("pimpinan", 200), ("verifikator", 200), ("pengelola", 200), ("petugas_opd", 403)],
)
def test_laporan_untuk_pimpinan_pengelola_dan_verifikator(client, kegiatan, opd, peran, kode):
    pengguna = {
        "pimpinan": pimpinan,
        "verifikator": verifikator,
        "pengelola": lambda: PenggunaFactory(grup="Pengelola Kegiatan"),
        "petugas_opd": lambda: petugas_opd(opd),
    }[peran]()
    masuk_staf(client, pengguna)
    assert client.get(reverse("aspirasi:meja_laporan", args=[kegiatan.slug])).status_code == kode


def test_laporan_tanpa_identitas_pelapor(client, kegiatan, opd, pengelola):
    services.catat_di_kegiatan(
        kegiatan=kegiatan,
        opd=opd,
        jenis="pertanyaan",
        judul="J",
        isi="I",
        oleh=pengelola,
        nama_pelapor="Bu Siti Aminah",
        telepon_pelapor="081234567890",
    )
    masuk_staf(client, pimpinan())
    halaman = client.get(reverse("aspirasi:meja_laporan", args=[kegiatan.slug])).content.decode()
    assert "Siti" not in halaman
    assert "081234567890" not in halaman


def test_jawaban_di_tempat_tercatat_sebagai_jawaban(kegiatan, opd, pengelola):
    a = services.catat_di_kegiatan(
        kegiatan=kegiatan,
        opd=opd,
        jenis="pertanyaan",
        judul="J",
        isi="I",
        oleh=pengelola,
        jawaban_langsung="  Ya.  ",
    )
    assert Jawaban.objects.get(aspirasi=a).isi == "Ya."
