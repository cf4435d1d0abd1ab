"""Column order of the tuples the simulation produces, as the writer copies them."""

KOLOM_ASPIRASI = (
    "id",
    "kode",
    "jenis",
    "judul",
    "isi",
    "opd_id",
    "kecamatan_id",
    "desa_id",
    "kanal",
    "kegiatan_id",
    "kunjungan_id",
    "privasi",
    "nama_pelapor",
    "email_pelapor",
    "telepon_pelapor",
    "status",
    "alasan_penolakan",
    "diterbitkan",
    "tenggat",
    "tenggat_tutup",
    "dibuat",
    "diteruskan_pada",
    "dijawab_pertama_pada",
    "selesai_pada",
    "diperbarui",
    # Kept with the first answer for the dashboard (aspirasi.services.jawab).
    "tenggat_jawaban",
    "hari_kerja_sampai_jawaban",
)
KOLOM_RIWAYAT = ("aspirasi_id", "dari", "ke", "oleh_id", "catatan", "waktu")
KOLOM_JAWABAN = ("aspirasi_id", "jenis", "isi", "opd_id", "oleh_id", "waktu")
KOLOM_TANGGAPAN = ("aspirasi_id", "penilaian", "alasan", "waktu")
KOLOM_DISPOSISI = ("aspirasi_id", "dari_opd_id", "ke_opd_id", "alasan", "oleh_id", "waktu")
