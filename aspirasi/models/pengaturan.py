"""Data that staff maintain: local days off and answer templates."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class HariLibur(models.Model):
    """Days off beyond the national holidays library: cuti bersama, local days off.

    Cuti bersama are decided every year (SKB 3 Menteri), so they are data, not code.
    """

    tanggal = models.DateField(_("tanggal"), unique=True)
    keterangan = models.CharField(_("keterangan"), max_length=200)

    class Meta:
        verbose_name = _("hari libur tambahan")
        verbose_name_plural = _("hari libur tambahan")
        ordering = ["tanggal"]

    def __str__(self):
        return f"{self.tanggal:%d-%m-%Y} {self.keterangan}"


class TemplateJawaban(models.Model):
    opd = models.ForeignKey(
        "layanan.OPD",
        on_delete=models.CASCADE,
        related_name="template_jawaban",
        verbose_name=_("OPD"),
    )
    judul = models.CharField(_("judul"), max_length=200)
    isi = models.TextField(_("isi"), max_length=10000)

    class Meta:
        verbose_name = _("template jawaban")
        verbose_name_plural = _("template jawaban")
        ordering = ["opd", "judul"]
        constraints = [
            models.UniqueConstraint(fields=["opd", "judul"], name="template_jawaban_unik"),
        ]

    def __str__(self):
        return self.judul
