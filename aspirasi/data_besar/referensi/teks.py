# ruff: noqa: E501
"""Texts written into the items: answers, rejection and forwarding reasons, names."""

JAWABAN = [
    "Terima kasih atas laporannya. Petugas kami sudah meninjau lokasi dan menjadwalkan penanganan minggu ini.",
    "Persyaratannya dapat dilihat di halaman layanan portal ini; berkas dapat diserahkan di MPP Maslahat Raci.",
    "Laporan sudah kami teruskan ke bidang teknis. Perkembangan akan kami sampaikan lewat halaman lacak.",
    "Mohon datang ke kantor kami pada jam layanan dengan membawa dokumen asli; petugas akan membantu.",
]
TINDAK_LANJUT = (
    "Tindak lanjut: pekerjaan di lapangan sudah dimulai dan ditargetkan selesai bulan ini."
)

ALASAN_TOLAK = [
    "Duplikat dari aspirasi lain yang sudah diproses.",
    "Di luar kewenangan Pemerintah Daerah; silakan menghubungi instansi vertikal terkait.",
    "Isi tidak dapat ditindaklanjuti karena tidak menyebut lokasi atau pokok masalah.",
    "Berisi promosi/spam.",
]
ALASAN_DISPOSISI = "Bukan kewenangan kami; diteruskan ke OPD yang menangani."
ALASAN_TIDAK_PUAS = "Jawaban belum menyelesaikan masalah di lapangan."

NAMA_DEPAN = [
    "Siti",
    "Ahmad",
    "Nur",
    "Muhammad",
    "Dewi",
    "Agus",
    "Sri",
    "Budi",
    "Rina",
    "Hendra",
    "Lilik",
    "Yoga",
    "Sulastri",
    "Imam",
    "Fitri",
    "Rudi",
    "Wahyu",
    "Ani",
]
NAMA_BELAKANG = [
    "Rahayu",
    "Hidayat",
    "Santoso",
    "Wati",
    "Fauzi",
    "Susanto",
    "Lestari",
    "Prasetyo",
    "Maulana",
    "Hasanah",
    "Setiawan",
    "Kurniawan",
]
