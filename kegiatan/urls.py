from django.urls import path

from kegiatan import views

app_name = "kegiatan"

urlpatterns = [
    path("kegiatan/", views.daftar, name="daftar"),
    path("kegiatan/kalender.ics", views.kalender_semua, name="kalender_ics"),
    path(
        "kegiatan/kecamatan/<slug:slug>.ics",
        views.kalender_kecamatan,
        name="kalender_kecamatan_ics",
    ),
    path("kegiatan/<slug:slug>.ics", views.kalender_satu, name="ics"),
    path("kegiatan/<slug:slug>/", views.detail, name="detail"),
]
