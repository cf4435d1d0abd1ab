"""Row-level rules for the admin: a staff user without ``layanan.kelola_semua_opd`` only
reaches the rows of their own OPD.

The rules live here once, so each admin class only says *where* the OPD is
(``opd_field_path``) and whether other OPDs' rows may at least be viewed.
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _


def opd_id_pengguna(user):
    return getattr(user, "opd_id", None)


class DibatasiOPDMixin:
    """Limit a ModelAdmin to the OPD of the logged-in user.

    ``opd_field_path`` is the ORM path from the model to its OPD: ``"opd"`` for a
    Layanan, ``"layanan__opd"`` for a child row, ``"id"`` for the OPD model itself.

    ``batasi_daftar``: when True (default) other OPDs' rows are invisible — not in the
    changelist, filters, search, autocomplete or export, and their URLs give "not found".
    When False they may be *viewed* (read-only) but never changed or deleted.
    """

    opd_field_path = "opd"
    batasi_daftar = True

    # --- who and what -------------------------------------------------------------
    def boleh_semua(self, request) -> bool:
        """Superusers and holders of ``layanan.kelola_semua_opd`` (Verifikator)."""
        return request.user.boleh_kelola_semua_opd()

    def saring_milik_opd(self, request, queryset):
        """Only the rows the user may *change*."""
        if self.boleh_semua(request):
            return queryset
        opd_id = opd_id_pengguna(request.user)
        if opd_id is None:
            return queryset.none()
        return queryset.filter(**{self.opd_field_path: opd_id})

    def opd_id_objek(self, obj):
        """The OPD id of ``obj``, following ``opd_field_path`` without extra queries
        where the last step is a foreign key."""
        bagian = self.opd_field_path.split("__")
        target = obj
        for nama in bagian[:-1]:
            target = getattr(target, nama, None)
            if target is None:
                return None
        terakhir = bagian[-1]
        if terakhir in ("id", "pk"):
            return target.pk
        nilai = getattr(target, f"{terakhir}_id", None)
        if nilai is None:
            nilai = getattr(target, terakhir, None)
        if isinstance(nilai, models.Model):
            nilai = nilai.pk
        return nilai

    def objek_milik_pengguna(self, request, obj) -> bool:
        if self.boleh_semua(request):
            return True
        opd_id = opd_id_pengguna(request.user)
        return opd_id is not None and self.opd_id_objek(obj) == opd_id

    # --- querysets ------------------------------------------------------------------
    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if self.batasi_daftar:
            return self.saring_milik_opd(request, queryset)
        return queryset

    # --- object-level permissions --------------------------------------------------
    def has_view_permission(self, request, obj=None):
        izin = super().has_view_permission(request, obj)
        if izin and obj is not None and self.batasi_daftar:
            return self.objek_milik_pengguna(request, obj)
        return izin

    def has_change_permission(self, request, obj=None):
        izin = super().has_change_permission(request, obj)
        if izin and obj is not None:
            return self.objek_milik_pengguna(request, obj)
        return izin

    def has_delete_permission(self, request, obj=None):
        izin = super().has_delete_permission(request, obj)
        if izin and obj is not None:
            return self.objek_milik_pengguna(request, obj)
        return izin

    # --- forms ----------------------------------------------------------------------
    def _field_opd_langsung(self):
        """Name of the model's own FK to OPD, when the path is a single step."""
        if "__" in self.opd_field_path or self.opd_field_path in ("id", "pk"):
            return None
        return self.opd_field_path

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == self._field_opd_langsung() and not self.boleh_semua(request):
            # Only their own OPD is a valid choice; a crafted POST with another id fails
            # form validation ("pilih pilihan yang valid").
            kwargs["queryset"] = db_field.remote_field.model._default_manager.filter(
                pk=opd_id_pengguna(request.user)
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        nama = self._field_opd_langsung()
        if nama and not self.boleh_semua(request) and opd_id_pengguna(request.user):
            initial.setdefault(nama, opd_id_pengguna(request.user))
        return initial

    def get_prepopulated_fields(self, request, obj=None):
        # A read-only slug cannot be prepopulated (the admin would look for a form field).
        hanya_baca = set(self.get_readonly_fields(request, obj))
        return {
            nama: sumber
            for nama, sumber in super().get_prepopulated_fields(request, obj).items()
            if nama not in hanya_baca
        }

    def save_model(self, request, obj, form, change):
        # Last line of defence: whatever the form did, a row of another OPD is never saved.
        if not self.objek_milik_pengguna(request, obj):
            raise PermissionDenied
        super().save_model(request, obj, form, change)

    # --- history (django's own and django-simple-history's views) -------------------
    def _riwayat_boleh_dilihat(self, request, object_id) -> bool:
        if self.boleh_semua(request) or not self.batasi_daftar:
            return True
        pk = unquote(object_id)
        try:
            if self.get_queryset(request).filter(pk=pk).exists():
                return True
            if self.model._default_manager.filter(pk=pk).exists():
                return False  # exists, but belongs to another OPD
        except (ValueError, TypeError):
            return False
        # Deleted object: judge by its last recorded version, if the model keeps history.
        riwayat = getattr(self.model, "history", None)
        if riwayat is None:
            return False
        terakhir = riwayat.filter(pk=pk).order_by("-history_date").first()
        return terakhir is not None and self.objek_milik_pengguna(request, terakhir.instance)

    def history_view(self, request, object_id, extra_context=None):
        if not self._riwayat_boleh_dilihat(request, object_id):
            raise Http404(_("Data tidak ditemukan."))
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """django-simple-history's "view/revert this version" page."""
        if not self._riwayat_boleh_dilihat(request, object_id):
            raise Http404(_("Data tidak ditemukan."))
        if request.method == "POST":
            # Reverting is a change: it needs the change permission on the current row.
            obj = self.get_object(request, object_id)
            if obj is None or not self.has_change_permission(request, obj):
                raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)
