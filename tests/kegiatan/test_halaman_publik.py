"""Public event pages: /kegiatan/, /kegiatan/<slug>/ and the beranda."""

import datetime
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from aspirasi.models import Aspirasi, Status
from kegiatan.models import Kegiatan, KehadiranOPD
from tests.factories import KecamatanFactory, LayananFactory, OPDFactory
from tests.factories_aspirasi import kode_ke
from tests.factories_kegiatan import (
    KegiatanFactory,
    KehadiranOPDFactory,
    LayananKegiatanFactory,
    StanUMKMFactory,
    kegiatan_lengkap,
)

pytestmark = pytest.mark.django_db

JAKARTA = datetime.timezone(datetime.timedelta(hours=7))


def _hari(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def _html(respons):
    assert respons.status_code == 200
    return respons.content.decode()


# Drafts


def test_draf_tidak_pernah_tampil_di_daftar_detail_kalender_maupun_beranda(client):
    draf = KegiatanFactory(terbit=False, judul="Draf Ngantor Tersembunyi", tanggal_mulai=_hari(2))

    assert "Draf Ngantor Tersembunyi" not in _html(client.get(reverse("kegiatan:daftar")))
    assert "Draf Ngantor Tersembunyi" not in _html(client.get("/"))
    assert client.get(draf.get_absolute_url()).status_code == 404
    assert client.get(reverse("kegiatan:ics", args=[draf.slug])).status_code == 404


# List


def test_daftar_menampilkan_yang_akan_datang_lebih_dulu_lalu_yang_sudah_lewat(client):
    KegiatanFactory(judul="Sambang Desa Lalu", tanggal_mulai=_hari(-20), tanggal_selesai=_hari(-20))
    KegiatanFactory(judul="Kenduren Mas Nanti", tanggal_mulai=_hari(40))
    KegiatanFactory(judul="Kenduren Mas Segera", tanggal_mulai=_hari(3))

    html = _html(client.get(reverse("kegiatan:daftar")))

    segera, nanti, lalu = (
        html.index("Kenduren Mas Segera"),
        html.index("Kenduren Mas Nanti"),
        html.rindex("Sambang Desa Lalu"),  # the calendar may show it too, above
    )
    assert segera < nanti < lalu
    assert html.index("Akan datang") < segera < html.index("Sudah berlangsung") < lalu


def test_saring_menurut_jenis_dan_kecamatan(client):
    bangil = KecamatanFactory(nama="Bangil", slug="bangil")
    rembang = KecamatanFactory(nama="Rembang", slug="rembang")
    KegiatanFactory(judul="KM Bangil", kecamatan=bangil)
    KegiatanFactory(judul="KM Rembang", kecamatan=rembang)
    KegiatanFactory(judul="Ngantor Bangil", kecamatan=bangil, jenis=Kegiatan.Jenis.NGANTOR)

    html = _html(client.get(reverse("kegiatan:daftar"), {"kecamatan": "bangil"}))
    assert "KM Bangil" in html and "Ngantor Bangil" in html and "KM Rembang" not in html
    assert reverse("kegiatan:kalender_kecamatan_ics", args=["bangil"]) in html

    html = _html(
        client.get(reverse("kegiatan:daftar"), {"kecamatan": "bangil", "jenis": "kenduren_mas"})
    )
    assert "KM Bangil" in html and "Ngantor Bangil" not in html and "KM Rembang" not in html


@pytest.mark.parametrize(
    "parameter",
    [
        {"jenis": "tidak-ada"},
        {"kecamatan": "tidak-ada"},
        {"kecamatan": "<script>"},
        {"bulan": "2026-13"},
        {"bulan": "abc"},
        {"bulan": "0000-01"},
        {"bulan": "9999-12"},
        {"halaman": "-1"},
        {"halaman": "banyak"},
        {"halaman": "99999"},
        {"jenis": ["ngantor_di_kecamatan", "x"], "bulan": ["2026-01", "2026-02"]},
    ],
)
def test_parameter_buruk_tetap_200(client, parameter):
    KegiatanFactory(judul="Tetap Tampil")

    html = _html(client.get(reverse("kegiatan:daftar"), parameter))

    assert "Tetap Tampil" in html


def test_saringan_salah_diberitahukan_dan_diabaikan(client):
    KegiatanFactory(judul="Tetap Tampil")

    html = _html(client.get(reverse("kegiatan:daftar"), {"kecamatan": "tidak-ada"}))

    assert "Ada pilihan yang tidak dikenali" in html
    assert "Tetap Tampil" in html


# Calendar


def _sel(html, tanggal):
    cocok = re.search(rf'<td [^>]*data-tanggal="{tanggal}"[^>]*>(.*?)</td>', html, flags=re.DOTALL)
    assert cocok, tanggal
    return cocok.group(1)


def test_kalender_menampilkan_kegiatan_di_hari_yang_benar(client):
    kegiatan = KegiatanFactory(
        judul="Kenduren Mas Desember",
        tanggal_mulai=datetime.date(2026, 12, 8),
        tanggal_selesai=datetime.date(2026, 12, 9),
    )

    html = _html(client.get(reverse("kegiatan:daftar"), {"bulan": "2026-12"}))

    assert "<caption" in html and "Desember 2026" in html
    assert html.count('<th scope="col">') == 7
    tautan = f'href="{kegiatan.get_absolute_url()}"'
    assert tautan in _sel(html, "2026-12-08")
    assert tautan in _sel(html, "2026-12-09")
    assert tautan not in _sel(html, "2026-12-07")
    assert tautan not in _sel(html, "2026-12-10")
    assert "bulan=2026-11" in html and "bulan=2027-01" in html


def test_kalender_bulan_tidak_sah_kembali_ke_bulan_ini(client):
    html = _html(client.get(reverse("kegiatan:daftar"), {"bulan": "2026-99"}))

    assert f'data-tanggal="{timezone.localdate():%Y-%m-%d}"' in html
    assert 'aria-current="date"' in html


def test_kalender_tanpa_draf(client):
    KegiatanFactory(
        judul="Draf Kalender",
        terbit=False,
        tanggal_mulai=datetime.date(2026, 12, 8),
        tanggal_selesai=datetime.date(2026, 12, 8),
    )

    html = _html(client.get(reverse("kegiatan:daftar"), {"bulan": "2026-12"}))

    assert "Draf Kalender" not in html


# Detail


def test_detail_mendatang_agenda_layanan_tertaut_opd_dan_tautan_kalender(client):
    kegiatan = kegiatan_lengkap(
        judul="Kenduren Mas Bangil",
        tanggal_mulai=_hari(10),
        tempat="Alun-alun Bangil",
    )
    ktp = LayananFactory(nama="Perekaman KTP-el")
    LayananKegiatanFactory(kegiatan=kegiatan, layanan=ktp, jumlah_dilayani=0)
    KehadiranOPDFactory(
        kegiatan=kegiatan,
        opd=OPDFactory(nama="Dinas Kependudukan Uji"),
        kehadiran=KehadiranOPD.Kehadiran.BELUM,
    )
    KehadiranOPDFactory(
        kegiatan=kegiatan,
        opd=OPDFactory(nama="Dinas Izin Uji"),
        kehadiran=KehadiranOPD.Kehadiran.IZIN,
    )

    html = _html(client.get(kegiatan.get_absolute_url()))

    assert "Kenduren Mas Bangil" in html and "Alun-alun Bangil" in html
    assert "Gebyar UMKM" in html and "Pelayanan OPD" in html
    assert f'href="{ktp.get_absolute_url()}"' in html
    assert "Dinas Kependudukan Uji" in html
    assert "Dinas Izin Uji" not in html
    assert reverse("kegiatan:ics", args=[kegiatan.slug]) in html
    assert "Tambahkan ke kalender" in html
    assert "Hasil kegiatan" not in html
    assert '<meta name="description" content="Kenduren Mas di Kecamatan' in html


def test_detail_json_ld_event_aman_dari_penutupan_script(client):
    kegiatan = kegiatan_lengkap(judul="Kenduren </script><b>x</b> & Mas")

    html = _html(client.get(kegiatan.get_absolute_url()))

    awal = html.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    isi = html[awal : html.index("</script>", awal)]
    data = json.loads(isi)
    assert data["@type"] == "Event"
    assert data["name"] == "Kenduren </script><b>x</b> & Mas"
    assert data["startDate"].endswith("+07:00")
    assert "<" not in isi


def test_detail_dibatalkan_jelas_terlihat(client):
    kegiatan = KegiatanFactory(status=Kegiatan.Status.DIBATALKAN)

    html = _html(client.get(kegiatan.get_absolute_url()))

    assert "Kegiatan ini dibatalkan." in html
    assert "EventCancelled" in html


def test_detail_sesudah_kegiatan_hasil_dan_pertanyaan(client):
    kegiatan = kegiatan_lengkap(
        judul="Kenduren Mas Rembang",
        tanggal_mulai=_hari(-10),
        jumlah_pengunjung=1240,
        status=Kegiatan.Status.SELESAI,
    )
    opd = OPDFactory(nama="Dinas Hadir Uji")
    KehadiranOPDFactory(kegiatan=kegiatan, opd=opd)
    KehadiranOPDFactory(
        kegiatan=kegiatan,
        opd=OPDFactory(nama="Dinas Absen Uji"),
        kehadiran=KehadiranOPD.Kehadiran.TIDAK_HADIR,
    )
    LayananKegiatanFactory(kegiatan=kegiatan, jumlah_dilayani=86)
    LayananKegiatanFactory(kegiatan=kegiatan, jumlah_dilayani=14)
    StanUMKMFactory(kegiatan=kegiatan, nama_usaha="Keripik Tempe Bu Sri")
    hari_1 = datetime.datetime.combine(
        kegiatan.tanggal_mulai, datetime.time(19, 30), tzinfo=JAKARTA
    )
    buat_aspirasi(kegiatan, opd, 1, dijawab=hari_1, terbit=True, judul="Dijawab di tempat")
    # 23.30 on the last day is still on site (Asia/Jakarta), 00.30 next day is not.
    akhir = datetime.datetime.combine(
        kegiatan.tanggal_selesai, datetime.time(23, 30), tzinfo=JAKARTA
    )
    buat_aspirasi(kegiatan, opd, 2, dijawab=akhir)
    buat_aspirasi(
        kegiatan, opd, 3, dijawab=akhir + datetime.timedelta(hours=1), judul="Dijawab kemudian"
    )
    buat_aspirasi(kegiatan, opd, 4)
    buat_aspirasi(kegiatan, opd, 5, kanal=Aspirasi.Kanal.TEMUAN_KUNJUNGAN)

    html = _html(client.get(kegiatan.get_absolute_url()))

    assert "Hasil kegiatan" in html
    assert "1.240" in html
    assert ">100<" in html  # residents served, all services
    assert "Keripik Tempe Bu Sri" in html
    assert "Dinas Hadir Uji" in html and "Dinas Absen Uji" not in html
    angka = dict(re.findall(r"<dt>([^<]+)</dt><dd>(\d+)</dd>", html))
    assert angka["Ditanyakan"] == "4"
    assert angka["Dijawab di tempat"] == "2"
    assert angka["Dijawab sesudahnya"] == "1"
    assert angka["Belum dijawab"] == "1"
    assert "1 temuan kunjungan" in html
    terbit = Aspirasi.objects.get(judul="Dijawab di tempat")
    assert reverse("aspirasi:tanya_jawab_detail", args=[terbit.pk]) in html
    assert "Dijawab kemudian" not in html  # not published


def buat_aspirasi(kegiatan, opd, nomor, *, dijawab=None, terbit=False, **ubah):
    data = {
        "kode": kode_ke(90000 + nomor),
        "jenis": Aspirasi.Jenis.PERTANYAAN,
        "judul": f"Pertanyaan di kegiatan {nomor}",
        "isi": "Isi uji.",
        "opd": opd,
        "kegiatan": kegiatan,
        "kanal": Aspirasi.Kanal.KENDUREN_MAS,
        "status": Status.DIJAWAB if dijawab else Status.DITERUSKAN,
        "dijawab_pertama_pada": dijawab,
        # An answered row carries what the dashboard measures (a DB constraint).
        "tenggat_jawaban": dijawab,
        "hari_kerja_sampai_jawaban": 0 if dijawab else None,
        "diterbitkan": terbit,
    }
    data.update(ubah)
    return Aspirasi.objects.create(**data)


# Beranda


def test_beranda_menampilkan_tiga_kegiatan_terdekat(client):
    for n, hari in enumerate([30, 5, 12, 20]):
        KegiatanFactory(judul=f"Kegiatan Beranda {n}", tanggal_mulai=_hari(hari))
    KegiatanFactory(
        judul="Kegiatan Beranda Lalu", tanggal_mulai=_hari(-5), tanggal_selesai=_hari(-5)
    )

    html = _html(client.get("/"))

    assert html.index("Kegiatan Beranda 1") < html.index("Kegiatan Beranda 2")
    assert html.index("Kegiatan Beranda 2") < html.index("Kegiatan Beranda 3")
    assert "Kegiatan Beranda 0" not in html
    assert "Kegiatan Beranda Lalu" not in html
    assert reverse("kegiatan:daftar") in html


def test_navigasi_kegiatan_aktif_hanya_di_halaman_kegiatan(client):
    kegiatan = KegiatanFactory()

    html = _html(client.get(kegiatan.get_absolute_url()))

    assert f'<a href="{reverse("kegiatan:daftar")}" aria-current="page">' in html
    assert f'<a href="{reverse("layanan:daftar")}" aria-current="page">' not in html
