"""The cron commands: the daily digest of overdue items and the automatic closing."""

import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from aspirasi import services, tasks
from aspirasi.models import Aspirasi, RingkasanTenggatTerkirim, Status
from tests.factories import OPDFactory, PenggunaFactory, petugas_opd, verifikator

WIB = ZoneInfo("Asia/Jakarta")
pytestmark = pytest.mark.django_db

LAMPAU = datetime.datetime(2026, 1, 5, 9, 0, tzinfo=WIB)  # a Monday, long past
NAMA = "Darmini Penandazk"
EMAIL = "darmini.penandazk@contoh.test"
TELEPON = "081377665544"


def kirim(judul, waktu=LAMPAU, **ubah):
    data = {
        "jenis": Aspirasi.Jenis.PERTANYAAN,
        "judul": judul,
        "isi": "Isi pertanyaan uji.",
        "privasi": Aspirasi.Privasi.RAHASIA,
        "nama_pelapor": NAMA,
        "email_pelapor": EMAIL,
        "telepon_pelapor": TELEPON,
        "waktu": waktu,
    }
    data.update(ubah)
    return services.kirim_aspirasi(**data)


def diteruskan(judul, opd, waktu=LAMPAU):
    aspirasi = kirim(judul, waktu=waktu)
    return services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator(email=""), waktu=waktu)


def jalankan(perintah):
    keluaran = StringIO()
    call_command(perintah, stdout=keluaran)
    return keluaran.getvalue()


def pesan_untuk(mailoutbox, alamat):
    return [m for m in mailoutbox if m.to == [alamat]]


@pytest.fixture
def dua_opd():
    opd_a = OPDFactory(nama="Dinas Pekerjaan Umum Uji", singkatan="DPU")
    opd_b = OPDFactory(nama="Dinas Kesehatan Uji", singkatan="Dinkes")
    opd_c = OPDFactory(nama="Dinas Tanpa Tunggakan", singkatan="DTT")
    data = {
        "opd_a": opd_a,
        "opd_b": opd_b,
        "a1": petugas_opd(opd_a, email="a1@pasuruankab.go.id"),
        "a2": petugas_opd(opd_a, email="a2@pasuruankab.go.id"),
        "b1": petugas_opd(opd_b, email="b1@pasuruankab.go.id"),
        "c1": petugas_opd(opd_c, email="c1@pasuruankab.go.id"),
        "lewat_a1": diteruskan("Jalan rusak di Gempol", opd_a),
        "lewat_a2": diteruskan(
            "Jembatan Kraton retak", opd_a, waktu=LAMPAU + datetime.timedelta(days=1)
        ),
        "belum_lewat_a": diteruskan("Saluran air Bangil", opd_a, waktu=timezone.now()),
        "lewat_b": diteruskan("Antrean puskesmas Pandaan", opd_b),
    }
    dijawab = diteruskan("Trotoar Pandaan", opd_a)
    services.jawab(aspirasi=dijawab, isi="Sudah dijadwalkan.", oleh=data["a1"], waktu=LAMPAU)
    data["dijawab_a"] = dijawab
    return data


def test_ringkasan_hanya_memuat_aspirasi_lewat_tenggat_dan_hanya_ke_petugas_opd_itu(
    dua_opd, mailoutbox
):
    d = dua_opd

    keluaran = jalankan("kirim_ringkasan_tenggat")

    assert "2 dijadwalkan" in keluaran
    assert sorted(m.to[0] for m in mailoutbox) == sorted(
        [d["a1"].email, d["a2"].email, d["b1"].email]
    )
    for petugas in ("a1", "a2"):
        (pesan,) = pesan_untuk(mailoutbox, d[petugas].email)
        assert "DPU" in pesan.subject and "2 aspirasi" in pesan.subject
        assert d["lewat_a1"].kode in pesan.body
        assert d["lewat_a2"].kode in pesan.body
        assert "Jalan rusak di Gempol" in pesan.body
        assert d["belum_lewat_a"].kode not in pesan.body
        assert d["dijawab_a"].kode not in pesan.body
        assert d["lewat_b"].kode not in pesan.body
        # Most overdue first.
        assert pesan.body.index(d["lewat_a1"].kode) < pesan.body.index(d["lewat_a2"].kode)
    (pesan_b,) = pesan_untuk(mailoutbox, d["b1"].email)
    assert d["lewat_b"].kode in pesan_b.body
    assert d["lewat_a1"].kode not in pesan_b.body
    assert pesan_untuk(mailoutbox, d["c1"].email) == []


def test_ringkasan_memuat_tenggat_umur_hari_kerja_dan_tautan_admin(dua_opd, mailoutbox):
    d = dua_opd
    jalankan("kirim_ringkasan_tenggat")

    (pesan,) = pesan_untuk(mailoutbox, d["b1"].email)
    aspirasi = d["lewat_b"]
    tenggat = timezone.localtime(aspirasi.tenggat, WIB)
    assert f"{tenggat.day} Januari 2026" in pesan.body
    assert "hari kerja sejak diterima" in pesan.body
    admin = f"{settings.SITE_URL}/admin/aspirasi/aspirasi/{aspirasi.pk}/change/"
    assert admin in pesan.body


def test_ringkasan_tidak_memuat_identitas_pelapor(dua_opd, mailoutbox):
    jalankan("kirim_ringkasan_tenggat")

    assert mailoutbox
    for pesan in mailoutbox:
        teks = f"{pesan.subject}\n{pesan.body}".lower()
        for penanda in (NAMA, "penandazk", EMAIL, TELEPON):
            assert penanda.lower() not in teks


def test_ringkasan_kedua_pada_hari_yang_sama_tidak_mengirim_apa_pun(dua_opd, mailoutbox):
    jalankan("kirim_ringkasan_tenggat")
    terkirim = len(mailoutbox)
    assert terkirim == 3
    # Another item of OPD A becomes overdue the same day: still one digest per day.
    diteruskan("Lampu taman mati", dua_opd["opd_a"])

    keluaran = jalankan("kirim_ringkasan_tenggat")

    assert len(mailoutbox) == terkirim
    assert "0 dijadwalkan, 2 sudah terkirim hari ini" in keluaran
    assert RingkasanTenggatTerkirim.objects.count() == 2


def test_tugas_ringkasan_sekali_per_opd_per_tanggal(dua_opd, mailoutbox):
    opd_id = dua_opd["opd_b"].pk
    hari_ini = timezone.localdate().isoformat()

    assert tasks.kirim_ringkasan_tenggat.call(opd_id, hari_ini) == 1
    assert tasks.kirim_ringkasan_tenggat.call(opd_id, hari_ini) == 0
    besok = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    assert tasks.kirim_ringkasan_tenggat.call(opd_id, besok) == 1


def test_ringkasan_verifikator_untuk_aspirasi_baru_lewat_tenggat_verifikasi(mailoutbox):
    v = PenggunaFactory(email="verifikator@pasuruankab.go.id")
    v.groups.add(Group.objects.get(name="Verifikator"))
    lama = kirim("Belum diteruskan sejak Januari")
    baru = kirim("Baru masuk hari ini", waktu=timezone.now())
    petugas_opd(OPDFactory(), email="petugas.lain@pasuruankab.go.id")

    keluaran = jalankan("kirim_ringkasan_tenggat")

    assert "1 dijadwalkan" in keluaran
    (pesan,) = mailoutbox
    assert pesan.to == [v.email]
    assert lama.kode in pesan.body
    assert baru.kode not in pesan.body
    assert "verifikasi" in pesan.subject


def test_ringkasan_tanpa_tunggakan_tidak_mengirim_apa_pun(mailoutbox):
    petugas_opd(OPDFactory(), email="petugas@pasuruankab.go.id")

    keluaran = jalankan("kirim_ringkasan_tenggat")

    assert mailoutbox == []
    assert keluaran.strip().endswith("0 dijadwalkan, 0 sudah terkirim hari ini.")


def test_ringkasan_opd_tanpa_petugas_beremail_tidak_dicatat_terkirim(mailoutbox):
    opd = OPDFactory()
    petugas_opd(opd, email="")
    diteruskan("Tidak ada yang menerima", opd)

    jalankan("kirim_ringkasan_tenggat")

    assert mailoutbox == []
    assert not RingkasanTenggatTerkirim.objects.exists()


def test_tutup_aspirasi_otomatis_menutup_yang_memenuhi_syarat(mailoutbox):
    opd = OPDFactory()
    p = petugas_opd(opd)
    lama = diteruskan("Dijawab lama tanpa tanggapan", opd)
    services.jawab(aspirasi=lama, isi="Jawaban lama.", oleh=p, waktu=LAMPAU)
    baru = diteruskan("Dijawab kemarin", opd, waktu=timezone.now())
    services.jawab(aspirasi=baru, isi="Jawaban baru.", oleh=p)
    belum = diteruskan("Belum dijawab", opd)

    keluaran = jalankan("tutup_aspirasi_otomatis")

    assert keluaran.strip() == "Ditutup otomatis: 1 aspirasi."
    lama.refresh_from_db()
    baru.refresh_from_db()
    belum.refresh_from_db()
    assert lama.status == Status.SELESAI
    assert lama.riwayat.last().ke == Status.SELESAI
    assert baru.status == Status.DIJAWAB
    assert belum.status == Status.DITERUSKAN
    assert jalankan("tutup_aspirasi_otomatis").strip() == "Ditutup otomatis: 0 aspirasi."


def test_perintah_diam_dengan_verbosity_nol():
    keluaran = StringIO()
    call_command("tutup_aspirasi_otomatis", verbosity=0, stdout=keluaran)
    call_command("kirim_ringkasan_tenggat", verbosity=0, stdout=keluaran)
    assert keluaran.getvalue() == ""
