"""Acceptance 1: every dashboard figure equals a plain Python computation over the same
seeded data (weekends, national holidays and cuti bersama included), across periods, roles
and filters."""

import datetime

import pytest

from aspirasi.dasbor import statistik
from aspirasi.dasbor.statistik import TANPA_OPD, Saringan
from tests.aspirasi.dasbor import data
from tests.factories import PenggunaFactory, petugas_opd
from tests.factories_aspirasi import camat, pimpinan

pytestmark = pytest.mark.django_db

KOLOM = [
    "diterima",
    "belum",
    "lewat",
    "dijawab",
    "tepat",
    "jatuh_tempo",
    "tepat_persen",
    "median_hari",
    "umur_tertua",
]


def _angka(a) -> dict:
    return {k: getattr(a, k) for k in KOLOM}


def _saringan(dunia) -> list[Saringan]:
    k1, k3 = dunia.kecamatan[0], dunia.kecamatan[2]
    penuh = {"dari": datetime.date(2026, 3, 1), "sampai": datetime.date(2026, 4, 10)}
    # The fortnight of Nyepi, Idul Fitri and the cuti bersama days.
    libur = {"dari": datetime.date(2026, 3, 16), "sampai": datetime.date(2026, 3, 29)}
    return [
        Saringan(**penuh),
        Saringan(**libur),
        Saringan(dari=datetime.date(2026, 3, 7), sampai=datetime.date(2026, 3, 8)),  # weekend
        Saringan(**penuh, jenis="pengaduan"),
        Saringan(**penuh, kanal="web"),
        Saringan(**libur, kanal="kenduren_mas", jenis="pertanyaan"),
        Saringan(**penuh, pemda_id=dunia.pemda_kota.pk),
        Saringan(**penuh, kecamatan_id=k1.pk),
        Saringan(**penuh, kecamatan_id=k1.pk, desa_id=dunia.desa[k1.pk][0].pk),
        Saringan(**libur, kecamatan_id=k3.pk),
        Saringan(**penuh, opd=dunia.opd[1].pk),
        Saringan(**penuh, opd=TANPA_OPD),
        Saringan(**libur, pemda_id=dunia.pemda_kab.pk, opd=dunia.opd[0].pk),
    ]


def _pengguna(peran, dunia):
    return {
        "pimpinan": lambda: pimpinan(),
        "verifikator": lambda: PenggunaFactory(grup="Verifikator"),
        "camat_k1": lambda: camat(dunia.kecamatan[0]),
        "camat_kota": lambda: camat(dunia.kecamatan[2]),
        "lurah_k1": lambda: camat(dunia.kecamatan[0], desa=dunia.desa[dunia.kecamatan[0].pk][0]),
        "petugas_lambat": lambda: petugas_opd(dunia.opd[1]),
        "petugas_kota": lambda: petugas_opd(dunia.opd[3]),
    }[peran]()


def test_data_uji_memuat_akhir_pekan_libur_dan_semua_keadaan():
    """Guards the next test: the seeded data exercises what it claims to."""
    data.siapkan()
    semua = data.baris_mentah()
    libur = data._libur()
    hari = [b["dibuat"].astimezone(data.WIB).date() for b in semua]
    hari += [
        b["dijawab_pertama_pada"].astimezone(data.WIB).date()
        for b in semua
        if b["dijawab_pertama_pada"]
    ]
    assert any(h.weekday() >= 5 for h in hari)
    assert any(h in libur and h.weekday() < 5 for h in hari)
    assert any(h in data.CUTI_BERSAMA for h in hari)
    status = {b["status"] for b in semua}
    assert {"baru", "diteruskan", "dijawab", "ditolak"} <= status
    dijawab = [b for b in semua if b["dijawab_pertama_pada"]]
    assert any(b["dijawab_pertama_pada"] <= b["tenggat_ref"] for b in dijawab)
    assert any(b["dijawab_pertama_pada"] > b["tenggat_ref"] for b in dijawab)
    # A reopened item: answered once, waiting again.
    assert any(b["status"] == "diteruskan" for b in dijawab)


@pytest.mark.parametrize(
    "peran",
    [
        "pimpinan",
        "verifikator",
        "camat_k1",
        "camat_kota",
        "lurah_k1",
        "petugas_lambat",
        "petugas_kota",
    ],
)
def test_setiap_angka_dasbor_sama_dengan_hitungan_python(peran):
    dunia = data.siapkan()
    user = _pengguna(peran, dunia)
    semua = data.baris_mentah()
    sekarang = data.SEKARANG
    hari_ini = sekarang.date()
    nama_opd = {o.pk: o.nama for o in dunia.opd}
    for s in _saringan(dunia):
        d = statistik.dasbor(user, s, sekarang=sekarang, batas_lewat=1000)
        pilihan = data.pilih_ref(semua, user, s)
        konteks = f"{peran} {s}"

        # Headline.
        assert _angka(d.ringkasan) == data.angka_ref(pilihan, sekarang), konteks

        # Per OPD, attendance included, worst first.
        ref_opd = data.kelompok_ref(pilihan, "opd_id", sekarang)
        hadir = data.kehadiran_ref(user, s, hari_ini)
        kunci_ref = {TANPA_OPD if k is None else k for k in ref_opd} | set(hadir)
        assert {b.kunci for b in d.per_opd} == kunci_ref, konteks
        for b in d.per_opd:
            opd_id = None if b.kunci == TANPA_OPD else b.kunci
            harapan = ref_opd.get(opd_id) or data.angka_ref([], sekarang)
            assert _angka(b.angka) == harapan, (konteks, b.nama)
            assert (b.angka.hadir, b.angka.diundang) == hadir.get(b.kunci, (0, 0)), konteks
            if opd_id is not None:
                assert b.nama == nama_opd[opd_id]
        urutan = [(-b.angka.lewat, -b.angka.belum, -(b.angka.umur_tertua or -1)) for b in d.per_opd]
        assert urutan == sorted(urutan), konteks

        # Per kecamatan, or per desa once a kecamatan is chosen.
        kunci = "desa_id" if s.kecamatan_id else "kecamatan_id"
        assert d.tingkat_wilayah == ("desa" if s.kecamatan_id else "kecamatan")
        ref_wilayah = data.kelompok_ref(pilihan, kunci, sekarang)
        assert {b.kunci: _angka(b.angka) for b in d.per_wilayah} == ref_wilayah, konteks

        # Weekly trend.
        assert [(m.mulai, m.diterima, m.dijawab) for m in d.tren] == data.tren_ref(
            semua, user, s
        ), konteks

        # Overdue list: the same items, the longest overdue first.
        lewat = sorted(
            (
                b
                for b in pilihan
                if b["status"] in ("baru", "diteruskan") and b["tenggat"] < sekarang
            ),
            key=lambda b: (b["tenggat"], b["pk"]),
        )
        assert [a.kode for a in d.lewat_tenggat] == [b["kode"] for b in lewat], konteks
        for a in d.lewat_tenggat:
            assert a.umur_hari == (hari_ini - a.dibuat.astimezone(data.WIB).date()).days


def test_kolom_jawaban_pertama_sama_dengan_riwayat_status():
    """The stored columns equal the history-based working-day count of the reference."""
    data.siapkan(jumlah=40, benih=11)
    from aspirasi.models import Aspirasi

    tersimpan = {
        a.pk: (a.tenggat_jawaban, a.hari_kerja_sampai_jawaban)
        for a in Aspirasi.objects.filter(dijawab_pertama_pada__isnull=False)
    }
    assert tersimpan
    for b in data.baris_mentah():
        if b["dijawab_pertama_pada"] is not None:
            assert tersimpan[b["pk"]] == (b["tenggat_ref"], b["hari_ref"])


def test_transparansi_sama_dengan_angka_per_opd_tanpa_yang_belum_diteruskan():
    dunia = data.siapkan()
    hari_ini = datetime.date(2026, 4, 10)
    t = statistik.transparansi(hari_ini=hari_ini)
    s = t["saringan"]
    assert s.sampai == hari_ini
    assert s.dari == hari_ini - datetime.timedelta(days=365)
    semua = data.baris_mentah()
    pimpinan_ = pimpinan()
    pilihan = data.pilih_ref(semua, pimpinan_, s)
    sekarang = t["dihitung"]
    ref = data.kelompok_ref(pilihan, "opd_id", sekarang)
    assert {b.kunci for b in t["per_opd"]} == {o.pk for o in dunia.opd}
    for b in t["per_opd"]:
        assert _angka(b.angka) | {"umur_tertua": None} == ref[b.kunci] | {"umur_tertua": None}
