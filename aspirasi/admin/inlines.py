"""Read-only record lists shown on an aspirasi's admin page, and the overdue filter."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from aspirasi import lampiran as berkas_lampiran
from aspirasi.admin import akses
from aspirasi.models import (
    Aspirasi,
    CatatanInternal,
    Disposisi,
    Jawaban,
    Lampiran,
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


class LampiranInline(InlineHanyaBaca):
    """Downloads go through the permission-checked view; ``berkas.url`` is never shown."""

    model = Lampiran
    fields = ("waktu", "jenis_konten", "ukuran", "unduh")
    verbose_name_plural = _("lampiran dari warga")

    def get_readonly_fields(self, request, obj=None):
        return self.fields

    @admin.display(description=_("berkas"))
    def unduh(self, obj):
        return format_html('<a href="{}">{}</a>', berkas_lampiran.url_unduh(obj), _("Unduh"))

    def has_view_permission(self, request, obj=None):
        # obj is the aspirasi: a rahasia item's files are for the verifikator and its OPD.
        if (
            obj is not None
            and obj.privasi == obj.Privasi.RAHASIA
            and not (
                akses.boleh_verifikasi(request.user)
                or akses.opd_penanggung_jawab(request.user, obj)
            )
        ):
            return False
        return super().has_view_permission(request, obj)


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
