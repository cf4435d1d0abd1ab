"""Building the notification emails (plain text, Indonesian). They are stored in the outbox
and sent by ``aspirasi.services.pesan``.

Rules kept here:
- a resident is written to only when they gave an email, never for anonim (rahasia still
  gets email: it is their own item);
- email to staff never carries the reporter's name, email or phone, nor the text of the
  aspirasi: staff open the admin, which decides what they may see;
- every link is absolute (``SITE_URL``); the tracking link carries the code, which is the
  resident's own key to their item.
"""

from __future__ import annotations

import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from aspirasi.models import Aspirasi, Disposisi, Jawaban, RiwayatStatus, Status
from layanan import hari_kerja

# RFC 3834: tells mail servers and out-of-office replies this is an automatic message.
HEADER_OTOMATIS = {"Auto-Submitted": "auto-generated"}

GRUP_VERIFIKATOR = "Verifikator"


def url_lacak(kode: str) -> str:
    return f"{settings.SITE_URL}{reverse('aspirasi:lacak')}?{urlencode({'kode': kode})}"


def url_admin(aspirasi_pk: int) -> str:
    try:
        jalur = reverse("admin:aspirasi_aspirasi_change", args=[aspirasi_pk])
    except NoReverseMatch:  # the admin is not registered (e.g. a trimmed-down deployment)
        jalur = f"/{settings.ADMIN_URL}aspirasi/aspirasi/{aspirasi_pk}/change/"
    return f"{settings.SITE_URL}{jalur}"


def email_warga(aspirasi: Aspirasi) -> str:
    """The resident's address, or "" when we must not (or cannot) write to them."""
    if aspirasi.privasi == Aspirasi.Privasi.ANONIM:
        return ""
    return aspirasi.email_pelapor.strip()


def email_petugas_opd(opd_id: int) -> list[str]:
    """Active staff of the OPD who have an email address, each address once."""
    alamat = (
        get_user_model()
        .objects.filter(opd_id=opd_id, is_active=True)
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
    )
    return list(dict.fromkeys(a.strip() for a in alamat if a.strip()))


def email_verifikator() -> list[str]:
    alamat = (
        get_user_model()
        .objects.filter(groups__name=GRUP_VERIFIKATOR, is_active=True)
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
    )
    return list(dict.fromkeys(a.strip() for a in alamat if a.strip()))


def _pesan(subjek: str, template: str, konteks: dict, kepada: str) -> EmailMessage:
    with translation.override(settings.LANGUAGE_CODE):
        badan = render_to_string(template, {"site_url": settings.SITE_URL, **konteks})
    return EmailMessage(
        subject=" ".join(subjek.split()),  # never a line break in a header
        body=badan,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[kepada],
        headers=HEADER_OTOMATIS,
    )


# --- to the resident --------------------------------------------------------------------


def pesan_diterima(aspirasi: Aspirasi) -> EmailMessage | None:
    kepada = email_warga(aspirasi)
    if not kepada:
        return None
    with translation.override(settings.LANGUAGE_CODE):
        subjek = _("[%(kode)s] Aspirasi Anda sudah kami terima") % {"kode": aspirasi.kode}
    return _pesan(
        subjek,
        "aspirasi/email/warga_diterima.txt",
        {"aspirasi": aspirasi, "url_lacak": url_lacak(aspirasi.kode)},
        kepada,
    )


def pesan_jawaban(jawaban: Jawaban) -> EmailMessage | None:
    aspirasi = jawaban.aspirasi
    kepada = email_warga(aspirasi)
    if not kepada:
        return None
    with translation.override(settings.LANGUAGE_CODE):
        if jawaban.jenis == Jawaban.Jenis.TINDAK_LANJUT:
            subjek = _("[%(kode)s] Tindak lanjut atas aspirasi Anda")
        else:
            subjek = _("[%(kode)s] Jawaban atas aspirasi Anda")
        subjek %= {"kode": aspirasi.kode}
    return _pesan(
        subjek,
        "aspirasi/email/warga_jawaban.txt",
        {
            "aspirasi": aspirasi,
            "jawaban": jawaban,
            "url_lacak": url_lacak(aspirasi.kode),
            "boleh_tanggapi": aspirasi.status
            in (Status.DIJAWAB, Status.DITINDAKLANJUTI, Status.SELESAI),
        },
        kepada,
    )


def pesan_status(riwayat: RiwayatStatus) -> EmailMessage | None:
    aspirasi = riwayat.aspirasi
    kepada = email_warga(aspirasi)
    if not kepada:
        return None
    with translation.override(settings.LANGUAGE_CODE):
        subjek = _("[%(kode)s] Status aspirasi Anda: %(status)s") % {
            "kode": aspirasi.kode,
            "status": riwayat.get_ke_display(),
        }
    return _pesan(
        subjek,
        "aspirasi/email/warga_status.txt",
        {
            "aspirasi": aspirasi,
            "riwayat": riwayat,
            "url_lacak": url_lacak(aspirasi.kode),
            # Only what the resident is meant to read: the rejection reason. Other notes
            # are written for staff.
            "alasan": aspirasi.alasan_penolakan if riwayat.ke == Status.DITOLAK else "",
            # The deadline shown is the current one only if this is still the latest step.
            "tenggat": aspirasi.tenggat if aspirasi.status == riwayat.ke else None,
            # Closed by the clock, not by staff nor by the resident's "puas" (which records
            # a Tanggapan at the same moment).
            "ditutup_otomatis": riwayat.ke == Status.SELESAI
            and riwayat.oleh_id is None
            and not aspirasi.tanggapan.filter(waktu=riwayat.waktu).exists(),
        },
        kepada,
    )


# --- to staff ---------------------------------------------------------------------------


def pesan_penugasan(aspirasi: Aspirasi, opd, *, dibuka_kembali: bool = False) -> list[EmailMessage]:
    """To every active staff member of ``opd`` with an email: a new item is theirs."""
    penerima = email_petugas_opd(opd.pk)
    if not penerima:
        return []
    disposisi = None
    if not dibuka_kembali:
        disposisi = (
            Disposisi.objects.filter(aspirasi=aspirasi, ke_opd=opd)
            .select_related("dari_opd")
            .order_by("-waktu", "-pk")
            .first()
        )
    with translation.override(settings.LANGUAGE_CODE):
        if dibuka_kembali:
            subjek = _("[%(kode)s] Aspirasi dibuka kembali: warga belum puas")
        else:
            subjek = _("[%(kode)s] Aspirasi baru untuk %(opd)s")
        subjek %= {"kode": aspirasi.kode, "opd": opd.singkatan or opd.nama}
    konteks = {
        "aspirasi": aspirasi,
        "opd": opd,
        "disposisi": disposisi,
        "dibuka_kembali": dibuka_kembali,
        "url_admin": url_admin(aspirasi.pk),
    }
    return [
        _pesan(subjek, "aspirasi/email/petugas_penugasan.txt", konteks, kepada)
        for kepada in penerima
    ]


def baris_ringkasan(daftar, sekarang: datetime.datetime) -> list[dict]:
    return [
        {
            "kode": a.kode,
            "judul": a.judul,
            "status": a.get_status_display(),
            "tenggat": a.tenggat,
            "umur_hari_kerja": hari_kerja.hari_kerja_di_antara(a.dibuat, sekarang),
            "url_admin": url_admin(a.pk),
        }
        for a in daftar
    ]


def pesan_ringkasan_tenggat(
    *, opd, baris: list[dict], penerima: list[str], tanggal: datetime.date
) -> list[EmailMessage]:
    """The daily digest of overdue items: for one OPD, or for the verifikators (opd None)."""
    with translation.override(settings.LANGUAGE_CODE):
        if opd is None:
            subjek = _("Ringkasan harian: %(n)s aspirasi lewat tenggat verifikasi")
        else:
            subjek = _("Ringkasan harian %(opd)s: %(n)s aspirasi lewat tenggat")
        subjek %= {"n": len(baris), "opd": opd.singkatan or opd.nama if opd else ""}
    konteks = {"opd": opd, "baris": baris, "tanggal": tanggal, "sekarang": timezone.now()}
    return [
        _pesan(subjek, "aspirasi/email/ringkasan_tenggat.txt", konteks, kepada)
        for kepada in penerima
    ]
