from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from layanan.models import OPD, Layanan


class HalamanTetapSitemap(Sitemap):
    priority = 0.8
    changefreq = "weekly"

    def items(self):
        return ["layanan:beranda", "layanan:daftar", "layanan:opd_daftar"]

    def location(self, item):
        return reverse(item)


class LayananSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.7

    def items(self):
        return Layanan.objects.terbit().only("slug", "diperbarui").order_by("pk")

    def lastmod(self, obj):
        return obj.diperbarui


class OPDSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return OPD.objects.aktif().only("slug").order_by("pk")


sitemaps = {"halaman": HalamanTetapSitemap, "layanan": LayananSitemap, "opd": OPDSitemap}
