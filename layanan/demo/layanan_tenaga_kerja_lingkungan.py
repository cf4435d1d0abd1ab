"""Ketenagakerjaan (Disnaker), lingkungan hidup (DLH) and perumahan (Disperkim)."""

# En dashes in ranges (Senin to Kamis, 07.30 to 15.30) and the multiplication sign are the
# correct typography for these public texts, so RUF001 is off for this data module.

NAKER = "UU 13/2003 tentang Ketenagakerjaan sebagaimana diubah dengan UU 6/2023"
PPLH = (
    "UU 32/2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup sebagaimana diubah "
    "dengan UU 6/2023; PP 22/2021 tentang Penyelenggaraan Perlindungan dan Pengelolaan "
    "Lingkungan Hidup"
)
PKP = "UU 1/2011 tentang Perumahan dan Kawasan Permukiman"
DISNAKER = ["kantor-disnaker", "mpp-maslahat"]
HI = "Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja"
KOMPETENSI_HI = (
    "Mediator hubungan industrial bersertifikat Kemnaker; memahami UU 2/2004 dan peraturan "
    "ketenagakerjaan terbaru; mampu bersikap netral kepada pekerja dan pemberi kerja"
)

LAYANAN = [
    {
        "slug": "kartu-pencari-kerja-ak1",
        "opd": "disnaker",
        "kategori": "ketenagakerjaan",
        "nama": "Kartu Tanda Pencari Kerja (Kartu Kuning/AK/1)",
        "ringkasan": "Kartu kuning bagi pencari kerja yang akan melamar pekerjaan di perusahaan "
        "atau mendaftar seleksi; dapat dicetak di kantor Disnaker atau MPP Maslahat.",
        "kata_kunci": "kartu kuning, AK1, AK/1, kartu pencari kerja, kartu AK1, pencari kerja, "
        "lamar kerja, loker",
        "unit": DISNAKER,
        "tautan": "https://siapkerja.kemnaker.go.id",
        "jangka_waktu": "Hari yang sama (sekitar 15 menit setelah data terverifikasi)",
        "keterangan_biaya": "Gratis.",
        "produk": "Kartu AK/1 berlaku 2 tahun; wajib melapor setiap 6 bulan bila belum bekerja.",
        "dasar_hukum": NAKER + "; Permenaker 39/2016 tentang Penempatan Tenaga Kerja "
        "sebagaimana diubah dengan Permenaker 23/2022.",
        "persyaratan": [
            ("KTP-el domisili Kabupaten Pasuruan", "asli, ditunjukkan"),
            ("Ijazah pendidikan terakhir", "asli dan 1 lembar fotokopi"),
            ("Pas foto berwarna 3x4", "2 lembar"),
            ("Sertifikat pelatihan atau pengalaman kerja", "fotokopi, bila ada"),
        ],
        "langkah": [
            "Daftar akun di siapkerja.kemnaker.go.id atau langsung di loket.",
            "Petugas memeriksa dokumen dan data pencari kerja.",
            "Kartu AK/1 dicetak dan ditandatangani petugas antarkerja.",
            "Lapor kembali setiap 6 bulan atau bila sudah diterima bekerja.",
        ],
        "bidang": "Bidang Penempatan dan Perluasan Kesempatan Kerja",
        "pelaksana": "3 orang: 2 petugas antarkerja, 1 operator",
        "kompetensi": "Pengantar kerja bersertifikat; memahami sistem informasi ketenagakerjaan "
        "dan bursa kerja",
    },
    {
        "slug": "pelatihan-kerja-blk",
        "opd": "disnaker",
        "kategori": "ketenagakerjaan",
        "nama": "Pelatihan Kerja Berbasis Kompetensi di BLK Pandaan",
        "ringkasan": "Pelatihan gratis menjahit, las, otomotif, tata boga, komputer dan "
        "barista, diakhiri uji kompetensi; terbuka bagi pencari kerja Kabupaten Pasuruan.",
        "kata_kunci": "BLK, pelatihan kerja, kursus gratis, kursus menjahit, kursus las, "
        "pelatihan komputer",
        "unit": ["uptd-blk"],
        "jangka_waktu": "Pelatihan 20–30 hari kerja per angkatan",
        "keterangan_biaya": "Gratis, termasuk bahan praktik dan uang transport.",
        "produk": "Sertifikat pelatihan dan sertifikat kompetensi BNSP bagi yang lulus uji.",
        "dasar_hukum": NAKER + "; PP 31/2006 tentang Sistem Pelatihan Kerja Nasional; "
        "Perpres 68/2022 tentang Revitalisasi Pendidikan Vokasi dan Pelatihan Vokasi.",
        "persyaratan": [
            ("KTP-el dan kartu AK/1", "fotokopi"),
            ("Berumur minimal 17 tahun", "sesuai KTP-el"),
            ("Lulus seleksi minat dan wawancara", "dijadwalkan BLK"),
        ],
        "langkah": [
            "Pantau pengumuman angkatan pelatihan di kantor BLK atau media sosial Disnaker.",
            "Daftar dan ikuti seleksi.",
            "Ikuti pelatihan sampai selesai (kehadiran minimal 90%).",
            "Ikuti uji kompetensi dan terima sertifikat.",
        ],
        "bidang": "UPT Balai Latihan Kerja",
        "pelaksana": "14 instruktur dan 4 tenaga administrasi",
        "kompetensi": "Instruktur bersertifikat metodologi pelatihan dan kompetensi teknis "
        "sesuai kejuruan",
        "keamanan": "Bengkel praktik dilengkapi alat pelindung diri dan APAR",
    },
    {
        "slug": "pengesahan-peraturan-perusahaan-pkb",
        "opd": "disnaker",
        "kategori": "ketenagakerjaan",
        "nama": "Pengesahan Peraturan Perusahaan dan Pendaftaran Perjanjian Kerja Bersama",
        "ringkasan": "Pengesahan peraturan perusahaan (PP) bagi pemberi kerja dengan 10 pekerja "
        "atau lebih, dan pendaftaran perjanjian kerja bersama (PKB) dengan serikat pekerja.",
        "kata_kunci": "peraturan perusahaan, PKB, perjanjian kerja bersama, pengesahan PP",
        "pengguna": "semua",
        "unit": DISNAKER,
        "jangka_waktu": "30 hari kerja untuk pengesahan peraturan perusahaan; 6 hari kerja "
        "untuk pendaftaran PKB",
        "keterangan_biaya": "Gratis.",
        "produk": "Surat keputusan pengesahan peraturan perusahaan atau pendaftaran PKB.",
        "dasar_hukum": NAKER + "; Permenaker 28/2014 tentang Tata Cara Pembuatan dan "
        "Pengesahan Peraturan Perusahaan serta Pembuatan dan Pendaftaran Perjanjian Kerja "
        "Bersama.",
        "persyaratan": [
            ("Naskah peraturan perusahaan atau PKB", "3 rangkap, ditandatangani"),
            ("Bukti telah meminta saran wakil pekerja/serikat pekerja", "asli"),
            ("Data jumlah pekerja", "terbaru"),
        ],
        "langkah": [
            "Ajukan permohonan di loket Disnaker.",
            "Pengantar kerja meneliti isi naskah terhadap peraturan perundang-undangan.",
            "Perbaikan bila ada ketentuan yang lebih rendah dari aturan.",
            "Surat pengesahan atau pendaftaran diterbitkan.",
        ],
        "bidang": HI,
        "pelaksana": "3 pengantar kerja dan 1 kepala seksi syarat kerja",
        "kompetensi": KOMPETENSI_HI,
    },
    {
        "slug": "mediasi-hubungan-industrial",
        "opd": "disnaker",
        "kategori": "ketenagakerjaan",
        "nama": "Mediasi Perselisihan Hubungan Industrial",
        "ringkasan": "Penyelesaian perselisihan hak, kepentingan, PHK atau antar-serikat "
        "pekerja melalui mediator Disnaker setelah perundingan bipartit gagal.",
        "kata_kunci": "PHK, perselisihan kerja, mediasi, pesangon, bipartit, tripartit, "
        "sengketa kerja",
        "pengguna": "semua",
        "unit": ["kantor-disnaker"],
        "jangka_waktu": "Paling lama 30 hari kerja sejak pencatatan perselisihan",
        "keterangan_biaya": "Gratis.",
        "produk": "Perjanjian bersama yang didaftarkan ke Pengadilan Hubungan Industrial, atau "
        "anjuran tertulis mediator.",
        "dasar_hukum": "UU 2/2004 tentang Penyelesaian Perselisihan Hubungan Industrial; "
        + NAKER
        + "; Permenakertrans 17/2014 tentang Mediator Hubungan Industrial dan Tata "
        "Kerja Mediasi.",
        "persyaratan": [
            ("Surat pencatatan perselisihan", "ditandatangani salah satu pihak"),
            ("Risalah perundingan bipartit", "asli, menunjukkan perundingan gagal"),
            ("Bukti pendukung: kontrak, slip gaji, surat PHK", "fotokopi"),
        ],
        "langkah": [
            "Catatkan perselisihan di loket Disnaker.",
            "Mediator memanggil para pihak paling lambat 7 hari kerja.",
            "Sidang mediasi dilaksanakan.",
            "Bila sepakat dibuat perjanjian bersama; bila tidak, mediator memberi anjuran "
            "tertulis.",
        ],
        "bidang": HI,
        "pelaksana": "4 mediator hubungan industrial",
        "kompetensi": KOMPETENSI_HI,
        "keamanan": "Sidang mediasi di ruang tertutup; dokumen para pihak tidak diberikan "
        "kepada pihak ketiga",
    },
    {
        "slug": "persetujuan-lingkungan",
        "opd": "dlh",
        "kategori": "lingkungan",
        "nama": "Persetujuan Lingkungan (UKL-UPL dan SPPL)",
        "ringkasan": "Pemeriksaan dokumen UKL-UPL atau pernyataan SPPL untuk rencana kegiatan "
        "yang berdampak pada lingkungan; pengganti izin lingkungan.",
        "kata_kunci": "persetujuan lingkungan, UKL-UPL, SPPL, izin lingkungan, AMDAL, Amdalnet",
        "pengguna": "semua",
        "unit": ["kantor-dlh", "mpp-maslahat"],
        "tautan": "https://amdalnet.menlhk.go.id",
        "jangka_waktu": "SPPL: saat itu juga di OSS; UKL-UPL: paling lama 10 hari kerja "
        "pemeriksaan setelah berkas lengkap",
        "keterangan_biaya": "Gratis. Penyusunan dokumen oleh konsultan menjadi tanggungan "
        "pemrakarsa.",
        "produk": "Persetujuan Pernyataan Kesanggupan Pengelolaan Lingkungan Hidup (PKPLH) atau "
        "SPPL terverifikasi.",
        "dasar_hukum": PPLH + "; PermenLHK 4/2021 tentang Daftar Kegiatan yang Wajib Memiliki "
        "Amdal, UKL-UPL atau SPPL.",
        "persyaratan": [
            ("Dokumen UKL-UPL", "diunggah di Amdalnet"),
            ("PKKPR atau KKPR", "dari OSS"),
            ("Peta lokasi dan tata letak", "format PDF dan shapefile"),
        ],
        "langkah": [
            "Pemrakarsa mengisi formulir UKL-UPL di Amdalnet.",
            "DLH memeriksa administrasi dan substansi.",
            "Rapat koordinasi dengan instansi terkait bila diperlukan.",
            "PKPLH terbit dan terintegrasi ke OSS.",
        ],
        "bidang": "Bidang Tata Lingkungan",
        "pelaksana": "4 pemeriksa dokumen lingkungan",
        "kompetensi": "Bersertifikat pelatihan penilai dokumen lingkungan; memahami baku mutu "
        "air, udara dan kebisingan",
    },
    {
        "slug": "angkutan-sampah",
        "opd": "dlh",
        "kategori": "lingkungan",
        "nama": "Pengangkutan Sampah dan Retribusi Persampahan",
        "ringkasan": "Berlangganan pengangkutan sampah dari rumah, toko, pasar atau kantor ke "
        "tempat pemrosesan akhir, serta permintaan angkut sampah sekali jalan.",
        "kata_kunci": "sampah, angkut sampah, retribusi sampah, truk sampah, TPS, TPA",
        "unit": ["kantor-dlh"],
        "jangka_waktu": "Pengangkutan dimulai paling lama 7 hari kerja setelah terdaftar",
        "biaya": 15000,
        "keterangan_biaya": "Retribusi per bulan untuk rumah tangga; toko, rumah makan dan "
        "kantor dikenai tarif sesuai volume menurut Perda.",
        "produk": "Jadwal pengangkutan rutin dan kartu/nota retribusi.",
        "dasar_hukum": "UU 18/2008 tentang Pengelolaan Sampah; PP 81/2012 tentang Pengelolaan "
        "Sampah Rumah Tangga; UU 1/2022 tentang HKPD; Perda Kabupaten Pasuruan tentang Pajak "
        "Daerah dan Retribusi Daerah.",
        "persyaratan": [
            ("Formulir pendaftaran pelanggan", "diisi alamat lengkap"),
            ("Identitas pemohon", "fotokopi"),
        ],
        "langkah": [
            "Daftar di kantor DLH atau melalui TPS3R desa.",
            "Petugas menentukan rute dan jadwal angkut.",
            "Sampah diangkut sesuai jadwal; retribusi dibayar setiap bulan.",
        ],
        "bidang": "Bidang Pengelolaan Sampah",
        "pelaksana": "Pengemudi dan awak 30 truk sampah serta 5 petugas administrasi",
        "kompetensi": "Pengemudi ber-SIM B; awak terlatih memakai alat pelindung diri",
        "keamanan": "Awak angkut memakai sarung tangan, masker dan sepatu keselamatan",
    },
    {
        "slug": "uji-laboratorium-lingkungan",
        "opd": "dlh",
        "kategori": "lingkungan",
        "nama": "Uji Laboratorium Lingkungan (Air, Air Limbah, Udara)",
        "ringkasan": "Pengujian sampel air bersih, air limbah dan udara untuk pemantauan "
        "lingkungan, syarat persetujuan lingkungan atau pemeriksaan sumur warga.",
        "kata_kunci": "uji air, uji limbah, laboratorium lingkungan, cek kualitas air, uji sumur",
        "pengguna": "semua",
        "unit": ["uptd-laboratorium-lingkungan"],
        "jangka_waktu": "10 hari kerja sejak sampel diterima (parameter mikrobiologi 14 hari)",
        "biaya": 350000,
        "keterangan_biaya": "Contoh tarif paket air bersih (fisika-kimia dasar); tarif per "
        "parameter sesuai Perda retribusi, dibayar di bank sebelum pengujian.",
        "produk": "Laporan hasil uji bertanda tangan penyelia laboratorium.",
        "dasar_hukum": PPLH + "; Permenkes 2/2023 tentang Kesehatan Lingkungan (baku mutu air "
        "untuk keperluan higiene sanitasi).",
        "persyaratan": [
            ("Formulir permintaan uji", "menyebut parameter yang diuji"),
            (
                "Sampel dalam wadah sesuai petunjuk laboratorium",
                "diantar paling lama 24 jam setelah diambil",
            ),
        ],
        "langkah": [
            "Konsultasikan parameter dan ambil wadah sampel di laboratorium.",
            "Serahkan sampel dan bayar retribusi.",
            "Laboratorium menguji sampel.",
            "Laporan hasil uji diambil atau dikirim ke email.",
        ],
        "bidang": "UPT Laboratorium Lingkungan",
        "pelaksana": "6 analis dan 1 penyelia",
        "kompetensi": "Analis kimia/mikrobiologi terlatih metode SNI; laboratorium menerapkan "
        "SNI ISO/IEC 17025:2017",
        "keamanan": "Bahan kimia disimpan di lemari asam; limbah laboratorium dikelola sebagai "
        "limbah B3",
    },
    {
        "slug": "pengaduan-pencemaran",
        "opd": "dlh",
        "kategori": "lingkungan",
        "nama": "Pengaduan Pencemaran dan Kerusakan Lingkungan",
        "ringkasan": "Laporkan sungai berbau atau berubah warna, asap dan debu pabrik, limbah "
        "dibuang sembarangan atau galian liar; DLH memverifikasi ke lapangan.",
        "kata_kunci": "pencemaran, limbah, sungai tercemar, asap pabrik, bau, pengaduan lingkungan",
        "pengguna": "semua",
        "unit": ["kantor-dlh"],
        "jangka_waktu": "Verifikasi lapangan paling lambat 3 hari kerja; hasil penanganan "
        "disampaikan paling lambat 30 hari kerja",
        "keterangan_biaya": "Gratis.",
        "produk": "Berita acara verifikasi dan tindak lanjut (pembinaan, sanksi administratif "
        "atau penerusan ke penegak hukum).",
        "dasar_hukum": PPLH + "; PermenLHK P.22/2017 tentang Tata Cara Pengelolaan Pengaduan "
        "Dugaan Pencemaran dan/atau Perusakan Lingkungan Hidup.",
        "persyaratan": [
            ("Lokasi dan waktu kejadian", "sedetail mungkin"),
            ("Foto atau video", "bila ada"),
        ],
        "langkah": [
            "Sampaikan pengaduan melalui portal ini atau datang ke kantor DLH.",
            "Pengaduan ditelaah dan dijadwalkan verifikasi.",
            "Petugas verifikasi ke lapangan dan mengambil sampel bila perlu.",
            "Hasil dan tindak lanjut disampaikan kepada pelapor.",
        ],
        "bidang": "Bidang Penaatan dan Peningkatan Kapasitas Lingkungan Hidup",
        "pelaksana": "Tim verifikasi 5 orang termasuk Pejabat Pengawas Lingkungan Hidup",
        "kompetensi": "Pejabat Pengawas Lingkungan Hidup bersertifikat; terampil mengambil "
        "sampel sesuai SNI",
    },
    {
        "slug": "bantuan-rtlh",
        "opd": "disperkim",
        "kategori": "lingkungan",
        "nama": "Usulan Bantuan Perbaikan Rumah Tidak Layak Huni (RTLH)",
        "ringkasan": "Usulan bantuan bahan bangunan untuk memperbaiki atap, lantai dan dinding "
        "rumah keluarga kurang mampu yang tidak layak huni.",
        "kata_kunci": "RTLH, bedah rumah, rumah tidak layak huni, bantuan rumah, perbaikan rumah",
        "unit": ["mpp-maslahat"],
        "jangka_waktu": "Usulan diverifikasi paling lama 30 hari kerja; penetapan penerima "
        "mengikuti tahun anggaran",
        "keterangan_biaya": "Gratis; bantuan dalam bentuk bahan bangunan dan dikerjakan "
        "swadaya bersama warga.",
        "produk": "Penetapan penerima dan bantuan bahan bangunan.",
        "dasar_hukum": PKP + "; Peraturan Bupati Pasuruan tentang Bantuan Rumah Tidak Layak Huni.",
        "persyaratan": [
            ("Surat usulan kepala desa/lurah", "asli"),
            ("Kartu Keluarga yang terdaftar dalam DTSEN", "fotokopi"),
            ("Bukti kepemilikan tanah atas nama sendiri", "fotokopi"),
            ("Foto kondisi rumah tampak depan, atap dan lantai", "berwarna"),
        ],
        "langkah": [
            "Desa mengusulkan calon penerima ke Disperkim.",
            "Tim fasilitator memverifikasi kondisi rumah.",
            "Penerima ditetapkan dengan keputusan Bupati.",
            "Bahan bangunan disalurkan dan perbaikan dikerjakan gotong royong.",
        ],
        "bidang": "Bidang Perumahan",
        "pelaksana": "4 pegawai dan 24 tenaga fasilitator lapangan",
        "kompetensi": "Fasilitator berlatar teknik sipil/arsitektur; memahami kriteria rumah "
        "layak huni",
    },
    {
        "slug": "penyerahan-psu",
        "opd": "disperkim",
        "kategori": "lingkungan",
        "nama": "Penyerahan Prasarana, Sarana dan Utilitas (PSU) Perumahan",
        "ringkasan": "Serah terima jalan, saluran, taman dan fasilitas umum perumahan dari "
        "pengembang kepada Pemerintah Kabupaten agar dapat dipelihara pemerintah.",
        "kata_kunci": "PSU, fasum fasos, serah terima perumahan, jalan perumahan, pengembang",
        "pengguna": "semua",
        "unit": ["mpp-maslahat"],
        "jangka_waktu": "60 hari kerja sejak berkas lengkap, termasuk verifikasi lapangan",
        "keterangan_biaya": "Gratis.",
        "produk": "Berita acara serah terima PSU dan pencatatan sebagai barang milik daerah.",
        "dasar_hukum": PKP + "; Permendagri 9/2009 tentang Pedoman Penyerahan Prasarana, "
        "Sarana dan Utilitas Perumahan dan Permukiman di Daerah.",
        "persyaratan": [
            ("Surat permohonan pengembang atau paguyuban warga", "asli"),
            ("Site plan yang disahkan", "fotokopi"),
            ("Sertifikat tanah PSU atas nama pengembang", "fotokopi"),
        ],
        "langkah": [
            "Ajukan permohonan di gerai MPP Maslahat.",
            "Tim verifikasi memeriksa kondisi PSU.",
            "Pengembang memperbaiki PSU yang belum sesuai.",
            "Berita acara serah terima ditandatangani.",
        ],
        "bidang": "Bidang Kawasan Permukiman",
        "pelaksana": "Tim verifikasi PSU lintas OPD 7 orang",
        "kompetensi": "Memahami standar teknis jalan lingkungan, drainase dan utilitas",
    },
]
