"""django-otp's device admins, for superusers only and without secrets.

Resetting a lost phone is deleting the user's devices here (or the action on the user
list); the user then enrols a new app at the next sign-in. Nobody adds or edits a device
for someone else: whoever typed its key would hold that person's second factor.
"""

from django.contrib import admin, messages
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.admin import StaticDeviceAdmin
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice

from layanan.admin.pengguna import PenggunaAdmin
from layanan.models import Pengguna
from pasuruan_portal.dua_langkah import services


class HanyaSuperuser:
    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class AplikasiAutentikatorAdmin(HanyaSuperuser, TOTPDeviceAdmin):
    list_display = ["user", "name", "confirmed", "created_at", "last_used_at"]

    def get_list_display(self, request):
        # Never the QR code link: it would show the user's secret.
        return self.list_display


class KodeCadanganAdmin(HanyaSuperuser, StaticDeviceAdmin):
    pass


for model, kelas in ((TOTPDevice, AplikasiAutentikatorAdmin), (StaticDevice, KodeCadanganAdmin)):
    if admin.site.is_registered(model):
        admin.site.unregister(model)
    admin.site.register(model, kelas)


# --- the user list: who has two-step sign-in, and the reset for a lost phone -------------


class FilterDuaLangkah(admin.SimpleListFilter):
    title = _("verifikasi dua langkah")
    parameter_name = "dua_langkah"

    def lookups(self, request, model_admin):
        return [("ya", _("Aktif")), ("tidak", _("Belum aktif"))]

    def queryset(self, request, queryset):
        if self.value() in {"ya", "tidak"}:
            return queryset.filter(punya_dua_langkah=self.value() == "ya")
        return queryset


class PenggunaDuaLangkahAdmin(PenggunaAdmin):
    """layanan's user admin plus a two-step sign-in column, filter and reset action."""

    list_display = (*PenggunaAdmin.list_display, "dua_langkah")
    list_filter = (*PenggunaAdmin.list_filter, FilterDuaLangkah)
    actions = ["setel_ulang_dua_langkah"]

    def get_queryset(self, request):
        aplikasi = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
        return super().get_queryset(request).annotate(punya_dua_langkah=Exists(aplikasi))

    @admin.display(description=_("Dua langkah"), boolean=True, ordering="punya_dua_langkah")
    def dua_langkah(self, obj):
        return obj.punya_dua_langkah

    def has_setel_ulang_dua_langkah_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    @admin.action(
        description=_("Setel ulang verifikasi dua langkah (ponsel hilang)"),
        permissions=["setel_ulang_dua_langkah"],
    )
    def setel_ulang_dua_langkah(self, request, queryset):
        for pengguna in queryset:
            services.setel_ulang(pengguna=pengguna)
            self.log_change(request, pengguna, _("Verifikasi dua langkah disetel ulang."))
        self.message_user(
            request,
            _(
                "Verifikasi dua langkah %(jumlah)d pengguna disetel ulang: mereka mendaftarkan "
                "aplikasi autentikator baru saat masuk berikutnya."
            )
            % {"jumlah": len(queryset)},
            messages.SUCCESS,
        )


admin.site.unregister(Pengguna)
admin.site.register(Pengguna, PenggunaDuaLangkahAdmin)
