"""Notification emails: stored in the outbox by the services, sent by a task enqueued on
commit (run at once in tests: TASKS_BACKEND=immediate), never carrying the reporter's
identity to staff. The outbox's own guarantees: test_pesan_keluar.py."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone

from aspirasi import services, tasks
from aspirasi.models import Aspirasi, Status, Tanggapan
from aspirasi.services import pesan as layanan_pesan
from pasuruan_portal import config
from tests.factories import OPDFactory, PenggunaFactory, petugas_opd, verifikator

WIB = ZoneInfo("Asia/Jakarta")
pytestmark = pytest.mark.django_db

NAMA = "Sulastri Penandaxq"
EMAIL = "sulastri.penandaxq@contoh.test"
TELEPON = "081299887766"
PENANDA = (NAMA, "Penandaxq", EMAIL, "penandaxq", TELEPON)


def kirim(**ubah):
    data = {
        "jenis": Aspirasi.Jenis.PENGADUAN,
        "judul": "Lampu PJU mati di Jalan Raya Bangil",
        "isi": "Sudah dua minggu lampu penerangan jalan di depan pasar mati.",
        "privasi": Aspirasi.Privasi.BIASA,
        "nama_pelapor": NAMA,
        "email_pelapor": EMAIL,
        "telepon_pelapor": TELEPON,
    }
    data.update(ubah)
    if data["privasi"] == Aspirasi.Privasi.ANONIM:
        data.update(nama_pelapor="", email_pelapor="", telepon_pelapor="")
    return services.kirim_aspirasi(**data)


def diteruskan(opd=None, **ubah):
    aspirasi = kirim(**ubah)
    opd = opd or OPDFactory()
    return services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator())


def seluruh_teks(pesan):
    return "\n".join(
        [pesan.subject, pesan.body, *pesan.to, *map(str, pesan.extra_headers.values())]
    )


def url_lacak(kode):
    return f"{settings.SITE_URL}/aspirasi/lacak/?kode={kode}"


def test_uji_memakai_backend_tugas_langsung():
    assert settings.TASKS["default"]["BACKEND"] == (
        "django_tasks.backends.immediate.ImmediateBackend"
    )


def test_backend_tugas_dari_env_bawaan_database_dan_nilai_salah_ditolak(monkeypatch):
    monkeypatch.delenv("TASKS_BACKEND", raising=False)
    monkeypatch.setenv("DEBUG", "1")
    assert config.load().tasks_backend == "django_tasks_db.DatabaseBackend"
    monkeypatch.setenv("TASKS_BACKEND", "Immediate")
    assert config.load().tasks_backend == "django_tasks.backends.immediate.ImmediateBackend"
    monkeypatch.setenv("TASKS_BACKEND", "redis")
    with pytest.raises(ImproperlyConfigured, match="TASKS_BACKEND"):
        config.load()


def test_aspirasi_baru_mengirim_kode_lacak_ke_warga(mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        aspirasi = kirim()

    assert len(mailoutbox) == 1
    pesan = mailoutbox[0]
    assert pesan.to == [EMAIL]
    assert aspirasi.kode in pesan.subject
    assert url_lacak(aspirasi.kode) in pesan.body
    assert pesan.extra_headers["Auto-Submitted"] == "auto-generated"


def test_jawaban_mengirim_satu_email_ke_warga_dengan_kode_dan_isi_jawaban(
    mailoutbox, django_capture_on_commit_callbacks
):
    opd = OPDFactory(nama="Dinas Perhubungan Uji")
    aspirasi = diteruskan(opd)
    isi = "Lampu sudah kami ganti pada 12 Mei; mohon kabari bila masih mati."

    with django_capture_on_commit_callbacks(execute=True):
        services.jawab(aspirasi=aspirasi, isi=isi, oleh=petugas_opd(opd))

    assert len(mailoutbox) == 1
    pesan = mailoutbox[0]
    assert pesan.to == [EMAIL]
    assert aspirasi.kode in pesan.subject
    assert isi in pesan.body
    assert "Dinas Perhubungan Uji" in pesan.body
    assert url_lacak(aspirasi.kode) in pesan.body
    # Plain text: nothing HTML-escaped.
    assert "&#x27;" not in pesan.body and "&amp;" not in pesan.body


def test_tindak_lanjut_juga_dikabarkan(mailoutbox, django_capture_on_commit_callbacks):
    opd = OPDFactory()
    aspirasi = diteruskan(opd)
    services.jawab(aspirasi=aspirasi, isi="Jawaban pertama.", oleh=petugas_opd(opd))

    with django_capture_on_commit_callbacks(execute=True):
        services.jawab(
            aspirasi=aspirasi,
            isi="Tim sudah ke lokasi.",
            oleh=petugas_opd(opd),
            jenis="tindak_lanjut",
        )

    assert len(mailoutbox) == 1
    assert "Tindak lanjut" in mailoutbox[0].subject
    assert "Tim sudah ke lokasi." in mailoutbox[0].body


def test_anonim_tidak_pernah_mendapat_email(mailoutbox, django_capture_on_commit_callbacks):
    opd = OPDFactory()
    p = petugas_opd(opd, email="")  # no staff email: every email would be for the resident
    with django_capture_on_commit_callbacks(execute=True):
        aspirasi = kirim(privasi=Aspirasi.Privasi.ANONIM)
        services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator())
        services.jawab(aspirasi=aspirasi, isi="Sudah diperbaiki.", oleh=p)
        services.ubah_status(aspirasi=aspirasi, ke=Status.SELESAI, oleh=p)

    assert mailoutbox == []


def test_rahasia_tetap_mendapat_email_miliknya(mailoutbox, django_capture_on_commit_callbacks):
    opd = OPDFactory()
    aspirasi = diteruskan(opd, privasi=Aspirasi.Privasi.RAHASIA)

    with django_capture_on_commit_callbacks(execute=True):
        services.jawab(aspirasi=aspirasi, isi="Kami tindak lanjuti.", oleh=petugas_opd(opd))

    assert [p.to for p in mailoutbox] == [[EMAIL]]


def test_perubahan_status_mengirim_email_ke_warga(mailoutbox, django_capture_on_commit_callbacks):
    opd = OPDFactory()
    aspirasi = diteruskan(opd)
    services.jawab(aspirasi=aspirasi, isi="Jawaban.", oleh=petugas_opd(opd))

    with django_capture_on_commit_callbacks(execute=True):
        services.ubah_status(aspirasi=aspirasi, ke=Status.DITINDAKLANJUTI, oleh=petugas_opd(opd))

    assert len(mailoutbox) == 1
    pesan = mailoutbox[0]
    assert pesan.to == [EMAIL]
    assert aspirasi.kode in pesan.subject
    assert "Ditindaklanjuti" in pesan.subject
    assert url_lacak(aspirasi.kode) in pesan.body


def test_penolakan_memberi_tahu_alasannya(mailoutbox, django_capture_on_commit_callbacks):
    aspirasi = kirim()

    with django_capture_on_commit_callbacks(execute=True):
        services.tolak(
            aspirasi=aspirasi, alasan="Sama dengan aspirasi PSR-AAAA-BBBB.", oleh=verifikator()
        )

    assert len(mailoutbox) == 1
    assert "Ditolak" in mailoutbox[0].subject
    assert "Sama dengan aspirasi PSR-AAAA-BBBB." in mailoutbox[0].body


def test_diteruskan_memberi_tahu_warga_opd_dan_tenggatnya(
    mailoutbox, django_capture_on_commit_callbacks
):
    opd = OPDFactory(nama="Dinas Pekerjaan Umum Uji")
    aspirasi = kirim()

    with django_capture_on_commit_callbacks(execute=True):
        services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator())

    warga = [p for p in mailoutbox if p.to == [EMAIL]]
    assert len(warga) == 1
    assert "Dinas Pekerjaan Umum Uji" in warga[0].body
    assert "Batas waktu jawaban" in warga[0].body


def test_transaksi_yang_dibatalkan_tidak_mengirim_apa_pun(
    mailoutbox, django_capture_on_commit_callbacks
):
    opd = OPDFactory()
    petugas_opd(opd)
    aspirasi = kirim()

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator())
        services.jawab(aspirasi=aspirasi, isi="Tidak jadi.", oleh=petugas_opd(opd))
        raise RuntimeError("gagal setelah menjawab")

    assert callbacks == []
    assert mailoutbox == []
    aspirasi.refresh_from_db()
    assert aspirasi.status == Status.BARU


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_rollback_sungguhan_tidak_mengirim_commit_sungguhan_mengirim(mailoutbox):
    # Real transactions (no test wrapper): on_commit runs on COMMIT and never on ROLLBACK.
    opd = OPDFactory()
    aspirasi = kirim(privasi=Aspirasi.Privasi.BIASA)
    services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator())
    mailoutbox.clear()

    with pytest.raises(RuntimeError), transaction.atomic():
        services.jawab(aspirasi=aspirasi, isi="Jawaban yang dibatalkan.", oleh=petugas_opd(opd))
        raise RuntimeError("batal")
    assert mailoutbox == []

    services.jawab(aspirasi=aspirasi, isi="Jawaban yang tersimpan.", oleh=petugas_opd(opd))
    assert len(mailoutbox) == 1
    assert "Jawaban yang tersimpan." in mailoutbox[0].body
    assert "dibatalkan" not in mailoutbox[0].body


def test_teruskan_mengabari_petugas_opd_tanpa_identitas_pelapor(
    mailoutbox, django_capture_on_commit_callbacks
):
    opd = OPDFactory(singkatan="DPU")
    a1 = petugas_opd(opd, email="a1@pasuruankab.go.id")
    a2 = petugas_opd(opd, email="a2@pasuruankab.go.id")
    petugas_opd(opd, email="nonaktif@pasuruankab.go.id", is_active=False)
    petugas_opd(opd, email="")
    petugas_opd(OPDFactory(), email="opd.lain@pasuruankab.go.id")
    aspirasi = kirim(privasi=Aspirasi.Privasi.RAHASIA)

    with django_capture_on_commit_callbacks(execute=True):
        services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator())

    petugas = [p for p in mailoutbox if p.to != [EMAIL]]
    assert sorted(p.to[0] for p in petugas) == sorted([a1.email, a2.email])
    for pesan in petugas:
        assert len(pesan.to) == 1 and not pesan.cc and not pesan.bcc
        assert aspirasi.kode in pesan.subject
        assert f"{settings.SITE_URL}/admin/aspirasi/aspirasi/{aspirasi.pk}/change/" in pesan.body
        teks = seluruh_teks(pesan).lower()
        for penanda in PENANDA:
            assert penanda.lower() not in teks
        assert aspirasi.isi not in pesan.body  # content is read in the admin


def test_disposisi_mengabari_opd_baru_dengan_alasannya(
    mailoutbox, django_capture_on_commit_callbacks
):
    opd_a = OPDFactory(nama="Dinas Asal Uji")
    opd_b = OPDFactory(nama="Dinas Tujuan Uji")
    petugas_opd(opd_a, email="asal@pasuruankab.go.id")
    b = petugas_opd(opd_b, email="tujuan@pasuruankab.go.id")
    aspirasi = diteruskan(opd_a)

    with django_capture_on_commit_callbacks(execute=True):
        services.disposisi(
            aspirasi=aspirasi,
            ke_opd=opd_b,
            alasan="Jalan kabupaten, bukan kewenangan kami.",
            oleh=petugas_opd(opd_a),
        )

    petugas = [p for p in mailoutbox if p.to != [EMAIL]]
    assert [p.to for p in petugas] == [[b.email]]
    assert "Dinas Asal Uji" in petugas[0].body
    assert "Jalan kabupaten, bukan kewenangan kami." in petugas[0].body
    warga = [p for p in mailoutbox if p.to == [EMAIL]]
    assert len(warga) == 1 and "Dinas Tujuan Uji" in warga[0].body


def test_tidak_puas_membuka_kembali_dan_mengabari_petugas(
    mailoutbox, django_capture_on_commit_callbacks
):
    opd = OPDFactory()
    p = petugas_opd(opd, email="petugas.dpu@pasuruankab.go.id")
    aspirasi = diteruskan(opd)
    services.jawab(aspirasi=aspirasi, isi="Sudah diganti.", oleh=p)

    with django_capture_on_commit_callbacks(execute=True):
        services.beri_tanggapan(
            aspirasi=aspirasi,
            penilaian=Tanggapan.Penilaian.TIDAK_PUAS,
            alasan=f"Masih mati. Hubungi saya {TELEPON}, {NAMA}.",
        )

    petugas = [m for m in mailoutbox if m.to == [p.email]]
    assert len(petugas) == 1
    assert "dibuka kembali" in petugas[0].subject
    teks = seluruh_teks(petugas[0]).lower()
    for penanda in PENANDA:
        assert penanda.lower() not in teks
    assert [m.to for m in mailoutbox if m.to == [EMAIL]] == [[EMAIL]]


def test_petugas_tidak_dikabari_bila_aspirasi_sudah_pindah_opd(mailoutbox):
    opd_a, opd_b = OPDFactory(), OPDFactory()
    petugas_opd(opd_a, email="a@pasuruankab.go.id")
    petugas_opd(opd_b, email="b@pasuruankab.go.id")
    # No commit callbacks run here: OPD A's assignment mail is still waiting in the outbox
    # when the item moves on to OPD B.
    aspirasi = diteruskan(opd_a)
    services.disposisi(aspirasi=aspirasi, ke_opd=opd_b, alasan="Salah alamat.", oleh=verifikator())

    layanan_pesan.kirim_tertunda()

    penerima = [p.to[0] for p in mailoutbox if p.to != [EMAIL]]
    assert penerima == ["b@pasuruankab.go.id"]


def test_tugas_atas_pesan_yang_sudah_dihapus_tidak_gagal(mailoutbox):
    assert tasks.kirim_pesan.call(999_999) == layanan_pesan.DILEWATI
    assert mailoutbox == []


def test_ditutup_otomatis_dikabarkan_ke_warga(mailoutbox, django_capture_on_commit_callbacks):
    opd = OPDFactory()
    aspirasi = kirim()
    lampau = datetime.datetime(2026, 1, 5, 9, 0, tzinfo=WIB)
    services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator(), waktu=lampau)
    services.jawab(aspirasi=aspirasi, isi="Jawaban.", oleh=petugas_opd(opd), waktu=lampau)

    with django_capture_on_commit_callbacks(execute=True):
        assert services.tutup_otomatis(waktu=timezone.now()) == 1

    assert len(mailoutbox) == 1
    assert "Selesai" in mailoutbox[0].subject
    assert "ditutup otomatis" in mailoutbox[0].body


def test_warga_puas_tidak_disebut_ditutup_otomatis(mailoutbox, django_capture_on_commit_callbacks):
    opd = OPDFactory()
    aspirasi = diteruskan(opd)
    services.jawab(aspirasi=aspirasi, isi="Jawaban.", oleh=petugas_opd(opd))

    with django_capture_on_commit_callbacks(execute=True):
        services.beri_tanggapan(aspirasi=aspirasi, penilaian=Tanggapan.Penilaian.PUAS)

    assert len(mailoutbox) == 1
    assert "Selesai" in mailoutbox[0].subject
    assert "ditutup otomatis" not in mailoutbox[0].body


def test_pengguna_bukan_petugas_tidak_menerima(mailoutbox, django_capture_on_commit_callbacks):
    opd = OPDFactory()
    PenggunaFactory(email="pimpinan@pasuruankab.go.id", opd=None)
    aspirasi = kirim(privasi=Aspirasi.Privasi.ANONIM)

    with django_capture_on_commit_callbacks(execute=True):
        services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator())

    assert mailoutbox == []
