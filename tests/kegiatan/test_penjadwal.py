"""Schedule generator (acceptance 1): the Probolinggo 2025 Ngantor di Kecamatan plan, Kenduren
Mas 2020 every two weeks, idempotent reruns, conflicts reported, dry runs, admin form."""

import datetime
import itertools
from io import StringIO

import holidays
import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.urls import include, path

from kegiatan import admin_jadwal, penjadwal
from kegiatan.models import Kegiatan
from layanan.models import HariLibur, Kecamatan, Pemda
from pasuruan_portal.urls import urlpatterns as _urlpatterns_proyek
from tests.factories import KecamatanFactory, OPDFactory, PenggunaFactory, petugas_opd
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db

# The generator's admin page is reachable at this address here whether or not
# KegiatanAdmin.urls_tambahan has been wired yet (the project pattern then resolves too).
URL_JADWAL = "/admin/kegiatan/kegiatan/buat-jadwal/"
urlpatterns = [
    path("admin/kegiatan/kegiatan/", include(admin_jadwal.urls(admin.site))),
    *_urlpatterns_proyek,
]

LIBUR = holidays.Indonesia(years=range(2019, 2027))

# Kabupaten Probolinggo (35.13), 24 kecamatan; Sumber (greatest challenges) first.
PROBOLINGGO = [
    ("02", "Sumber"),
    ("01", "Sukapura"),
    ("03", "Kuripan"),
    ("04", "Bantaran"),
    ("05", "Leces"),
    ("06", "Tegalsiwalan"),
    ("07", "Banyuanyar"),
    ("08", "Tiris"),
    ("09", "Krucil"),
    ("10", "Gading"),
    ("11", "Pakuniran"),
    ("12", "Kotaanyar"),
    ("13", "Paiton"),
    ("14", "Besuk"),
    ("15", "Kraksaan"),
    ("16", "Krejengan"),
    ("17", "Pajarakan"),
    ("18", "Maron"),
    ("19", "Gending"),
    ("20", "Dringu"),
    ("21", "Wonomerto"),
    ("22", "Lumbang"),
    ("23", "Tongas"),
    ("24", "Sumberasih"),
]

KENDUREN_2020 = ["bangil", "pandaan", "gempol", "rembang", "grati", "purwosari", "prigen"]


@pytest.fixture
def probolinggo():
    pemda = Pemda.objects.create(
        nama="Pemerintah Kabupaten Probolinggo",
        kode="35.13",
        jenis=Pemda.Jenis.KABUPATEN,
        slug="kabupaten-probolinggo",
    )
    return [
        Kecamatan.objects.create(pemda=pemda, kode=f"35.13.{kode}", nama=nama, slug=nama.lower())
        for kode, nama in PROBOLINGGO
    ]


def kegiatan_lain(kecamatan, hari, judul="Festival Bangil"):
    return Kegiatan.objects.create(
        jenis=Kegiatan.Jenis.LAINNYA,
        judul=judul,
        slug="festival-bangil",
        kecamatan=kecamatan,
        tanggal_mulai=hari,
        tanggal_selesai=hari,
        terbit=True,
    )


def pengelola():
    """A staff user holding kegiatan.add_kegiatan (as the Pengelola Kegiatan group does)."""
    user = PenggunaFactory()
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="kegiatan", codename__in=["add_kegiatan", "view_kegiatan"]
        )
    )
    return user


@pytest.fixture
def pasuruan():
    return [
        KecamatanFactory(nama=slug.capitalize(), slug=slug, kode=f"35.14.{i:02d}")
        for i, slug in enumerate(KENDUREN_2020, start=1)
    ]


def hari_kerja(hari):
    return hari.weekday() < 5 and hari not in LIBUR


def rencana_probolinggo(kecamatan):
    return penjadwal.rencana_ngantor(
        mulai=datetime.date(2025, 4, 16),
        sampai=datetime.date(2025, 12, 31),
        per_bulan=3,
        kecamatan=kecamatan,
    )


def rencana_kenduren_2020(kecamatan):
    return penjadwal.rencana_kenduren_mas(
        mulai=datetime.date(2020, 1, 7), sampai=datetime.date(2020, 12, 31), kecamatan=kecamatan
    )


# --- (1) Probolinggo 2025 ------------------------------------------------------------------
def test_rencana_ngantor_probolinggo_2025_24_kegiatan_3_per_bulan_sumber_pertama(probolinggo):
    hasil = penjadwal.buat_jadwal(rencana=rencana_probolinggo(probolinggo))

    assert len(hasil.dibuat) == 24
    assert not hasil.dilewati and not hasil.bentrok
    kegiatan = list(Kegiatan.objects.order_by("tanggal_mulai"))
    assert len(kegiatan) == 24
    assert {k.kecamatan.nama for k in kegiatan} == {nama for _, nama in PROBOLINGGO}
    per_bulan = {}
    for k in kegiatan:
        per_bulan.setdefault((k.tanggal_mulai.year, k.tanggal_mulai.month), []).append(k)
    assert sorted(per_bulan) == [(2025, bulan) for bulan in range(4, 12)]
    assert all(len(daftar) == 3 for daftar in per_bulan.values())
    for k in kegiatan:
        assert k.jenis == Kegiatan.Jenis.NGANTOR
        assert k.tanggal_mulai == k.tanggal_selesai
        assert datetime.date(2025, 4, 16) <= k.tanggal_mulai <= datetime.date(2025, 12, 31)
        assert k.tanggal_mulai.weekday() < 5, k
        assert k.tanggal_mulai not in LIBUR, k
        assert k.terbit is False
        assert k.status == Kegiatan.Status.DIRENCANAKAN
    assert kegiatan[0].kecamatan.nama == "Sumber"
    assert kegiatan[0].judul == "Ngantor di Kecamatan Sumber"
    # Priority order is kept: the kecamatan come in the order given.
    assert [k.kecamatan.nama for k in kegiatan] == [nama for _, nama in PROBOLINGGO]


def test_ngantor_tersebar_dalam_bulan_bukan_berurutan(probolinggo):
    rencana = rencana_probolinggo(probolinggo)
    mei = [r.mulai for r in rencana if r.mulai.month == 5]
    assert mei[0].day <= 10 and 10 < mei[1].day <= 20 and mei[2].day > 20


def test_ngantor_libur_tambahan_dihindari(probolinggo):
    biasa = rencana_probolinggo(probolinggo)
    libur = {r.mulai for r in biasa[:6]}
    rencana = penjadwal.rencana_ngantor(
        mulai=datetime.date(2025, 4, 16),
        sampai=datetime.date(2025, 12, 31),
        per_bulan=3,
        kecamatan=probolinggo,
        libur=libur,
    )
    assert len(rencana) == 24
    assert not libur & {r.mulai for r in rencana}


def test_ngantor_berhenti_saat_rentang_habis(probolinggo):
    rencana = penjadwal.rencana_ngantor(
        mulai=datetime.date(2025, 4, 16),
        sampai=datetime.date(2025, 6, 30),
        per_bulan=3,
        kecamatan=probolinggo,
    )
    assert len(rencana) == 9
    assert rencana[-1].kecamatan.nama == PROBOLINGGO[8][1]


# --- (2) Kenduren Mas 2020 -----------------------------------------------------------------
def test_kenduren_mas_2020_dua_hari_tiap_14_hari_bergiliran(pasuruan):
    rencana = rencana_kenduren_2020(pasuruan)
    hasil = penjadwal.buat_jadwal(rencana=rencana)

    kegiatan = list(Kegiatan.objects.order_by("tanggal_mulai"))
    assert len(kegiatan) == len(hasil.dibuat) == len(rencana) == 26
    assert kegiatan[0].tanggal_mulai == datetime.date(2020, 1, 7)
    assert kegiatan[0].judul == "Kenduren Mas Kecamatan Bangil"
    assert kegiatan[0].slug == "kenduren-mas-bangil-2020-01-07"
    for i, k in enumerate(kegiatan):
        nominal = datetime.date(2020, 1, 7) + datetime.timedelta(days=14 * i)
        assert k.jenis == Kegiatan.Jenis.KENDUREN_MAS
        assert k.tanggal_selesai - k.tanggal_mulai == datetime.timedelta(days=1)
        assert hari_kerja(k.tanggal_mulai) and hari_kerja(k.tanggal_selesai), k
        # The documented rule: the first pair of consecutive working days on or after the
        # nominal day mulai + 14·i (shifts do not accumulate).
        assert k.tanggal_mulai >= nominal
        hari = nominal
        while not (hari_kerja(hari) and hari_kerja(hari + datetime.timedelta(days=1))):
            hari += datetime.timedelta(days=1)
        assert k.tanggal_mulai == hari, k
        assert k.kecamatan == pasuruan[i % len(pasuruan)]
        assert k.terbit is False
        assert [(s.hari_ke, s.jam_mulai) for s in k.agenda.all()] == [
            (1, datetime.time(15, 0)),
            (2, datetime.time(8, 0)),
        ]
    # In 2020 only one slot moved: Tue 8 Dec → Thu 10 Dec (9 Dec was Election Day); every
    # other event is exactly 14 days after the one before.
    assert {r.tanggal_nominal: r.mulai for r in rencana if r.digeser} == {
        datetime.date(2020, 12, 8): datetime.date(2020, 12, 10)
    }
    for a, b in itertools.pairwise(kegiatan):
        if not {a.tanggal_mulai, b.tanggal_mulai} & {datetime.date(2020, 12, 10)}:
            assert (b.tanggal_mulai - a.tanggal_mulai).days == 14
        assert b.tanggal_mulai > a.tanggal_selesai


def test_kenduren_mas_libur_tambahan_menggeser_ke_pasangan_hari_kerja_berikutnya(pasuruan):
    # Cuti bersama on Tue 26 May 2020 (data, not in the national calendar).
    rencana = penjadwal.rencana_kenduren_mas(
        mulai=datetime.date(2020, 5, 12),
        jumlah=3,
        kecamatan=pasuruan,
        libur=[datetime.date(2020, 5, 26)],
    )
    assert [(r.mulai, r.selesai) for r in rencana] == [
        (datetime.date(2020, 5, 12), datetime.date(2020, 5, 13)),
        (datetime.date(2020, 5, 27), datetime.date(2020, 5, 28)),
        (datetime.date(2020, 6, 9), datetime.date(2020, 6, 10)),
    ]
    assert rencana[1].digeser and not rencana[2].digeser


def test_hari_libur_tercatat_dilewati_kenduren_mas_dan_ngantor(pasuruan):
    # Cuti bersama entered by the Verifikator (layanan.HariLibur), not passed by the caller:
    # the generator skips it just as the aspirasi deadlines do.
    HariLibur.objects.create(tanggal=datetime.date(2020, 5, 26), keterangan="Cuti bersama")
    kenduren = penjadwal.rencana_kenduren_mas(
        mulai=datetime.date(2020, 5, 12), jumlah=2, kecamatan=pasuruan
    )
    assert [(r.mulai, r.selesai) for r in kenduren] == [
        (datetime.date(2020, 5, 12), datetime.date(2020, 5, 13)),
        (datetime.date(2020, 5, 27), datetime.date(2020, 5, 28)),
    ]

    # Fri 26 and Mon 29 June are the range's working days and the spread picks the 29th;
    # with the 29th recorded as a day off, the 26th is the only one left.
    HariLibur.objects.create(tanggal=datetime.date(2020, 6, 29), keterangan="Libur lokal")
    (ngantor,) = penjadwal.rencana_ngantor(
        mulai=datetime.date(2020, 6, 26),
        sampai=datetime.date(2020, 6, 29),
        per_bulan=1,
        kecamatan=pasuruan[:1],
    )
    assert ngantor.mulai == datetime.date(2020, 6, 26)
    assert penjadwal.HariKerja().alasan_libur(datetime.date(2020, 6, 29)) == "hari libur tambahan"


def test_perintah_melewati_hari_libur_tercatat(pasuruan):
    HariLibur.objects.create(tanggal=datetime.date(2020, 1, 7), keterangan="Libur lokal")
    call_command(
        "buat_jadwal_kegiatan",
        "kenduren-mas",
        "--mulai=2020-01-07",
        "--jumlah=1",
        "--kecamatan=bangil",
        stdout=StringIO(),
    )
    assert Kegiatan.objects.get().tanggal_mulai == datetime.date(2020, 1, 8)


def test_kenduren_mas_jumat_digeser_ke_senin_selasa(pasuruan):
    (r,) = penjadwal.rencana_kenduren_mas(
        mulai=datetime.date(2025, 1, 3), jumlah=1, kecamatan=pasuruan
    )
    assert (r.mulai, r.selesai) == (datetime.date(2025, 1, 6), datetime.date(2025, 1, 7))


def test_kenduren_mas_jumlah_membatasi(pasuruan):
    rencana = penjadwal.rencana_kenduren_mas(
        mulai=datetime.date(2020, 1, 7), jumlah=5, kecamatan=pasuruan
    )
    assert len(rencana) == 5
    assert [r.kecamatan for r in rencana] == pasuruan[:5]


# --- (3) idempotent -------------------------------------------------------------------------
def test_jalan_kedua_tidak_membuat_apa_pun(pasuruan, probolinggo):
    penjadwal.buat_jadwal(rencana=rencana_kenduren_2020(pasuruan))
    penjadwal.buat_jadwal(rencana=rencana_probolinggo(probolinggo))
    jumlah = Kegiatan.objects.count()

    kedua = penjadwal.buat_jadwal(rencana=rencana_kenduren_2020(pasuruan))
    ketiga = penjadwal.buat_jadwal(rencana=rencana_probolinggo(probolinggo))

    assert Kegiatan.objects.count() == jumlah == 26 + 24
    assert kedua.dibuat == [] and ketiga.dibuat == []
    assert len(kedua.dilewati) == 26 and len(ketiga.dilewati) == 24
    assert kedua.bentrok == [] and ketiga.bentrok == []


def test_perintah_dua_kali_tidak_membuat_apa_pun(probolinggo):
    argumen = [
        "buat_jadwal_kegiatan",
        "ngantor",
        "--mulai=2025-04-16",
        "--sampai=2025-12-31",
        "--per-bulan=3",
        "--kecamatan=" + ",".join(k.slug for k in probolinggo),
    ]
    out = StringIO()
    call_command(*argumen, stdout=out, stderr=StringIO())
    assert "dibuat: 24, sudah ada (dilewati): 0, bentrok: 0" in out.getvalue()
    out = StringIO()
    call_command(*argumen, stdout=out, stderr=StringIO())
    assert "dibuat: 0, sudah ada (dilewati): 24, bentrok: 0" in out.getvalue()
    assert Kegiatan.objects.count() == 24


# --- (4) conflicts ------------------------------------------------------------------------
def test_bentrok_dilaporkan_dan_tidak_dibuat(pasuruan):
    bangil = pasuruan[0]
    lain = kegiatan_lain(bangil, datetime.date(2020, 1, 8))
    hasil = penjadwal.buat_jadwal(rencana=rencana_kenduren_2020(pasuruan))

    assert len(hasil.bentrok) == 1
    rencana, lawan = hasil.bentrok[0]
    assert (rencana.kecamatan, rencana.mulai) == (bangil, datetime.date(2020, 1, 7))
    assert lawan == [lain]
    assert not Kegiatan.objects.filter(
        jenis=Kegiatan.Jenis.KENDUREN_MAS, kecamatan=bangil, tanggal_mulai="2020-01-07"
    ).exists()
    assert len(hasil.dibuat) == 25


def test_perintah_melaporkan_bentrok(pasuruan):
    kegiatan_lain(pasuruan[0], datetime.date(2020, 1, 7))
    out, err = StringIO(), StringIO()
    call_command(
        "buat_jadwal_kegiatan",
        "kenduren-mas",
        "--mulai=2020-01-07",
        "--jumlah=3",
        "--kecamatan=bangil,Pandaan,gempol",
        stdout=out,
        stderr=err,
    )
    assert "Bentrok: Kenduren Mas Kecamatan Bangil 2020-01-07 dengan Festival Bangil" in (
        err.getvalue()
    )
    assert "dibuat: 2, sudah ada (dilewati): 0, bentrok: 1" in out.getvalue()


# --- (5) dry run ---------------------------------------------------------------------------
def test_uji_coba_tidak_menulis(probolinggo):
    out = StringIO()
    call_command(
        "buat_jadwal_kegiatan",
        "ngantor",
        "--mulai=2025-04-16",
        "--sampai=2025-12-31",
        "--kecamatan=" + ",".join(k.slug for k in probolinggo),
        "--coba",
        stdout=out,
        stderr=StringIO(),
    )
    assert Kegiatan.objects.count() == 0
    assert "akan dibuat: 24" in out.getvalue()
    assert "Ngantor di Kecamatan Sumber" in out.getvalue()

    hasil = penjadwal.periksa_jadwal(rencana=rencana_probolinggo(probolinggo))
    assert len(hasil.dibuat) == 24
    assert Kegiatan.objects.count() == 0


def test_perintah_kecamatan_tidak_dikenal_ditolak(probolinggo):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Atlantis"):
        call_command(
            "buat_jadwal_kegiatan",
            "ngantor",
            "--mulai=2025-04-16",
            "--sampai=2025-12-31",
            "--kecamatan=sumber,Atlantis",
        )
    assert Kegiatan.objects.count() == 0


# --- (6) admin form ------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def _sandi_cepat(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def data_form(kecamatan, **ubah):
    return {
        "jenis": Kegiatan.Jenis.NGANTOR,
        "mulai": "2025-04-16",
        "sampai": "2025-12-31",
        "per_bulan": "3",
        "kecamatan": "\n".join(k.nama for k in kecamatan),
        "libur": "",
        "dengan_agenda": "on",
        **ubah,
    }


@pytest.mark.urls(__name__)
def test_formulir_admin_pratinjau_lalu_buat_draf(client, probolinggo):
    masuk_staf(client, pengelola())

    assert client.get(URL_JADWAL).status_code == 200
    pratinjau = client.post(URL_JADWAL, {**data_form(probolinggo), "aksi": "pratinjau"})
    assert pratinjau.status_code == 200
    assert Kegiatan.objects.count() == 0
    teks = pratinjau.content.decode()
    assert "Akan dibuat: 24" in teks
    assert "Ngantor di Kecamatan Sumber" in teks

    buat = client.post(URL_JADWAL, {**data_form(probolinggo), "aksi": "buat"})
    assert buat.status_code == 200
    assert "Dibuat: 24" in buat.content.decode()
    assert Kegiatan.objects.filter(terbit=False).count() == 24

    lagi = client.post(URL_JADWAL, {**data_form(probolinggo), "aksi": "buat"})
    assert "Dibuat: 0" in lagi.content.decode()
    assert "sudah ada (dilewati): 24" in lagi.content.decode()
    assert Kegiatan.objects.count() == 24


@pytest.mark.urls(__name__)
def test_formulir_admin_melaporkan_bentrok_dan_galat(client, pasuruan):
    masuk_staf(client, pengelola())
    kegiatan_lain(pasuruan[0], datetime.date(2020, 1, 7))
    data = data_form(
        pasuruan[:3],
        jenis=Kegiatan.Jenis.KENDUREN_MAS,
        mulai="2020-01-07",
        sampai="2020-02-29",
        aksi="buat",
    )
    halaman = client.post(URL_JADWAL, data)
    teks = halaman.content.decode()
    assert "bentrok (tidak dibuat): 1" in teks
    assert "Festival Bangil" in teks
    assert Kegiatan.objects.filter(jenis=Kegiatan.Jenis.KENDUREN_MAS).count() == 3

    salah = client.post(URL_JADWAL, {**data, "kecamatan": "Atlantis", "libur": "besok"})
    assert salah.status_code == 200
    assert "Kecamatan tidak dikenal: Atlantis" in salah.content.decode()
    assert "errornote" in salah.content.decode()
    assert Kegiatan.objects.filter(jenis=Kegiatan.Jenis.KENDUREN_MAS).count() == 3


@pytest.mark.urls(__name__)
def test_petugas_opd_ditolak_403(client, probolinggo):
    masuk_staf(client, petugas_opd(OPDFactory()))

    assert client.get(URL_JADWAL).status_code == 403
    tolak = client.post(URL_JADWAL, {**data_form(probolinggo), "aksi": "buat"})
    assert tolak.status_code == 403
    assert Kegiatan.objects.count() == 0
