"""Pajak daerah (Bapenda Kabupaten Pasuruan)."""

# En dashes in ranges (Senin to Kamis, 07.30 to 15.30) and the multiplication sign are the
# correct typography for these public texts, so RUF001 is off for this data module.

HKPD = (
    "UU 1/2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah; "
    "PP 35/2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi Daerah; Perda Kabupaten "
    "Pasuruan tentang Pajak Daerah dan Retribusi Daerah"
)
BAWAAN = {"opd": "bapenda", "kategori": "pajak", "pengguna": "semua"}
UNIT = ["kantor-bapenda", "mpp-maslahat"]
PBB = "Bidang Pajak Bumi dan Bangunan"
PDL = "Bidang Pajak Daerah Lainnya"
KOMPETENSI_PAJAK = (
    "Memahami UU HKPD dan Perda Pajak Daerah; terlatih memakai aplikasi pajak daerah dan "
    "memeriksa laporan omzet; mampu menjelaskan cara menghitung pajak kepada wajib pajak"
)

LAYANAN = [
    {
        "slug": "pbb-p2",
        "nama": "Pelayanan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)",
        "ringkasan": "Cetak ulang SPPT, pendaftaran objek baru, mutasi atau balik nama objek, "
        "pembetulan luas dan informasi tagihan PBB.",
        "kata_kunci": "PBB, pajak bumi dan bangunan, SPPT, SPPT PBB, PBB-P2, bayar PBB, "
        "cek tagihan PBB, mutasi PBB, balik nama PBB, pajak tanah",
        "unit": UNIT,
        "jangka_waktu": "Cetak ulang SPPT dan informasi tagihan: saat itu juga; mutasi dan "
        "pembetulan: 10 hari kerja",
        "keterangan_biaya": "Pelayanan gratis. Besarnya PBB terutang tercantum di SPPT dan "
        "dibayar di Bank Jatim, kantor pos, minimarket mitra atau QRIS.",
        "produk": "SPPT PBB-P2, surat keterangan lunas, atau SPPT hasil mutasi/pembetulan.",
        "dasar_hukum": HKPD + "; Peraturan Bupati Pasuruan tentang Tata Cara Pemungutan PBB-P2.",
        "persyaratan": [
            (
                "Formulir Surat Pemberitahuan Objek Pajak (SPOP/LSPOP)",
                "untuk pendaftaran, mutasi dan pembetulan",
            ),
            ("SPPT tahun terakhir atau nomor objek pajak (NOP)", "fotokopi"),
            ("Identitas wajib pajak", "fotokopi 1 lembar"),
            (
                "Bukti kepemilikan: sertifikat, akta jual beli, akta hibah atau surat waris",
                "fotokopi dilegalisasi, untuk mutasi",
            ),
        ],
        "langkah": [
            "Ambil nomor antrean di loket PBB Bapenda atau gerai MPP Maslahat.",
            "Sampaikan NOP atau berkas permohonan kepada petugas.",
            "Untuk mutasi/pembetulan, petugas meneliti berkas dan bila perlu meninjau lapangan.",
            "Data objek diperbarui di basis data PBB.",
            "SPPT atau surat keterangan diserahkan kepada wajib pajak.",
        ],
        "bidang": PBB,
        "pelaksana": "6 orang: 2 petugas loket, 2 operator basis data, 2 petugas lapangan",
        "kompetensi": KOMPETENSI_PAJAK + "; memahami penilaian NJOP dan peta blok",
        "evaluasi": "realisasi penerimaan PBB per desa dipantau setiap pekan menjelang jatuh tempo",
    },
    {
        "slug": "bphtb",
        "nama": "Validasi Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)",
        "ringkasan": "Penelitian dan validasi setoran bea yang wajib dibayar pembeli, penerima "
        "hibah atau ahli waris sebelum akta ditandatangani atau sertifikat dibalik nama.",
        "kata_kunci": "BPHTB, bea perolehan hak, pajak jual beli tanah, pajak balik nama "
        "sertifikat, validasi SSPD",
        "unit": UNIT,
        "jangka_waktu": "3 hari kerja sejak berkas lengkap (1 hari kerja bila tidak perlu "
        "verifikasi lapangan)",
        "keterangan_biaya": "Pelayanan gratis. BPHTB = 5% × (NPOP - NPOPTKP); NPOPTKP dan "
        "ketentuan waris/hibah wasiat mengikuti Perda.",
        "produk": "Surat Setoran Pajak Daerah (SSPD) BPHTB yang tervalidasi.",
        "dasar_hukum": HKPD + "; Peraturan Bupati Pasuruan tentang Tata Cara Pemungutan BPHTB.",
        "persyaratan": [
            ("SSPD BPHTB yang sudah dibayar", "asli dan 1 lembar fotokopi"),
            ("SPPT tahun berjalan atas objek yang dialihkan", "fotokopi"),
            ("Identitas wajib pajak", "fotokopi"),
            ("Draf akta PPAT atau surat keterangan waris", "fotokopi"),
            ("Sertifikat tanah", "fotokopi"),
        ],
        "langkah": [
            "PPAT/notaris atau wajib pajak mengisi SSPD dan membayar di bank.",
            "Berkas diserahkan ke loket BPHTB.",
            "Petugas meneliti nilai transaksi dan NJOP; bila perlu verifikasi lapangan.",
            "SSPD divalidasi dan dapat dipakai untuk pendaftaran di Kantor Pertanahan.",
        ],
        "bidang": PBB,
        "pelaksana": "4 orang: 1 petugas loket, 2 peneliti, 1 petugas validasi",
        "kompetensi": KOMPETENSI_PAJAK + "; memahami harga pasar tanah per zona",
    },
    {
        "slug": "pajak-makanan-minuman",
        "nama": "Pendaftaran dan Pelaporan Pajak Makanan dan Minuman (PBJT Restoran)",
        "ringkasan": "Pendaftaran NPWPD dan pelaporan bulanan pajak barang dan jasa tertentu "
        "atas makanan dan minuman bagi rumah makan, kafe, depot dan jasa boga.",
        "kata_kunci": "pajak restoran, pajak rumah makan, pajak kafe, PBJT makanan minuman, "
        "NPWPD, pajak katering",
        "unit": UNIT,
        "jangka_waktu": "NPWPD terbit 1 hari kerja; laporan bulanan diterima saat itu juga",
        "keterangan_biaya": "Pendaftaran gratis. Tarif PBJT 10% dari pembayaran konsumen, "
        "disetor dan dilaporkan setiap bulan sesuai batas waktu Perda.",
        "produk": "Nomor Pokok Wajib Pajak Daerah (NPWPD) dan bukti penerimaan laporan.",
        "dasar_hukum": HKPD + ".",
        "persyaratan": [
            ("Formulir pendaftaran wajib pajak daerah", "diisi dan ditandatangani"),
            ("Identitas pemilik dan NIB", "fotokopi"),
            ("Foto tempat dan daftar menu dengan harga", "berwarna"),
        ],
        "langkah": [
            "Daftar di loket Bapenda atau gerai MPP Maslahat.",
            "Petugas mendata lokasi dan kapasitas tempat.",
            "NPWPD diterbitkan; wajib pajak menerima akun pelaporan.",
            "Setiap bulan, wajib pajak melaporkan omzet dan menyetor pajak.",
        ],
        "bidang": PDL,
        "pelaksana": "3 petugas pendaftaran dan pendataan",
        "kompetensi": KOMPETENSI_PAJAK,
        "sarana": "alat perekam transaksi (tapping box) untuk wajib pajak beromzet besar",
    },
    {
        "slug": "pajak-perhotelan",
        "nama": "Pajak Jasa Perhotelan (PBJT Perhotelan)",
        "ringkasan": "Pendaftaran dan pelaporan pajak bagi hotel, vila, homestay dan pondok "
        "wisata, termasuk di kawasan wisata Prigen, Tretes dan Tosari.",
        "kata_kunci": "pajak hotel, pajak vila, pajak homestay, PBJT perhotelan, pajak penginapan",
        "unit": UNIT,
        "jangka_waktu": "NPWPD terbit 1 hari kerja",
        "keterangan_biaya": "Pendaftaran gratis. Tarif PBJT 10% dari tarif kamar yang dibayar "
        "tamu.",
        "produk": "NPWPD dan bukti pelaporan bulanan.",
        "dasar_hukum": HKPD + ".",
        "persyaratan": [
            ("Formulir pendaftaran wajib pajak daerah", "diisi dan ditandatangani"),
            ("NIB dan sertifikat standar penginapan", "fotokopi"),
            ("Daftar kamar dan tarif", "terbaru"),
        ],
        "langkah": [
            "Daftar di loket Bapenda.",
            "Petugas mendata jumlah kamar dan tarif.",
            "NPWPD terbit; pelaporan dan pembayaran dilakukan tiap bulan.",
        ],
        "bidang": PDL,
        "pelaksana": "2 petugas pendataan wilayah Prigen dan Tosari",
        "kompetensi": KOMPETENSI_PAJAK + "; mengenal kawasan wisata di Kabupaten Pasuruan",
    },
    {
        "slug": "pajak-reklame",
        "nama": "Penetapan Pajak Reklame",
        "ringkasan": "Penghitungan dan penetapan pajak atas reklame berdasarkan jenis, ukuran, "
        "lokasi dan lama pemasangan.",
        "kata_kunci": "pajak reklame, pajak baliho, pajak billboard, pajak spanduk",
        "unit": UNIT,
        "jangka_waktu": "1 hari kerja setelah data reklame diterima",
        "keterangan_biaya": "Pelayanan gratis. Tarif pajak reklame 25% dari Nilai Sewa Reklame "
        "(NSR).",
        "produk": "Surat Ketetapan Pajak Daerah (SKPD) reklame.",
        "dasar_hukum": HKPD + "; Peraturan Bupati Pasuruan tentang Nilai Sewa Reklame.",
        "persyaratan": [
            ("Data reklame: jenis, ukuran, lokasi, masa pasang", "dari permohonan izin"),
            ("Identitas pemilik reklame", "fotokopi"),
        ],
        "langkah": [
            "Data reklame diterima dari DPMPTSP atau diajukan langsung.",
            "Petugas menghitung NSR sesuai lokasi dan ukuran.",
            "SKPD terbit dan dibayar di bank.",
        ],
        "bidang": PDL,
        "pelaksana": "2 petugas penetapan",
        "kompetensi": KOMPETENSI_PAJAK + "; memahami klasifikasi jalan untuk NSR",
    },
    {
        "slug": "pajak-air-tanah",
        "nama": "Pajak Air Tanah",
        "ringkasan": "Pendaftaran dan penetapan pajak bagi pengambil air tanah (sumur bor) "
        "untuk industri, hotel, perumahan dan kegiatan komersial lain.",
        "kata_kunci": "pajak air tanah, sumur bor, PAT, meter air",
        "unit": ["kantor-bapenda"],
        "jangka_waktu": "Penetapan bulanan paling lama 5 hari kerja setelah pembacaan meter",
        "keterangan_biaya": "Pelayanan gratis. Tarif 20% dari Nilai Perolehan Air Tanah (NPAT) "
        "yang ditetapkan dengan Peraturan Gubernur Jawa Timur.",
        "produk": "SKPD Pajak Air Tanah setiap bulan.",
        "dasar_hukum": HKPD + "; Peraturan Gubernur Jawa Timur tentang Nilai Perolehan Air Tanah.",
        "persyaratan": [
            ("Izin pengusahaan air tanah dari Pemerintah Provinsi", "fotokopi"),
            ("Data meter air", "foto angka meter setiap bulan"),
        ],
        "langkah": [
            "Daftar sebagai wajib pajak air tanah di Bapenda.",
            "Setiap bulan, wajib pajak atau petugas membaca meter air.",
            "Bapenda menetapkan pajak dan wajib pajak membayar di bank.",
        ],
        "bidang": PDL,
        "pelaksana": "3 petugas pendataan dan pembaca meter",
        "kompetensi": KOMPETENSI_PAJAK + "; mampu memeriksa segel dan kalibrasi meter air",
    },
    {
        "slug": "keberatan-pajak-daerah",
        "nama": "Keberatan, Pengurangan dan Penghapusan Sanksi Pajak Daerah",
        "ringkasan": "Permohonan keberatan atas ketetapan pajak daerah, atau pengurangan pokok "
        "pajak dan penghapusan denda bagi wajib pajak yang kesulitan membayar.",
        "kata_kunci": "keberatan pajak, keringanan pajak, pengurangan pajak, hapus denda pajak, "
        "pembetulan ketetapan",
        "unit": UNIT,
        "jangka_waktu": "Keputusan paling lama 12 bulan untuk keberatan; 3 bulan untuk "
        "pengurangan dan penghapusan sanksi",
        "keterangan_biaya": "Gratis.",
        "produk": "Keputusan Bupati/Kepala Bapenda atas keberatan, pengurangan atau penghapusan "
        "sanksi.",
        "dasar_hukum": HKPD + " (Bab Keberatan dan Banding).",
        "persyaratan": [
            ("Surat permohonan dengan alasan yang jelas", "ditandatangani wajib pajak"),
            ("Ketetapan pajak yang dimohonkan", "fotokopi"),
            ("Bukti pendukung: surat keterangan tidak mampu, bukti bencana, dll.", "fotokopi"),
        ],
        "langkah": [
            "Ajukan permohonan tertulis di loket Bapenda.",
            "Tim peneliti memeriksa berkas dan bila perlu meninjau lapangan.",
            "Keputusan diterbitkan dan disampaikan kepada wajib pajak.",
        ],
        "bidang": "Bidang Pengendalian dan Evaluasi Pendapatan",
        "pelaksana": "3 orang tim peneliti keberatan",
        "kompetensi": KOMPETENSI_PAJAK + "; memahami hukum acara keberatan pajak daerah",
    },
]
