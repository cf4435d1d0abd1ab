"""Aspirasi in the admin: a read-only record plus one page per workflow action.

Residents' words are never edited by staff, so the change page is view-only for every
role; every write goes through an action page that calls a service function in
``aspirasi.services`` (see ``aksi.py``) and is logged without the reporter's identity.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import BooleanField, Case, Value, When
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from import_export.admin import ExportMixin
from import_export.forms import ExportForm

from aspirasi import forms_admin, services
from aspirasi.admin import akses
from aspirasi.admin.aksi import AKSI
from aspirasi.admin.inlines import (
    CatatanInternalInline,
    DisposisiInline,
    JawabanInline,
    LampiranInline,
    LewatTenggatFilter,
    RiwayatStatusInline,
    TambahanWargaInline,
    TanggapanInline,
)
from aspirasi.kode import normalisasi_kode
from aspirasi.models import Aspirasi
from aspirasi.models.aspirasi import IDENTITAS_PELAPOR, MENUNGGU_JAWABAN, MENUNGGU_VERIFIKASI
from aspirasi.resources import AspirasiResource
from pasuruan_portal.singgahan_halaman import SinggahanAdminMixin

IDENTITAS = IDENTITAS_PELAPOR


@admin.register(Aspirasi)
class AspirasiAdmin(SinggahanAdminMixin, ExportMixin, admin.ModelAdmin):
    area_singgahan = ("aspirasi",)
    # Rows come from get_queryset, so an export holds exactly what the user may see.
    resource_classes = [AspirasiResource]
    # The selectable-fields form needs an inline script the CSP refuses.
    export_form_class = ExportForm
    list_display = (
        "kode",
        "judul",
        "jenis",
        "opd",
        "status",
        "tenggat",
        "lewat_tenggat_kolom",
        "dibuat",
    )
    list_display_links = ("kode", "judul")
    list_filter = (
        "status",
        LewatTenggatFilter,
        "jenis",
        "kanal",
        ("opd", admin.RelatedOnlyFieldListFilter),
        ("kecamatan", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("kode", "judul")
    search_help_text = _("Cari kode lacak (boleh tanpa tanda hubung) atau judul.")
    list_select_related = ("opd",)
    date_hierarchy = None
    list_per_page = 50
    show_full_result_count = False
    actions = None
    inlines = (
        RiwayatStatusInline,
        JawabanInline,
        DisposisiInline,
        TanggapanInline,
        TambahanWargaInline,
        LampiranInline,
        CatatanInternalInline,
    )
    fieldsets_dasar = (
        (None, {"fields": ("kode", "jenis", "judul", "isi", "layanan", "kanal", "privasi")}),
        (_("Tujuan dan lokasi"), {"fields": ("opd", "kecamatan", "desa")}),
        (
            _("Status dan tenggat"),
            {
                "fields": (
                    "status",
                    "tenggat",
                    "lewat_tenggat_kolom",
                    "alasan_penolakan",
                    "duplikat_dari",
                    "diterbitkan",
                    "tenggat_tutup",
                    "dibuat",
                    "diteruskan_pada",
                    "dijawab_pertama_pada",
                    "selesai_pada",
                    "diperbarui",
                )
            },
        ),
    )
    fieldset_identitas = (_("Identitas pelapor"), {"fields": IDENTITAS})

    # --- rows -----------------------------------------------------------------------------
    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        queryset = akses.saring_aspirasi(request.user, queryset)
        # The overdue flag as a column, computed by the database (no query per row) with
        # the same rule as ``AspirasiQuerySet.lewat_tenggat``.
        return queryset.annotate(
            _lewat_tenggat=Case(
                When(
                    status__in=[*MENUNGGU_VERIFIKASI, *MENUNGGU_JAWABAN],
                    tenggat__lt=timezone.now(),
                    then=Value(True),
                ),
                default=Value(False),
                output_field=BooleanField(),
            )
        )

    def get_search_results(self, request, queryset, search_term):
        kode = normalisasi_kode(search_term)
        if kode:
            return queryset.filter(kode=kode), False
        return super().get_search_results(request, queryset, search_term)

    @admin.display(description=_("Lewat tenggat"), boolean=True, ordering="_lewat_tenggat")
    def lewat_tenggat_kolom(self, obj):
        nilai = getattr(obj, "_lewat_tenggat", None)
        return obj.lewat_tenggat if nilai is None else nilai

    # --- permissions ----------------------------------------------------------------------
    def has_view_permission(self, request, obj=None):
        izin = super().has_view_permission(request, obj)
        if izin and obj is not None:
            return akses.boleh_lihat(request.user, obj)
        return izin

    def has_add_permission(self, request):
        # Intake goes through ``services.kirim_aspirasi`` (the resident's form and, later,
        # the event desk), which draws the tracking code and starts the clock.
        return False

    def has_change_permission(self, request, obj=None):
        # The record itself is never edited: the change page is a view page, and the
        # workflow happens in the action pages below.
        if obj is not None:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    # --- the record -----------------------------------------------------------------------
    def get_fieldsets(self, request, obj=None):
        fieldsets = list(self.fieldsets_dasar)
        if (
            obj is not None
            and obj.privasi != Aspirasi.Privasi.ANONIM
            and akses.boleh_lihat_identitas(request.user, obj)
        ):
            fieldsets.insert(1, self.fieldset_identitas)
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        return [nama for _judul, isi in self.get_fieldsets(request, obj) for nama in isi["fields"]]

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/aksi/<slug:aksi>/",
                self.admin_site.admin_view(self.aksi_view),
                name="{}_{}_aksi".format(*info),
            ),
            *super().get_urls(),
        ]

    def url_aksi(self, aspirasi, nama):
        info = self.opts.app_label, self.opts.model_name
        return reverse(
            "admin:{}_{}_aksi".format(*info),
            kwargs={"object_id": aspirasi.pk, "aksi": nama},
            current_app=self.admin_site.name,
        )

    def aksi_tersedia(self, request, aspirasi):
        return [
            {"nama": aksi.nama, "judul": aksi.judul, "url": self.url_aksi(aspirasi, aksi.nama)}
            for aksi in AKSI.values()
            if aksi.boleh(request.user, aspirasi) and aksi.sah(aspirasi)
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        obj = self.get_object(request, unquote(object_id))
        if obj is not None and self.has_view_permission(request, obj):
            extra_context["aksi_tersedia"] = self.aksi_tersedia(request, obj)
        return super().change_view(request, object_id, form_url, extra_context)

    # --- actions --------------------------------------------------------------------------
    def _ambil_untuk_aksi(self, request, object_id):
        try:
            obj = self.get_object(request, unquote(object_id))
            ada = obj is not None or Aspirasi.objects.filter(pk=unquote(object_id)).exists()
        except (ValueError, TypeError):
            raise Http404(_("Aspirasi tidak ditemukan.")) from None
        if not ada:
            raise Http404(_("Aspirasi tidak ditemukan."))
        if obj is None or not self.has_view_permission(request, obj):
            raise PermissionDenied
        return obj

    def aksi_view(self, request, object_id, aksi):
        spesifikasi = AKSI.get(aksi)
        if spesifikasi is None:
            raise Http404(_("Tindakan tidak dikenal."))
        aspirasi = self._ambil_untuk_aksi(request, object_id)
        if not spesifikasi.boleh(request.user, aspirasi):
            raise PermissionDenied
        url_rekaman = reverse(
            f"admin:{self.opts.app_label}_{self.opts.model_name}_change",
            args=[aspirasi.pk],
            current_app=self.admin_site.name,
        )
        if not spesifikasi.sah(aspirasi):
            self.message_user(
                request,
                gettext("“%(aksi)s” tidak dapat dilakukan pada aspirasi berstatus “%(status)s”.")
                % {"aksi": spesifikasi.judul, "status": aspirasi.get_status_display()},
                messages.ERROR,
            )
            return redirect(url_rekaman)

        pilih_template = None
        if spesifikasi.form is forms_admin.JawabForm:
            pilih_template = forms_admin.PilihTemplateForm(
                request.GET or None, opd_id=aspirasi.opd_id
            )
        if request.method == "POST":
            form = spesifikasi.form(request.POST, aspirasi=aspirasi)
            if form.is_valid():
                try:
                    pesan = self._jalankan(request, spesifikasi, aspirasi, form.cleaned_data)
                except (services.TransisiTidakSah, ValueError) as galat:
                    self.message_user(request, str(galat), messages.ERROR)
                else:
                    # The log says what was done, never who reported it or what they wrote.
                    self.log_change(request, aspirasi, pesan)
                    self.message_user(request, pesan, messages.SUCCESS)
                    return redirect(url_rekaman)
        else:
            awal = {}
            if pilih_template is not None and pilih_template.is_valid():
                template = pilih_template.cleaned_data.get("template")
                if template is not None:
                    awal["isi"] = template.isi
            form = spesifikasi.form(initial=awal, aspirasi=aspirasi)

        konteks = {
            **self.admin_site.each_context(request),
            "title": f"{spesifikasi.judul}: {aspirasi.kode}",
            "subtitle": None,
            "opts": self.opts,
            "original": aspirasi,
            "aspirasi": aspirasi,
            "aksi": spesifikasi,
            "form": form,
            "pilih_template": pilih_template,
            "ada_template": pilih_template is not None
            and pilih_template.fields["template"].queryset.exists(),
            "url_rekaman": url_rekaman,
            "has_view_permission": True,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/aspirasi/aspirasi/aksi.html", konteks)

    def _jalankan(self, request, spesifikasi, aspirasi, data):
        """Run the action with the row locked, re-checking who and when under the lock:
        the item may have moved (another OPD, another status) since the page was opened."""
        with transaction.atomic():
            terkunci = Aspirasi.objects.select_for_update().get(pk=aspirasi.pk)
            if not spesifikasi.boleh(request.user, terkunci) or not spesifikasi.sah(terkunci):
                raise services.TransisiTidakSah(
                    gettext("Aspirasi ini baru saja diubah; “%(aksi)s” tidak dapat dilakukan.")
                    % {"aksi": spesifikasi.judul}
                )
            return spesifikasi.jalankan(request.user, terkunci, data)
