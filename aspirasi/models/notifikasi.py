"""What the notifications remember: which daily digest of overdue items went out."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RingkasanTenggatTerkirim(models.Model):
    """One row per recipient group and day, so a re-run of the cron job sends nothing twice.

    ``opd`` empty = the verifikators' digest (items still waiting to be routed).
    """

    tanggal = models.DateField(_("tanggal"))
    opd = models.ForeignKey(
        "layanan.OPD",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("OPD"),
    )
    jumlah_aspirasi = models.PositiveIntegerField(_("jumlah aspirasi"), default=0)
    jumlah_penerima = models.PositiveIntegerField(_("jumlah penerima"), default=0)
    dikirim = models.DateTimeField(_("dikirim"), default=timezone.now)

    class Meta:
        verbose_name = _("ringkasan tenggat terkirim")
        verbose_name_plural = _("ringkasan tenggat terkirim")
        ordering = ["-tanggal", "opd"]
        constraints = [
            models.UniqueConstraint(
                fields=["opd", "tanggal"],
                condition=Q(opd__isnull=False),
                name="ringkasan_tenggat_sekali_per_opd_per_hari",
            ),
            models.UniqueConstraint(
                fields=["tanggal"],
                condition=Q(opd__isnull=True),
                name="ringkasan_tenggat_verifikator_sekali_per_hari",
            ),
        ]

    def __str__(self):
        return f"{self.tanggal:%d-%m-%Y} {self.opd or _('Verifikator')}"
