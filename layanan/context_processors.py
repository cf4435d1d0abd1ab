from django.conf import settings
from django.core.cache import cache

from layanan.models import Layanan


def _ada_data_contoh():
    # Cached briefly: one flag for the banner is not worth a query on every page view.
    nilai = cache.get("portal:ada_data_contoh")
    if nilai is None:
        nilai = Layanan.objects.filter(contoh=True).exists()
        cache.set("portal:ada_data_contoh", nilai, 300)
    return nilai


def portal(request):
    return {"SITE_URL": settings.SITE_URL, "DEMO_DATA": _ada_data_contoh()}
