from django.urls import path

from layanan import views

app_name = "layanan"

urlpatterns = [
    path("", views.beranda, name="beranda"),
    path("layanan/", views.layanan_daftar, name="daftar"),
    path("layanan/<slug:slug>/", views.layanan_detail, name="detail"),
    path(
        "layanan/<slug:slug>/daftar-periksa/",
        views.layanan_daftar_periksa,
        name="daftar_periksa",
    ),
    path("opd/", views.opd_daftar, name="opd_daftar"),
    path("opd/<slug:slug>/", views.opd_detail, name="opd_detail"),
]
