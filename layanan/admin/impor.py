"""Import/export wiring for the Layanan admin (django-import-export).

The row rules (who may import what, how cells are read) live in ``layanan.resources``;
this mixin passes the user to the resource, limits export to the rows the user may see
and makes sure a file with any bad row imports nothing.
"""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from import_export.formats.base_formats import CSV, XLSX
from import_export.forms import ExportForm

from layanan.resources import LayananResource


class ImporEksporLayananMixin:
    resource_classes = [LayananResource]
    import_formats = [XLSX, CSV]
    export_formats = [XLSX, CSV]
    # The selectable-fields export form's template uses an inline ``onchange`` handler,
    # which our CSP (script-src 'self') blocks; the plain form needs no script.
    export_form_class = ExportForm
    import_error_display = ("message",)

    def get_resource_kwargs(self, request, *args, **kwargs):
        kwargs = super().get_resource_kwargs(request, *args, **kwargs)
        kwargs["pengguna"] = request.user
        return kwargs

    def has_import_permission(self, request):
        user = request.user
        return (
            user.has_perm("layanan.add_layanan")
            and user.has_perm("layanan.change_layanan")
            and (self.boleh_semua(request) or user.opd_id is not None)
        )

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def get_import_data_kwargs(self, **kwargs):
        kwargs = super().get_import_data_kwargs(**kwargs)
        # Also on the confirm step: one invalid row rolls the whole file back.
        kwargs.setdefault("rollback_on_validation_errors", True)
        return kwargs

    def import_action(self, request, **kwargs):
        response = super().import_action(request, **kwargs)
        hasil = getattr(response, "context_data", {}).get("result")
        if hasil is not None and (hasil.has_errors() or hasil.has_validation_errors()):
            messages.error(
                request,
                _(
                    "Berkas belum diimpor: ada baris yang perlu diperbaiki (lihat daftar di "
                    "bawah). Tidak ada data yang disimpan."
                ),
            )
        return response

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            # The data changed between the preview and the confirmation; the import
            # was rolled back as a whole.
            messages.error(
                request,
                _(
                    "Impor dibatalkan: ada baris yang gagal saat disimpan. Tidak ada data "
                    "yang disimpan; unggah ulang berkas untuk melihat rinciannya."
                ),
            )
            app_label, model_name = self.get_model_info()
            return HttpResponseRedirect(
                reverse(f"admin:{app_label}_{model_name}_import", current_app=self.admin_site.name)
            )
        return super().process_result(result, request)

    def get_valid_export_item_pks(self, request):
        # Selected ids posted to the export view are checked against the user's rows.
        return self.get_queryset(request).values_list("pk", flat=True)
