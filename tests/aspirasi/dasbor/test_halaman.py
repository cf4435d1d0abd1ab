"""/dasbor/ and its lists and exports: who may see what (tested from the other side), bad
filter input, exports, and a query count that does not grow with the data."""

import csv
import datetime
import io
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from aspirasi import services
from aspirasi.dasbor.ekspor import aman
from aspirasi.dasbor.forms import parameter
from aspirasi.models import Aspirasi, Status
from tests.factories import (
    DesaFactory,
    KecamatanFactory,
    OPDFactory,
    PenggunaFactory,
    petugas_opd,
    verifikator,
)
from tests.factories_aspirasi import aspirasi_baru, camat, kode_ke, pimpinan
from tests.factories_kegiatan import KegiatanFactory, KehadiranOPDFactory
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _sandi_cepat(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


HALAMAN = ["dasbor", "dasbor_daftar", "dasbor_kehadiran", "dasbor_xlsx", "dasbor_csv"]
PENANDA = ["Penanda Pelapor Dasbor", "penanda.dasbor@contoh.test", "081299990000"]


def url(nama, **data):
    dasar = reverse(f"aspirasi:{nama}")
    return dasar + ("?" + "&".join(f"{k}={v}" for k, v in data.items()) if data else "")


def diteruskan_lalu(opd, hari=20, **data):
    """Received and routed ``hari`` days ago: overdue by now."""
    lalu = timezone.now() - datetime.timedelta(days=hari)
    aspirasi = aspirasi_baru(waktu=lalu, **data)
    return services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator(), waktu=lalu)


@pytest.fixture
def dunia():
    k1, k2 = KecamatanFactory(nama="Kecamatan Satu"), KecamatanFactory(nama="Kecamatan Dua")
    opd_a, opd_b = OPDFactory(nama="Dinas Alpha"), OPDFactory(nama="Dinas Beta")
    identitas = {
        "nama_pelapor": PENANDA[0],
        "email_pelapor": PENANDA[1],
        "telepon_pelapor": PENANDA[2],
    }
    item = {
        "a_k1": diteruskan_lalu(opd_a, kecamatan=k1, **identitas),
        "a_k2": diteruskan_lalu(opd_a, kecamatan=k2, **identitas),
        "b_k1": diteruskan_lalu(opd_b, kecamatan=k1, **identitas),
        "b_k2": diteruskan_lalu(opd_b, kecamatan=k2, **identitas),
        "baru_k2": aspirasi_baru(kecamatan=k2, **identitas),
    }
    kemarin = timezone.localdate() - datetime.timedelta(days=3)
    for kec in (k1, k2):
        kegiatan = KegiatanFactory(
            kecamatan=kec, tanggal_mulai=kemarin, tanggal_selesai=kemarin, judul=f"Acara {kec}"
        )
        KehadiranOPDFactory(kegiatan=kegiatan, opd=opd_a)
        KehadiranOPDFactory(kegiatan=kegiatan, opd=opd_b, kehadiran="tidak_hadir")
    return {"k1": k1, "k2": k2, "opd_a": opd_a, "opd_b": opd_b, **item}


def _isi(respons) -> str:
    if respons["Content-Type"].startswith("application/vnd.openxmlformats"):
        buku = load_workbook(io.BytesIO(respons.content))
        return "\n".join(
            str(sel)
            for lembar in buku.worksheets
            for baris in lembar.iter_rows(values_only=True)
            for sel in baris
        )
    return respons.content.decode()


# --- who gets in ----------------------------------------------------------------------------
@pytest.mark.parametrize("nama", HALAMAN)
def test_pengunjung_anonim_diarahkan_ke_login(client, nama):
    respons = client.get(url(nama))
    assert respons.status_code == 302
    assert "/login/" in respons["Location"]


@pytest.mark.parametrize("nama", HALAMAN)
def test_staf_tanpa_peran_mendapat_403_bukan_halaman_kosong(client, nama):
    masuk_staf(client, PenggunaFactory())
    assert client.get(url(nama)).status_code == 403


@pytest.mark.parametrize("nama", HALAMAN)
def test_staf_dengan_opd_tanpa_izin_lihat_aspirasi_mendapat_403(client, nama, dunia):
    # An OPD on the account is not enough: the role must be allowed to view aspirasi.
    masuk_staf(client, PenggunaFactory(opd=dunia["opd_a"]))
    assert client.get(url(nama)).status_code == 403


def test_dasbor_hanya_menerima_get(client, dunia):
    masuk_staf(client, pimpinan())
    assert client.post(url("dasbor")).status_code == 405


# --- scope: each side -----------------------------------------------------------------------
@pytest.mark.parametrize("nama", ["dasbor", "dasbor_daftar", "dasbor_xlsx", "dasbor_csv"])
def test_pimpinan_melihat_semua_opd_dan_kecamatan(client, dunia, nama):
    masuk_staf(client, pimpinan())
    isi = _isi(client.get(url(nama, keadaan="semua")))
    if nama == "dasbor_daftar":
        for kunci in ("a_k1", "a_k2", "b_k1", "b_k2", "baru_k2"):
            assert dunia[kunci].kode in isi
    else:
        for teks in ("Dinas Alpha", "Dinas Beta", "Kecamatan Satu", "Kecamatan Dua"):
            assert teks in isi


@pytest.mark.parametrize("nama", ["dasbor", "dasbor_daftar", "dasbor_xlsx", "dasbor_csv"])
def test_camat_hanya_melihat_kecamatannya(client, dunia, nama):
    masuk_staf(client, camat(dunia["k1"]))
    respons = client.get(url(nama, keadaan="semua"))
    assert respons.status_code == 200
    isi = _isi(respons)
    assert "Kecamatan Dua" not in isi
    for kunci in ("a_k2", "b_k2", "baru_k2"):
        assert dunia[kunci].kode not in isi
    if nama == "dasbor_daftar":
        assert dunia["a_k1"].kode in isi and dunia["b_k1"].kode in isi
    if nama == "dasbor":
        assert respons.context["d"].ringkasan.diterima == 2


@pytest.mark.parametrize("nama", HALAMAN)
def test_camat_yang_mengganti_kecamatan_di_url_ditolak_dengan_pesan(client, dunia, nama):
    masuk_staf(client, camat(dunia["k1"]))
    k2 = dunia["k2"]
    for data in (
        {"kecamatan": k2.pk},
        {"kecamatan": k2.pk, "keadaan": "lewat"},
        {"desa": DesaFactory(kecamatan=k2).pk},
        {"kecamatan": dunia["k1"].pk, "desa": DesaFactory(kecamatan=k2).pk},
    ):
        respons = client.get(url(nama, **data))
        assert respons.status_code == 400, data
        isi = respons.content.decode()
        assert "Ada yang perlu diperbaiki" in isi
        for kunci in ("a_k2", "b_k2", "baru_k2"):
            assert dunia[kunci].kode not in isi


def test_camat_menelusuri_desa_kecamatannya_sendiri(client, dunia):
    desa = DesaFactory(kecamatan=dunia["k1"])
    Aspirasi.objects.filter(pk=dunia["a_k1"].pk).update(desa=desa)
    masuk_staf(client, camat(dunia["k1"]))
    respons = client.get(url("dasbor", kecamatan=dunia["k1"].pk))
    assert respons.status_code == 200
    d = respons.context["d"]
    assert d.tingkat_wilayah == "desa"
    assert {b.kunci: b.angka.diterima for b in d.per_wilayah} == {desa.pk: 1, None: 1}
    respons = client.get(url("dasbor_daftar", kecamatan=dunia["k1"].pk, desa=desa.pk))
    assert dunia["a_k1"].kode in respons.content.decode()
    assert dunia["b_k1"].kode not in respons.content.decode()


def test_camat_melihat_kehadiran_kegiatan_di_kecamatannya_saja(client, dunia):
    masuk_staf(client, camat(dunia["k1"]))
    isi = client.get(url("dasbor_kehadiran")).content.decode()
    assert "Acara Kecamatan Satu" in isi
    assert "Acara Kecamatan Dua" not in isi


@pytest.mark.parametrize("nama", ["dasbor", "dasbor_daftar", "dasbor_xlsx", "dasbor_csv"])
def test_petugas_opd_hanya_melihat_opdnya(client, dunia, nama):
    masuk_staf(client, petugas_opd(dunia["opd_a"]))
    respons = client.get(url(nama, keadaan="semua"))
    assert respons.status_code == 200
    isi = _isi(respons)
    assert "Dinas Beta" not in isi
    for kunci in ("b_k1", "b_k2", "baru_k2"):
        assert dunia[kunci].kode not in isi
    if nama == "dasbor":
        assert [b.nama for b in respons.context["d"].per_opd] == ["Dinas Alpha"]
        assert respons.context["d"].ringkasan.diterima == 2


@pytest.mark.parametrize("nama", HALAMAN)
def test_petugas_opd_yang_memilih_opd_lain_ditolak(client, dunia, nama):
    masuk_staf(client, petugas_opd(dunia["opd_a"]))
    respons = client.get(url(nama, opd=dunia["opd_b"].pk))
    assert respons.status_code == 400
    assert dunia["b_k1"].kode not in respons.content.decode()


def test_petugas_opd_melihat_kehadiran_opdnya_saja(client, dunia):
    masuk_staf(client, petugas_opd(dunia["opd_a"]))
    respons = client.get(url("dasbor_kehadiran"))
    baris = list(respons.context["halaman"])
    assert len(baris) == 2
    assert {k.opd_id for k in baris} == {dunia["opd_a"].pk}


@pytest.mark.parametrize("nama", HALAMAN)
def test_identitas_pelapor_tidak_pernah_muncul_di_dasbor(client, dunia, nama):
    masuk_staf(client, pimpinan())
    for keadaan in ("semua", "belum", "lewat"):
        isi = _isi(client.get(url(nama, keadaan=keadaan)))
        for penanda in PENANDA:
            assert penanda not in isi


def test_angka_per_opd_bertaut_ke_daftar_yang_sama_jumlahnya(client, dunia):
    masuk_staf(client, pimpinan())
    respons = client.get(url("dasbor"))
    html = respons.content.decode()
    d = respons.context["d"]
    assert d.ringkasan.lewat == 4
    for b in d.per_opd:
        a = b.angka
        for keadaan, nilai in (("semua", a.diterima), ("belum", a.belum), ("lewat", a.lewat)):
            data = parameter(d.saringan, opd=b.kunci, keadaan=keadaan)
            assert f"opd={b.kunci}&amp;keadaan={keadaan}" in html
            daftar = client.get(reverse("aspirasi:dasbor_daftar"), data)
            assert daftar.context["halaman"].paginator.count == nilai


# --- bad input -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [
        {"dari": "kemarin"},
        {"dari": "2026-02-30"},
        {"dari": "99999-01-01"},
        {"dari": "1900-01-01"},
        {"dari": "2026-05-01", "sampai": "2026-04-01"},
        {"dari": "2020-01-01", "sampai": "2026-01-01"},
        {"periode": "abc"},
        {"periode": "<script>alert(1)</script>"},
        {"jenis": "<script>alert(1)</script>"},
        {"kanal": "x" * 10_000},
        {"pemda": "satu"},
        {"kecamatan": "999999"},
        {"opd": "-1"},
        {"desa": "1.5"},
        {"kecamatan": "\x00"},
    ],
)
def test_saringan_salah_memberi_pesan_jelas_tanpa_galat_server(client, data):
    masuk_staf(client, pimpinan())
    respons = client.get(reverse("aspirasi:dasbor"), data)
    assert respons.status_code == 400
    isi = respons.content.decode()
    assert "Ada yang perlu diperbaiki" in isi
    assert "<script>alert(1)</script>" not in isi


@pytest.mark.parametrize(
    "data", [{"dari": "2026-13-01"}, {"jenis": "<script>alert(1)</script>"}, {"opd": "x"}]
)
@pytest.mark.parametrize("nama", HALAMAN[1:])
def test_saringan_salah_di_daftar_dan_ekspor_juga_ditolak_dengan_pesan(client, data, nama):
    masuk_staf(client, pimpinan())
    respons = client.get(reverse(f"aspirasi:{nama}"), data)
    assert respons.status_code == 400
    isi = respons.content.decode()
    assert "Ada yang perlu diperbaiki" in isi
    assert "<script>alert(1)</script>" not in isi


def test_daftar_keadaan_tak_dikenal_dan_halaman_salah(client, dunia):
    masuk_staf(client, pimpinan())
    respons = client.get(url("dasbor_daftar", keadaan="hapus"))
    assert respons.status_code == 400
    assert "Pilihan daftar tidak dikenal" in respons.content.decode()
    respons = client.get(url("dasbor_daftar", halaman="abc"))
    assert respons.status_code == 200
    respons = client.get(url("dasbor_daftar", halaman="99999"))
    assert respons.status_code == 200


def test_periode_bawaan_90_hari_dan_tanggal_sendiri(client, dunia):
    masuk_staf(client, pimpinan())
    hari_ini = timezone.localdate()
    s = client.get(url("dasbor")).context["d"].saringan
    assert (s.dari, s.sampai) == (hari_ini - datetime.timedelta(days=89), hari_ini)
    s = client.get(url("dasbor", periode="7")).context["d"].saringan
    assert s.dari == hari_ini - datetime.timedelta(days=6)
    s = client.get(url("dasbor", dari="2026-01-05", sampai="2026-02-01")).context["d"].saringan
    assert (s.dari, s.sampai) == (datetime.date(2026, 1, 5), datetime.date(2026, 2, 1))


# --- export ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "teks", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tisi", "\risi"]
)
def test_sel_yang_diawali_rumus_menjadi_teks(teks):
    assert aman(teks) == "'" + teks
    assert aman("Biasa =1") == "Biasa =1"
    assert aman(5) == 5


def test_ekspor_aman_dari_injeksi_rumus(client, dunia):
    opd = OPDFactory(nama="=CMD|' /C calc'!A0")
    diteruskan_lalu(opd, judul='=HYPERLINK("http://contoh.test","klik")')
    diteruskan_lalu(opd, judul="@SUM(1+1)")
    masuk_staf(client, pimpinan())
    buku = load_workbook(io.BytesIO(client.get(url("dasbor_xlsx")).content))
    sel = [c for lembar in buku.worksheets for b in lembar.iter_rows() for c in b]
    teks = [c.value for c in sel if isinstance(c.value, str)]
    assert "'=CMD|' /C calc'!A0" in teks
    assert '\'=HYPERLINK("http://contoh.test","klik")' in teks
    assert "'@SUM(1+1)" in teks
    assert not any(c.data_type == "f" for c in sel)
    baris = list(csv.reader(io.StringIO(client.get(url("dasbor_csv")).content.decode("utf-8-sig"))))
    nilai = [v for b in baris for v in b]
    assert "'=CMD|' /C calc'!A0" in nilai
    assert not any(v.startswith(("=", "+", "@")) for v in nilai)


def test_ekspor_xlsx_dan_csv_berisi_angka_yang_sama_dengan_halaman(client, dunia):
    masuk_staf(client, pimpinan())
    d = client.get(url("dasbor")).context["d"]
    buku = load_workbook(io.BytesIO(client.get(url("dasbor_xlsx")).content))
    per_opd = list(buku["Per OPD"].iter_rows(values_only=True))
    assert per_opd[1:] == [
        (
            b.nama,
            b.angka.diterima,
            b.angka.belum,
            b.angka.lewat,
            b.angka.umur_tertua,
            b.angka.median_hari,
            b.angka.tepat_persen,
            b.angka.hadir,
            b.angka.diundang,
        )
        for b in d.per_opd
    ]
    ringkasan = dict(list(buku["Ringkasan"].iter_rows(values_only=True))[1:])
    assert ringkasan["Diterima"] == d.ringkasan.diterima == 5
    assert ringkasan["Lewat tenggat"] == d.ringkasan.lewat
    teks = client.get(url("dasbor_csv")).content.decode("utf-8-sig")
    assert "Per OPD" in teks and "Dinas Alpha" in teks


def test_ekspor_mengikuti_saringan_yang_sedang_dilihat(client, dunia):
    masuk_staf(client, pimpinan())
    buku = load_workbook(
        io.BytesIO(client.get(url("dasbor_xlsx", kecamatan=dunia["k1"].pk)).content)
    )
    ringkasan = dict(list(buku["Ringkasan"].iter_rows(values_only=True))[1:])
    assert ringkasan["Diterima"] == 2
    assert buku["Per wilayah"]["A1"].value == "Desa/kelurahan"


# --- query counts ---------------------------------------------------------------------------
_nomor = itertools.count(500_000)


def buat_massal(jumlah, opd_list, kecamatan_list):
    """``jumlah`` rows of every kind in one bulk insert: new, routed, overdue, answered on
    time and late, spread over the last 80 days."""
    sekarang = timezone.now()
    baris = []
    for i in range(jumlah):
        dibuat = sekarang - datetime.timedelta(days=i % 80, hours=i % 7)
        jenis = i % 4
        data = {
            "kode": kode_ke(next(_nomor)),
            "jenis": Aspirasi.Jenis.values[i % 4],
            "kanal": Aspirasi.Kanal.values[i % 6],
            "judul": f"Massal {i}",
            "isi": "Isi.",
            "dibuat": dibuat,
            "kecamatan": kecamatan_list[i % len(kecamatan_list)],
        }
        if jenis == 0:
            data.update(status=Status.BARU, tenggat=dibuat + datetime.timedelta(days=3))
        elif jenis == 1:
            data.update(
                status=Status.DITERUSKAN,
                opd=opd_list[i % len(opd_list)],
                tenggat=dibuat + datetime.timedelta(days=7),
            )
        else:
            dijawab = dibuat + datetime.timedelta(days=i % 9)
            data.update(
                status=Status.DIJAWAB,
                opd=opd_list[i % len(opd_list)],
                dijawab_pertama_pada=dijawab,
                tenggat_jawaban=dibuat + datetime.timedelta(days=7),
                hari_kerja_sampai_jawaban=i % 7,
            )
        baris.append(Aspirasi(**data))
    Aspirasi.objects.bulk_create(baris, batch_size=2000)


def _jumlah_query(client, alamat):
    client.get(alamat)  # warm per-process caches
    with CaptureQueriesContext(connection) as ctx:
        respons = client.get(alamat)
    assert respons.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    "peran,alamat",
    [
        ("pimpinan", url("dasbor")),
        ("camat", url("dasbor")),
        ("petugas", url("dasbor")),
        ("pimpinan", url("dasbor", periode="365", jenis="pengaduan")),
        ("pimpinan", url("dasbor", kecamatan="{k}")),
        ("camat", url("dasbor", kecamatan="{k}")),
        ("pimpinan", url("dasbor_daftar", keadaan="lewat")),
        ("petugas", url("dasbor_daftar", keadaan="semua", halaman="2")),
        ("pimpinan", url("dasbor_kehadiran")),
        ("pimpinan", url("dasbor_xlsx")),
        ("camat", url("dasbor_csv")),
    ],
)
def test_jumlah_query_sama_dengan_100_dan_10000_aspirasi(client, alamat, peran):
    opd = [OPDFactory() for _ in range(6)]
    kecamatan = [KecamatanFactory() for _ in range(5)]
    for k in kecamatan:
        DesaFactory(kecamatan=k)
    user = {
        "pimpinan": lambda: pimpinan(),
        "camat": lambda: camat(kecamatan[0]),
        "petugas": lambda: petugas_opd(opd[0]),
    }[peran]()
    masuk_staf(client, user)
    alamat = alamat.replace("{k}", str(kecamatan[0].pk))
    buat_massal(100, opd, kecamatan)
    sedikit = _jumlah_query(client, alamat)
    buat_massal(9_900, opd, kecamatan)
    assert Aspirasi.objects.count() == 10_000
    assert _jumlah_query(client, alamat) == sedikit


# --- Lurah: one desa, not the whole kecamatan -----------------------------------------------
@pytest.fixture
def lurah_dan_desa(dunia):
    desa_sendiri, desa_lain = DesaFactory(kecamatan=dunia["k1"]), DesaFactory(kecamatan=dunia["k1"])
    Aspirasi.objects.filter(pk=dunia["a_k1"].pk).update(desa=desa_sendiri)
    Aspirasi.objects.filter(pk=dunia["b_k1"].pk).update(desa=desa_lain)
    lurah = camat(dunia["k1"], desa=desa_sendiri)
    return lurah, desa_sendiri, desa_lain


@pytest.mark.parametrize("nama", ["dasbor", "dasbor_daftar", "dasbor_xlsx", "dasbor_csv"])
def test_lurah_hanya_melihat_desanya(client, dunia, lurah_dan_desa, nama):
    lurah, _desa, _lain = lurah_dan_desa
    masuk_staf(client, lurah)
    respons = client.get(url(nama, keadaan="semua"))
    assert respons.status_code == 200
    isi = _isi(respons)
    assert dunia["b_k1"].kode not in isi and dunia["a_k2"].kode not in isi
    if nama == "dasbor_daftar":
        assert dunia["a_k1"].kode in isi
    if nama == "dasbor":
        assert respons.context["d"].ringkasan.diterima == 1


@pytest.mark.parametrize("nama", HALAMAN)
def test_lurah_yang_mengganti_desa_atau_kecamatan_di_url_ditolak(
    client, dunia, lurah_dan_desa, nama
):
    lurah, _desa, lain = lurah_dan_desa
    masuk_staf(client, lurah)
    for data in ({"desa": lain.pk}, {"kecamatan": dunia["k2"].pk}):
        respons = client.get(url(nama, **data))
        assert respons.status_code == 400
        assert dunia["b_k1"].kode not in respons.content.decode()


def test_lurah_tidak_bisa_membuka_aspirasi_desa_lain_di_admin(client, dunia, lurah_dan_desa):
    lurah, _desa, _lain = lurah_dan_desa
    masuk_staf(client, lurah)
    sendiri = reverse("admin:aspirasi_aspirasi_change", args=[dunia["a_k1"].pk])
    lain = reverse("admin:aspirasi_aspirasi_change", args=[dunia["b_k1"].pk])
    assert client.get(sendiri).status_code == 200
    assert client.get(lain).status_code in (302, 403, 404)
    daftar = client.get(reverse("admin:aspirasi_aspirasi_changelist")).content.decode()
    assert dunia["a_k1"].kode in daftar and dunia["b_k1"].kode not in daftar


def test_desa_lurah_harus_di_kecamatannya(dunia):
    from django.core.exceptions import ValidationError

    lurah = camat(dunia["k1"], desa=DesaFactory(kecamatan=dunia["k2"]))
    with pytest.raises(ValidationError) as galat:
        lurah.full_clean()
    assert "desa" in galat.value.message_dict


def test_admin_menautkan_dasbor_bagi_yang_boleh_melihat_aspirasi(client):
    masuk_staf(client, pimpinan())
    assert f'href="{url("dasbor")}"' in client.get(reverse("admin:index")).content.decode()
    masuk_staf(client, PenggunaFactory())
    assert f'href="{url("dasbor")}"' not in client.get(reverse("admin:index")).content.decode()
