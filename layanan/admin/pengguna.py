"""Admin for staff accounts: Django's UserAdmin plus the OPD (or, for a Camat, the
kecamatan; for a Lurah, the desa) a user belongs to.

Managing accounts needs the standard ``*_pengguna`` permissions, which only
superusers hold by default (neither staff group has them).

pasuruan_portal.dua_langkah.admin registers a subclass of this admin with the two-step
sign-in column, filter and reset action.
"""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from layanan.models import Pengguna


@admin.register(Pengguna)
class PenggunaAdmin(UserAdmin):
    fieldsets = (
        *UserAdmin.fieldsets[:1],
        (_("Unit kerja"), {"fields": ("opd", "kecamatan", "desa")}),
        *UserAdmin.fieldsets[1:],
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": (
                    "username",
                    "opd",
                    "kecamatan",
                    "desa",
                    "usable_password",
                    "password1",
                    "password2",
                ),
            },
        ),
    )
    list_display = (
        "username",
        "first_name",
        "last_name",
        "opd",
        "kecamatan",
        "desa",
        "is_staff",
        "is_active",
    )
    list_filter = ("is_staff", "is_superuser", "is_active", "groups", "opd")
    list_select_related = ("opd", "kecamatan", "desa")
    search_fields = ("username", "first_name", "last_name", "email", "opd__nama", "opd__singkatan")
    autocomplete_fields = ("opd", "kecamatan", "desa")
