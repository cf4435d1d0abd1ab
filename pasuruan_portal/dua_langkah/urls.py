from django.urls import path

from pasuruan_portal.dua_langkah import views

app_name = "dua_langkah"

urlpatterns = [
    path("daftar/", views.daftar, name="daftar"),
    path("kode/", views.kode, name="kode"),
]
