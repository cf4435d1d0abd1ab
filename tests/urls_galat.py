"""Temporary URLconf for tests/test_halaman_galat.py: the portal plus views that fail."""

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.urls import path

from pasuruan_portal.urls import urlpatterns as urlpatterns_portal


def tolak_akses(request):
    raise PermissionDenied("uji: bukan OPD Anda")


def permintaan_janggal(request):
    raise SuspiciousOperation("uji: permintaan janggal")


def gagal_total(request):
    raise RuntimeError("uji: galat tak terduga")


urlpatterns = [
    path("uji-galat/403/", tolak_akses),
    path("uji-galat/400/", permintaan_janggal),
    path("uji-galat/500/", gagal_total),
    *urlpatterns_portal,
]
