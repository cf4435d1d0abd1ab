from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AspirasiConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "aspirasi"
    verbose_name = _("Aspirasi warga")

    def ready(self):
        from aspirasi import checks  # noqa: F401  (registers the deploy checks)
