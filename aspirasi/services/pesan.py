"""The outbox of notification emails: stored with the change, sent (and retried) after it.

- ``simpan`` writes the fully built message as a ``PesanKeluar`` row in the transaction of
  the change that causes it: a committed change always has its message, a rolled-back one
  never has. After the commit a ``kirim_pesan`` task is enqueued to send it at once.
- ``kirim`` sends one waiting, due message. It first claims the row (a skip-locked row lock
  on PostgreSQL; on SQLite, which has no row locks, an UPDATE that takes the database's
  write lock), then sends and marks it ``terkirim`` in the same transaction, so two
  workers never both send it. A failure counts an attempt and sets the next one with an
  exponential backoff (1, 2, 4 … minutes, at most an hour); after
  ``PESAN_MAKS_PERCOBAAN`` attempts the message is ``gagal``, logged as an error and
  shown in the admin, where a superuser can send it again (``kirim_ulang``).
- ``kirim_tertunda`` (the sweep, ``manage.py kirim_pesan_tertunda`` every minute) sends
  every due message: the retries, and any message whose enqueue was lost in a crash.

What remains at least once, not exactly once: a crash (or a lost database connection)
after the mail server accepted a message but before our COMMIT leaves the row waiting, and
it is sent again. Every attempt carries the same ``Message-ID`` (and ``Date``), so mail
servers and clients that drop duplicates recognise it.
"""

from __future__ import annotations

import datetime
import logging
import smtplib
import uuid
from email.utils import formatdate, parseaddr
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.utils import DNS_NAME
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from aspirasi.models import Aspirasi, PesanKeluar

logger = logging.getLogger(__name__)

TERKIRIM = "terkirim"
GAGAL = "gagal"  # attempted and not sent (may be retried)
DILEWATI = "dilewati"  # not waiting, not yet due, or another worker has it

JEDA_MAKS = datetime.timedelta(hours=1)
# The sweep stops after this many failures in a row: the server is most likely down, and
# the rest can wait for the next sweep without each spending an attempt (and a timeout).
GAGAL_BERUNTUN_MAKS = 3


def jeda(percobaan: int) -> datetime.timedelta:
    """Wait after the ``percobaan``-th failed attempt: 1, 2, 4 … minutes, at most an hour."""
    return min(datetime.timedelta(minutes=2 ** min(percobaan - 1, 10)), JEDA_MAKS)


def _domain_message_id() -> str:
    alamat = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    return alamat.rpartition("@")[2] or str(DNS_NAME)


def buat_message_id() -> str:
    return f"<{uuid.uuid4().hex}@{_domain_message_id()}>"


def simpan(
    email: EmailMessage | None, *, jenis: str, aspirasi: Aspirasi | None = None, jadwalkan=True
) -> PesanKeluar | None:
    """Store the built ``email`` in the outbox; call inside the change's transaction.

    ``jadwalkan``: enqueue the sending after the commit (off when the caller, already a
    background task, sends the rows itself)."""
    if email is None:
        return None
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("Pesan keluar harus disimpan di dalam transaksi perubahannya.")
    if email.cc or email.bcc or email.attachments or email.reply_to or not email.to:
        raise ValueError("Kotak keluar hanya menyimpan pesan teks dengan penerima 'to'.")
    sekarang = timezone.now()
    pesan = PesanKeluar.objects.create(
        jenis=jenis,
        aspirasi=aspirasi,
        pengirim=email.from_email,
        kepada=list(email.to),
        subjek=email.subject,
        isi=email.body,
        header={k: str(v) for k, v in email.extra_headers.items()},
        message_id=buat_message_id(),
        dibuat=sekarang,
        kirim_setelah=sekarang,
    )
    if jadwalkan:
        # robust: a failed enqueue never undoes the committed change; the sweep sends it.
        transaction.on_commit(partial(_jadwalkan, pesan.pk), robust=True)
    return pesan


def _jadwalkan(pesan_id: int, run_after: datetime.datetime | None = None) -> None:
    from aspirasi import tasks  # tasks import this module

    tugas = tasks.kirim_pesan
    if run_after is not None:
        if not tugas.get_backend().supports_defer:
            return  # the sweep retries it
        tugas = tugas.using(run_after=run_after)
    tugas.enqueue(pesan_id)


def _klaim(pesan_id: int, sekarang: datetime.datetime) -> PesanKeluar | None:
    """The row if it is waiting and due and now ours until the transaction ends."""
    siap = PesanKeluar.objects.jatuh_tempo(sekarang).filter(pk=pesan_id)
    if connection.features.has_select_for_update_skip_locked:
        return siap.select_for_update(skip_locked=True).first()
    # SQLite: the UPDATE takes the database write lock, held until COMMIT; a second sender
    # waits here, then matches nothing because the row is no longer waiting.
    if not siap.update(percobaan=F("percobaan")):
        return None
    return PesanKeluar.objects.get(pk=pesan_id)


def _email(pesan: PesanKeluar) -> EmailMessage:
    header = {
        **pesan.header,
        "Message-ID": pesan.message_id,
        "Date": formatdate(pesan.dibuat.timestamp(), localtime=settings.EMAIL_USE_LOCALTIME),
    }
    return EmailMessage(
        subject=pesan.subjek,
        body=pesan.isi,
        from_email=pesan.pengirim,
        to=pesan.kepada,
        headers=header,
    )


def _ringkas(galat: BaseException) -> str:
    """Class and message, one line, short; SMTP replies carry no credentials."""
    teks = " ".join(f"{type(galat).__name__}: {galat}".split())
    return teks[:300]


def _permanen(galat: BaseException) -> bool:
    """Every recipient refused with a 5xx reply: retrying cannot help."""
    return isinstance(galat, smtplib.SMTPRecipientsRefused) and all(
        kode >= 500 for kode, _pesan in galat.recipients.values()
    )


def kirim(*, pesan_id: int, sekarang: datetime.datetime | None = None) -> str:
    """Send one waiting, due message: ``TERKIRIM``, ``GAGAL`` (attempt counted) or
    ``DILEWATI``."""
    sekarang = sekarang or timezone.now()
    with transaction.atomic():
        pesan = _klaim(pesan_id, sekarang)
        if pesan is None:
            return DILEWATI
        try:
            with get_connection() as koneksi:
                jumlah = koneksi.send_messages([_email(pesan)])
            if not jumlah:
                raise smtplib.SMTPException("server tidak menerima pesan")
        except Exception as galat:  # any failure must count an attempt, or it repeats forever
            _catat_gagal(pesan, galat, sekarang)
            return GAGAL
        pesan.status = PesanKeluar.Status.TERKIRIM
        pesan.percobaan += 1
        pesan.terkirim_pada = timezone.now()
        pesan.save(update_fields=["status", "percobaan", "terkirim_pada"])
    return TERKIRIM


def _catat_gagal(pesan: PesanKeluar, galat: BaseException, sekarang) -> None:
    pesan.percobaan += 1
    pesan.galat_terakhir = _ringkas(galat)
    if pesan.percobaan >= settings.PESAN_MAKS_PERCOBAAN or _permanen(galat):
        pesan.status = PesanKeluar.Status.GAGAL
        # Logged, not mailed: ADMINS mail would go through the server that is failing.
        logger.error(
            "Pesan keluar %s (%s) GAGAL setelah %d percobaan, tidak dicoba lagi: %s",
            pesan.pk,
            pesan.message_id,
            pesan.percobaan,
            pesan.galat_terakhir,
        )
    else:
        pesan.kirim_setelah = sekarang + jeda(pesan.percobaan)
        logger.warning(
            "Pesan keluar %s gagal dikirim (percobaan %d), dicoba lagi setelah %s: %s",
            pesan.pk,
            pesan.percobaan,
            pesan.kirim_setelah.isoformat(),
            pesan.galat_terakhir,
        )
        transaction.on_commit(
            partial(_jadwalkan, pesan.pk, run_after=pesan.kirim_setelah), robust=True
        )
    pesan.save(update_fields=["status", "percobaan", "galat_terakhir", "kirim_setelah"])


def kirim_tertunda(*, sekarang: datetime.datetime | None = None, batas: int = 500) -> dict:
    """The sweep: send every due waiting message (at most ``batas``), one transaction each.
    Stops early when several fail in a row. Returns counts per outcome."""
    sekarang = sekarang or timezone.now()
    hasil = {TERKIRIM: 0, GAGAL: 0, DILEWATI: 0}
    beruntun = 0
    antrean = PesanKeluar.objects.jatuh_tempo(sekarang).values_list("pk", flat=True)[:batas]
    for pesan_id in list(antrean):
        satu = kirim(pesan_id=pesan_id, sekarang=sekarang)
        hasil[satu] += 1
        if satu == GAGAL:
            beruntun += 1
            if beruntun >= GAGAL_BERUNTUN_MAKS:
                break
        elif satu == TERKIRIM:
            beruntun = 0
    return hasil


@transaction.atomic
def kirim_ulang(*, pesan_ids) -> int:
    """Failed messages back to waiting, with a fresh set of attempts (the admin action)."""
    sekarang = timezone.now()
    ids = list(
        PesanKeluar.objects.filter(pk__in=pesan_ids, status=PesanKeluar.Status.GAGAL)
        .select_for_update()
        .values_list("pk", flat=True)
    )
    PesanKeluar.objects.filter(pk__in=ids).update(
        status=PesanKeluar.Status.MENUNGGU, percobaan=0, kirim_setelah=sekarang
    )
    for pesan_id in ids:
        transaction.on_commit(partial(_jadwalkan, pesan_id), robust=True)
    return len(ids)


def hapus_terkirim_lama(*, hari: int, sekarang: datetime.datetime | None = None) -> int:
    """Delete messages sent more than ``hari`` days ago: they hold residents' addresses."""
    batas = (sekarang or timezone.now()) - datetime.timedelta(days=hari)
    jumlah, _rinci = PesanKeluar.objects.terkirim_sebelum(batas).delete()
    return jumlah
