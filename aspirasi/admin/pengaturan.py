"""Data staff maintain: answer templates (per OPD). Local days off: layanan.admin.kalender."""

from django.contrib import admin

from aspirasi.models import TemplateJawaban
from layanan.admin.mixins import DibatasiOPDMixin


@admin.register(TemplateJawaban)
class TemplateJawabanAdmin(DibatasiOPDMixin, admin.ModelAdmin):
    """A Petugas OPD keeps the templates of their own OPD; the Verifikator (who manages
    every OPD's catalog) reaches all of them."""

    opd_field_path = "opd"
    list_display = ("judul", "opd")
    list_filter = (("opd", admin.RelatedOnlyFieldListFilter),)
    list_select_related = ("opd",)
    search_fields = ("judul", "isi")
    fields = ("opd", "judul", "isi")
