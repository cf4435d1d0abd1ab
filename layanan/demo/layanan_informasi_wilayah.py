"""Informasi publik, kecamatan, pertanian/koperasi and Kota Pasuruan's adminduk."""

# En dashes in ranges (Senin to Kamis, 07.30 to 15.30) and the multiplication sign are the
# correct typography for these public texts, so RUF001 is off for this data module.

KIP = "UU 14/2008 tentang Keterbukaan Informasi Publik"
KECAMATAN = (
    "PP 17/2018 tentang Kecamatan; Permendagri 4/2010 tentang Pedoman Pelayanan Administrasi "
    "Terpadu Kecamatan (PATEN); Peraturan Bupati Pasuruan tentang Pelimpahan Sebagian "
    "Kewenangan Bupati kepada Camat"
)
ADDUK = (
    "UU 23/2006 tentang Administrasi Kependudukan sebagaimana diubah dengan UU 24/2013; "
    "Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil"
)
UMKM = (
    "PP 7/2021 tentang Kemudahan, Pelindungan, dan Pemberdayaan Koperasi dan Usaha Mikro, "
    "Kecil, dan Menengah"
)
PPID = "Bidang Informasi dan Komunikasi Publik (PPID Utama)"
KOMPETENSI_PPID = (
    "Memahami UU KIP dan daftar informasi publik; mampu menguji konsekuensi informasi yang "
    "dikecualikan; melayani pemohon dengan ramah dan tepat waktu"
)
KOMPETENSI_PATEN = (
    "Pegawai kecamatan yang memahami PATEN, tata naskah dinas dan aplikasi register surat; "
    "mampu menjelaskan persyaratan dengan bahasa sehari-hari"
)

LAYANAN = [
    {
        "slug": "permohonan-informasi-publik",
        "opd": "diskominfo",
        "kategori": "informasi",
        "nama": "Permohonan Informasi Publik (PPID)",
        "ringkasan": "Minta salinan dokumen atau data Pemerintah Kabupaten Pasuruan, misalnya "
        "anggaran, laporan kegiatan atau daftar penerima bantuan, melalui PPID.",
        "kata_kunci": "PPID, informasi publik, permohonan data, minta data, keterbukaan "
        "informasi, salinan dokumen",
        "pengguna": "semua",
        "unit": ["kantor-ppid", "mpp-maslahat"],
        "jangka_waktu": "Paling lambat 10 hari kerja, dapat diperpanjang 7 hari kerja dengan "
        "pemberitahuan tertulis",
        "keterangan_biaya": "Gratis. Biaya penggandaan atau pengiriman salinan (bila ada) "
        "ditanggung pemohon sesuai biaya nyata.",
        "produk": "Informasi yang diminta, atau surat penolakan dengan alasan pengecualian.",
        "dasar_hukum": KIP + "; PP 61/2010 tentang Pelaksanaan UU 14/2008; Peraturan Komisi "
        "Informasi 1/2021 tentang Standar Layanan Informasi Publik.",
        "persyaratan": [
            ("Identitas pemohon (KTP-el) atau akta badan hukum", "fotokopi atau pindaian"),
            ("Rincian informasi yang diminta dan tujuan penggunaannya", "ditulis di formulir"),
        ],
        "langkah": [
            "Isi formulir permohonan di meja PPID, surat atau email PPID.",
            "Petugas mencatat dan memberi nomor registrasi permohonan.",
            "PPID meminta informasi ke OPD pemilik dan melakukan uji konsekuensi bila perlu.",
            "Informasi atau surat penolakan disampaikan kepada pemohon.",
        ],
        "bidang": PPID,
        "pelaksana": "4 petugas meja informasi dan PPID pelaksana di setiap OPD",
        "kompetensi": KOMPETENSI_PPID,
    },
    {
        "slug": "keberatan-informasi-publik",
        "opd": "diskominfo",
        "kategori": "informasi",
        "nama": "Keberatan atas Layanan Informasi Publik",
        "ringkasan": "Ajukan keberatan bila permohonan informasi ditolak, tidak dijawab atau "
        "dijawab tidak sesuai; diputus oleh atasan PPID.",
        "kata_kunci": "keberatan informasi, sengketa informasi, atasan PPID, komisi informasi",
        "pengguna": "semua",
        "unit": ["kantor-ppid"],
        "jangka_waktu": "Tanggapan atasan PPID paling lambat 30 hari kerja",
        "keterangan_biaya": "Gratis.",
        "produk": "Tanggapan tertulis atasan PPID; bila tidak puas, pemohon dapat mengajukan "
        "sengketa ke Komisi Informasi Provinsi Jawa Timur.",
        "dasar_hukum": KIP + " (Pasal 35–36); Peraturan Komisi Informasi 1/2021.",
        "persyaratan": [
            ("Nomor registrasi permohonan informasi", "wajib"),
            ("Alasan keberatan", "ditulis di formulir keberatan"),
        ],
        "langkah": [
            "Ajukan keberatan paling lambat 30 hari kerja setelah alasan keberatan muncul.",
            "Keberatan dicatat dalam register keberatan.",
            "Atasan PPID memeriksa dan memberi tanggapan tertulis.",
        ],
        "bidang": PPID,
        "pelaksana": "2 petugas register dan atasan PPID (Sekretaris Daerah)",
        "kompetensi": KOMPETENSI_PPID + "; memahami prosedur penyelesaian sengketa informasi",
    },
    {
        "slug": "pengaduan-sp4n-lapor",
        "opd": "diskominfo",
        "kategori": "informasi",
        "nama": "Pengelolaan Pengaduan SP4N-LAPOR!",
        "ringkasan": "Pengaduan, aspirasi atau permintaan informasi tentang pelayanan publik di "
        "Kabupaten Pasuruan yang masuk lewat SP4N-LAPOR! diteruskan ke OPD yang berwenang.",
        "kata_kunci": "LAPOR, SP4N, aduan, pengaduan online, lapor.go.id, keluhan pelayanan",
        "pengguna": "semua",
        "unit": ["kantor-ppid"],
        "tautan": "https://www.lapor.go.id",
        "jangka_waktu": "Diverifikasi dan diteruskan paling lambat 3 hari kerja; OPD "
        "menindaklanjuti paling lambat 5 hari kerja",
        "keterangan_biaya": "Gratis.",
        "produk": "Nomor tracking laporan dan tanggapan OPD yang dapat dipantau pelapor.",
        "dasar_hukum": "UU 25/2009 tentang Pelayanan Publik; Perpres 76/2013 tentang "
        "Pengelolaan Pengaduan Pelayanan Publik; PermenPANRB tentang Pedoman Nasional "
        "Pengelolaan Pengaduan Pelayanan Publik yang berlaku.",
        "persyaratan": [
            ("Uraian pengaduan: apa, di mana, kapan", "wajib"),
            ("Bukti pendukung", "foto atau dokumen, bila ada"),
        ],
        "langkah": [
            "Kirim laporan di lapor.go.id, aplikasi LAPOR! atau formulir aspirasi portal ini.",
            "Admin Diskominfo memverifikasi dan meneruskan ke OPD berwenang.",
            "OPD menanggapi dan menindaklanjuti.",
            "Pelapor memantau status dan memberi penilaian.",
        ],
        "bidang": PPID,
        "pelaksana": "3 admin SP4N-LAPOR! kabupaten dan penghubung di setiap OPD",
        "kompetensi": "Memahami pengelolaan pengaduan dan kewenangan setiap OPD",
        "keamanan": "Identitas pelapor dapat dirahasiakan atau anonim atas permintaan pelapor",
    },
    {
        "slug": "surat-keterangan-penelitian",
        "opd": "bakesbangpol",
        "kategori": "informasi",
        "nama": "Surat Keterangan Penelitian (SKP)",
        "ringkasan": "Surat bagi mahasiswa, peneliti atau lembaga yang akan meneliti atau "
        "mengambil data di lingkungan Pemerintah Kabupaten Pasuruan.",
        "kata_kunci": "surat penelitian, rekomendasi penelitian, izin penelitian, skripsi, "
        "riset, survei",
        "pengguna": "semua",
        "unit": ["mpp-maslahat"],
        "jangka_waktu": "3 hari kerja sejak berkas lengkap",
        "keterangan_biaya": "Gratis.",
        "produk": "Surat Keterangan Penelitian yang ditujukan kepada OPD/lokasi penelitian.",
        "dasar_hukum": "Permendagri 3/2018 tentang Penerbitan Surat Keterangan Penelitian.",
        "persyaratan": [
            ("Surat pengantar dari perguruan tinggi atau lembaga", "asli"),
            ("Proposal penelitian", "1 berkas PDF"),
            ("Identitas peneliti", "fotokopi KTP-el atau paspor"),
        ],
        "langkah": [
            "Ajukan permohonan di gerai Bakesbangpol MPP Maslahat.",
            "Petugas memeriksa kelengkapan dan lokasi penelitian.",
            "SKP diterbitkan dan ditembuskan ke lokasi penelitian.",
        ],
        "bidang": "Bidang Ketahanan Ekonomi, Sosial, Budaya, Agama dan Ormas",
        "pelaksana": "2 petugas pelayanan",
        "kompetensi": "Memahami Permendagri 3/2018 dan kewaspadaan terhadap kegiatan berisiko",
    },
    {
        "slug": "legalisasi-surat-keterangan-waris",
        "opd": "kecamatan-bangil",
        "kategori": "informasi",
        "nama": "Penguatan Surat Keterangan Waris oleh Camat",
        "ringkasan": "Camat menguatkan surat keterangan waris yang dibuat para ahli waris dan "
        "disaksikan kepala desa/lurah, untuk balik nama sertifikat atau mencairkan tabungan.",
        "kata_kunci": "surat waris, keterangan ahli waris, ahli waris, warisan, balik nama waris",
        "unit": ["kantor-kecamatan-bangil"],
        "jangka_waktu": "1 hari kerja",
        "keterangan_biaya": "Gratis.",
        "produk": "Surat keterangan waris yang dikuatkan camat, dengan nomor register kecamatan.",
        "dasar_hukum": KECAMATAN + "; Peraturan Menteri Agraria/Kepala BPN 3/1997 Pasal 111 "
        "sebagaimana diubah terakhir dengan Peraturan Menteri ATR/Kepala BPN 16/2021.",
        "persyaratan": [
            (
                "Surat keterangan waris ditandatangani semua ahli waris dan 2 saksi",
                "asli, bermeterai, sudah dikuatkan kepala desa/lurah",
            ),
            ("Akta kematian pewaris", "fotokopi"),
            ("Kartu Keluarga dan identitas para ahli waris", "fotokopi"),
        ],
        "langkah": [
            "Buat surat keterangan waris bersama seluruh ahli waris di desa/kelurahan.",
            "Bawa ke loket PATEN Kecamatan Bangil.",
            "Petugas memeriksa kelengkapan; camat menandatangani penguatan.",
            "Surat dicatat di register dan diserahkan.",
        ],
        "bidang": "Seksi Pemerintahan Kecamatan Bangil",
        "pelaksana": "2 petugas PATEN dan camat/sekretaris camat",
        "kompetensi": KOMPETENSI_PATEN + "; memahami susunan ahli waris",
    },
    {
        "slug": "rekomendasi-keramaian",
        "opd": "kecamatan-pandaan",
        "kategori": "informasi",
        "nama": "Rekomendasi Izin Keramaian dan Hajatan",
        "ringkasan": "Rekomendasi camat untuk acara yang mengundang keramaian, seperti hajatan "
        "dengan hiburan, pengajian akbar atau jalan sehat, sebelum mengurus izin ke Polsek.",
        "kata_kunci": "izin keramaian, hajatan, izin acara, rekomendasi camat, izin hiburan",
        "unit": ["kantor-kecamatan-pandaan"],
        "jangka_waktu": "2 hari kerja",
        "keterangan_biaya": "Gratis.",
        "produk": "Surat rekomendasi camat yang ditujukan ke Kapolsek.",
        "dasar_hukum": KECAMATAN + "; PP 60/2017 tentang Tata Cara Perizinan dan Pengawasan "
        "Kegiatan Keramaian Umum, Kegiatan Masyarakat Lainnya, dan Pemberitahuan Kegiatan "
        "Politik.",
        "persyaratan": [
            ("Surat pengantar kepala desa/lurah", "asli"),
            ("Rincian acara: tanggal, jam, tempat, jenis hiburan, perkiraan tamu", "tertulis"),
            ("Persetujuan tetangga sekitar bila menutup jalan", "tanda tangan"),
        ],
        "langkah": [
            "Minta pengantar di desa/kelurahan.",
            "Ajukan ke loket PATEN Kecamatan Pandaan paling lambat 7 hari sebelum acara.",
            "Trantib kecamatan memeriksa lokasi bila perlu.",
            "Rekomendasi terbit; lanjutkan ke Polsek Pandaan.",
        ],
        "bidang": "Seksi Ketenteraman dan Ketertiban Kecamatan Pandaan",
        "pelaksana": "2 petugas PATEN dan 1 petugas trantib",
        "kompetensi": KOMPETENSI_PATEN + "; memahami ketertiban umum dan jam malam hiburan",
    },
    {
        "slug": "surat-keterangan-domisili-usaha",
        "opd": "kecamatan-gempol",
        "kategori": "informasi",
        "nama": "Surat Keterangan Domisili Usaha Mikro",
        "ringkasan": "Keterangan alamat tempat usaha mikro di rumah atau kios, misalnya untuk "
        "pengajuan kredit usaha rakyat atau kemitraan.",
        "kata_kunci": "domisili usaha, surat domisili, SKDU, keterangan domisili",
        "unit": ["kantor-kecamatan-gempol"],
        "jangka_waktu": "1 hari kerja",
        "keterangan_biaya": "Gratis.",
        "produk": "Surat keterangan domisili usaha bertanda tangan camat.",
        "dasar_hukum": KECAMATAN + "; " + UMKM + ".",
        "persyaratan": [
            ("Surat pengantar kepala desa/lurah", "asli"),
            ("Identitas pemilik", "fotokopi KTP-el"),
            ("Foto tempat usaha", "berwarna"),
        ],
        "langkah": [
            "Minta surat pengantar di desa/kelurahan.",
            "Serahkan berkas ke loket PATEN Kecamatan Gempol.",
            "Surat ditandatangani camat dan dicatat di register.",
        ],
        "bidang": "Seksi Ekonomi dan Pembangunan Kecamatan Gempol",
        "pelaksana": "2 petugas PATEN",
        "kompetensi": KOMPETENSI_PATEN,
    },
    {
        "slug": "pendaftaran-erdkk-pupuk",
        "opd": "distan",
        "kategori": "ekonomi",
        "nama": "Pendaftaran Petani Penerima Pupuk Bersubsidi (e-RDKK)",
        "ringkasan": "Pendaftaran petani anggota kelompok tani agar masuk rencana kebutuhan "
        "pupuk bersubsidi, lalu dapat menebus pupuk di kios resmi dengan NIK.",
        "kata_kunci": "pupuk subsidi, RDKK, e-RDKK, kartu tani, pupuk bersubsidi, kelompok tani",
        "unit": [],
        "jangka_waktu": "Pendataan sesuai jadwal penyusunan e-RDKK tahunan; verifikasi 14 hari "
        "kerja",
        "keterangan_biaya": "Gratis. Pupuk ditebus sesuai harga eceran tertinggi (HET).",
        "produk": "Nama petani tercantum dalam e-RDKK dan alokasi pupuk per musim tanam.",
        "dasar_hukum": "UU 19/2013 tentang Perlindungan dan Pemberdayaan Petani; Perpres "
        "6/2025 tentang Tata Kelola Pupuk Bersubsidi; Permentan 10/2022 beserta perubahannya.",
        "persyaratan": [
            ("Tergabung dalam kelompok tani", "terdaftar di SIMLUHTAN"),
            ("NIK dan Kartu Keluarga", "fotokopi"),
            ("Luas lahan garapan paling luas 2 hektare", "keterangan ketua kelompok"),
        ],
        "langkah": [
            "Hubungi penyuluh pertanian di Balai Penyuluhan Pertanian kecamatan.",
            "Kelompok tani menyusun kebutuhan pupuk bersama penyuluh.",
            "Data diinput ke e-RDKK dan diverifikasi berjenjang.",
            "Petani menebus pupuk di kios resmi dengan menunjukkan NIK.",
        ],
        "bidang": "Bidang Prasarana dan Sarana Pertanian",
        "pelaksana": "Penyuluh pertanian di 24 BPP kecamatan dan 3 operator kabupaten",
        "kompetensi": "Penyuluh pertanian yang menguasai aplikasi e-RDKK dan SIMLUHTAN",
    },
    {
        "slug": "sertifikasi-halal-umk",
        "opd": "diskopum",
        "kategori": "ekonomi",
        "nama": "Fasilitasi Sertifikasi Halal Gratis bagi Usaha Mikro (Self Declare)",
        "ringkasan": "Pendampingan sertifikasi halal gratis lewat jalur pernyataan pelaku usaha "
        "(self declare) untuk produk sederhana seperti kue, keripik dan minuman.",
        "kata_kunci": "sertifikat halal, halal gratis, SEHATI, self declare, label halal",
        "pengguna": "semua",
        "unit": ["mpp-maslahat"],
        "tautan": "https://ptsp.halal.go.id",
        "jangka_waktu": "Sekitar 12 hari kerja sejak pengajuan di SIHALAL sampai sertifikat terbit",
        "keterangan_biaya": "Gratis melalui kuota fasilitasi pemerintah.",
        "produk": "Sertifikat halal dari BPJPH.",
        "dasar_hukum": "UU 33/2014 tentang Jaminan Produk Halal sebagaimana diubah dengan UU "
        "6/2023; PP 39/2021 tentang Penyelenggaraan Bidang Jaminan Produk Halal.",
        "persyaratan": [
            ("NIB", "dari OSS"),
            ("Daftar bahan dan proses produksi", "diisi bersama pendamping"),
            ("Foto produk dan tempat produksi", "berwarna"),
        ],
        "langkah": [
            "Daftar di gerai Diskop UM atau langsung di SIHALAL.",
            "Pendamping Proses Produk Halal memverifikasi bahan dan proses.",
            "Komite Fatwa menetapkan kehalalan.",
            "Sertifikat halal terbit dan dapat diunduh.",
        ],
        "bidang": "Bidang Pemberdayaan Usaha Mikro",
        "pelaksana": "2 petugas dinas dan pendamping proses produk halal mitra",
        "kompetensi": "Pendamping bersertifikat BPJPH; memahami bahan kritis kehalalan",
    },
    {
        "slug": "pendirian-koperasi",
        "opd": "diskopum",
        "kategori": "ekonomi",
        "nama": "Pendampingan Pendirian Koperasi",
        "ringkasan": "Pendampingan bagi paling sedikit 9 orang yang ingin mendirikan koperasi: "
        "rapat pendirian, anggaran dasar, akta notaris dan pengesahan badan hukum.",
        "kata_kunci": "koperasi, dirikan koperasi, badan hukum koperasi, NIK koperasi",
        "pengguna": "semua",
        "unit": ["mpp-maslahat"],
        "jangka_waktu": "Pendampingan 14 hari kerja; pengesahan badan hukum oleh Kementerian Hukum",
        "keterangan_biaya": "Pendampingan gratis. Honor notaris pembuat akta koperasi dibayar "
        "pendiri.",
        "produk": "Akta pendirian dan SK pengesahan badan hukum koperasi, serta Nomor Induk "
        "Koperasi (NIK).",
        "dasar_hukum": "UU 25/1992 tentang Perkoperasian sebagaimana diubah dengan UU 6/2023; "
        + UMKM
        + "; Permenkop 9/2018 tentang Penyelenggaraan dan Pembinaan Perkoperasian.",
        "persyaratan": [
            ("Paling sedikit 9 pendiri", "fotokopi KTP-el masing-masing"),
            ("Berita acara rapat pendirian", "asli"),
            ("Rancangan anggaran dasar", "disusun bersama pendamping"),
            ("Bukti setoran modal awal", "fotokopi"),
        ],
        "langkah": [
            "Konsultasi di gerai Diskop UM.",
            "Rapat pendirian didampingi petugas dinas.",
            "Notaris pembuat akta koperasi mengajukan pengesahan badan hukum.",
            "Koperasi didaftarkan untuk memperoleh NIK di ODS.",
        ],
        "bidang": "Bidang Kelembagaan dan Pengawasan Koperasi",
        "pelaksana": "3 penyuluh koperasi",
        "kompetensi": "Penyuluh koperasi yang memahami prinsip dan tata kelola koperasi",
    },
    {
        "slug": "pindah-datang-kota-pasuruan",
        "opd": "dispendukcapil-kota-pasuruan",
        "kategori": "kependudukan",
        "nama": "Pencatatan Pindah Datang Penduduk Kota Pasuruan",
        "ringkasan": "Pencatatan warga yang pindah ke atau dari Kota Pasuruan, termasuk pindah "
        "antarkelurahan; bisa diurus di MPP Kota Pasuruan.",
        "kata_kunci": "pindah datang kota pasuruan, pindah kelurahan, pindah alamat kota",
        "pengguna": "warga_kota",
        "unit": ["mpp-kota-pasuruan", "kantor-dispendukcapil-kota"],
        "jangka_waktu": "1 hari kerja",
        "keterangan_biaya": "Gratis sesuai Pasal 79A UU 24/2013.",
        "produk": "Surat keterangan pindah atau Kartu Keluarga baru di alamat tujuan.",
        "dasar_hukum": ADDUK + ".",
        "persyaratan": [
            ("Kartu Keluarga", "asli, ditunjukkan"),
            ("Surat keterangan pindah dari daerah asal", "untuk warga yang datang"),
        ],
        "langkah": [
            "Ambil antrean di MPP Kota Pasuruan.",
            "Petugas memproses data di SIAK Terpusat.",
            "Dokumen diterbitkan secara elektronik.",
        ],
        "bidang": "Bidang Pelayanan Pendaftaran Penduduk",
        "pelaksana": "3 petugas",
        "kompetensi": "Memahami pindah datang dalam Perpres 96/2018 dan SIAK Terpusat",
    },
    {
        "slug": "anjungan-dukcapil-mandiri-kota",
        "opd": "dispendukcapil-kota-pasuruan",
        "kategori": "kependudukan",
        "nama": "Anjungan Dukcapil Mandiri (ADM) Kota Pasuruan",
        "ringkasan": "Cetak sendiri dokumen kependudukan yang sudah terbit di mesin anjungan, "
        "tanpa antre di loket, dengan verifikasi sidik jari.",
        "kata_kunci": "ADM, anjungan mandiri, cetak mandiri, mesin dukcapil",
        "pengguna": "warga_kota",
        "unit": ["mpp-kota-pasuruan"],
        "jangka_waktu": "5 menit",
        "keterangan_biaya": "Gratis.",
        "produk": "Dokumen kependudukan tercetak dari mesin ADM.",
        "dasar_hukum": ADDUK + "; Permendagri 7/2019 tentang Pelayanan Administrasi "
        "Kependudukan secara Daring.",
        "persyaratan": [
            ("NIK yang sudah terekam biometrik", "sidik jari dipindai di mesin"),
            ("Dokumen sudah terbit di SIAK", "mis. setelah permohonan daring disetujui"),
        ],
        "langkah": [
            "Datang ke mesin ADM di MPP Kota Pasuruan.",
            "Masukkan NIK dan pindai sidik jari.",
            "Pilih dokumen dan cetak.",
        ],
        "bidang": "Bidang Pemanfaatan Data dan Inovasi Pelayanan",
        "pelaksana": "1 petugas pendamping mesin",
        "kompetensi": "Mampu membantu warga memakai mesin dan mengganti bahan cetak",
    },
]
