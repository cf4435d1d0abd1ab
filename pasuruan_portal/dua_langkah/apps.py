from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DuaLangkahConfig(AppConfig):
    name = "pasuruan_portal.dua_langkah"
    label = "dua_langkah"
    verbose_name = _("Verifikasi dua langkah")


# django-otp's plugins under Indonesian headings in the admin (superusers only see them).
class AplikasiAutentikatorConfig(AppConfig):
    name = "django_otp.plugins.otp_totp"
    label = "otp_totp"
    default_auto_field = "django.db.models.AutoField"
    verbose_name = _("Dua langkah: aplikasi autentikator")


class KodeCadanganConfig(AppConfig):
    name = "django_otp.plugins.otp_static"
    label = "otp_static"
    default_auto_field = "django.db.models.AutoField"
    verbose_name = _("Dua langkah: kode cadangan")
