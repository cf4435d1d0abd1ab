from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from layanan.sitemaps import sitemaps
from layanan.views import robots_txt
from pasuruan_portal.kesehatan import kesehatan
from pasuruan_portal.tolok_ukur import minimal

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # For the load balancer: database and cache checked, 200 or 503 (README).
    path("kesehatan/", kesehatan, name="kesehatan"),
    path("", include("aspirasi.urls")),
    path("", include("layanan.urls")),
    path("", include("kegiatan.urls")),
]

if settings.TOLOK_UKUR:
    # The yardstick of bench/halaman.sh: the same middleware, no template, no database.
    urlpatterns.append(path("tolok-ukur/minimal/", minimal, name="tolok_ukur_minimal"))
