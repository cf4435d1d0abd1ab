"""Deploy checks: the abuse limits only hold when every worker shares one cache."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

CACHE_LOKAL = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@register(Tags.security, deploy=True)
def cache_bersama_untuk_batas_laju(app_configs, **kwargs):
    if settings.CACHES["default"]["BACKEND"] in CACHE_LOKAL:
        return [
            Warning(
                "Batas laju kirim/lacak aspirasi memakai cache memori lokal: tiap worker "
                "gunicorn menghitung sendiri, sehingga batasnya bisa dilampaui.",
                hint="Isi REDIS_URL (mis. redis://127.0.0.1:6379/0) di produksi.",
                id="aspirasi.W001",
            )
        ]
    return []
