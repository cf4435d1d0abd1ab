"""The outbox: every notification email is stored here, in the transaction of the change
that causes it, before anything is sent (see ``aspirasi.services.pesan``).

A committed change therefore always has its message, a rolled-back one never has, and a
mail-server outage only delays sending: the worker retries until the server is back.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aspirasi.models.aspirasi import Aspirasi


class PesanKeluarQuerySet(models.QuerySet):
    def jatuh_tempo(self, waktu=None):
        """Waiting and due for an attempt at ``waktu``, the longest-waiting first."""
        return self.filter(
            status=PesanKeluar.Status.MENUNGGU, kirim_setelah__lte=waktu or timezone.now()
        ).order_by("kirim_setelah", "pk")

    def terkirim_sebelum(self, waktu):
        """Sent before ``waktu``: past their retention, they only keep addresses."""
        return self.filter(status=PesanKeluar.Status.TERKIRIM, terkirim_pada__lt=waktu)


class PesanKeluar(models.Model):
    class Status(models.TextChoices):
        MENUNGGU = "menunggu", _("Menunggu")
        TERKIRIM = "terkirim", _("Terkirim")
        GAGAL = "gagal", _("Gagal")

    class Jenis(models.TextChoices):
        DITERIMA = "diterima", _("Aspirasi diterima (ke warga)")
        JAWABAN = "jawaban", _("Jawaban (ke warga)")
        STATUS = "status", _("Perubahan status (ke warga)")
        PENUGASAN = "penugasan", _("Penugasan (ke petugas OPD)")
        RINGKASAN = "ringkasan", _("Ringkasan tenggat harian (ke petugas)")

    jenis = models.CharField(_("jenis"), max_length=16, choices=Jenis.choices)
    # Deleting an aspirasi (e.g. on a resident's erasure request) takes the mail about it,
    # and with it the resident's address, along.
    aspirasi = models.ForeignKey(
        Aspirasi,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("aspirasi"),
    )
    pengirim = models.CharField(_("pengirim"), max_length=254)
    kepada = models.JSONField(_("kepada"), default=list)
    subjek = models.CharField(_("subjek"), max_length=998)
    isi = models.TextField(_("isi"))
    header = models.JSONField(_("header tambahan"), default=dict, blank=True)
    # Fixed when the row is written and sent with every attempt: a server or mail client
    # that gets the same message twice (the at-least-once window) can recognise it.
    message_id = models.CharField(_("Message-ID"), max_length=255, unique=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.MENUNGGU
    )
    percobaan = models.PositiveSmallIntegerField(_("jumlah percobaan"), default=0)
    kirim_setelah = models.DateTimeField(_("percobaan berikutnya"), default=timezone.now)
    terkirim_pada = models.DateTimeField(_("terkirim pada"), null=True, blank=True)
    galat_terakhir = models.CharField(_("galat terakhir"), max_length=300, blank=True)
    dibuat = models.DateTimeField(_("dibuat"), default=timezone.now)

    objects = PesanKeluarQuerySet.as_manager()

    class Meta:
        verbose_name = _("pesan keluar")
        verbose_name_plural = _("pesan keluar")
        ordering = ["-dibuat", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["menunggu", "terkirim", "gagal"]),
                name="pesan_keluar_status_sah",
            ),
            # Sent: exactly when it has a sending time, and only after an attempt.
            models.CheckConstraint(
                condition=(
                    Q(status="terkirim", terkirim_pada__isnull=False, percobaan__gte=1)
                    | (~Q(status="terkirim") & Q(terkirim_pada__isnull=True))
                ),
                name="pesan_keluar_terkirim_punya_waktu",
            ),
            # Failed for good only after at least one attempt.
            models.CheckConstraint(
                condition=~Q(status="gagal") | Q(percobaan__gte=1),
                name="pesan_keluar_gagal_setelah_mencoba",
            ),
        ]
        indexes = [
            # The worker's query: waiting messages that are due, oldest first.
            models.Index(
                fields=["kirim_setelah"],
                condition=Q(status="menunggu"),
                name="pesan_keluar_menunggu_idx",
            ),
            # The retention clean-up: sent messages by age.
            models.Index(
                fields=["terkirim_pada"],
                condition=Q(status="terkirim"),
                name="pesan_keluar_terkirim_idx",
            ),
            models.Index(fields=["-dibuat"], name="pesan_keluar_dibuat_idx"),
        ]

    def __str__(self):
        return f"{self.subjek} → {', '.join(self.kepada)}"
