"""Data that staff maintain: answer templates (local days off live in layanan.HariLibur)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


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
