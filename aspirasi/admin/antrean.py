"""The verifikator's triage queue: new items only, oldest deadline first."""

from django.contrib import admin

from aspirasi.admin import akses
from aspirasi.admin.aspirasi import AspirasiAdmin
from aspirasi.models import AntreanVerifikasi, Status


@admin.register(AntreanVerifikasi)
class AntreanVerifikasiAdmin(AspirasiAdmin):
    list_display = (
        "kode",
        "judul",
        "jenis",
        "kanal",
        "kecamatan",
        "tenggat",
        "lewat_tenggat_kolom",
    )
    list_filter = ("jenis", "kanal")
    list_select_related = ("kecamatan",)
    ordering = ("tenggat", "dibuat")

    def get_queryset(self, request):
        return super().get_queryset(request).filter(status=Status.BARU)

    # The queue is the verifikator's tool; everyone else works from the aspirasi list.
    def has_module_permission(self, request):
        return akses.boleh_verifikasi(request.user)

    def has_view_permission(self, request, obj=None):
        # Checked against the verifikator role, not the proxy's own (unassigned) permissions.
        if not akses.boleh_verifikasi(request.user):
            return False
        return obj is None or akses.boleh_lihat(request.user, obj)

    def has_change_permission(self, request, obj=None):
        return False
