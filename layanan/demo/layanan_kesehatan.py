"""Kesehatan: Dinas Kesehatan, puskesmas and the two RSUD."""

# En dashes in ranges (Senin to Kamis, 07.30 to 15.30) and the multiplication sign are the
# correct typography for these public texts, so RUF001 is off for this data module.

KESEHATAN = "UU 17/2023 tentang Kesehatan; PP 28/2024 tentang Peraturan Pelaksanaan UU 17/2023"
JKN = (
    "Perpres 82/2018 tentang Jaminan Kesehatan sebagaimana diubah terakhir dengan Perpres "
    "59/2024; Permenkes 3/2023 tentang Standar Tarif Pelayanan Kesehatan dalam Program JKN"
)
BAWAAN = {"opd": "dinkes", "kategori": "kesehatan"}
PUSKESMAS = ["puskesmas-bangil", "puskesmas-pandaan", "puskesmas-gempol"]
KOMPETENSI_RS = (
    "Tenaga medis dan tenaga kesehatan ber-STR dan SIP aktif; petugas pendaftaran memahami "
    "alur JKN, sistem rujukan berjenjang dan hak pasien"
)

LAYANAN = [
    {
        "slug": "pirt",
        "nama": "Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)",
        "ringkasan": "Sertifikat bagi produsen pangan olahan rumahan seperti kue kering, "
        "keripik atau sambal kemasan agar produknya boleh diedarkan dengan nomor P-IRT.",
        "kata_kunci": "PIRT, P-IRT, SPP-IRT, izin pangan rumahan, izin makanan rumahan, "
        "sertifikat pangan, nomor PIRT",
        "pengguna": "semua",
        "unit": ["mpp-maslahat"],
        "tautan": "https://oss.go.id",
        "jangka_waktu": "Sertifikat terbit di OSS setelah lulus penyuluhan keamanan pangan dan "
        "pemeriksaan sarana (paling lama 14 hari kerja)",
        "keterangan_biaya": "Gratis, termasuk penyuluhan keamanan pangan yang dijadwalkan "
        "Dinas Kesehatan setiap bulan.",
        "produk": "SPP-IRT dengan nomor P-IRT 15 digit, berlaku selama memenuhi persyaratan.",
        "dasar_hukum": "PP 86/2019 tentang Keamanan Pangan; Peraturan BPOM 22/2018 tentang "
        "Pedoman Pemberian SPP-IRT; PP 28/2025 tentang Penyelenggaraan Perizinan Berusaha "
        "Berbasis Risiko.",
        "persyaratan": [
            ("NIB dengan KBLI industri pangan skala rumah tangga", "dari OSS"),
            ("Sertifikat penyuluhan keamanan pangan", "dari Dinas Kesehatan"),
            ("Label produk", "rancangan label dengan komposisi dan tanggal kedaluwarsa"),
            ("Surat keterangan sehat pekerja", "dari puskesmas"),
        ],
        "langkah": [
            "Daftar NIB dan ajukan SPP-IRT di OSS.",
            "Ikuti penyuluhan keamanan pangan yang dijadwalkan Dinas Kesehatan.",
            "Petugas memeriksa dapur produksi (sanitasi, air bersih, bahan).",
            "SPP-IRT terbit di OSS dan nomor P-IRT dicantumkan pada label.",
        ],
        "bidang": "Bidang Kesehatan Masyarakat (Seksi Kesehatan Lingkungan)",
        "pelaksana": "2 penyuluh keamanan pangan dan 4 pengawas pangan kabupaten",
        "kompetensi": "Penyuluh keamanan pangan bersertifikat BPOM; pengawas memahami cara "
        "produksi pangan yang baik untuk industri rumah tangga (CPPB-IRT)",
    },
    {
        "slug": "surat-keterangan-sehat",
        "nama": "Surat Keterangan Sehat di Puskesmas",
        "ringkasan": "Pemeriksaan kesehatan umum dan surat keterangan sehat untuk melamar kerja, "
        "mendaftar sekolah atau persyaratan administrasi lain.",
        "kata_kunci": "surat sehat, surat keterangan dokter, keterangan sehat, cek kesehatan, "
        "surat dokter",
        "unit": PUSKESMAS,
        "jangka_waktu": "30–60 menit",
        "biaya": 15000,
        "keterangan_biaya": "Retribusi pelayanan kesehatan puskesmas sesuai Perda Kabupaten "
        "Pasuruan; pemeriksaan tambahan (buta warna, golongan darah) dikenai tarif tersendiri.",
        "produk": "Surat keterangan sehat yang ditandatangani dokter puskesmas.",
        "dasar_hukum": KESEHATAN + "; Permenkes 19/2024 tentang Penyelenggaraan Pusat Kesehatan "
        "Masyarakat; Perda Kabupaten Pasuruan tentang Pajak Daerah dan Retribusi Daerah.",
        "persyaratan": [
            ("Identitas diri (KTP-el atau kartu pelajar)", "asli, ditunjukkan"),
            ("Pas foto 3x4", "2 lembar, bila diminta instansi tujuan"),
        ],
        "langkah": [
            "Daftar di loket puskesmas dan sebutkan keperluan surat.",
            "Pemeriksaan tanda vital, tinggi dan berat badan, dan visus oleh perawat.",
            "Pemeriksaan fisik oleh dokter.",
            "Bayar retribusi di kasir dan terima surat keterangan sehat.",
        ],
        "bidang": "Bidang Pelayanan Kesehatan",
        "pelaksana": "Di setiap puskesmas: 1 dokter, 1 perawat, 1 petugas pendaftaran",
        "kompetensi": "Dokter ber-STR dan SIP; perawat terlatih pemeriksaan visus dan tes buta "
        "warna",
    },
    {
        "slug": "laik-higiene-sanitasi",
        "nama": "Sertifikat Laik Higiene Sanitasi (SLHS)",
        "ringkasan": "Sertifikat bagi jasa boga, rumah makan, depot air minum dan dapur sekolah "
        "yang memenuhi syarat kebersihan dan keamanan pangan.",
        "kata_kunci": "SLHS, laik higiene, depot air minum, DAMIU, jasa boga, katering sehat",
        "pengguna": "semua",
        "unit": ["mpp-maslahat"],
        "jangka_waktu": "14 hari kerja termasuk inspeksi dan uji laboratorium",
        "keterangan_biaya": "Penerbitan sertifikat gratis; uji laboratorium sampel air atau "
        "makanan dibayar pemohon sesuai tarif laboratorium.",
        "produk": "Sertifikat Laik Higiene Sanitasi, berlaku 3 tahun dengan pengawasan berkala.",
        "dasar_hukum": KESEHATAN + "; Permenkes 2/2023 tentang Peraturan Pelaksanaan PP 66/2014 "
        "tentang Kesehatan Lingkungan.",
        "persyaratan": [
            ("Permohonan dan NIB", "dari OSS"),
            ("Hasil uji laboratorium air baku dan produk", "dari laboratorium terakreditasi"),
            ("Sertifikat pelatihan penjamah pangan", "fotokopi"),
            ("Denah dapur atau ruang produksi", "sederhana, tangan juga boleh"),
        ],
        "langkah": [
            "Ajukan permohonan melalui OSS atau gerai MPP Maslahat.",
            "Sanitarian puskesmas melakukan inspeksi kesehatan lingkungan.",
            "Sampel diuji di laboratorium.",
            "Sertifikat diterbitkan bila inspeksi dan uji laboratorium memenuhi syarat.",
        ],
        "bidang": "Bidang Kesehatan Masyarakat (Seksi Kesehatan Lingkungan)",
        "pelaksana": "Sanitarian di 33 puskesmas dan 2 verifikator dinas",
        "kompetensi": "Sanitarian ber-STR yang memahami inspeksi kesehatan lingkungan tempat "
        "pengelolaan pangan",
    },
    {
        "slug": "ambulans-psc-119",
        "nama": "Ambulans Gawat Darurat PSC 119",
        "ringkasan": "Telepon 119 untuk pertolongan pertama dan ambulans gawat darurat gratis, "
        "siaga 24 jam, menuju rumah sakit terdekat yang siap menerima pasien.",
        "kata_kunci": "ambulans, 119, gawat darurat, PSC, ambulans gratis, kecelakaan",
        "pengguna": "semua",
        "unit": ["puskesmas-bangil", "puskesmas-pandaan"],
        "jangka_waktu": "Tim diberangkatkan paling lama 10 menit setelah panggilan diterima",
        "keterangan_biaya": "Gratis untuk layanan ambulans dan pertolongan pertama.",
        "produk": "Pertolongan pertama di lokasi dan pengantaran pasien ke fasilitas kesehatan.",
        "dasar_hukum": KESEHATAN + "; Permenkes 19/2016 tentang Sistem Penanggulangan Gawat "
        "Darurat Terpadu.",
        "persyaratan": [
            (
                "Tidak ada syarat administrasi",
                "sebutkan lokasi, kondisi pasien dan nomor yang dapat dihubungi",
            ),
        ],
        "langkah": [
            "Telepon 119 (bebas pulsa) dan jawab pertanyaan petugas call center.",
            "Petugas memberi panduan pertolongan pertama lewat telepon.",
            "Tim ambulans terdekat berangkat ke lokasi.",
            "Pasien distabilkan dan dibawa ke IGD rumah sakit yang sudah dihubungi.",
        ],
        "bidang": "Bidang Pelayanan Kesehatan (PSC 119)",
        "pelaksana": "12 petugas call center bergilir dan 6 tim ambulans (dokter/perawat dan "
        "pengemudi)",
        "kompetensi": "Perawat dan dokter bersertifikat BTCLS/ACLS; pengemudi terlatih "
        "mengemudi ambulans dan bantuan hidup dasar",
        "keamanan": "Ambulans diperiksa kelengkapannya setiap pergantian sif",
    },
    {
        "slug": "imunisasi-anak",
        "nama": "Imunisasi Rutin Bayi dan Anak",
        "ringkasan": "Imunisasi dasar dan lanjutan gratis untuk bayi dan balita di puskesmas "
        "dan posyandu, sesuai jadwal di buku KIA.",
        "kata_kunci": "imunisasi, vaksin anak, vaksin bayi, posyandu, BCG, campak, polio",
        "unit": PUSKESMAS,
        "jangka_waktu": "Saat itu juga, sesuai jadwal posyandu atau hari imunisasi puskesmas",
        "keterangan_biaya": "Gratis; vaksin disediakan pemerintah.",
        "produk": "Catatan imunisasi di buku KIA dan sistem pencatatan imunisasi.",
        "dasar_hukum": KESEHATAN + "; Permenkes 12/2017 tentang Penyelenggaraan Imunisasi.",
        "persyaratan": [
            ("Buku KIA (Kesehatan Ibu dan Anak)", "dibawa setiap kunjungan"),
            ("Anak dalam keadaan sehat", "bila demam, imunisasi ditunda"),
        ],
        "langkah": [
            "Datang ke posyandu atau puskesmas pada jadwal imunisasi.",
            "Anak ditimbang dan diperiksa kondisinya.",
            "Vaksin diberikan dan dicatat di buku KIA.",
            "Orang tua menunggu 30 menit untuk memantau reaksi setelah imunisasi.",
        ],
        "bidang": "Bidang Pencegahan dan Pengendalian Penyakit",
        "pelaksana": "Bidan dan perawat imunisasi di setiap puskesmas dan posyandu",
        "kompetensi": "Terlatih penyuntikan aman, rantai dingin vaksin dan penanganan KIPI",
        "keamanan": "Vaksin disimpan dalam lemari es khusus dengan pemantau suhu",
    },
    {
        "slug": "rujukan-rsud-bangil",
        "opd": "rsud-bangil",
        "nama": "Rawat Jalan dan Rujukan Spesialis RSUD Bangil",
        "ringkasan": "Pemeriksaan di poliklinik spesialis RSUD Bangil dengan rujukan puskesmas "
        "atau klinik (peserta JKN) maupun sebagai pasien umum.",
        "kata_kunci": "RSUD Bangil, rumah sakit, poli spesialis, rujukan BPJS, rawat jalan, "
        "periksa dokter spesialis",
        "pengguna": "semua",
        "unit": ["rsud-bangil"],
        "jangka_waktu": "Waktu tunggu poliklinik paling lama 60 menit setelah pendaftaran",
        "biaya": 50000,
        "keterangan_biaya": "Peserta JKN dengan rujukan tidak membayar. Pasien umum membayar "
        "karcis poliklinik sesuai Peraturan Bupati tentang tarif BLUD RSUD Bangil, ditambah "
        "tindakan dan obat bila ada.",
        "produk": "Pemeriksaan dan terapi dokter spesialis, resep, surat kontrol atau rujukan "
        "balik.",
        "dasar_hukum": KESEHATAN + "; " + JKN + "; Peraturan Bupati Pasuruan tentang Tarif "
        "Layanan BLUD RSUD Bangil.",
        "persyaratan": [
            ("Kartu JKN-KIS atau NIK aktif", "untuk peserta JKN"),
            ("Surat rujukan dari puskesmas/klinik (FKTP)", "rujukan elektronik berlaku 90 hari"),
            ("Identitas diri", "asli"),
        ],
        "langkah": [
            "Daftar online di aplikasi Mobile JKN atau di anjungan pendaftaran mandiri.",
            "Verifikasi data di loket pendaftaran dan terima nomor antrean poli.",
            "Pemeriksaan oleh dokter spesialis.",
            "Ambil obat di farmasi rawat jalan; pasien umum membayar di kasir.",
        ],
        "bidang": "Bidang Pelayanan Medik",
        "pelaksana": "Lebih dari 40 dokter spesialis, perawat poliklinik dan 10 petugas "
        "pendaftaran",
        "kompetensi": KOMPETENSI_RS,
    },
    {
        "slug": "igd-rsud-bangil",
        "opd": "rsud-bangil",
        "nama": "Instalasi Gawat Darurat (IGD) RSUD Bangil",
        "ringkasan": "Pertolongan gawat darurat 24 jam. Pasien ditangani lebih dulu; urusan "
        "administrasi menyusul.",
        "kata_kunci": "IGD, UGD, gawat darurat, emergency, RSUD Bangil 24 jam",
        "pengguna": "semua",
        "unit": ["rsud-bangil"],
        "jangka_waktu": "Triase dalam 5 menit setelah pasien tiba",
        "biaya": 75000,
        "keterangan_biaya": "Peserta JKN dalam kondisi gawat darurat tidak membayar dan tidak "
        "perlu rujukan. Pasien umum membayar karcis IGD dan tindakan sesuai tarif BLUD.",
        "produk": "Penanganan kegawatdaruratan, stabilisasi, rawat inap atau rujukan.",
        "dasar_hukum": KESEHATAN
        + "; Permenkes 47/2018 tentang Pelayanan Kegawatdaruratan; "
        + JKN
        + ".",
        "persyaratan": [
            (
                "Tidak ada syarat untuk mulai ditangani",
                "identitas dan kartu JKN diserahkan keluarga dalam 3×24 jam",
            ),
        ],
        "langkah": [
            "Pasien tiba dan langsung dinilai tingkat kegawatannya (triase).",
            "Dokter IGD memeriksa dan menstabilkan pasien.",
            "Keluarga melengkapi data di loket IGD.",
            "Pasien dipulangkan, dirawat inap atau dirujuk.",
        ],
        "bidang": "Instalasi Gawat Darurat",
        "pelaksana": "Per sif: 2 dokter jaga, 6 perawat, 1 petugas administrasi",
        "kompetensi": KOMPETENSI_RS + "; dokter dan perawat IGD bersertifikat ATLS/ACLS/BTCLS",
    },
    {
        "slug": "persalinan-rsud-grati",
        "opd": "rsud-grati",
        "nama": "Pelayanan Persalinan dan PONEK RSUD Grati",
        "ringkasan": "Persalinan normal dan dengan penyulit, operasi sesar, serta perawatan bayi "
        "baru lahir selama 24 jam di RSUD Grati.",
        "kata_kunci": "melahirkan, persalinan, bersalin, PONEK, operasi sesar, bidan RSUD Grati",
        "pengguna": "semua",
        "unit": ["rsud-grati"],
        "jangka_waktu": "Ditangani segera saat tiba di ruang bersalin (24 jam)",
        "biaya": 1500000,
        "keterangan_biaya": "Peserta JKN tidak membayar. Pasien umum: contoh paket persalinan "
        "normal; tindakan sesar dan perawatan bayi mengikuti tarif BLUD RSUD Grati.",
        "produk": "Pertolongan persalinan, surat keterangan lahir dan pendaftaran akta "
        "kelahiran langsung dari rumah sakit.",
        "dasar_hukum": KESEHATAN + "; " + JKN + ".",
        "persyaratan": [
            ("Buku KIA", "asli"),
            ("Kartu JKN-KIS dan rujukan", "rujukan tidak diperlukan bila gawat darurat"),
            ("Identitas ibu dan suami", "asli"),
        ],
        "langkah": [
            "Datang ke ruang bersalin atau IGD RSUD Grati.",
            "Bidan dan dokter menilai kondisi ibu dan janin.",
            "Persalinan ditolong sesuai kondisi; bayi baru lahir dirawat bersama ibu.",
            "Petugas membantu pendaftaran akta kelahiran dan KK bayi.",
        ],
        "bidang": "Bidang Pelayanan Medik dan Keperawatan",
        "pelaksana": "Dokter spesialis kandungan dan anak on-call, 12 bidan, 6 perawat bayi",
        "kompetensi": KOMPETENSI_RS + "; tim PONEK terlatih kegawatdaruratan obstetri dan neonatal",
    },
]
