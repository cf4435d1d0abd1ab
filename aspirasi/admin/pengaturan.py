"""Data staff maintain: local days off (Verifikator) and answer templates (per OPD)."""

from django.contrib import admin

from aspirasi.models import HariLibur, TemplateJawaban
from layanan.admin.mixins import DibatasiOPDMixin


@admin.register(HariLibur)
class HariLiburAdmin(admin.ModelAdmin):
    list_display = ("tanggal", "keterangan")
    date_hierarchy = "tanggal"
    search_fields = ("keterangan",)


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
