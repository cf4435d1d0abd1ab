"""Administrasi kependudukan (Dispendukcapil Kabupaten Pasuruan). All free: UU 24/2013 Pasal 79A."""

# En dashes in ranges (Senin to Kamis, 07.30 to 15.30) and the multiplication sign are the
# correct typography for these public texts, so RUF001 is off for this data module.

ADDUK = (
    "UU 23/2006 tentang Administrasi Kependudukan sebagaimana diubah dengan UU 24/2013; "
    "Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil; "
    "Permendagri 108/2019 tentang Peraturan Pelaksanaan Perpres 96/2018"
)
GRATIS = "Gratis. Pasal 79A UU 24/2013 melarang pungutan biaya untuk dokumen kependudukan."
BAWAAN = {"opd": "dispendukcapil", "kategori": "kependudukan"}
UNIT = ["kantor-dispendukcapil", "mpp-maslahat"]
PENDAFTARAN = "Bidang Pelayanan Pendaftaran Penduduk"
CAPIL = "Bidang Pelayanan Pencatatan Sipil"
KOMPETENSI_CAPIL = (
    "Memahami ketentuan pencatatan sipil dalam UU Adminduk dan Perpres 96/2018; terampil "
    "memakai SIAK Terpusat; pejabat pencatatan sipil bersertifikat dan berwenang menandatangani "
    "akta secara elektronik"
)

LAYANAN = [
    {
        "slug": "ktp-el",
        "nama": "Perekaman dan Pencetakan KTP-el",
        "ringkasan": "Rekam data (foto, sidik jari, iris) dan cetak KTP elektronik untuk warga "
        "yang berumur 17 tahun, sudah atau pernah kawin, atau mengganti KTP yang hilang/rusak.",
        "kata_kunci": "KTP, e-KTP, ektp, KTP elektronik, KTP-el, rekam KTP, cetak KTP, "
        "KTP hilang, KTP rusak, ganti KTP, KTP baru",
        "unit": [*UNIT, "kantor-kecamatan-bangil", "kantor-kecamatan-pandaan"],
        "jangka_waktu": "1 hari kerja bila data sudah terverifikasi dan blangko tersedia",
        "keterangan_biaya": GRATIS,
        "produk": "KTP elektronik (KTP-el) yang berlaku seumur hidup.",
        "dasar_hukum": ADDUK + "; Permendagri 72/2022 tentang Standar dan Spesifikasi Perangkat "
        "Keras, Perangkat Lunak, dan Blangko KTP-el serta Penyelenggaraan Identitas Kependudukan "
        "Digital.",
        "persyaratan": [
            ("Berumur 17 tahun, sudah kawin atau pernah kawin", "dibuktikan dengan data SIAK"),
            ("Kartu Keluarga", "asli, cukup ditunjukkan; untuk perekaman pertama"),
            ("KTP-el lama", "asli, diserahkan bila rusak atau ada perubahan data"),
            ("Surat keterangan kehilangan dari kepolisian", "asli, bila KTP-el hilang"),
        ],
        "langkah": [
            "Ambil nomor antrean di loket Dispendukcapil, gerai MPP Maslahat atau kantor "
            "kecamatan yang melayani perekaman.",
            "Petugas memeriksa NIK dan dokumen di SIAK Terpusat.",
            "Perekaman foto, tanda tangan, sidik jari dan iris mata.",
            "Data biometrik dicocokkan di server pusat (verifikasi ketunggalan).",
            "KTP-el dicetak; bila blangko kosong, petugas mencatat nomor telepon dan mengabari "
            "saat kartu siap.",
            "Pemohon menandatangani tanda terima dan menerima KTP-el.",
        ],
        "bidang": PENDAFTARAN,
        "pelaksana": "6 orang: 2 petugas loket, 2 operator perekaman, 1 operator cetak, "
        "1 verifikator",
        "kompetensi": "Memahami UU Adminduk dan Perpres 96/2018; terlatih mengoperasikan SIAK "
        "Terpusat, alat perekam biometrik dan printer kartu; mampu melayani penyandang disabilitas",
        "sarana": "perekaman jemput bola untuk warga sakit, lansia dan penyandang disabilitas",
        "evaluasi": "jumlah warga wajib KTP yang belum merekam dipantau per desa tiap bulan",
    },
    {
        "slug": "kartu-keluarga",
        "nama": "Penerbitan Kartu Keluarga (KK)",
        "ringkasan": "Kartu Keluarga baru, atau perubahan isinya karena kelahiran, kematian, "
        "pindah, menikah, cerai atau pisah dari keluarga induk.",
        "kata_kunci": "KK, kartu keluarga, KK baru, tambah anggota keluarga, pecah KK, "
        "ubah KK, KK hilang, cetak KK",
        "unit": [*UNIT, "kantor-kecamatan-bangil", "kantor-kecamatan-gempol"],
        "jangka_waktu": "1 hari kerja sejak berkas lengkap",
        "keterangan_biaya": GRATIS + " KK dicetak di kertas HVS A4 80 gram bertanda tangan "
        "elektronik; cetak ulang sendiri juga sah.",
        "produk": "Kartu Keluarga bertanda tangan elektronik (QR code) beserta dokumen "
        "elektroniknya.",
        "dasar_hukum": ADDUK + "; Permendagri 109/2019 tentang Formulir dan Buku yang Digunakan "
        "dalam Administrasi Kependudukan.",
        "persyaratan": [
            ("Formulir biodata keluarga (F-1.01)", "diisi dan ditandatangani kepala keluarga"),
            ("Buku nikah/akta perkawinan atau akta cerai", "fotokopi 1 lembar, asli ditunjukkan"),
            ("Kartu Keluarga lama", "asli, bila perubahan atau pisah keluarga"),
            ("Surat Keterangan Pindah", "asli, bila anggota keluarga datang dari daerah lain"),
            ("Surat pernyataan tanggung jawab mutlak (SPTJM)", "bila tidak memiliki buku nikah"),
        ],
        "langkah": [
            "Isi formulir F-1.01 di loket atau unduh dari situs Dispendukcapil.",
            "Serahkan berkas ke petugas loket dan terima tanda terima berkas.",
            "Operator memasukkan perubahan data ke SIAK Terpusat.",
            "Kepala Dinas menandatangani KK secara elektronik.",
            "KK dicetak atau dikirim ke email/WhatsApp pemohon dalam format PDF.",
        ],
        "bidang": PENDAFTARAN,
        "pelaksana": "5 orang: 2 petugas loket, 2 operator SIAK, 1 petugas cetak",
        "kompetensi": "Memahami struktur data keluarga dalam SIAK, ketentuan pisah dan gabung "
        "keluarga serta status perkawinan tercatat dan belum tercatat",
    },
    {
        "slug": "akta-kelahiran",
        "nama": "Penerbitan Akta Kelahiran",
        "ringkasan": "Pencatatan kelahiran dan penerbitan akta kelahiran bagi bayi yang lahir "
        "di Kabupaten Pasuruan atau orang tuanya berdomisili di sini, berapa pun umurnya.",
        "kata_kunci": "akta kelahiran, akta lahir, akte kelahiran, akte lahir, akta anak, "
        "surat lahir, pencatatan kelahiran",
        "unit": [*UNIT, "rsud-bangil", "puskesmas-bangil"],
        "jangka_waktu": "1 hari kerja sejak berkas lengkap",
        "keterangan_biaya": GRATIS + " Tidak ada denda keterlambatan pencatatan.",
        "produk": "Kutipan Akta Kelahiran bertanda tangan elektronik dan Kartu Keluarga yang "
        "sudah memuat anak.",
        "dasar_hukum": ADDUK + "; Permendagri 9/2016 tentang Percepatan Peningkatan Cakupan "
        "Kepemilikan Akta Kelahiran.",
        "persyaratan": [
            (
                "Surat keterangan lahir dari rumah sakit, puskesmas, bidan atau desa",
                "asli; bila tidak ada, SPTJM kebenaran data kelahiran",
            ),
            (
                "Buku nikah/akta perkawinan orang tua",
                "fotokopi 1 lembar; bila tidak ada, SPTJM kebenaran pasangan suami istri",
            ),
            ("Kartu Keluarga orang tua", "asli, cukup ditunjukkan"),
            ("Formulir pelaporan kelahiran (F-2.01)", "ditandatangani pelapor dan 2 saksi"),
        ],
        "langkah": [
            "Lengkapi formulir F-2.01; bidan dan rumah sakit mitra dapat membantu mengisi.",
            "Serahkan berkas di loket atau melalui petugas rumah sakit/puskesmas mitra.",
            "Petugas memverifikasi data orang tua dan anak di SIAK.",
            "Pejabat pencatatan sipil mencatat kelahiran dan menandatangani akta secara "
            "elektronik.",
            "Akta kelahiran dan KK baru diserahkan langsung atau dikirim dalam bentuk PDF.",
        ],
        "bidang": CAPIL,
        "pelaksana": "4 orang: 1 petugas loket, 2 operator pencatatan sipil, 1 pejabat "
        "pencatatan sipil",
        "kompetensi": KOMPETENSI_CAPIL,
        "sarana": "layanan tiga-in-satu (akta kelahiran, KK, KIA) di ruang bersalin rumah sakit "
        "mitra",
    },
    {
        "slug": "akta-kematian",
        "nama": "Penerbitan Akta Kematian",
        "ringkasan": "Pencatatan kematian penduduk dan penerbitan akta kematian, yang dibutuhkan "
        "ahli waris untuk warisan, pensiun, asuransi dan pembaruan Kartu Keluarga.",
        "kata_kunci": "akta kematian, akte kematian, surat kematian, meninggal dunia, "
        "lapor kematian",
        "unit": UNIT,
        "jangka_waktu": "1 hari kerja sejak berkas lengkap",
        "keterangan_biaya": GRATIS,
        "produk": "Kutipan Akta Kematian dan Kartu Keluarga yang sudah diperbarui.",
        "dasar_hukum": ADDUK + "; Permendagri 109/2019 tentang Formulir dan Buku dalam "
        "Administrasi Kependudukan.",
        "persyaratan": [
            (
                "Surat keterangan kematian dari rumah sakit, puskesmas atau kepala desa/lurah",
                "asli",
            ),
            ("Kartu Keluarga almarhum/almarhumah", "asli, cukup ditunjukkan"),
            ("KTP-el almarhum/almarhumah", "asli, diserahkan untuk dinonaktifkan"),
            ("Formulir pelaporan kematian (F-2.01)", "ditandatangani pelapor dan 2 saksi"),
        ],
        "langkah": [
            "Keluarga atau perangkat desa melapor paling lambat 30 hari setelah kematian.",
            "Serahkan berkas di loket Dispendukcapil atau gerai MPP Maslahat.",
            "Petugas mencatat kematian di SIAK dan menonaktifkan NIK almarhum.",
            "Akta kematian ditandatangani secara elektronik.",
            "Akta kematian dan KK baru diberikan kepada pelapor.",
        ],
        "bidang": CAPIL,
        "pelaksana": "3 orang: 1 petugas loket, 1 operator, 1 pejabat pencatatan sipil",
        "kompetensi": KOMPETENSI_CAPIL,
    },
    {
        "slug": "surat-pindah",
        "nama": "Surat Keterangan Pindah (SKPWNI)",
        "ringkasan": "Surat keterangan pindah untuk warga yang akan pindah domisili ke "
        "kabupaten/kota atau provinsi lain, dan pencatatan kedatangan warga dari luar daerah.",
        "kata_kunci": "surat pindah, SKPWNI, pindah domisili, pindah alamat, mutasi penduduk, "
        "pindah datang, surat keterangan pindah",
        "unit": UNIT,
        "jangka_waktu": "1 hari kerja sejak berkas lengkap",
        "keterangan_biaya": GRATIS,
        "produk": "Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI); di daerah tujuan "
        "diterbitkan KK baru.",
        "dasar_hukum": ADDUK + "; Permendagri 109/2019 tentang Formulir dan Buku dalam "
        "Administrasi Kependudukan.",
        "persyaratan": [
            ("Kartu Keluarga", "asli, cukup ditunjukkan"),
            ("Formulir pindah (F-1.03)", "diisi alamat tujuan lengkap"),
            ("Surat kuasa", "bila diurus oleh orang lain, bermeterai"),
        ],
        "langkah": [
            "Isi formulir F-1.03 dengan alamat tujuan lengkap.",
            "Serahkan berkas di loket; petugas memeriksa data di SIAK.",
            "SKPWNI diterbitkan dan dikirim secara elektronik ke Dispendukcapil tujuan.",
            "Di daerah tujuan, warga cukup membawa SKPWNI untuk diterbitkan KK baru.",
        ],
        "bidang": PENDAFTARAN,
        "pelaksana": "3 orang: 1 petugas loket, 2 operator SIAK",
        "kompetensi": "Memahami tata cara pindah datang antardaerah dalam Perpres 96/2018 dan "
        "fitur pindah datang SIAK Terpusat",
    },
    {
        "slug": "kartu-identitas-anak",
        "nama": "Kartu Identitas Anak (KIA)",
        "ringkasan": "Kartu identitas untuk anak berumur 0 sampai kurang dari 17 tahun; berguna "
        "untuk mendaftar sekolah, membuka tabungan dan berobat.",
        "kata_kunci": "KIA, kartu identitas anak, kartu anak, identitas anak",
        "unit": [*UNIT, "kantor-kecamatan-beji"],
        "jangka_waktu": "1 hari kerja",
        "keterangan_biaya": GRATIS,
        "produk": "Kartu Identitas Anak (dengan foto untuk anak berumur 5 tahun ke atas).",
        "dasar_hukum": ADDUK + "; Permendagri 2/2016 tentang Kartu Identitas Anak.",
        "persyaratan": [
            ("Kutipan akta kelahiran anak", "fotokopi 1 lembar, asli ditunjukkan"),
            ("Kartu Keluarga orang tua", "asli, cukup ditunjukkan"),
            ("Pas foto berwarna anak ukuran 2x3", "2 lembar, untuk anak berumur 5 tahun ke atas"),
        ],
        "langkah": [
            "Orang tua datang ke loket membawa persyaratan.",
            "Petugas memeriksa data anak di SIAK.",
            "KIA dicetak dan diserahkan kepada orang tua.",
        ],
        "bidang": PENDAFTARAN,
        "pelaksana": "2 orang: 1 petugas loket, 1 operator cetak",
        "kompetensi": "Memahami Permendagri 2/2016 dan mampu mengoperasikan SIAK serta printer "
        "kartu",
        "sarana": "layanan KIA keliling ke sekolah dasar dan TK",
    },
    {
        "slug": "akta-perkawinan",
        "nama": "Pencatatan Perkawinan (Akta Perkawinan) bagi Non-Muslim",
        "ringkasan": "Pencatatan perkawinan yang sudah disahkan menurut agama Kristen, Katolik, "
        "Hindu, Buddha, Khonghucu atau penghayat kepercayaan. Perkawinan muslim dicatat di KUA.",
        "kata_kunci": "akta perkawinan, akta nikah, catatan sipil nikah, pernikahan non muslim, "
        "kawin gereja",
        "unit": ["kantor-dispendukcapil"],
        "jangka_waktu": "1 hari kerja setelah pencatatan",
        "keterangan_biaya": GRATIS,
        "produk": "Kutipan Akta Perkawinan untuk suami dan istri, serta KK baru.",
        "dasar_hukum": ADDUK + "; UU 1/1974 tentang Perkawinan sebagaimana diubah dengan "
        "UU 16/2019.",
        "persyaratan": [
            ("Surat keterangan telah terjadinya perkawinan dari pemuka agama/penghayat", "asli"),
            ("Pas foto berdampingan suami-istri ukuran 4x6", "2 lembar"),
            ("Kartu Keluarga dan KTP-el kedua mempelai", "asli, cukup ditunjukkan"),
            ("Akta perceraian atau akta kematian pasangan terdahulu", "bila pernah kawin"),
            ("Izin komandan", "bagi anggota TNI/Polri"),
        ],
        "langkah": [
            "Laporkan perkawinan paling lambat 60 hari setelah pemberkatan.",
            "Serahkan berkas dan formulir F-2.01 di loket pencatatan sipil.",
            "Pejabat pencatatan sipil memeriksa berkas dan mencatat dalam register akta.",
            "Akta perkawinan diterbitkan dan KK suami-istri diperbarui.",
        ],
        "bidang": CAPIL,
        "pelaksana": "3 orang: 1 petugas loket, 1 operator, 1 pejabat pencatatan sipil",
        "kompetensi": KOMPETENSI_CAPIL + "; memahami UU Perkawinan",
    },
    {
        "slug": "akta-perceraian",
        "nama": "Pencatatan Perceraian (Akta Perceraian)",
        "ringkasan": "Pencatatan perceraian bagi non-muslim berdasarkan putusan pengadilan negeri "
        "yang berkekuatan hukum tetap.",
        "kata_kunci": "akta perceraian, akta cerai, catat cerai, putusan cerai",
        "unit": ["kantor-dispendukcapil"],
        "jangka_waktu": "1 hari kerja",
        "keterangan_biaya": GRATIS,
        "produk": "Kutipan Akta Perceraian dan KK masing-masing pihak.",
        "dasar_hukum": ADDUK + "; UU 1/1974 tentang Perkawinan (Pasal 39–41).",
        "persyaratan": [
            ("Salinan putusan pengadilan yang berkekuatan hukum tetap", "asli/salinan resmi"),
            ("Kutipan akta perkawinan", "asli, ditarik untuk diarsipkan"),
            ("Kartu Keluarga", "asli, cukup ditunjukkan"),
        ],
        "langkah": [
            "Laporkan paling lambat 60 hari setelah putusan berkekuatan hukum tetap.",
            "Serahkan berkas di loket pencatatan sipil.",
            "Pejabat pencatatan sipil mencatat perceraian pada register akta perkawinan.",
            "Akta perceraian diterbitkan dan status di KK diperbarui.",
        ],
        "bidang": CAPIL,
        "pelaksana": "2 orang: 1 operator, 1 pejabat pencatatan sipil",
        "kompetensi": KOMPETENSI_CAPIL + "; mampu membaca amar putusan pengadilan",
    },
    {
        "slug": "legalisasi-dokumen-kependudukan",
        "nama": "Legalisasi Salinan Dokumen Kependudukan",
        "ringkasan": "Cap dan paraf pengesahan pada fotokopi akta pencatatan sipil yang masih "
        "berformat lama, untuk keperluan yang masih meminta fotokopi dilegalisasi.",
        "kata_kunci": "legalisir, legalisasi, legalisir akta, cap basah, fotokopi sah",
        "unit": ["kantor-dispendukcapil"],
        "jangka_waktu": "Selesai saat itu juga (paling lama 30 menit)",
        "keterangan_biaya": GRATIS + " Dokumen bertanda tangan elektronik tidak perlu "
        "dilegalisasi: keasliannya dicek dengan kode QR.",
        "produk": "Fotokopi dokumen yang disahkan dengan cap dan paraf pejabat.",
        "dasar_hukum": ADDUK + "; Surat Edaran Dirjen Dukcapil tentang dokumen kependudukan "
        "bertanda tangan elektronik.",
        "persyaratan": [
            ("Dokumen asli yang akan dilegalisasi", "ditunjukkan kepada petugas"),
            ("Fotokopi dokumen", "paling banyak 5 lembar per dokumen"),
        ],
        "langkah": [
            "Serahkan dokumen asli dan fotokopinya di loket.",
            "Petugas mencocokkan fotokopi dengan dokumen asli dan register.",
            "Fotokopi dicap dan diparaf oleh pejabat yang berwenang.",
        ],
        "bidang": CAPIL,
        "pelaksana": "2 orang: 1 petugas loket, 1 pejabat pengesah",
        "kompetensi": "Mampu membedakan dokumen asli dan palsu serta membaca tanda tangan "
        "elektronik",
    },
    {
        "slug": "aktivasi-ikd",
        "nama": "Aktivasi Identitas Kependudukan Digital (IKD)",
        "ringkasan": "Aktivasi identitas digital di ponsel Android atau iPhone sehingga data "
        "diri dan dokumen kependudukan keluarga bisa ditunjukkan tanpa membawa kartu.",
        "kata_kunci": "IKD, identitas digital, identitas kependudukan digital, aplikasi dukcapil",
        "unit": [*UNIT, "kantor-kecamatan-pandaan"],
        "tautan": "https://dukcapil.kemendagri.go.id",
        "jangka_waktu": "15 menit",
        "keterangan_biaya": GRATIS,
        "produk": "Akun IKD aktif di aplikasi Identitas Kependudukan Digital.",
        "dasar_hukum": ADDUK + "; Permendagri 72/2022 (Bab Identitas Kependudukan Digital).",
        "persyaratan": [
            ("Sudah memiliki KTP-el", "NIK sudah terekam"),
            ("Ponsel dengan aplikasi IKD terpasang", "alamat email dan nomor ponsel aktif"),
        ],
        "langkah": [
            "Pasang aplikasi Identitas Kependudukan Digital dari toko aplikasi resmi.",
            "Isi NIK, email dan nomor ponsel, lalu lakukan swafoto.",
            "Datang ke petugas untuk memindai kode QR aktivasi.",
            "Buka email aktivasi dan buat PIN.",
        ],
        "bidang": PENDAFTARAN,
        "pelaksana": "2 orang operator IKD di setiap lokasi",
        "kompetensi": "Menguasai aplikasi IKD dan mampu membimbing warga yang belum terbiasa "
        "memakai ponsel pintar",
    },
]
