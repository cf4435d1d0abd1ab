"""Background tasks (django-tasks): sending the notification emails.

The messages themselves are stored in the outbox (``PesanKeluar``) by ``aspirasi.services``
in the transaction of the change; ``kirim_pesan`` is enqueued after the commit and run by
``manage.py db_worker`` in production. Arguments are primitive ids only; a task whose row
is gone, already sent or taken by another worker does nothing.
"""

from __future__ import annotations

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task

from aspirasi import notifikasi
from aspirasi.models import Aspirasi, PesanKeluar, RingkasanTenggatTerkirim, Status
from aspirasi.services import pesan
from layanan.models import OPD


@task()
def kirim_pesan(pesan_id: int) -> str:
    """Send one stored message of the outbox, if it is still waiting and due."""
    return pesan.kirim(pesan_id=pesan_id)


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

    At most once per OPD and date: the ``RingkasanTenggatTerkirim`` row (unique per OPD and
    date) and the digest's messages in the outbox are written in one transaction, so a
    second run (or two workers at once) stores nothing; a mail-server outage only delays
    the stored messages, which the outbox retries. Returns the number of messages stored.
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
            disimpan = [
                pesan.simpan(email, jenis=PesanKeluar.Jenis.RINGKASAN, jadwalkan=False)
                for email in notifikasi.pesan_ringkasan_tenggat(
                    opd=opd, baris=baris, penerima=penerima, tanggal=hari
                )
            ]
    except IntegrityError:
        return 0  # already stored for this date
    # This is the worker already: send now rather than through another task.
    for baris_pesan in disimpan:
        pesan.kirim(pesan_id=baris_pesan.pk)
    return len(disimpan)
