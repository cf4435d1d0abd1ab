"""Background tasks (django-tasks): the notification emails.

Enqueued by ``aspirasi.services`` with ``transaction.on_commit`` (nothing is sent for a
change that was rolled back) and run by ``manage.py db_worker`` in production. Arguments
are primitive ids only; each task reloads its rows and does nothing when they are gone.
"""

from __future__ import annotations

import datetime

from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task

from aspirasi import notifikasi
from aspirasi.models import Aspirasi, Jawaban, RingkasanTenggatTerkirim, RiwayatStatus, Status
from layanan.models import OPD


def _kirim(daftar: list[EmailMessage | None]) -> int:
    pesan = [p for p in daftar if p is not None]
    if not pesan:
        return 0
    with get_connection() as koneksi:
        return koneksi.send_messages(pesan) or 0


@task()
def kabari_warga_diterima(aspirasi_id: int) -> int:
    """The tracking code by email, right after submission."""
    aspirasi = Aspirasi.objects.filter(pk=aspirasi_id).first()
    if aspirasi is None:
        return 0
    return _kirim([notifikasi.pesan_diterima(aspirasi)])


@task()
def kabari_warga_jawaban(jawaban_id: int) -> int:
    """Every answer or follow-up, to the resident."""
    jawaban = Jawaban.objects.select_related("aspirasi", "opd").filter(pk=jawaban_id).first()
    if jawaban is None:
        return 0
    return _kirim([notifikasi.pesan_jawaban(jawaban)])


@task()
def kabari_warga_status(riwayat_id: int) -> int:
    """Every status change, to the resident (the first answer is covered by the answer)."""
    riwayat = (
        RiwayatStatus.objects.select_related("aspirasi", "aspirasi__opd")
        .filter(pk=riwayat_id)
        .first()
    )
    if riwayat is None:
        return 0
    return _kirim([notifikasi.pesan_status(riwayat)])


@task()
def kabari_petugas_opd(aspirasi_id: int, opd_id: int, dibuka_kembali: bool = False) -> int:
    """A new assignment (routing, disposisi, reopening), to the OPD's active staff."""
    aspirasi = (
        Aspirasi.objects.select_related("layanan", "kecamatan").filter(pk=aspirasi_id).first()
    )
    opd = OPD.objects.filter(pk=opd_id).first()
    # Forwarded again before the worker got here: it is no longer this OPD's item.
    if aspirasi is None or opd is None or aspirasi.opd_id != opd.pk:
        return 0
    return _kirim(notifikasi.pesan_penugasan(aspirasi, opd, dibuka_kembali=dibuka_kembali))


def lewat_tenggat_jawaban(waktu=None):
    """Routed to an OPD and past the first-answer deadline: the OPD's duty."""
    return (
        Aspirasi.objects.lewat_tenggat(waktu)
        .filter(status=Status.DITERUSKAN, opd__isnull=False)
        .only("pk", "kode", "judul", "status", "tenggat", "dibuat", "opd_id")
        .order_by("tenggat", "pk")
    )


def lewat_tenggat_verifikasi(waktu=None):
    """New and past the routing deadline: the verifikators' duty."""
    return (
        Aspirasi.objects.lewat_tenggat(waktu)
        .filter(status=Status.BARU)
        .only("pk", "kode", "judul", "status", "tenggat", "dibuat")
        .order_by("tenggat", "pk")
    )


@task()
def kirim_ringkasan_tenggat(opd_id: int | None, tanggal: str) -> int:
    """The daily digest of overdue items for one OPD (``opd_id`` None: the verifikators).

    Sent at most once per OPD and date: the ``RingkasanTenggatTerkirim`` row is written in
    the same transaction as the sending, under a unique constraint, so a second run (or two
    workers at once) sends nothing, and a failed sending can be retried.
    """
    hari = datetime.date.fromisoformat(tanggal)
    sekarang = timezone.now()
    if opd_id is None:
        opd = None
        daftar = list(lewat_tenggat_verifikasi(sekarang))
        penerima = notifikasi.email_verifikator()
    else:
        opd = OPD.objects.filter(pk=opd_id).first()
        if opd is None:
            return 0
        daftar = list(lewat_tenggat_jawaban(sekarang).filter(opd=opd))
        penerima = notifikasi.email_petugas_opd(opd.pk)
    if not daftar or not penerima:
        return 0
    baris = notifikasi.baris_ringkasan(daftar, sekarang)
    try:
        with transaction.atomic():
            RingkasanTenggatTerkirim.objects.create(
                tanggal=hari,
                opd=opd,
                jumlah_aspirasi=len(daftar),
                jumlah_penerima=len(penerima),
            )
            return _kirim(
                notifikasi.pesan_ringkasan_tenggat(
                    opd=opd, baris=baris, penerima=penerima, tanggal=hari
                )
            )
    except IntegrityError:
        return 0  # already sent for this date
