"""Read-only record lists shown on an aspirasi's admin page, and the overdue filter."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from aspirasi.models import (
    Aspirasi,
    CatatanInternal,
    Disposisi,
    Jawaban,
    RiwayatStatus,
    TambahanWarga,
    Tanggapan,
)


# --- read-only inlines ------------------------------------------------------------------
class InlineHanyaBaca(admin.TabularInline):
    extra = 0
    can_delete = False
    show_change_link = False
    select_related: tuple[str, ...] = ()

    def get_readonly_fields(self, request, obj=None):
        return self.fields

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset.select_related(*self.select_related) if self.select_related else queryset

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class RiwayatStatusInline(InlineHanyaBaca):
    model = RiwayatStatus
    fields = ("waktu", "dari", "ke", "oleh", "catatan")
    select_related = ("oleh",)
    verbose_name_plural = _("riwayat status (tidak dapat diubah)")


class JawabanInline(InlineHanyaBaca):
    model = Jawaban
    fields = ("waktu", "jenis", "opd", "oleh", "isi")
    select_related = ("opd", "oleh")


class DisposisiInline(InlineHanyaBaca):
    model = Disposisi
    fields = ("waktu", "dari_opd", "ke_opd", "oleh", "alasan")
    select_related = ("dari_opd", "ke_opd", "oleh")


class TanggapanInline(InlineHanyaBaca):
    model = Tanggapan
    fields = ("waktu", "penilaian", "alasan")


class TambahanWargaInline(InlineHanyaBaca):
    model = TambahanWarga
    fields = ("waktu", "isi")


class CatatanInternalInline(InlineHanyaBaca):
    model = CatatanInternal
    fields = ("waktu", "oleh", "isi")
    select_related = ("oleh",)
    verbose_name_plural = _("catatan internal (tidak terlihat oleh warga)")


# --- changelist filter --------------------------------------------------------------------
class LewatTenggatFilter(admin.SimpleListFilter):
    title = _("lewat tenggat")
    parameter_name = "lewat_tenggat"

    def lookups(self, request, model_admin):
        return (("ya", _("Ya")), ("tidak", _("Tidak")))

    def queryset(self, request, queryset):
        lewat = Aspirasi.objects.lewat_tenggat().values("pk")
        if self.value() == "ya":
            return queryset.filter(pk__in=lewat)
        if self.value() == "tidak":
            return queryset.exclude(pk__in=lewat)
        return queryset
