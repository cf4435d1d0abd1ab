"""Perhubungan (Dishub), jalan dan tata ruang (DPUPR), bencana (BPBD), ketertiban (Satpol PP)."""

# En dashes in ranges (Senin to Kamis, 07.30 to 15.30) and the multiplication sign are the
# correct typography for these public texts, so RUF001 is off for this data module.

LLAJ = "UU 22/2009 tentang Lalu Lintas dan Angkutan Jalan"
BENCANA = (
    "UU 24/2007 tentang Penanggulangan Bencana; PP 21/2008 tentang Penyelenggaraan "
    "Penanggulangan Bencana"
)
SATPOL = "PP 16/2018 tentang Satuan Polisi Pamong Praja"

LAYANAN = [
    {
        "slug": "pengujian-kendaraan-bermotor",
        "opd": "dishub",
        "kategori": "perhubungan",
        "nama": "Pengujian Berkala Kendaraan Bermotor (Uji KIR)",
        "ringkasan": "Uji kelaikan jalan berkala untuk mobil barang, pikap, bus dan angkutan "
        "umum setiap 6 bulan; hasilnya kartu uji elektronik BLUe.",
        "kata_kunci": "KIR, uji KIR, uji kendaraan, buku KIR, kartu uji, BLUe, uji berkala, "
        "truk, pikap",
        "pengguna": "semua",
        "unit": ["uptd-pengujian-kendaraan"],
        "jangka_waktu": "Sekitar 60 menit untuk satu kendaraan bila lulus uji",
        "biaya": 87000,
        "keterangan_biaya": "Retribusi pengujian kendaraan bermotor untuk mobil barang ringan "
        "sesuai Perda; kendaraan besar dikenai tarif lebih tinggi. Dibayar nontunai.",
        "produk": "Kartu uji Bukti Lulus Uji elektronik (BLUe) dan stiker tanda lulus uji, "
        "berlaku 6 bulan.",
        "dasar_hukum": LLAJ + "; PP 55/2012 tentang Kendaraan; Permenhub PM 19/2021 tentang "
        "Pengujian Berkala Kendaraan Bermotor.",
        "persyaratan": [
            ("STNK yang masih berlaku", "asli dan 1 lembar fotokopi"),
            ("Kartu uji BLUe lama", "asli, untuk uji ulang"),
            ("Identitas pemilik atau surat kuasa", "fotokopi"),
            ("Sertifikat registrasi uji tipe (SRUT)", "untuk uji pertama kendaraan baru"),
        ],
        "langkah": [
            "Daftar di loket UPT Pengujian dan bayar retribusi nontunai.",
            "Kendaraan masuk jalur uji: emisi, rem, lampu, kincup roda dan speedometer.",
            "Penguji memeriksa fisik dan dimensi kendaraan.",
            "Bila lulus, kartu BLUe dicetak; bila tidak, pemilik menerima daftar perbaikan.",
        ],
        "bidang": "UPT Pengujian Kendaraan Bermotor",
        "pelaksana": "8 penguji bersertifikat dan 3 petugas administrasi",
        "kompetensi": "Penguji kendaraan bermotor bersertifikat kompetensi Kementerian "
        "Perhubungan sesuai jenjangnya",
        "keamanan": "Alat uji dikalibrasi berkala; area uji bebas pejalan kaki dan diawasi CCTV",
    },
    {
        "slug": "izin-trayek",
        "opd": "dishub",
        "kategori": "perhubungan",
        "nama": "Izin Penyelenggaraan Angkutan Orang dalam Trayek Perdesaan",
        "ringkasan": "Izin bagi pemilik angkutan umum perdesaan (angkudes) untuk melayani "
        "trayek di dalam Kabupaten Pasuruan, termasuk perpanjangan dan penggantian kendaraan.",
        "kata_kunci": "izin trayek, angkudes, angkot, angkutan umum, trayek",
        "pengguna": "semua",
        "unit": ["mpp-maslahat"],
        "tautan": "https://oss.go.id",
        "jangka_waktu": "10 hari kerja sejak berkas lengkap",
        "keterangan_biaya": "Gratis.",
        "produk": "Izin penyelenggaraan angkutan dalam trayek dan kartu pengawasan kendaraan, "
        "berlaku 5 tahun.",
        "dasar_hukum": LLAJ + "; PP 74/2014 tentang Angkutan Jalan; Permenhub PM 15/2019 "
        "tentang Penyelenggaraan Angkutan Orang dengan Kendaraan Bermotor Umum dalam Trayek.",
        "persyaratan": [
            ("NIB dengan KBLI angkutan perdesaan", "dari OSS"),
            ("STNK dan kartu uji BLUe kendaraan", "fotokopi"),
            ("Bukti kepemilikan pool/garasi", "fotokopi"),
        ],
        "langkah": [
            "Ajukan permohonan di OSS atau gerai MPP Maslahat.",
            "Dishub memeriksa ketersediaan kuota trayek dan kendaraan.",
            "Izin dan kartu pengawasan diterbitkan.",
        ],
        "bidang": "Bidang Angkutan",
        "pelaksana": "3 petugas Bidang Angkutan",
        "kompetensi": "Memahami jaringan trayek Kabupaten Pasuruan dan standar pelayanan "
        "minimal angkutan",
    },
    {
        "slug": "penerangan-jalan-umum",
        "opd": "dishub",
        "kategori": "perhubungan",
        "nama": "Permohonan dan Laporan Penerangan Jalan Umum (PJU)",
        "ringkasan": "Usulan pemasangan lampu jalan baru atau laporan lampu jalan yang padam "
        "di jalan kabupaten.",
        "kata_kunci": "PJU, lampu jalan, lampu mati, penerangan jalan",
        "pengguna": "semua",
        "unit": ["mpp-maslahat"],
        "jangka_waktu": "Perbaikan lampu padam paling lama 5 hari kerja; pemasangan baru "
        "mengikuti anggaran tahun berikutnya",
        "keterangan_biaya": "Gratis.",
        "produk": "Perbaikan atau pemasangan lampu penerangan jalan.",
        "dasar_hukum": LLAJ + "; Permenhub PM 27/2018 tentang Alat Penerangan Jalan.",
        "persyaratan": [
            ("Lokasi titik lampu (alamat atau titik peta)", "wajib"),
            ("Foto kondisi", "bila ada"),
            ("Surat usulan desa", "untuk pemasangan baru"),
        ],
        "langkah": [
            "Laporkan melalui portal ini atau gerai MPP.",
            "Tim PJU memeriksa lokasi.",
            "Lampu diperbaiki atau usulan dimasukkan ke rencana pemasangan.",
        ],
        "bidang": "Bidang Lalu Lintas (Seksi Perlengkapan Jalan)",
        "pelaksana": "2 regu teknisi PJU dengan mobil tangga",
        "kompetensi": "Teknisi listrik bersertifikat dan terlatih bekerja di ketinggian",
        "keamanan": "Teknisi memakai sabuk pengaman dan memasang rambu saat bekerja di jalan",
    },
    {
        "slug": "informasi-tata-ruang",
        "opd": "dpupr",
        "kategori": "perhubungan",
        "nama": "Keterangan Rencana Kabupaten (KRK) dan Informasi Tata Ruang",
        "ringkasan": "Informasi peruntukan lahan, garis sempadan, koefisien dasar bangunan dan "
        "tinggi bangunan yang boleh di suatu lokasi, sebelum membeli tanah atau membangun.",
        "kata_kunci": "KRK, tata ruang, peruntukan lahan, RTRW, RDTR, sempadan, zonasi",
        "pengguna": "semua",
        "unit": ["mpp-maslahat"],
        "jangka_waktu": "3 hari kerja",
        "keterangan_biaya": "Gratis.",
        "produk": "Surat Keterangan Rencana Kabupaten atau informasi tata ruang tertulis.",
        "dasar_hukum": "UU 26/2007 tentang Penataan Ruang sebagaimana diubah dengan UU 6/2023; "
        "PP 21/2021 tentang Penyelenggaraan Penataan Ruang; PP 16/2021 tentang Bangunan "
        "Gedung; Perda Kabupaten Pasuruan tentang RTRW.",
        "persyaratan": [
            ("Titik koordinat atau peta lokasi", "dari aplikasi peta di ponsel juga boleh"),
            ("Bukti penguasaan tanah", "fotokopi, untuk KRK"),
        ],
        "langkah": [
            "Ajukan permohonan di gerai MPP Maslahat.",
            "Petugas memetakan lokasi pada peta RTRW/RDTR.",
            "KRK atau informasi tata ruang diterbitkan.",
        ],
        "bidang": "Bidang Penataan Ruang",
        "pelaksana": "3 petugas GIS dan 1 perencana tata ruang",
        "kompetensi": "Terampil memakai sistem informasi geografis; memahami RTRW dan RDTR",
    },
    {
        "slug": "laporan-jalan-rusak",
        "opd": "dpupr",
        "kategori": "perhubungan",
        "nama": "Laporan Kerusakan Jalan dan Jembatan Kabupaten",
        "ringkasan": "Laporkan jalan berlubang, jembatan rusak atau saluran tepi jalan tersumbat "
        "pada ruas jalan kabupaten; lubang berbahaya ditambal sementara lebih dulu.",
        "kata_kunci": "jalan rusak, jalan berlubang, jembatan rusak, tambal jalan, drainase",
        "pengguna": "semua",
        "unit": ["mpp-maslahat"],
        "jangka_waktu": "Peninjauan paling lambat 3 hari kerja; penambalan darurat paling lama "
        "7 hari kerja",
        "keterangan_biaya": "Gratis.",
        "produk": "Penanganan darurat (tambal sulam) atau masuk rencana pemeliharaan berkala.",
        "dasar_hukum": "UU 38/2004 tentang Jalan sebagaimana diubah dengan UU 2/2022; "
        "PP 34/2006 tentang Jalan.",
        "persyaratan": [
            ("Lokasi kerusakan", "nama jalan, desa, atau titik peta"),
            ("Foto kerusakan", "bila ada"),
        ],
        "langkah": [
            "Laporkan melalui portal ini.",
            "Petugas memeriksa status jalan (kabupaten, provinsi atau nasional).",
            "Bila jalan kabupaten, tim pemeliharaan meninjau dan menambal.",
            "Bila bukan kewenangan kabupaten, laporan diteruskan ke instansi berwenang.",
        ],
        "bidang": "Bidang Bina Marga",
        "pelaksana": "4 regu pemeliharaan rutin jalan",
        "kompetensi": "Memahami teknik pemeliharaan jalan aspal dan beton",
        "keamanan": "Lokasi pekerjaan dipasangi rambu dan petugas pengatur lalu lintas",
    },
    {
        "slug": "layanan-darurat-bencana",
        "opd": "bpbd",
        "kategori": "ketertiban",
        "nama": "Layanan Kedaruratan Bencana (Pusdalops PB 24 Jam)",
        "ringkasan": "Laporkan banjir, tanah longsor, angin kencang atau bencana lain kapan "
        "saja; Tim Reaksi Cepat BPBD akan mengkaji dan membantu warga terdampak.",
        "kata_kunci": "bencana, banjir, longsor, angin puting beliung, evakuasi, BPBD, darurat",
        "pengguna": "semua",
        "unit": ["pusdalops-bpbd"],
        "jangka_waktu": "Tim Reaksi Cepat berangkat paling lama 30 menit setelah laporan",
        "keterangan_biaya": "Gratis.",
        "produk": "Kaji cepat, evakuasi, pertolongan darurat dan laporan situasi.",
        "dasar_hukum": BENCANA + "; Peraturan BNPB 3/2016 tentang Sistem Komando Penanganan "
        "Darurat Bencana.",
        "persyaratan": [
            ("Lokasi kejadian dan perkiraan jumlah warga terdampak", "sedetail mungkin"),
        ],
        "langkah": [
            "Telepon Pusdalops BPBD atau laporkan melalui portal ini.",
            "Petugas mencatat dan meneruskan ke Tim Reaksi Cepat.",
            "TRC melakukan kaji cepat dan evakuasi bila perlu.",
            "Informasi perkembangan disampaikan kepada warga dan pimpinan daerah.",
        ],
        "bidang": "Bidang Kedaruratan dan Logistik",
        "pelaksana": "Pusdalops 10 petugas bergilir dan TRC 20 orang",
        "kompetensi": "Terlatih SAR, pertolongan pertama dan sistem komando tanggap darurat",
        "keamanan": "Petugas lapangan memakai APD, pelampung dan alat komunikasi radio",
    },
    {
        "slug": "bantuan-logistik-bencana",
        "opd": "bpbd",
        "kategori": "ketertiban",
        "nama": "Bantuan Logistik bagi Warga Terdampak Bencana",
        "ringkasan": "Bantuan makanan siap saji, selimut, terpal, perlengkapan bayi dan "
        "kebutuhan dasar bagi keluarga yang terdampak bencana.",
        "kata_kunci": "bantuan bencana, logistik, sembako bencana, terpal, pengungsi",
        "pengguna": "semua",
        "unit": ["pusdalops-bpbd"],
        "jangka_waktu": "Paling lama 1×24 jam setelah data warga terdampak diterima",
        "keterangan_biaya": "Gratis.",
        "produk": "Paket logistik dan berita acara serah terima.",
        "dasar_hukum": BENCANA + "; Peraturan BNPB 4/2018 tentang Sistem Penanggulangan "
        "Darurat Bencana.",
        "persyaratan": [
            (
                "Surat permintaan kepala desa/camat beserta daftar keluarga terdampak",
                "asli atau foto",
            ),
        ],
        "langkah": [
            "Desa atau kecamatan mengirim data warga terdampak.",
            "BPBD memverifikasi dan menyiapkan paket logistik.",
            "Logistik diantar dan diserahkan dengan berita acara.",
        ],
        "bidang": "Bidang Kedaruratan dan Logistik",
        "pelaksana": "6 petugas gudang logistik dan relawan",
        "kompetensi": "Memahami manajemen gudang logistik kebencanaan dan standar minimum bantuan",
    },
    {
        "slug": "pemadam-kebakaran",
        "opd": "satpol-pp",
        "kategori": "ketertiban",
        "nama": "Pemadaman Kebakaran dan Penyelamatan",
        "ringkasan": "Telepon 113 untuk kebakaran rumah, lahan atau kendaraan, serta "
        "penyelamatan seperti evakuasi sarang tawon, ular dan cincin yang tersangkut.",
        "kata_kunci": "pemadam kebakaran, damkar, kebakaran, 113, penyelamatan, sarang tawon, "
        "evakuasi ular",
        "pengguna": "semua",
        "unit": ["pos-damkar-bangil"],
        "jangka_waktu": "Armada berangkat paling lama 5 menit; tiba di lokasi wilayah "
        "manajemen kebakaran paling lama 15 menit",
        "keterangan_biaya": "Gratis. Petugas dilarang meminta imbalan.",
        "produk": "Pemadaman, penyelamatan dan berita acara kejadian.",
        "dasar_hukum": SATPOL + "; PP 2/2018 tentang Standar Pelayanan Minimal; Permendagri "
        "59/2021 tentang Penerapan Standar Pelayanan Minimal.",
        "persyaratan": [
            ("Tidak ada syarat administrasi", "sebutkan alamat jelas dan jenis kejadian"),
        ],
        "langkah": [
            "Telepon 113 atau nomor pos pemadam terdekat.",
            "Operator memberangkatkan armada dan memandu warga lewat telepon.",
            "Pemadaman atau penyelamatan di lokasi.",
            "Pendinginan dan pembuatan berita acara kejadian.",
        ],
        "bidang": "Bidang Pemadam Kebakaran dan Penyelamatan",
        "pelaksana": "4 regu jaga (masing-masing 8 orang) di markas Bangil dan pos wilayah",
        "kompetensi": "Petugas pemadam bersertifikat Damkar tingkat I/II; terlatih penyelamatan "
        "di ketinggian dan air",
        "keamanan": "Petugas memakai baju tahan panas, helm dan alat bantu napas",
    },
    {
        "slug": "pengaduan-ketertiban-umum",
        "opd": "satpol-pp",
        "kategori": "ketertiban",
        "nama": "Pengaduan Gangguan Ketenteraman dan Ketertiban Umum",
        "ringkasan": "Laporkan pelanggaran perda seperti bangunan di atas saluran, pedagang "
        "yang menutup jalan, atau keramaian yang mengganggu warga sekitar.",
        "kata_kunci": "ketertiban, trantibum, pelanggaran perda, PKL, gangguan, satpol",
        "pengguna": "semua",
        "unit": [],
        "jangka_waktu": "Peninjauan paling lambat 3 hari kerja",
        "keterangan_biaya": "Gratis.",
        "produk": "Teguran, pembinaan atau penertiban sesuai perda, dan laporan tindak lanjut.",
        "dasar_hukum": SATPOL + "; Perda Kabupaten Pasuruan tentang Penyelenggaraan Ketertiban "
        "Umum dan Ketenteraman Masyarakat.",
        "persyaratan": [
            ("Lokasi dan uraian gangguan", "wajib"),
            ("Foto", "bila aman diambil"),
        ],
        "langkah": [
            "Laporkan melalui portal ini.",
            "Satpol PP meninjau lokasi dan memastikan pelanggaran.",
            "Teguran lisan/tertulis; penertiban bila tidak diindahkan.",
            "Hasil disampaikan kepada pelapor.",
        ],
        "bidang": "Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
        "pelaksana": "3 regu patroli",
        "kompetensi": "Anggota Satpol PP terlatih pendekatan humanis dan hak asasi manusia",
    },
]
