from django.urls import path

from aspirasi import views
from aspirasi.dasbor import views as dasbor
from aspirasi.views import meja

app_name = "aspirasi"

urlpatterns = [
    path("aspirasi/kirim/", views.kirim, name="kirim"),
    path("aspirasi/kirim/periksa/", views.periksa, name="periksa"),
    path("aspirasi/terkirim/", views.terkirim, name="terkirim"),
    path("aspirasi/lampiran/<int:pk>/", views.unduh_lampiran, name="lampiran"),
    path("aspirasi/lacak/", views.lacak, name="lacak"),
    path("aspirasi/lacak/tambah/", views.lacak_tambah, name="lacak_tambah"),
    path("aspirasi/lacak/tanggapan/", views.lacak_tanggapan, name="lacak_tanggapan"),
    path("tanya-jawab/", views.tanya_jawab, name="tanya_jawab"),
    path("tanya-jawab/<int:pk>/", views.tanya_jawab_detail, name="tanya_jawab_detail"),
    path("privasi/", views.privasi, name="privasi"),
    path("transparansi/", dasbor.transparansi, name="transparansi"),
    # Leaders' dashboard (staff, read only): figures, the lists behind them, export.
    path("dasbor/", dasbor.dasbor, name="dasbor"),
    path("dasbor/daftar/", dasbor.daftar, name="dasbor_daftar"),
    path("dasbor/kehadiran/", dasbor.kehadiran, name="dasbor_kehadiran"),
    path("dasbor/ekspor.xlsx", dasbor.ekspor, {"format": "xlsx"}, name="dasbor_xlsx"),
    path("dasbor/ekspor.csv", dasbor.ekspor, {"format": "csv"}, name="dasbor_csv"),
    # Event desk (staff): questions taken down on site, the resident's slip, facility-visit
    # findings, and the printable event report.
    path("aspirasi/meja/slip/<str:kode>/", meja.slip, name="meja_slip"),
    path("aspirasi/meja/<slug:slug>/", meja.meja, name="meja"),
    path("aspirasi/meja/<slug:slug>/temuan/<int:pk>/", meja.temuan, name="meja_temuan"),
    path("aspirasi/meja/<slug:slug>/laporan/", meja.laporan, name="meja_laporan"),
]
