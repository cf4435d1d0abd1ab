"""Days off beyond the national holidays, shared by every app that counts working days."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class HariLibur(models.Model):
    """Days off beyond the national holidays library: cuti bersama, local days off.

    Cuti bersama are decided every year (SKB 3 Menteri), so they are data, not code. Both the
    aspirasi deadlines and the kegiatan schedule generator skip these days, which is why the
    model lives in ``layanan`` (the app both may import).
    """

    tanggal = models.DateField(_("tanggal"), unique=True)
    keterangan = models.CharField(_("keterangan"), max_length=200)

    class Meta:
        verbose_name = _("hari libur tambahan")
        verbose_name_plural = _("hari libur tambahan")
        ordering = ["tanggal"]

    def __str__(self):
        return f"{self.tanggal:%d-%m-%Y} {self.keterangan}"
