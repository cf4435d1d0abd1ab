"""Perizinan (DPMPTSP Kabupaten and Kota Pasuruan)."""

# En dashes in ranges (Senin to Kamis, 07.30 to 15.30) and the multiplication sign are the
# correct typography for these public texts, so RUF001 is off for this data module.

CIPTA_KERJA = (
    "UU 6/2023 tentang Penetapan Perppu 2/2022 tentang Cipta Kerja menjadi Undang-Undang; "
    "PP 28/2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko (menggantikan "
    "PP 5/2021); Perpres 97/2014 tentang Penyelenggaraan Pelayanan Terpadu Satu Pintu"
)
BANGUNAN = (
    "UU 28/2002 tentang Bangunan Gedung sebagaimana diubah dengan UU 6/2023; PP 16/2021 tentang "
    "Peraturan Pelaksanaan UU 28/2002 tentang Bangunan Gedung"
)
UNIT = ["mpp-maslahat"]
PELAYANAN = "Bidang Pelayanan Perizinan"
KOMPETENSI_OSS = (
    "Memahami perizinan berusaha berbasis risiko dan KBLI 2020; bersertifikat pelatihan "
    "operator OSS RBA; mampu menjelaskan dengan bahasa sederhana kepada pelaku UMKM"
)

LAYANAN = [
    {
        "slug": "nib-perizinan-berusaha",
        "opd": "dpmptsp",
        "kategori": "perizinan",
        "nama": "NIB dan Perizinan Berusaha melalui OSS",
        "ringkasan": "Pendampingan mendaftar Nomor Induk Berusaha (NIB) di OSS. Usaha berisiko "
        "rendah cukup dengan NIB; risiko menengah dan tinggi ditambah sertifikat standar atau izin.",
        "kata_kunci": "izin usaha, NIB, OSS, perizinan berusaha, SIUP, TDP, nomor induk berusaha, "
        "buka usaha, daftar usaha, izin dagang, izin UMKM",
        "pengguna": "semua",
        "unit": UNIT,
        "tautan": "https://oss.go.id",
        "jangka_waktu": "NIB terbit saat itu juga di OSS; pendampingan di gerai sekitar 30 menit",
        "keterangan_biaya": "Gratis. Tidak ada biaya penerbitan NIB maupun pendampingan.",
        "produk": "NIB (berlaku juga sebagai angka pengenal impor, hak akses kepabeanan dan "
        "pendaftaran jaminan sosial), serta sertifikat standar atau izin sesuai tingkat risiko.",
        "dasar_hukum": CIPTA_KERJA + "; Peraturan BKPM 4/2021 tentang Pedoman dan Tata Cara "
        "Pelayanan Perizinan Berusaha Berbasis Risiko dan Fasilitas Penanaman Modal.",
        "persyaratan": [
            ("NIK (KTP-el) pemilik atau penanggung jawab", "untuk usaha perseorangan"),
            (
                "Akta pendirian dan SK pengesahan Kemenkumham",
                "untuk badan usaha (PT, CV, koperasi, yayasan)",
            ),
            ("NPWP", "pribadi atau badan"),
            ("Alamat email dan nomor ponsel aktif", "untuk akun OSS"),
            ("Data lokasi, kegiatan (KBLI), modal dan jumlah tenaga kerja", "diisi di OSS"),
        ],
        "langkah": [
            "Buat akun di oss.go.id atau minta dibuatkan di gerai DPMPTSP MPP Maslahat.",
            "Isi data pelaku dan pilih KBLI sesuai kegiatan.",
            "Isi lokasi dan data proyek; OSS menentukan tingkat risiko.",
            "Cetak NIB; untuk risiko menengah/tinggi lengkapi persyaratan sertifikat standar "
            "atau izin yang diminta sistem.",
            "Dinas teknis memverifikasi pemenuhan standar; izin terbit di OSS.",
        ],
        "bidang": PELAYANAN,
        "pelaksana": "5 orang pendamping OSS di gerai MPP Maslahat",
        "kompetensi": KOMPETENSI_OSS,
        "sarana": "klinik OSS setiap Selasa dan Kamis untuk pelaku usaha mikro",
    },
    {
        "slug": "pbg",
        "opd": "dpmptsp",
        "kategori": "perizinan",
        "nama": "Persetujuan Bangunan Gedung (PBG)",
        "ringkasan": "Persetujuan sebelum membangun, mengubah, memperluas atau merawat bangunan "
        "gedung. PBG menggantikan IMB dan diajukan melalui SIMBG.",
        "kata_kunci": "PBG, IMB, izin mendirikan bangunan, persetujuan bangunan gedung, izin "
        "bangun rumah, SIMBG, izin renovasi",
        "pengguna": "semua",
        "unit": UNIT,
        "tautan": "https://simbg.pu.go.id",
        "jangka_waktu": "Paling lama 28 hari kerja sejak dokumen rencana teknis dinyatakan lengkap",
        "biaya": 450000,
        "keterangan_biaya": "Retribusi PBG = luas lantai × SHST × indeks terintegrasi × indeks "
        "lokalitas. Angka di atas contoh untuk rumah tinggal 36 m²; besaran pasti tercantum di "
        "SKRD yang terbit di SIMBG dan dibayar melalui bank.",
        "produk": "Dokumen PBG dengan lampiran gambar teknis, dan Surat Keterangan Retribusi "
        "Daerah (SKRD).",
        "dasar_hukum": BANGUNAN + "; UU 1/2022 tentang Hubungan Keuangan antara Pemerintah Pusat "
        "dan Pemerintahan Daerah; Perda Kabupaten Pasuruan tentang Pajak Daerah dan Retribusi "
        "Daerah.",
        "persyaratan": [
            (
                "Data pemohon dan bukti kepemilikan/penguasaan tanah",
                "sertifikat atau surat perjanjian pemanfaatan tanah, unggah PDF",
            ),
            ("KKPR/KRK lokasi bangunan", "dari OSS atau DPUPR"),
            (
                "Gambar arsitektur, struktur dan utilitas",
                "ditandatangani penyedia jasa "
                "bersertifikat; rumah tinggal sederhana boleh memakai desain prototipe",
            ),
            ("Perhitungan struktur", "untuk bangunan lebih dari 2 lantai"),
            ("Persetujuan lingkungan", "bila diwajibkan"),
        ],
        "langkah": [
            "Daftar akun dan ajukan permohonan di simbg.pu.go.id (dapat dibantu di gerai MPP).",
            "Petugas memeriksa kelengkapan dokumen.",
            "Tim Profesi Ahli atau Tim Penilai Teknis melakukan konsultasi dan penilaian teknis.",
            "SKRD terbit; pemohon membayar retribusi di bank.",
            "PBG terbit di SIMBG setelah pembayaran tervalidasi.",
        ],
        "bidang": PELAYANAN,
        "pelaksana": "4 petugas pelayanan dan Tim Penilai Teknis dari DPUPR",
        "kompetensi": "Petugas memahami PP 16/2021 dan SIMBG; Tim Penilai Teknis berlatar "
        "teknik sipil/arsitektur dengan sertifikat keahlian",
        "sarana": "ruang sidang konsultasi PBG dan layar untuk menampilkan gambar teknis",
    },
    {
        "slug": "slf",
        "opd": "dpmptsp",
        "kategori": "perizinan",
        "nama": "Sertifikat Laik Fungsi (SLF) Bangunan Gedung",
        "ringkasan": "Sertifikat yang menyatakan bangunan gedung yang sudah selesai dibangun "
        "layak dipakai dari segi keselamatan, kesehatan, kenyamanan dan kemudahan.",
        "kata_kunci": "SLF, laik fungsi, sertifikat bangunan, kelaikan bangunan",
        "pengguna": "semua",
        "unit": UNIT,
        "tautan": "https://simbg.pu.go.id",
        "jangka_waktu": "3 hari kerja setelah hasil pemeriksaan kelaikan fungsi dinyatakan lengkap",
        "keterangan_biaya": "Tidak dipungut retribusi. Biaya pengkaji teknis (bila diperlukan) "
        "menjadi tanggungan pemilik bangunan.",
        "produk": "SLF, Surat Bukti Kepemilikan Bangunan Gedung (SBKBG) bila dimohon, dan label "
        "SLF.",
        "dasar_hukum": BANGUNAN + ".",
        "persyaratan": [
            ("Dokumen PBG", "nomor PBG di SIMBG"),
            ("Surat pernyataan kelaikan fungsi dari pengawas/pengkaji teknis", "unggah PDF"),
            ("Gambar terbangun (as built drawing)", "unggah PDF"),
        ],
        "langkah": [
            "Ajukan SLF di SIMBG setelah pembangunan selesai.",
            "Petugas dan tim teknis memeriksa dokumen dan meninjau bangunan.",
            "SLF diterbitkan dan diunggah ke SIMBG.",
        ],
        "bidang": PELAYANAN,
        "pelaksana": "2 petugas pelayanan dan 3 orang tim teknis",
        "kompetensi": "Memahami persyaratan keandalan bangunan gedung dan tata cara pemeriksaan "
        "kelaikan fungsi",
    },
    {
        "slug": "sip-tenaga-kesehatan",
        "opd": "dpmptsp",
        "kategori": "perizinan",
        "nama": "Surat Izin Praktik (SIP) Tenaga Medis dan Tenaga Kesehatan",
        "ringkasan": "Izin praktik bagi dokter, dokter gigi, bidan, perawat, apoteker dan tenaga "
        "kesehatan lain yang bekerja di fasilitas kesehatan atau praktik mandiri di Kabupaten "
        "Pasuruan.",
        "kata_kunci": "SIP, izin praktik dokter, izin praktik bidan, izin praktik perawat, SIPB, "
        "SIPP, SIPA, surat izin praktik",
        "pengguna": "semua",
        "unit": UNIT,
        "jangka_waktu": "5 hari kerja sejak berkas lengkap dan verifikasi Dinas Kesehatan selesai",
        "keterangan_biaya": "Gratis.",
        "produk": "Surat Izin Praktik bertanda tangan elektronik, berlaku selama STR berlaku dan "
        "tempat praktik tidak berubah.",
        "dasar_hukum": "UU 17/2023 tentang Kesehatan; PP 28/2024 tentang Peraturan Pelaksanaan "
        "UU 17/2023; Perpres 97/2014 tentang Penyelenggaraan PTSP.",
        "persyaratan": [
            ("Surat Tanda Registrasi (STR) yang masih berlaku", "unggah PDF"),
            (
                "Surat keterangan dari pimpinan fasilitas kesehatan tempat praktik",
                "asli, atau bukti tempat praktik mandiri",
            ),
            ("Pas foto berwarna terbaru ukuran 4x6", "berkas JPG"),
            ("SIP di tempat lain", "bila praktik di lebih dari satu tempat (paling banyak 3)"),
        ],
        "langkah": [
            "Ajukan permohonan di gerai DPMPTSP MPP Maslahat.",
            "Dinas Kesehatan memverifikasi tempat praktik.",
            "SIP ditandatangani secara elektronik dan dikirim ke email pemohon.",
        ],
        "bidang": PELAYANAN,
        "pelaksana": "2 petugas DPMPTSP dan 1 verifikator Dinas Kesehatan",
        "kompetensi": "Memahami UU 17/2023 tentang Kesehatan, jenis tenaga kesehatan dan batas "
        "jumlah tempat praktik",
    },
    {
        "slug": "izin-apotek",
        "opd": "dpmptsp",
        "kategori": "perizinan",
        "nama": "Izin Apotek",
        "ringkasan": "Izin bagi apoteker untuk membuka apotek; diajukan di OSS lalu diverifikasi "
        "Dinas Kesehatan lewat kunjungan lapangan.",
        "kata_kunci": "izin apotek, SIA, surat izin apotek, buka apotek",
        "pengguna": "semua",
        "unit": UNIT,
        "tautan": "https://oss.go.id",
        "jangka_waktu": "12 hari kerja sejak persyaratan lengkap",
        "keterangan_biaya": "Gratis.",
        "produk": "Izin apotek di OSS, bertanda tangan elektronik.",
        "dasar_hukum": CIPTA_KERJA + "; Permenkes 9/2017 tentang Apotek; PP 28/2024 tentang "
        "Peraturan Pelaksanaan UU Kesehatan.",
        "persyaratan": [
            ("NIB dengan KBLI 47731 (perdagangan eceran farmasi)", "dari OSS"),
            ("STR dan SIP apoteker penanggung jawab", "unggah PDF"),
            ("Denah bangunan dan daftar sarana, prasarana dan peralatan", "unggah PDF"),
            ("Daftar tenaga kefarmasian", "beserta STR masing-masing"),
        ],
        "langkah": [
            "Ajukan permohonan melalui OSS.",
            "Dinas Kesehatan memeriksa kesiapan apotek di lapangan.",
            "Berita acara pemeriksaan diunggah; izin terbit di OSS.",
        ],
        "bidang": PELAYANAN,
        "pelaksana": "1 petugas DPMPTSP dan 2 apoteker pemeriksa Dinas Kesehatan",
        "kompetensi": "Apoteker pemeriksa memahami standar pelayanan kefarmasian di apotek",
    },
    {
        "slug": "izin-reklame",
        "opd": "dpmptsp",
        "kategori": "perizinan",
        "nama": "Izin Penyelenggaraan Reklame",
        "ringkasan": "Izin memasang papan reklame, baliho, billboard, neon box atau videotron di "
        "Kabupaten Pasuruan. Pajak reklamenya dibayar ke Bapenda.",
        "kata_kunci": "izin reklame, baliho, billboard, papan nama, neon box, videotron, spanduk",
        "pengguna": "semua",
        "unit": UNIT,
        "jangka_waktu": "5 hari kerja sejak berkas lengkap dan survei lokasi selesai",
        "keterangan_biaya": "Izin tidak dipungut biaya; pajak reklame dibayar terpisah (lihat "
        "layanan Pajak Reklame).",
        "produk": "Izin penyelenggaraan reklame dan stiker/plat penanda reklame berizin.",
        "dasar_hukum": "UU 1/2022 tentang HKPD; Perda Kabupaten Pasuruan tentang Pajak Daerah "
        "dan Retribusi Daerah; Peraturan Bupati Pasuruan tentang Penyelenggaraan Reklame.",
        "persyaratan": [
            ("Formulir permohonan", "ditandatangani pemohon"),
            ("Foto lokasi dan desain reklame", "berwarna, mencantumkan ukuran"),
            ("Surat persetujuan pemilik lahan/bangunan", "asli, bermeterai"),
            ("Gambar konstruksi", "untuk reklame di atas 8 m²"),
        ],
        "langkah": [
            "Ajukan permohonan di gerai DPMPTSP MPP Maslahat.",
            "Tim teknis (DPMPTSP, Bapenda, Dishub, DPUPR) meninjau titik lokasi.",
            "Bapenda menetapkan pajak reklame; pemohon membayar di bank.",
            "Izin diterbitkan setelah pajak lunas.",
        ],
        "bidang": PELAYANAN,
        "pelaksana": "2 petugas pelayanan dan tim teknis lintas OPD",
        "kompetensi": "Memahami zonasi titik reklame dan aturan keselamatan jalan",
    },
    {
        "slug": "pkkpr",
        "opd": "dpmptsp",
        "kategori": "perizinan",
        "nama": "Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR)",
        "ringkasan": "Penilaian apakah lokasi rencana kegiatan seperti pabrik, gudang atau "
        "perumahan sesuai dengan rencana tata ruang; syarat dasar sebelum PBG.",
        "kata_kunci": "PKKPR, KKPR, kesesuaian tata ruang, izin lokasi, tata ruang",
        "pengguna": "semua",
        "unit": UNIT,
        "tautan": "https://oss.go.id",
        "jangka_waktu": "Paling lama 20 hari kerja sejak permohonan lengkap",
        "keterangan_biaya": "Tidak ada retribusi daerah. Pertimbangan teknis pertanahan dari "
        "Kantor Pertanahan dikenai PNBP sesuai tarif Kementerian ATR/BPN.",
        "produk": "Dokumen PKKPR di OSS.",
        "dasar_hukum": "UU 26/2007 tentang Penataan Ruang sebagaimana diubah dengan UU 6/2023; "
        "PP 21/2021 tentang Penyelenggaraan Penataan Ruang; " + CIPTA_KERJA + ".",
        "persyaratan": [
            ("Koordinat lokasi (poligon) rencana kegiatan", "format shapefile atau KML"),
            ("Rencana teknis dan luas lahan", "unggah PDF"),
            ("Bukti penguasaan tanah", "sertifikat atau perjanjian"),
        ],
        "langkah": [
            "Ajukan PKKPR melalui OSS.",
            "Forum Penataan Ruang membahas kesesuaian lokasi bersama DPUPR dan Kantor Pertanahan.",
            "PKKPR disetujui, disetujui sebagian atau ditolak dengan alasan tertulis.",
        ],
        "bidang": "Bidang Pelayanan Perizinan bersama DPUPR",
        "pelaksana": "2 petugas DPMPTSP dan anggota Forum Penataan Ruang",
        "kompetensi": "Memahami RTRW dan RDTR Kabupaten Pasuruan serta pembacaan peta digital",
    },
    {
        "slug": "reklame-kota-pasuruan",
        "opd": "dpmptsp-kota-pasuruan",
        "kategori": "perizinan",
        "nama": "Izin Reklame Kota Pasuruan",
        "ringkasan": "Izin memasang reklame permanen maupun insidentil di wilayah Kota Pasuruan, "
        "diurus di MPP Kota Pasuruan.",
        "kata_kunci": "reklame kota, baliho kota pasuruan, billboard, spanduk",
        "pengguna": "semua",
        "unit": ["mpp-kota-pasuruan"],
        "jangka_waktu": "3 hari kerja untuk reklame insidentil, 7 hari kerja untuk permanen",
        "keterangan_biaya": "Izin gratis; pajak reklame ditetapkan Pemerintah Kota Pasuruan.",
        "produk": "Izin reklame Kota Pasuruan.",
        "dasar_hukum": "UU 1/2022 tentang HKPD; Perda Kota Pasuruan tentang Pajak Daerah dan "
        "Retribusi Daerah.",
        "persyaratan": [
            ("Formulir permohonan", "tersedia di gerai"),
            ("Desain dan ukuran reklame", "berwarna"),
            ("Izin pemilik lokasi", "asli"),
        ],
        "langkah": [
            "Ajukan di gerai DPMPTSP MPP Kota Pasuruan.",
            "Survei lokasi oleh tim teknis Kota.",
            "Bayar pajak reklame, lalu izin diterbitkan.",
        ],
        "bidang": "Bidang Pelayanan Perizinan",
        "pelaksana": "2 petugas gerai",
        "kompetensi": "Memahami penataan reklame Kota Pasuruan",
    },
    {
        "slug": "sip-tenaga-kesehatan-kota-pasuruan",
        "opd": "dpmptsp-kota-pasuruan",
        "kategori": "perizinan",
        "nama": "Surat Izin Praktik Tenaga Kesehatan Kota Pasuruan",
        "ringkasan": "Izin praktik bagi tenaga medis dan tenaga kesehatan yang bekerja di "
        "fasilitas kesehatan di Kota Pasuruan.",
        "kata_kunci": "SIP kota pasuruan, izin praktik, izin bidan kota",
        "pengguna": "semua",
        "unit": ["mpp-kota-pasuruan"],
        "jangka_waktu": "5 hari kerja",
        "keterangan_biaya": "Gratis.",
        "produk": "Surat Izin Praktik bertanda tangan elektronik.",
        "dasar_hukum": "UU 17/2023 tentang Kesehatan; PP 28/2024 tentang Peraturan Pelaksanaan "
        "UU 17/2023.",
        "persyaratan": [
            ("STR yang berlaku", "unggah PDF"),
            ("Surat keterangan tempat praktik", "asli"),
            ("Pas foto 4x6", "berkas JPG"),
        ],
        "langkah": [
            "Ajukan permohonan di MPP Kota Pasuruan.",
            "Dinas Kesehatan Kota memverifikasi.",
            "SIP dikirim ke email pemohon.",
        ],
        "bidang": "Bidang Pelayanan Perizinan",
        "pelaksana": "2 petugas gerai dan 1 verifikator Dinas Kesehatan Kota",
        "kompetensi": "Memahami ketentuan izin praktik menurut UU 17/2023",
    },
]
