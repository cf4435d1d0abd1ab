"""Local days off (cuti bersama): kept by the Verifikator, read by deadlines and the generator."""

from django.contrib import admin

from layanan.models import HariLibur


@admin.register(HariLibur)
class HariLiburAdmin(admin.ModelAdmin):
    list_display = ("tanggal", "keterangan")
    date_hierarchy = "tanggal"
    search_fields = ("keterangan",)
