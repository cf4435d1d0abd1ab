"""The outbox of notification emails: a mail-server outage delays mail, never loses it and
never sends it twice; a rolled-back change leaves no mail behind."""

import datetime
import logging
import smtplib
import threading
import time
from io import StringIO

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from aspirasi import services, tasks
from aspirasi.models import Aspirasi, PesanKeluar, RingkasanTenggatTerkirim
from aspirasi.services import pesan as layanan_pesan
from pasuruan_portal import config
from tests.factories import OPDFactory, PenggunaFactory, petugas_opd, verifikator
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db

EMAIL = "warga.kotakkeluar@contoh.test"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"
# What each failing backend was asked to send, in order: (Message-ID, recipients).
DICOBA: list[tuple[str, list[str]]] = []


class _ServerMati(BaseEmailBackend):
    galat: Exception

    def send_messages(self, email_messages):
        for pesan in email_messages:
            DICOBA.append((pesan.extra_headers.get("Message-ID"), pesan.to))
        raise self.galat


class ServerMenolakSambungan(_ServerMati):
    galat = ConnectionRefusedError(111, "Connection refused")


class ServerMemutusSambungan(_ServerMati):
    galat = smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


class PenerimaDitolak(_ServerMati):
    galat = smtplib.SMTPRecipientsRefused({EMAIL: (550, b"5.1.1 No such user")})


class ServerLambat(LocmemBackend):
    """Accepts, but slowly: two senders working at once overlap."""

    def send_messages(self, messages):
        time.sleep(0.05)
        return super().send_messages(messages)


def server(settings, nama):
    settings.EMAIL_BACKEND = nama if "." in nama else f"{__name__}.{nama}"


@pytest.fixture(autouse=True)
def _bersih():
    DICOBA.clear()


def kirim(**ubah):
    data = {
        "jenis": Aspirasi.Jenis.PENGADUAN,
        "judul": "Jalan berlubang di Gempol",
        "isi": "Lubang besar di depan balai desa, sudah ada pengendara jatuh.",
        "privasi": Aspirasi.Privasi.BIASA,
        "nama_pelapor": "Warga Kotak Keluar",
        "email_pelapor": EMAIL,
    }
    data.update(ubah)
    return services.kirim_aspirasi(**data)


def pesan_warga(aspirasi):
    return PesanKeluar.objects.get(aspirasi=aspirasi, jenis=PesanKeluar.Jenis.DITERIMA)


def nanti(menit):
    return timezone.now() + datetime.timedelta(minutes=menit)


@pytest.mark.parametrize(
    ("backend", "galat"),
    [
        ("ServerMenolakSambungan", "ConnectionRefusedError"),
        ("ServerMemutusSambungan", "SMTPServerDisconnected"),
    ],
)
def test_server_email_mati_aspirasi_tetap_tersimpan_dan_pesannya_menunggu(
    settings, mailoutbox, django_capture_on_commit_callbacks, backend, galat
):
    server(settings, backend)

    with django_capture_on_commit_callbacks(execute=True):
        aspirasi = kirim()

    assert Aspirasi.objects.filter(pk=aspirasi.pk).exists()
    pesan = pesan_warga(aspirasi)
    assert pesan.status == PesanKeluar.Status.MENUNGGU
    assert pesan.percobaan == 1
    assert pesan.terkirim_pada is None
    tunda = pesan.kirim_setelah - timezone.now()
    assert datetime.timedelta(seconds=50) < tunda <= datetime.timedelta(minutes=1)
    assert pesan.galat_terakhir.startswith(galat)
    assert pesan.kepada == [EMAIL] and aspirasi.kode in pesan.subjek
    assert mailoutbox == []


def test_server_kembali_penyapu_mengirim_tepat_sekali(
    settings, mailoutbox, django_capture_on_commit_callbacks
):
    server(settings, "ServerMenolakSambungan")
    with django_capture_on_commit_callbacks(execute=True):
        aspirasi = kirim()
    pesan = pesan_warga(aspirasi)
    server(settings, LOCMEM)

    hasil = layanan_pesan.kirim_tertunda(sekarang=nanti(2))

    assert hasil[layanan_pesan.TERKIRIM] == 1
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [EMAIL] and aspirasi.kode in mailoutbox[0].subject
    pesan.refresh_from_db()
    assert pesan.status == PesanKeluar.Status.TERKIRIM
    assert pesan.percobaan == 2
    assert pesan.terkirim_pada is not None

    # The sweep again, and the (late) task of the same message: nothing more goes out.
    assert layanan_pesan.kirim_tertunda(sekarang=nanti(120))[layanan_pesan.TERKIRIM] == 0
    assert tasks.kirim_pesan.call(pesan.pk) == layanan_pesan.DILEWATI
    assert len(mailoutbox) == 1


def test_setiap_percobaan_membawa_message_id_yang_disimpan(
    settings, mailoutbox, django_capture_on_commit_callbacks
):
    server(settings, "ServerMenolakSambungan")
    with django_capture_on_commit_callbacks(execute=True):
        aspirasi = kirim()
    pesan = pesan_warga(aspirasi)
    layanan_pesan.kirim(pesan_id=pesan.pk, sekarang=nanti(2))
    server(settings, LOCMEM)
    layanan_pesan.kirim(pesan_id=pesan.pk, sekarang=nanti(10))

    assert pesan.message_id.startswith("<") and pesan.message_id.endswith("@pasuruankab.go.id>")
    assert [(pesan.message_id, [EMAIL])] * 2 == DICOBA
    (terkirim,) = mailoutbox
    assert terkirim.message()["Message-ID"] == pesan.message_id
    assert terkirim.message()["Auto-Submitted"] == "auto-generated"


def test_pesan_yang_belum_waktunya_tidak_dikirim(
    settings, mailoutbox, django_capture_on_commit_callbacks
):
    server(settings, "ServerMenolakSambungan")
    with django_capture_on_commit_callbacks(execute=True):
        aspirasi = kirim()
    server(settings, LOCMEM)

    hasil = layanan_pesan.kirim_tertunda()  # the retry is due in a minute, not now

    assert hasil[layanan_pesan.TERKIRIM] == 0
    assert mailoutbox == []
    pesan = pesan_warga(aspirasi)
    assert pesan.percobaan == 1 and pesan.status == PesanKeluar.Status.MENUNGGU
    assert tasks.kirim_pesan.call(pesan.pk) == layanan_pesan.DILEWATI
    assert mailoutbox == []


def test_pesan_tetap_terkirim_walau_tugasnya_hilang_sebelum_masuk_antrean(mailoutbox):
    # No commit callbacks run: as if the process died between COMMIT and enqueue.
    aspirasi = kirim()
    pesan = pesan_warga(aspirasi)
    assert (pesan.status, pesan.percobaan) == (PesanKeluar.Status.MENUNGGU, 0)
    assert mailoutbox == []

    keluaran = StringIO()
    call_command("kirim_pesan_tertunda", stdout=keluaran)

    assert [m.to for m in mailoutbox] == [[EMAIL]]
    assert "1 terkirim" in keluaran.getvalue()
    pesan.refresh_from_db()
    assert pesan.status == PesanKeluar.Status.TERKIRIM


def test_perubahan_yang_dibatalkan_tidak_meninggalkan_pesan(
    mailoutbox, django_capture_on_commit_callbacks
):
    opd = OPDFactory()
    petugas = petugas_opd(opd, email="petugas.batal@pasuruankab.go.id")
    aspirasi = kirim()
    sebelum = PesanKeluar.objects.count()

    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator())
        services.jawab(aspirasi=aspirasi, isi="Tidak jadi.", oleh=petugas)
        assert PesanKeluar.objects.count() > sebelum  # stored with the change…
        raise RuntimeError("batal")

    assert PesanKeluar.objects.count() == sebelum  # …and gone with it
    layanan_pesan.kirim_tertunda()
    assert [m.to for m in mailoutbox] == [[EMAIL]]  # only the committed "diterima"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_pesan_tidak_bisa_disimpan_di_luar_transaksi_perubahan():
    email = mail.EmailMessage("Subjek", "Isi", to=[EMAIL])
    with pytest.raises(RuntimeError, match="transaksi"):
        layanan_pesan.simpan(email, jenis=PesanKeluar.Jenis.STATUS)
    assert not PesanKeluar.objects.exists()


def test_setelah_percobaan_maksimum_pesan_gagal_dan_dicatat(
    settings, mailoutbox, caplog, django_capture_on_commit_callbacks
):
    settings.PESAN_MAKS_PERCOBAAN = 4
    server(settings, "ServerMenolakSambungan")
    with django_capture_on_commit_callbacks(execute=True):
        aspirasi = kirim()
    pesan = pesan_warga(aspirasi)

    jeda = []
    with caplog.at_level(logging.WARNING, logger="aspirasi.services.pesan"):
        for _ in range(5):
            sebelum = pesan.kirim_setelah
            layanan_pesan.kirim_tertunda(sekarang=sebelum)
            pesan.refresh_from_db()
            jeda.append(round((pesan.kirim_setelah - sebelum).total_seconds() / 60))

    assert pesan.status == PesanKeluar.Status.GAGAL
    assert pesan.percobaan == 4
    assert len(DICOBA) == 4  # the fifth sweep did not try a failed message
    assert jeda[:2] == [2, 4]  # after attempts 2 and 3 (the first was on commit: 1 minute)
    galat = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(galat) == 1 and pesan.message_id in galat[0].getMessage()
    assert "ConnectionRefusedError" in pesan.galat_terakhir
    assert mailoutbox == []


def test_jeda_bertingkat_dibatasi_satu_jam():
    menit = [layanan_pesan.jeda(n).total_seconds() / 60 for n in range(1, 10)]
    assert menit == [1, 2, 4, 8, 16, 32, 60, 60, 60]


def test_penerima_yang_ditolak_permanen_langsung_gagal(
    settings, django_capture_on_commit_callbacks
):
    server(settings, "PenerimaDitolak")
    with django_capture_on_commit_callbacks(execute=True):
        aspirasi = kirim()

    pesan = pesan_warga(aspirasi)
    assert (pesan.status, pesan.percobaan) == (PesanKeluar.Status.GAGAL, 1)
    assert "No such user" in pesan.galat_terakhir


def test_penyapu_berhenti_saat_server_jelas_mati(settings):
    for i in range(6):
        with transaction.atomic():
            kirim(email_pelapor=f"warga{i}@contoh.test")
    server(settings, "ServerMenolakSambungan")

    hasil = layanan_pesan.kirim_tertunda()

    assert hasil[layanan_pesan.GAGAL] == layanan_pesan.GAGAL_BERUNTUN_MAKS
    assert PesanKeluar.objects.filter(percobaan=0).count() == 6 - layanan_pesan.GAGAL_BERUNTUN_MAKS


def test_kirim_ulang_mengembalikan_pesan_gagal_ke_antrean(
    settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.PESAN_MAKS_PERCOBAAN = 1
    server(settings, "ServerMenolakSambungan")
    with django_capture_on_commit_callbacks(execute=True):
        aspirasi = kirim()
    pesan = pesan_warga(aspirasi)
    assert pesan.status == PesanKeluar.Status.GAGAL
    server(settings, LOCMEM)

    with django_capture_on_commit_callbacks(execute=True):
        assert layanan_pesan.kirim_ulang(pesan_ids=[pesan.pk]) == 1

    pesan.refresh_from_db()
    assert pesan.status == PesanKeluar.Status.TERKIRIM
    assert [m.to for m in mailoutbox] == [[EMAIL]]
    # A message already sent is never "sent again" by the action.
    assert layanan_pesan.kirim_ulang(pesan_ids=[pesan.pk]) == 0


def test_basis_data_menolak_status_yang_tidak_konsisten():
    aspirasi = kirim()
    pesan = pesan_warga(aspirasi)
    for ubah in (
        {"status": PesanKeluar.Status.TERKIRIM},  # sent without a time nor an attempt
        {"status": PesanKeluar.Status.TERKIRIM, "terkirim_pada": timezone.now()},
        {"status": PesanKeluar.Status.GAGAL},  # failed without an attempt
        {"terkirim_pada": timezone.now()},  # waiting yet sent
        {"status": "hilang"},
    ):
        with pytest.raises(IntegrityError), transaction.atomic():
            PesanKeluar.objects.filter(pk=pesan.pk).update(**ubah)
    lain = pesan_warga(kirim())
    with pytest.raises(IntegrityError), transaction.atomic():
        PesanKeluar.objects.filter(pk=lain.pk).update(message_id=pesan.message_id)


def test_pesan_terkirim_lama_dihapus_yang_lain_tetap():
    lama, baru, menunggu = (pesan_warga(kirim()) for _ in range(3))
    sekarang = timezone.now()
    PesanKeluar.objects.filter(pk=lama.pk).update(
        status="terkirim", percobaan=1, terkirim_pada=sekarang - datetime.timedelta(days=31)
    )
    PesanKeluar.objects.filter(pk=baru.pk).update(
        status="terkirim", percobaan=1, terkirim_pada=sekarang - datetime.timedelta(days=29)
    )
    menunggu_lama = pesan_warga(kirim())
    PesanKeluar.objects.filter(pk=menunggu_lama.pk).update(
        dibuat=sekarang - datetime.timedelta(days=60)
    )

    keluaran = StringIO()
    call_command("bersihkan_pesan_terkirim", "--hari", "30", stdout=keluaran)

    sisa = set(PesanKeluar.objects.values_list("pk", flat=True))
    assert lama.pk not in sisa
    assert {baru.pk, menunggu.pk, menunggu_lama.pk} <= sisa
    assert "dihapus: 1" in keluaran.getvalue()


def test_ringkasan_tenggat_lewat_kotak_keluar_tetap_sekali_sehari(settings, mailoutbox):
    opd = OPDFactory(singkatan="DPU")
    petugas_opd(opd, email="p1@pasuruankab.go.id")
    petugas_opd(opd, email="p2@pasuruankab.go.id")
    lampau = timezone.now() - datetime.timedelta(days=30)
    aspirasi = kirim(waktu=lampau)
    services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator(email=""), waktu=lampau)
    hari_ini = timezone.localdate().isoformat()
    server(settings, "ServerMenolakSambungan")

    assert tasks.kirim_ringkasan_tenggat.call(opd.pk, hari_ini) == 2
    assert tasks.kirim_ringkasan_tenggat.call(opd.pk, hari_ini) == 0

    ringkasan = PesanKeluar.objects.filter(jenis=PesanKeluar.Jenis.RINGKASAN)
    assert ringkasan.count() == 2
    assert set(ringkasan.values_list("status", "percobaan")) == {("menunggu", 1)}
    assert RingkasanTenggatTerkirim.objects.count() == 1
    server(settings, LOCMEM)
    layanan_pesan.kirim_tertunda(sekarang=nanti(2))
    ke_petugas = sorted(m.to[0] for m in mailoutbox if "Ringkasan" in m.subject)
    assert ke_petugas == ["p1@pasuruankab.go.id", "p2@pasuruankab.go.id"]


def test_batas_percobaan_dari_lingkungan(monkeypatch):
    monkeypatch.setenv("DEBUG", "1")
    monkeypatch.delenv("PESAN_MAKS_PERCOBAAN", raising=False)
    assert config.load().pesan_maks_percobaan == 24
    monkeypatch.setenv("PESAN_MAKS_PERCOBAAN", "6")
    assert config.load().pesan_maks_percobaan == 6
    for salah in ("0", "banyak"):
        monkeypatch.setenv("PESAN_MAKS_PERCOBAAN", salah)
        with pytest.raises(ImproperlyConfigured, match="PESAN_MAKS_PERCOBAAN"):
            config.load()


# --- admin ------------------------------------------------------------------------------------
def url_admin(nama, *args):
    return reverse(f"admin:aspirasi_pesankeluar_{nama}", args=args)


@pytest.mark.parametrize("peran", ["petugas", "verifikator"])
def test_staf_bukan_superuser_tidak_melihat_kotak_keluar(client, peran):
    pesan = pesan_warga(kirim())
    pengguna = petugas_opd(OPDFactory()) if peran == "petugas" else verifikator()
    masuk_staf(client, pengguna)

    for url in (url_admin("changelist"), url_admin("change", pesan.pk)):
        respons = client.get(url)
        assert respons.status_code in (302, 403)
        assert EMAIL not in respons.content.decode()
    respons = client.post(
        url_admin("changelist"), {"action": "kirim_ulang", "_selected_action": [pesan.pk]}
    )
    assert respons.status_code in (302, 403)
    indeks = client.get(reverse("admin:index")).content.decode()
    assert url_admin("changelist") not in indeks


def test_superuser_melihat_mencari_dan_tidak_mengubah_isi_pesan(client):
    aspirasi = kirim()
    pesan = pesan_warga(aspirasi)
    pesan_warga(kirim(judul="Pesan lain", email_pelapor="lain@contoh.test"))
    masuk_staf(client, PenggunaFactory(is_superuser=True))

    daftar = client.get(url_admin("changelist"), {"q": aspirasi.kode})
    assert daftar.status_code == 200
    assert daftar.context["cl"].result_count == 1
    cari_id = client.get(url_admin("changelist"), {"q": pesan.message_id})
    assert cari_id.context["cl"].result_count == 1
    saring = client.get(url_admin("changelist"), {"status__exact": "gagal"})
    assert saring.context["cl"].result_count == 0

    assert client.get(url_admin("change", pesan.pk)).status_code == 200
    client.post(url_admin("change", pesan.pk), {"subjek": "Diubah", "kepada": '["x@y.z"]'})
    pesan.refresh_from_db()
    assert pesan.subjek != "Diubah" and pesan.kepada == [EMAIL]
    assert client.get(url_admin("add")).status_code == 403


def test_superuser_mengirim_ulang_pesan_gagal_dari_admin(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    gagal = pesan_warga(kirim())
    terkirim = pesan_warga(kirim(email_pelapor="sudah@contoh.test"))
    PesanKeluar.objects.filter(pk=gagal.pk).update(
        status="gagal", percobaan=24, galat_terakhir="ConnectionRefusedError"
    )
    PesanKeluar.objects.filter(pk=terkirim.pk).update(
        status="terkirim", percobaan=1, terkirim_pada=timezone.now()
    )
    masuk_staf(client, PenggunaFactory(is_superuser=True))

    with django_capture_on_commit_callbacks(execute=True):
        respons = client.post(
            url_admin("changelist"),
            {"action": "kirim_ulang", "_selected_action": [gagal.pk, terkirim.pk]},
            follow=True,
        )

    assert respons.status_code == 200
    assert "1 pesan dijadwalkan" in respons.content.decode()
    gagal.refresh_from_db()
    # The action's commit enqueued the sending (run at once in tests).
    assert gagal.status == PesanKeluar.Status.TERKIRIM
    assert [m.to for m in mailoutbox] == [[EMAIL]]


# --- PostgreSQL: two senders at once -----------------------------------------------------------
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks: PostgreSQL only")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_dua_penyapu_bersamaan_mengirim_tiap_pesan_sekali(settings, mailoutbox):
    server(settings, "ServerLambat")
    for i in range(12):
        with transaction.atomic():  # stored, not enqueued: left to the sweepers
            layanan_pesan.simpan(
                mail.EmailMessage(f"Pesan {i}", "Isi", to=[f"warga{i}@contoh.test"]),
                jenis=PesanKeluar.Jenis.STATUS,
                jadwalkan=False,
            )
    mulai = threading.Barrier(2)
    hasil = []

    def penyapu():
        try:
            mulai.wait()
            hasil.append(layanan_pesan.kirim_tertunda())
        finally:
            connection.close()

    benang = [threading.Thread(target=penyapu) for _ in range(2)]
    for b in benang:
        b.start()
    for b in benang:
        b.join()

    alamat = sorted(m.to[0] for m in mail.outbox)
    assert alamat == sorted(f"warga{i}@contoh.test" for i in range(12))
    assert sum(h[layanan_pesan.TERKIRIM] for h in hasil) == 12
    assert all(h[layanan_pesan.TERKIRIM] > 0 for h in hasil)  # both really worked
    assert PesanKeluar.objects.filter(status="terkirim").count() == 12
