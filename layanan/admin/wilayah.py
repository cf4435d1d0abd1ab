"""Admin for government structure: Pemda, Kecamatan, Desa, OPD, UnitLayanan.

All of it is shown on public pages: every write refreshes the cached ones."""

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from layanan.admin.mixins import DibatasiOPDMixin
from layanan.models import OPD, Desa, Kecamatan, Pemda, UnitLayanan
from pasuruan_portal.singgahan_halaman import SinggahanAdminMixin


@admin.register(Pemda)
class PemdaAdmin(SinggahanAdminMixin, admin.ModelAdmin):
    area_singgahan = ("katalog",)
    list_display = ("nama", "kode", "jenis")
    search_fields = ("nama", "kode")
    prepopulated_fields = {"slug": ("nama",)}


class DesaInline(admin.TabularInline):
    model = Desa
    fields = ("kode", "nama", "jenis")
    extra = 0
    show_change_link = True


@admin.register(Kecamatan)
class KecamatanAdmin(SinggahanAdminMixin, admin.ModelAdmin):
    area_singgahan = ("katalog",)
    list_display = ("nama", "kode", "pemda")
    list_filter = ("pemda",)
    list_select_related = ("pemda",)
    search_fields = ("nama", "kode")
    prepopulated_fields = {"slug": ("nama",)}
    inlines = [DesaInline]


@admin.register(Desa)
class DesaAdmin(SinggahanAdminMixin, admin.ModelAdmin):
    area_singgahan = ("katalog",)
    list_display = ("nama", "jenis", "kecamatan", "kode")
    list_filter = ("jenis", "kecamatan__pemda")
    list_select_related = ("kecamatan",)
    search_fields = ("nama", "kode", "kecamatan__nama")
    autocomplete_fields = ("kecamatan",)


@admin.register(OPD)
class OPDAdmin(SinggahanAdminMixin, DibatasiOPDMixin, admin.ModelAdmin):
    """Everyone with access sees every OPD (the list is public anyway). Changing needs the
    ``change_opd`` permission and, without ``kelola_semua_opd``, only the user's own OPD —
    and then only its contact, hours, location and maklumat, not its identity."""

    area_singgahan = ("katalog",)

    opd_field_path = "id"
    batasi_daftar = False

    IDENTITAS = ("pemda", "nama", "singkatan", "slug", "jenis", "aktif", "contoh")

    list_display = ("nama", "singkatan", "jenis", "pemda", "telepon", "sudah_pindah", "aktif")
    list_filter = ("pemda", "jenis", "aktif", "contoh")
    list_select_related = ("pemda",)
    search_fields = ("nama", "singkatan", "alamat")
    prepopulated_fields = {"slug": ("nama",)}
    autocomplete_fields = ("kecamatan",)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = (
        (_("Identitas"), {"fields": IDENTITAS}),
        (_("Kontak dan jam layanan"), {"fields": ("telepon", "email", "situs", "jam_layanan")}),
        (
            _("Lokasi dan pemberitahuan pindah"),
            {
                "fields": ("kecamatan", "alamat", "alamat_sebelumnya", "tanggal_pindah"),
                "description": _(
                    "Bila kantor pindah (mis. ke Kompleks Perkantoran Raci), isi alamat "
                    "sebelumnya dan tanggal pindah; warga melihat pemberitahuannya."
                ),
            },
        ),
        (_("Maklumat pelayanan"), {"fields": ("maklumat_pelayanan",)}),
    )

    @admin.display(boolean=True, description=_("sudah pindah"), ordering="tanggal_pindah")
    def sudah_pindah(self, obj):
        return obj.sudah_pindah

    def get_readonly_fields(self, request, obj=None):
        if self.boleh_semua(request):
            return super().get_readonly_fields(request, obj)
        return self.IDENTITAS

    def has_add_permission(self, request):
        return super().has_add_permission(request) and self.boleh_semua(request)


@admin.register(UnitLayanan)
class UnitLayananAdmin(SinggahanAdminMixin, DibatasiOPDMixin, admin.ModelAdmin):
    """Places are shared (a Mal Pelayanan Publik hosts many OPDs), so everyone may see
    them and pick them for a service; only their managing OPD (or a Verifikator) edits."""

    area_singgahan = ("katalog",)

    batasi_daftar = False

    list_display = ("nama", "jenis", "opd", "kecamatan")
    list_filter = ("jenis", ("opd", admin.RelatedOnlyFieldListFilter), "contoh")
    list_select_related = ("opd", "kecamatan")
    search_fields = ("nama", "slug", "alamat", "opd__nama", "opd__singkatan")
    prepopulated_fields = {"slug": ("nama",)}
    autocomplete_fields = ("kecamatan",)
