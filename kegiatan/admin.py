"""Admin for field events (Pengelola Kegiatan) and the OPD's own attendance record.

Who may do what:
- Pengelola Kegiatan (``kegiatan.change_kegiatan``): events and everything in them.
- Petugas OPD: view events; on the "Kehadiran OPD" page, confirm and annotate the
  attendance rows of **their own OPD** only (``dikonfirmasi``, ``catatan``). Whether an OPD
  was present is recorded by the organiser.
- Verifikator, Pimpinan: view.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from kegiatan import admin_jadwal
from kegiatan.models import (
    Kegiatan,
    KehadiranOPD,
    KunjunganFasilitas,
    LayananKegiatan,
    SesiAgenda,
    StanUMKM,
)
from layanan.admin.mixins import DibatasiOPDMixin
from pasuruan_portal.singgahan_halaman import SinggahanAdminMixin


def pengelola(request) -> bool:
    """The organiser (or a superuser): may change events and every row inside them."""
    user = request.user
    return user.is_active and (user.is_superuser or user.has_perm("kegiatan.change_kegiatan"))


# --- inlines -------------------------------------------------------------------------------
class InlineKegiatan(admin.TabularInline):
    """Rows inside an event change with the event: only the organiser edits them, whatever
    permissions on the child model a role holds (a Petugas OPD's ``change_kehadiranopd``
    is for their own row on the Kehadiran OPD page, never through this form)."""

    extra = 0

    def has_add_permission(self, request, obj=None):
        return pengelola(request) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return pengelola(request) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return pengelola(request) and super().has_delete_permission(request, obj)


class SesiAgendaInline(InlineKegiatan):
    model = SesiAgenda
    fields = ("hari_ke", "jam_mulai", "jam_selesai", "judul", "uraian")


class KehadiranOPDInline(InlineKegiatan):
    model = KehadiranOPD
    fields = ("opd", "wajib", "dikonfirmasi", "kehadiran", "catatan")
    autocomplete_fields = ("opd",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("opd")


class LayananKegiatanInline(InlineKegiatan):
    """Services offered at the event, picked by typing (the catalog has hundreds). The choices
    are the published services of every OPD: ``LayananKegiatan.layanan`` is limited to the
    published catalog, and the Layanan admin's autocomplete honours that limit for any user."""

    model = LayananKegiatan
    fields = ("layanan", "jumlah_dilayani")
    autocomplete_fields = ("layanan",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("layanan__opd")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "layanan":
            # The chosen rows are shown with their OPD (one query for all of them).
            field.queryset = field.queryset.select_related("opd")
            field.label_from_instance = lambda layanan: f"{layanan.opd.singkatan} — {layanan.nama}"
        return field


class KunjunganFasilitasInline(InlineKegiatan):
    model = KunjunganFasilitas
    fields = ("jenis", "nama", "temuan")


class StanUMKMInline(InlineKegiatan):
    model = StanUMKM
    fields = ("nama_usaha", "produk", "desa")
    autocomplete_fields = ("desa",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("desa")


# --- Kegiatan ------------------------------------------------------------------------------
@admin.register(Kegiatan)
class KegiatanAdmin(SinggahanAdminMixin, admin.ModelAdmin):
    # Every write, the schedule generator included, refreshes the public event pages.
    area_singgahan = ("kegiatan",)
    list_display = ("judul", "jenis", "tanggal_mulai", "kecamatan", "status", "terbit")
    list_select_related = ("kecamatan",)
    list_filter = ("jenis", "status", "terbit", "kecamatan", "tanggal_mulai", "contoh")
    search_fields = ("judul", "tempat", "kecamatan__nama", "desa__nama")
    date_hierarchy = "tanggal_mulai"
    prepopulated_fields = {"slug": ("judul",)}
    autocomplete_fields = ("kecamatan", "desa")
    inlines = [
        SesiAgendaInline,
        KehadiranOPDInline,
        LayananKegiatanInline,
        KunjunganFasilitasInline,
        StanUMKMInline,
    ]
    actions = ["terbitkan"]
    fieldsets = (
        (None, {"fields": ("jenis", "judul", "slug", "deskripsi", "status", "terbit", "contoh")}),
        (
            _("Waktu dan tempat"),
            {"fields": ("tanggal_mulai", "tanggal_selesai", "kecamatan", "desa", "tempat")},
        ),
        (_("Hasil"), {"fields": ("jumlah_pengunjung",)}),
    )

    def get_prepopulated_fields(self, request, obj=None):
        # Read-only viewers have no slug input to fill.
        if not self.has_change_permission(request, obj):
            return {}
        return super().get_prepopulated_fields(request, obj)

    @admin.action(permissions=["change"], description=_("Terbitkan kegiatan terpilih (draf)"))
    def terbitkan(self, request, queryset):
        jumlah = 0
        for kegiatan in queryset.filter(terbit=False).exclude(status=Kegiatan.Status.DIBATALKAN):
            kegiatan.terbit = True
            kegiatan.save(update_fields=["terbit", "diperbarui"])
            self.log_change(request, kegiatan, [{"changed": {"fields": ["terbit"]}}])
            jumlah += 1
        self.message_user(
            request,
            ngettext("%d kegiatan diterbitkan.", "%d kegiatan diterbitkan.", jumlah) % jumlah,
            messages.SUCCESS,
        )

    # --- extra admin pages ------------------------------------------------------------
    # Extra pages of the event admin, placed before the default ones: the schedule
    # generator's form (/admin/kegiatan/kegiatan/buat-jadwal/, kegiatan/admin_jadwal.py).
    def urls_tambahan(self):
        return admin_jadwal.urls(self.admin_site)

    def get_urls(self):
        return self.urls_tambahan() + super().get_urls()


# --- an OPD's own attendance ---------------------------------------------------------------
@admin.register(KehadiranOPD)
class KehadiranOPDAdmin(SinggahanAdminMixin, DibatasiOPDMixin, admin.ModelAdmin):
    """A Petugas OPD sees and confirms their own OPD's invitations; nothing else."""

    area_singgahan = ("kegiatan",)

    opd_field_path = "opd"
    list_display = ("kegiatan", "tanggal", "opd", "wajib", "dikonfirmasi", "kehadiran")
    list_select_related = ("kegiatan", "opd")
    list_filter = ("dikonfirmasi", "kehadiran", "wajib")
    search_fields = ("kegiatan__judul", "opd__nama", "opd__singkatan")
    ordering = ("-kegiatan__tanggal_mulai", "opd__nama")
    autocomplete_fields = ("kegiatan", "opd")

    def boleh_semua(self, request) -> bool:
        return pengelola(request) or request.user.boleh_kelola_semua_opd()

    def get_fields(self, request, obj=None):
        return ("kegiatan", "opd", "wajib", "kehadiran", "dikonfirmasi", "catatan")

    def get_readonly_fields(self, request, obj=None):
        if pengelola(request):
            return ()
        # Everything but the OPD's own confirmation and note is set by the organiser.
        return ("kegiatan", "opd", "wajib", "kehadiran")

    def has_add_permission(self, request):
        return pengelola(request) and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return pengelola(request) and super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        if pengelola(request):
            return super().save_model(request, obj, form, change)
        # Last line of defence: an OPD user's save writes only their two fields, and only
        # to a row of their own OPD, whatever was posted.
        if not change or not self.objek_milik_pengguna(request, obj):
            raise PermissionDenied
        obj.save(update_fields=["dikonfirmasi", "catatan"])

    @admin.display(description=_("tanggal"), ordering="kegiatan__tanggal_mulai")
    def tanggal(self, obj):
        return obj.kegiatan.tanggal_mulai
