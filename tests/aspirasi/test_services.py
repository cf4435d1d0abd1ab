"""The status machine: legal moves only, each one recorded in the history."""

import datetime
import uuid
from zoneinfo import ZoneInfo

import pytest
from django.db import IntegrityError, transaction

from aspirasi import services
from aspirasi.models import Aspirasi, Jawaban, RiwayatStatus, Status, Tanggapan
from tests.factories import OPDFactory, petugas_opd, verifikator

WIB = ZoneInfo("Asia/Jakarta")
pytestmark = pytest.mark.django_db

SENIN = datetime.datetime(2026, 11, 9, 10, 0, tzinfo=WIB)


def kirim(**ubah):
    data = {
        "jenis": Aspirasi.Jenis.PERTANYAAN,
        "judul": "Jam layanan KTP-el di MPP",
        "isi": "Apakah perekaman KTP-el di MPP Maslahat buka hari Sabtu?",
        "privasi": Aspirasi.Privasi.BIASA,
        "nama_pelapor": "Warga Contoh",
        "email_pelapor": "warga@contoh.test",
        "waktu": SENIN,
    }
    data.update(ubah)
    return services.kirim_aspirasi(**data)


def riwayat(aspirasi):
    return list(aspirasi.riwayat.values_list("dari", "ke"))


def test_aspirasi_baru_mendapat_kode_tenggat_verifikasi_dan_riwayat():
    aspirasi = kirim()

    assert aspirasi.kode.startswith("PSR-")
    assert aspirasi.status == Status.BARU
    assert aspirasi.tenggat.date() == datetime.date(2026, 11, 12)
    assert riwayat(aspirasi) == [("", "baru")]


def test_token_yang_sama_tidak_membuat_dua_aspirasi():
    token = uuid.uuid4()

    pertama = kirim(token_kirim=token)
    kedua = kirim(token_kirim=token)

    assert pertama.pk == kedua.pk
    assert Aspirasi.objects.count() == 1


def test_anonim_tidak_menyimpan_identitas_sama_sekali():
    aspirasi = kirim(privasi=Aspirasi.Privasi.ANONIM, telepon_pelapor="081234567890")

    aspirasi.refresh_from_db()
    assert (aspirasi.nama_pelapor, aspirasi.email_pelapor, aspirasi.telepon_pelapor) == ("", "", "")


def test_database_menolak_identitas_pada_aspirasi_anonim():
    aspirasi = kirim(privasi=Aspirasi.Privasi.ANONIM)

    with pytest.raises(IntegrityError), transaction.atomic():
        Aspirasi.objects.filter(pk=aspirasi.pk).update(nama_pelapor="Bocor")


def test_kode_lacak_unik_oleh_database():
    a = kirim()
    b = kirim()

    with pytest.raises(IntegrityError), transaction.atomic():
        Aspirasi.objects.filter(pk=b.pk).update(kode=a.kode)


def test_str_aspirasi_tidak_memuat_identitas_pelapor():
    aspirasi = kirim(nama_pelapor="Siti Penanda", email_pelapor="siti.penanda@contoh.test")

    assert "Siti" not in str(aspirasi)
    assert "penanda" not in str(aspirasi)


def test_alur_lengkap_tercatat_di_riwayat():
    opd = OPDFactory()
    v = verifikator()
    p = petugas_opd(opd)
    aspirasi = kirim()

    services.teruskan(aspirasi=aspirasi, opd=opd, oleh=v, waktu=SENIN)
    services.jawab(aspirasi=aspirasi, isi="Ya, buka Sabtu 08.00–12.00.", oleh=p, waktu=SENIN)
    services.ubah_status(aspirasi=aspirasi, ke=Status.DITINDAKLANJUTI, oleh=p)
    services.ubah_status(aspirasi=aspirasi, ke=Status.SELESAI, oleh=p)

    aspirasi.refresh_from_db()
    assert aspirasi.status == Status.SELESAI
    assert riwayat(aspirasi) == [
        ("", "baru"),
        ("baru", "diteruskan"),
        ("diteruskan", "dijawab"),
        ("dijawab", "ditindaklanjuti"),
        ("ditindaklanjuti", "selesai"),
    ]
    assert aspirasi.dijawab_pertama_pada == SENIN


def test_tenggat_jawaban_lima_hari_kerja_setelah_diteruskan():
    aspirasi = kirim()

    services.teruskan(aspirasi=aspirasi, opd=OPDFactory(), oleh=verifikator(), waktu=SENIN)

    aspirasi.refresh_from_db()
    assert aspirasi.tenggat.date() == datetime.date(2026, 11, 16)


@pytest.mark.parametrize(
    ("aksi", "status_awal"),
    [
        ("jawab", Status.BARU),
        ("selesai", Status.BARU),
        ("selesai", Status.DITERUSKAN),
        ("ditindaklanjuti", Status.BARU),
        ("teruskan", Status.DITOLAK),
        ("jawab", Status.DITOLAK),
    ],
)
def test_transisi_tidak_sah_ditolak_dan_tidak_tercatat(aksi, status_awal):
    opd = OPDFactory()
    v = verifikator()
    aspirasi = kirim()
    if status_awal == Status.DITERUSKAN:
        services.teruskan(aspirasi=aspirasi, opd=opd, oleh=v)
    if status_awal == Status.DITOLAK:
        services.tolak(aspirasi=aspirasi, alasan="Duplikat", oleh=v)
    sebelum = (Aspirasi.objects.get(pk=aspirasi.pk).status, RiwayatStatus.objects.count())

    with pytest.raises(services.TransisiTidakSah):
        if aksi == "jawab":
            services.jawab(aspirasi=aspirasi, isi="Jawaban", oleh=v)
        elif aksi == "teruskan":
            services.teruskan(aspirasi=aspirasi, opd=OPDFactory(), oleh=v)
        else:
            services.ubah_status(aspirasi=aspirasi, ke=Status(aksi), oleh=v)

    sesudah = (Aspirasi.objects.get(pk=aspirasi.pk).status, RiwayatStatus.objects.count())
    assert sebelum == sesudah
    assert not Jawaban.objects.exists()


def test_penolakan_wajib_beralasan():
    aspirasi = kirim()

    with pytest.raises(ValueError):
        services.tolak(aspirasi=aspirasi, alasan="  ", oleh=verifikator())

    assert Aspirasi.objects.get(pk=aspirasi.pk).status == Status.BARU


def test_disposisi_ke_opd_lain_tercatat_dengan_alasan():
    opd_a, opd_b = OPDFactory(), OPDFactory()
    aspirasi = kirim()
    services.teruskan(aspirasi=aspirasi, opd=opd_a, oleh=verifikator())

    services.disposisi(
        aspirasi=aspirasi, ke_opd=opd_b, alasan="Wewenang DPMPTSP", oleh=petugas_opd(opd_a)
    )

    aspirasi.refresh_from_db()
    assert aspirasi.opd == opd_b
    d = aspirasi.disposisi.get()
    assert (d.dari_opd, d.ke_opd, d.alasan) == (opd_a, opd_b, "Wewenang DPMPTSP")


def test_tanggapan_tidak_puas_membuka_kembali_ke_opd():
    opd = OPDFactory()
    aspirasi = kirim()
    services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator())
    services.jawab(aspirasi=aspirasi, isi="Silakan datang.", oleh=petugas_opd(opd))

    services.beri_tanggapan(
        aspirasi=aspirasi, penilaian=Tanggapan.Penilaian.TIDAK_PUAS, alasan="Jam tidak dijawab"
    )

    aspirasi.refresh_from_db()
    assert aspirasi.status == Status.DITERUSKAN
    assert aspirasi.tenggat is not None
    assert riwayat(aspirasi)[-1] == ("dijawab", "diteruskan")


def test_tanggapan_tidak_puas_tanpa_alasan_ditolak():
    opd = OPDFactory()
    aspirasi = kirim()
    services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator())
    services.jawab(aspirasi=aspirasi, isi="Silakan datang.", oleh=petugas_opd(opd))

    with pytest.raises(ValueError):
        services.beri_tanggapan(aspirasi=aspirasi, penilaian=Tanggapan.Penilaian.SEBAGIAN)

    assert not Tanggapan.objects.exists()


def test_jawaban_tanpa_tanggapan_ditutup_otomatis_setelah_sepuluh_hari_kerja():
    opd = OPDFactory()
    aspirasi = kirim()
    services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator(), waktu=SENIN)
    services.jawab(
        aspirasi=aspirasi, isi="Sudah kami perbaiki.", oleh=petugas_opd(opd), waktu=SENIN
    )

    # 10 working days after Monday 9 Nov 2026 end on Monday 23 Nov.
    assert services.tutup_otomatis(waktu=datetime.datetime(2026, 11, 23, 12, tzinfo=WIB)) == 0
    assert services.tutup_otomatis(waktu=datetime.datetime(2026, 11, 24, 0, 1, tzinfo=WIB)) == 1

    aspirasi.refresh_from_db()
    assert aspirasi.status == Status.SELESAI
    assert riwayat(aspirasi)[-1] == ("dijawab", "selesai")


def test_belum_dijawab_dan_lewat_tenggat():
    opd = OPDFactory()
    baru = kirim()
    dijawab = kirim()
    services.teruskan(aspirasi=dijawab, opd=opd, oleh=verifikator(), waktu=SENIN)
    services.jawab(aspirasi=dijawab, isi="Jawab", oleh=petugas_opd(opd), waktu=SENIN)
    kemudian = datetime.datetime(2026, 11, 30, tzinfo=WIB)

    assert set(Aspirasi.objects.belum_dijawab()) == {baru}
    assert set(Aspirasi.objects.lewat_tenggat(kemudian)) == {baru}
    assert not Aspirasi.objects.lewat_tenggat(SENIN).exists()


def _dijawab(privasi=Aspirasi.Privasi.BIASA):
    opd = OPDFactory()
    aspirasi = kirim(privasi=privasi)
    services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator())
    services.jawab(aspirasi=aspirasi, isi="Jawaban", oleh=petugas_opd(opd))
    return aspirasi, opd


def test_terbitkan_hanya_aspirasi_terjawab_yang_tidak_rahasia():
    biasa, _ = _dijawab()
    rahasia, _ = _dijawab(Aspirasi.Privasi.RAHASIA)
    belum = kirim()

    services.terbitkan(aspirasi=biasa)
    with pytest.raises(services.TransisiTidakSah):
        services.terbitkan(aspirasi=rahasia)
    with pytest.raises(services.TransisiTidakSah):
        services.terbitkan(aspirasi=belum)

    assert list(Aspirasi.objects.filter(diterbitkan=True)) == [biasa]
    services.terbitkan(aspirasi=biasa, terbit=False)
    assert not Aspirasi.objects.filter(diterbitkan=True).exists()


def test_tindak_lanjut_mengubah_status_dan_tercatat_sebagai_jawaban():
    aspirasi, opd = _dijawab()

    services.tindak_lanjut(aspirasi=aspirasi, isi="Tim sudah ke lokasi.", oleh=petugas_opd(opd))

    aspirasi.refresh_from_db()
    assert aspirasi.status == Status.DITINDAKLANJUTI
    assert aspirasi.jawaban.last().jenis == Jawaban.Jenis.TINDAK_LANJUT
    assert riwayat(aspirasi)[-1] == ("dijawab", "ditindaklanjuti")


def test_catatan_internal_wajib_berisi():
    aspirasi, opd = _dijawab()

    with pytest.raises(ValueError):
        services.tambah_catatan(aspirasi=aspirasi, isi=" ", oleh=petugas_opd(opd))

    assert not aspirasi.catatan_internal.exists()


def test_informasi_tambahan_ditolak_untuk_aspirasi_yang_ditolak():
    aspirasi = kirim()
    services.tolak(aspirasi=aspirasi, alasan="Di luar kewenangan", oleh=verifikator())

    with pytest.raises(services.TransisiTidakSah):
        services.tambah_informasi(aspirasi=aspirasi, isi="Tambahan")

    assert not aspirasi.tambahan.exists()
