from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from layanan.sitemaps import sitemaps
from layanan.views import robots_txt
from pasuruan_portal.kesehatan import hidup, kesehatan
from pasuruan_portal.tolok_ukur import minimal

urlpatterns = [
    # Before the admin, whose catch-all would otherwise answer these paths.
    path(f"{settings.ADMIN_URL}dua-langkah/", include("pasuruan_portal.dua_langkah.urls")),
    path(settings.ADMIN_URL, admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # For the load balancer: database and cache checked, 200 or 503 (README).
    path("kesehatan/", kesehatan, name="kesehatan"),
    path("kesehatan/hidup/", hidup, name="kesehatan_hidup"),
    path("", include("aspirasi.urls")),
    path("", include("layanan.urls")),
    path("", include("kegiatan.urls")),
]

# A database outage answers 503 "coba lagi" (with the resident's text), anything else 500.
handler500 = "pasuruan_portal.gangguan.galat_server"

if settings.TOLOK_UKUR:
    # The yardstick of bench/halaman.sh: the same middleware, no template, no database.
    urlpatterns.append(path("tolok-ukur/minimal/", minimal, name="tolok_ukur_minimal"))
