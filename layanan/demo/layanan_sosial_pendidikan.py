"""Sosial (Dinas Sosial) and pendidikan (Dinas Pendidikan)."""

# En dashes in ranges (Senin to Kamis, 07.30 to 15.30) and the multiplication sign are the
# correct typography for these public texts, so RUF001 is off for this data module.

SOSIAL = (
    "UU 11/2009 tentang Kesejahteraan Sosial; UU 13/2011 tentang Penanganan Fakir Miskin; "
    "Inpres 4/2025 tentang Data Tunggal Sosial dan Ekonomi Nasional"
)
SISDIKNAS = "UU 20/2003 tentang Sistem Pendidikan Nasional"
DINSOS = ["kantor-dinsos", "mpp-maslahat"]
DISPENDIK = ["kantor-dispendik", "mpp-maslahat"]
DATA_SOSIAL = "Bidang Perlindungan dan Jaminan Sosial"
KOMPETENSI_DATA = (
    "Memahami kriteria kemiskinan dan pengelolaan data kesejahteraan sosial; terlatih "
    "memakai SIKS-NG; bersikap empatik kepada warga rentan"
)

LAYANAN = [
    {
        "slug": "sktm",
        "opd": "dinsos",
        "kategori": "sosial",
        "nama": "Surat Keterangan Tidak Mampu (SKTM)",
        "ringkasan": "Surat keterangan bagi keluarga kurang mampu untuk keringanan biaya berobat, "
        "sekolah atau beracara di pengadilan. Diawali surat pengantar desa atau kelurahan.",
        "kata_kunci": "SKTM, surat keterangan tidak mampu, surat miskin, keterangan miskin, "
        "keringanan biaya",
        "unit": DINSOS,
        "jangka_waktu": "1 hari kerja",
        "keterangan_biaya": "Gratis.",
        "produk": "Surat Keterangan Tidak Mampu yang mencantumkan status dalam data tunggal "
        "sosial ekonomi, berlaku untuk satu keperluan.",
        "dasar_hukum": SOSIAL + "; Permensos 3/2021 tentang Pengelolaan Data Terpadu "
        "Kesejahteraan Sosial.",
        "persyaratan": [
            ("Surat pengantar kepala desa/lurah", "asli, menyebut keperluan SKTM"),
            ("Kartu Keluarga", "asli, cukup ditunjukkan"),
            ("Surat dari rumah sakit, sekolah atau pengadilan yang meminta SKTM", "fotokopi"),
        ],
        "langkah": [
            "Minta surat pengantar di kantor desa/kelurahan.",
            "Bawa persyaratan ke loket Dinas Sosial atau gerai MPP Maslahat.",
            "Petugas memeriksa status keluarga dalam data tunggal sosial ekonomi.",
            "SKTM ditandatangani dan diserahkan; bila belum terdata, petugas membantu usulan "
            "pendataan.",
        ],
        "bidang": DATA_SOSIAL,
        "pelaksana": "3 orang: 1 petugas loket, 2 operator data",
        "kompetensi": KOMPETENSI_DATA,
    },
    {
        "slug": "usulan-dtsen",
        "opd": "dinsos",
        "kategori": "sosial",
        "nama": "Usulan Masuk Data Tunggal Sosial Ekonomi (DTSEN/DTKS)",
        "ringkasan": "Usulan agar keluarga kurang mampu tercatat dalam data tunggal sosial "
        "ekonomi, syarat untuk menerima bantuan sosial seperti PKH dan sembako.",
        "kata_kunci": "DTKS, DTSEN, daftar bansos, bantuan sosial, PKH, BPNT, sembako, "
        "cek bansos, data miskin",
        "unit": DINSOS,
        "tautan": "https://cekbansos.kemensos.go.id",
        "jangka_waktu": "Usulan diverifikasi Dinas Sosial dalam 14 hari kerja; penetapan "
        "mengikuti jadwal pemutakhiran nasional",
        "keterangan_biaya": "Gratis. Waspadai pihak yang menjanjikan bansos dengan imbalan.",
        "produk": "Status keluarga dalam DTSEN yang dapat dicek di situs Cek Bansos.",
        "dasar_hukum": SOSIAL + "; Permensos 3/2021 tentang Pengelolaan DTKS.",
        "persyaratan": [
            ("Kartu Keluarga dengan NIK yang valid", "asli, cukup ditunjukkan"),
            (
                "Hasil musyawarah desa/kelurahan atau usulan mandiri",
                "melalui operator desa atau aplikasi Cek Bansos",
            ),
        ],
        "langkah": [
            "Ajukan usulan melalui operator desa/kelurahan atau fitur usul di aplikasi Cek Bansos.",
            "Pendamping sosial mengunjungi rumah untuk verifikasi.",
            "Dinas Sosial memvalidasi dan mengirim usulan ke Kementerian Sosial.",
            "Hasil pemeringkatan nasional dapat dicek di situs Cek Bansos.",
        ],
        "bidang": DATA_SOSIAL,
        "pelaksana": "4 operator data dinas dan pendamping sosial di 24 kecamatan",
        "kompetensi": KOMPETENSI_DATA,
    },
    {
        "slug": "jaminan-kesehatan-daerah",
        "opd": "dinsos",
        "kategori": "sosial",
        "nama": "Pendaftaran Jaminan Kesehatan Daerah (PBI JK APBD)",
        "ringkasan": "Pendaftaran warga kurang mampu sebagai peserta JKN yang iurannya dibayar "
        "Pemerintah Kabupaten Pasuruan, termasuk pengaktifan segera bagi pasien rawat inap.",
        "kata_kunci": "BPJS gratis, PBI, KIS, jaminan kesehatan daerah, UHC, BPJS PBI, "
        "iuran BPJS dibayar pemerintah",
        "unit": [*DINSOS, "rsud-bangil"],
        "jangka_waktu": "Kepesertaan aktif paling lama 1 hari kerja setelah rekomendasi "
        "(program UHC)",
        "keterangan_biaya": "Gratis; iuran dibayar dari APBD Kabupaten Pasuruan.",
        "produk": "Kepesertaan JKN segmen PBI APBD yang aktif dan dapat dipakai di fasilitas "
        "kesehatan.",
        "dasar_hukum": SOSIAL + "; PP 101/2012 tentang Penerima Bantuan Iuran Jaminan Kesehatan "
        "sebagaimana diubah dengan PP 76/2015; Perpres 82/2018 tentang Jaminan Kesehatan.",
        "persyaratan": [
            ("Kartu Keluarga dan NIK terdaftar di Kabupaten Pasuruan", "asli, ditunjukkan"),
            ("Surat pengantar desa/kelurahan", "asli"),
            ("Surat keterangan rawat inap dari rumah sakit", "bila sedang dirawat"),
        ],
        "langkah": [
            "Ajukan di loket Dinas Sosial, gerai MPP atau petugas sosial di RSUD.",
            "Petugas memeriksa NIK dan status kepesertaan.",
            "Dinas Sosial mengirim data ke BPJS Kesehatan.",
            "Kepesertaan aktif dan kartu digital tampil di aplikasi Mobile JKN.",
        ],
        "bidang": DATA_SOSIAL,
        "pelaksana": "3 petugas dinas dan 2 petugas pendamping di RSUD Bangil",
        "kompetensi": KOMPETENSI_DATA + "; memahami segmen kepesertaan JKN",
    },
    {
        "slug": "penjangkauan-orang-terlantar",
        "opd": "dinsos",
        "kategori": "sosial",
        "nama": "Penjangkauan dan Rehabilitasi Sosial Orang Terlantar",
        "ringkasan": "Laporkan gelandangan, lansia atau anak terlantar dan orang dengan gangguan "
        "jiwa yang telantar di jalan; tim akan menjemput dan mencarikan tempat pemulihan.",
        "kata_kunci": "orang terlantar, gelandangan, ODGJ, lansia terlantar, anak jalanan, "
        "pengemis",
        "pengguna": "semua",
        "unit": ["kantor-dinsos"],
        "jangka_waktu": "Penjangkauan paling lambat 1×24 jam setelah laporan",
        "keterangan_biaya": "Gratis.",
        "produk": "Penjemputan, asesmen, dan rujukan ke panti, rumah sakit jiwa atau keluarga.",
        "dasar_hukum": SOSIAL + "; Permensos 16/2019 tentang Standar Nasional Rehabilitasi Sosial.",
        "persyaratan": [
            ("Laporan lokasi dan kondisi orang yang dilaporkan", "foto bila aman diambil"),
        ],
        "langkah": [
            "Laporkan melalui portal ini atau telepon Dinas Sosial.",
            "Tim reaksi cepat bersama Satpol PP dan puskesmas mendatangi lokasi.",
            "Asesmen kondisi dan penelusuran keluarga.",
            "Rujukan ke rumah sakit, panti sosial atau dipulangkan ke keluarga.",
        ],
        "bidang": "Bidang Rehabilitasi Sosial",
        "pelaksana": "Tim reaksi cepat 6 orang dan 24 TKSK kecamatan",
        "kompetensi": "Pekerja sosial dan TKSK terlatih asesmen dan penanganan krisis",
        "keamanan": "Tim memakai alat pelindung dan didampingi tenaga kesehatan bila menangani "
        "ODGJ",
    },
    {
        "slug": "izin-pendirian-paud",
        "opd": "dispendik",
        "kategori": "pendidikan",
        "nama": "Izin Pendirian Satuan PAUD (TK, KB, TPA, SPS)",
        "ringkasan": "Izin pendirian dan operasional bagi taman kanak-kanak, kelompok bermain, "
        "taman penitipan anak dan satuan PAUD sejenis yang didirikan masyarakat atau yayasan.",
        "kata_kunci": "izin PAUD, izin TK, pendirian TK, izin kelompok bermain, izin operasional "
        "sekolah, NPSN",
        "pengguna": "semua",
        "unit": DISPENDIK,
        "jangka_waktu": "20 hari kerja sejak berkas lengkap, termasuk visitasi",
        "keterangan_biaya": "Gratis.",
        "produk": "Izin pendirian satuan PAUD dan pengajuan NPSN ke Kementerian.",
        "dasar_hukum": SISDIKNAS + "; Permendikbud 84/2014 tentang Pendirian Satuan Pendidikan "
        "Anak Usia Dini.",
        "persyaratan": [
            ("Akta pendirian yayasan dan SK Kemenkumham", "fotokopi dilegalisasi notaris"),
            ("Hasil studi kelayakan dan rencana induk pengembangan", "jilid"),
            ("Bukti penguasaan lahan dan bangunan", "sertifikat atau sewa minimal 5 tahun"),
            ("Data pendidik dan tenaga kependidikan", "beserta ijazah"),
            ("Kurikulum dan rencana program pembelajaran", "1 jilid"),
        ],
        "langkah": [
            "Ajukan permohonan ke Dinas Pendidikan melalui loket atau gerai MPP.",
            "Tim memeriksa dokumen dan melakukan visitasi.",
            "Rekomendasi tim disampaikan kepada Kepala Dinas.",
            "Izin terbit dan lembaga didaftarkan untuk memperoleh NPSN.",
        ],
        "bidang": "Bidang Pembinaan PAUD dan Pendidikan Nonformal",
        "pelaksana": "2 petugas loket dan tim visitasi 4 orang",
        "kompetensi": "Memahami standar nasional PAUD dan Permendikbud 84/2014",
    },
    {
        "slug": "legalisasi-ijazah",
        "opd": "dispendik",
        "kategori": "pendidikan",
        "nama": "Legalisasi Fotokopi Ijazah SD dan SMP",
        "ringkasan": "Pengesahan fotokopi ijazah SD/SMP bila sekolah asal sudah tutup atau "
        "bergabung; bila sekolah masih ada, legalisasi dilakukan kepala sekolah.",
        "kata_kunci": "legalisir ijazah, legalisasi ijazah, ijazah SD, ijazah SMP, STTB",
        "unit": DISPENDIK,
        "jangka_waktu": "Hari yang sama",
        "keterangan_biaya": "Gratis.",
        "produk": "Fotokopi ijazah yang disahkan dengan cap dan tanda tangan pejabat.",
        "dasar_hukum": SISDIKNAS + "; Permendikbud 29/2014 tentang Pengesahan Fotokopi "
        "Ijazah/STTB, Surat Keterangan Pengganti Ijazah dan Surat Keterangan Hasil Ujian.",
        "persyaratan": [
            ("Ijazah asli", "ditunjukkan"),
            ("Fotokopi ijazah", "paling banyak 10 lembar"),
        ],
        "langkah": [
            "Serahkan ijazah asli dan fotokopinya di loket.",
            "Petugas mencocokkan dengan buku induk/arsip.",
            "Fotokopi disahkan dan ijazah asli dikembalikan.",
        ],
        "bidang": "Bidang Pembinaan SD dan SMP",
        "pelaksana": "2 petugas loket dan 1 pejabat pengesah",
        "kompetensi": "Mengenali blangko ijazah dari tahun ke tahun dan tanda pengaman",
    },
    {
        "slug": "pengganti-ijazah",
        "opd": "dispendik",
        "kategori": "pendidikan",
        "nama": "Surat Keterangan Pengganti Ijazah SD/SMP",
        "ringkasan": "Surat yang berkekuatan hukum sama dengan ijazah, untuk ijazah SD/SMP yang "
        "hilang atau rusak. Ijazah tidak dapat diterbitkan ulang.",
        "kata_kunci": "ijazah hilang, ijazah rusak, pengganti ijazah, surat keterangan pengganti",
        "unit": DISPENDIK,
        "jangka_waktu": "5 hari kerja",
        "keterangan_biaya": "Gratis.",
        "produk": "Surat Keterangan Pengganti Ijazah.",
        "dasar_hukum": SISDIKNAS + "; Permendikbud 29/2014.",
        "persyaratan": [
            ("Surat keterangan kehilangan dari kepolisian", "asli, bila hilang"),
            ("Ijazah yang rusak", "asli, bila rusak"),
            ("Fotokopi ijazah atau data dari sekolah", "bila ada"),
            ("Saksi 2 orang teman sekelas", "membawa ijazahnya"),
        ],
        "langkah": [
            "Ajukan permohonan di loket Dinas Pendidikan.",
            "Petugas memeriksa buku induk sekolah asal.",
            "Berita acara dibuat bersama saksi.",
            "Surat keterangan pengganti ditandatangani Kepala Dinas.",
        ],
        "bidang": "Bidang Pembinaan SD dan SMP",
        "pelaksana": "2 petugas dan 1 pejabat penandatangan",
        "kompetensi": "Memahami tata cara penerbitan surat keterangan pengganti ijazah",
    },
    {
        "slug": "mutasi-siswa",
        "opd": "dispendik",
        "kategori": "pendidikan",
        "nama": "Rekomendasi Pindah Sekolah (Mutasi Siswa) SD dan SMP",
        "ringkasan": "Rekomendasi bagi murid SD/SMP yang pindah sekolah, masuk dari luar "
        "daerah, atau pindah ke/dari madrasah.",
        "kata_kunci": "pindah sekolah, mutasi siswa, mutasi murid, surat pindah sekolah",
        "pengguna": "semua",
        "unit": DISPENDIK,
        "jangka_waktu": "1 hari kerja",
        "keterangan_biaya": "Gratis.",
        "produk": "Surat rekomendasi mutasi dan pemindahan data murid di Dapodik.",
        "dasar_hukum": SISDIKNAS + "; Permendikdasmen 3/2025 tentang Sistem Penerimaan Murid "
        "Baru (ketentuan perpindahan murid).",
        "persyaratan": [
            ("Surat keterangan pindah dari sekolah asal", "asli"),
            ("Surat keterangan diterima dari sekolah tujuan", "asli"),
            ("Rapor", "asli, ditunjukkan"),
        ],
        "langkah": [
            "Minta surat pindah di sekolah asal dan surat diterima di sekolah tujuan.",
            "Serahkan ke loket Dinas Pendidikan.",
            "Rekomendasi terbit dan data murid dipindahkan di Dapodik.",
        ],
        "bidang": "Bidang Pembinaan SD dan SMP",
        "pelaksana": "2 petugas loket dan 1 operator Dapodik",
        "kompetensi": "Memahami Dapodik dan ketentuan daya tampung rombongan belajar",
    },
    {
        "slug": "spmb",
        "opd": "dispendik",
        "kategori": "pendidikan",
        "nama": "Sistem Penerimaan Murid Baru (SPMB) SD dan SMP Negeri",
        "ringkasan": "Pendaftaran murid baru SD dan SMP negeri melalui jalur domisili, "
        "afirmasi, mutasi tugas orang tua dan prestasi, tanpa pungutan.",
        "kata_kunci": "SPMB, PPDB, daftar sekolah, pendaftaran SD, pendaftaran SMP, zonasi, "
        "domisili",
        "unit": DISPENDIK,
        "jangka_waktu": "Sesuai jadwal SPMB tahunan; pengumuman paling lambat 5 hari setelah "
        "pendaftaran ditutup",
        "keterangan_biaya": "Gratis. Sekolah negeri dilarang memungut biaya pendaftaran.",
        "produk": "Pengumuman hasil seleksi dan bukti diterima di sekolah negeri.",
        "dasar_hukum": SISDIKNAS + "; Permendikdasmen 3/2025 tentang Sistem Penerimaan Murid "
        "Baru; Peraturan Bupati Pasuruan tentang Petunjuk Teknis SPMB.",
        "persyaratan": [
            (
                "Kartu Keluarga yang terbit paling lambat 1 tahun sebelum pendaftaran",
                "untuk jalur domisili",
            ),
            ("Akta kelahiran calon murid", "untuk bukti umur"),
            ("Bukti keikutsertaan program penanganan keluarga tidak mampu", "jalur afirmasi"),
            ("Sertifikat prestasi", "jalur prestasi, paling lama 3 tahun terakhir"),
        ],
        "langkah": [
            "Baca petunjuk teknis dan daya tampung sekolah yang diumumkan Dinas Pendidikan.",
            "Daftar secara daring atau di sekolah tujuan.",
            "Verifikasi berkas oleh panitia sekolah.",
            "Lihat pengumuman dan lakukan daftar ulang.",
        ],
        "bidang": "Bidang Pembinaan SD dan SMP",
        "pelaksana": "Panitia SPMB dinas 10 orang dan panitia di setiap sekolah negeri",
        "kompetensi": "Memahami juknis SPMB dan aplikasi pendaftaran; menjaga keadilan seleksi",
        "evaluasi": "pengaduan SPMB direkap harian selama masa pendaftaran",
    },
]
