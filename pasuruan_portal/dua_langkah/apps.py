from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DuaLangkahConfig(AppConfig):
    name = "pasuruan_portal.dua_langkah"
    label = "dua_langkah"
    verbose_name = _("Verifikasi dua langkah")
