"""The 8 management components of standar pelayanan, built from the OPD and a few parameters.

Each service names its unit (``bidang``), its staff (``pelaksana``) and their competence
(``kompetensi``); the OPD profile adds its facilities, data-protection practice and
complaint channels. The texts therefore differ per service and per OPD.
"""

PROFIL = {
    "dispendukcapil": {
        "sarana": "ruang tunggu ber-AC dengan kursi prioritas, mesin nomor antrean, alat perekam "
        "biometrik (kamera, pemindai sidik jari dan iris mata), printer kartu, jaringan SIAK "
        "Terpusat, ruang laktasi dan jalur kursi roda",
        "keamanan": "Data kependudukan hanya diakses melalui akun SIAK petugas yang berwenang dan "
        "dilindungi sesuai UU 27/2022 tentang Pelindungan Data Pribadi; blangko dan kertas "
        "security printing disimpan di lemari besi terkunci dengan berita acara pemakaian harian",
        "pengawasan": "monitoring kinerja pelayanan dan konsolidasi data oleh Ditjen Dukcapil "
        "Kemendagri",
    },
    "dispendukcapil-kota-pasuruan": {
        "sarana": "loket di MPP Kota Pasuruan dan kantor dinas, anjungan mandiri, ruang tunggu, "
        "kursi roda dan jaringan SIAK Terpusat",
        "keamanan": "Akses SIAK memakai akun dan sidik jari petugas; data pribadi dilindungi sesuai "
        "UU 27/2022; dokumen yang belum diambil disimpan di ruang arsip terkunci",
        "pengawasan": "pemantauan Ditjen Dukcapil Kemendagri",
    },
    "dpmptsp": {
        "sarana": "gerai di MPP Maslahat, ruang konsultasi perizinan, komputer pendamping OSS dan "
        "SIMBG untuk pemohon, sistem antrean daring, akses internet gratis dan ruang tunggu ramah "
        "disabilitas",
        "keamanan": "Dokumen perizinan diterbitkan dengan tanda tangan elektronik tersertifikasi "
        "BSrE sehingga keasliannya dapat diperiksa dengan kode QR; berkas pemohon disimpan dalam "
        "arsip elektronik berhak akses",
        "pengawasan": "pengawasan kepatuhan perizinan berbasis risiko bersama perangkat daerah "
        "teknis",
    },
    "dpmptsp-kota-pasuruan": {
        "sarana": "gerai perizinan di MPP Kota Pasuruan, komputer swalayan OSS, ruang konsultasi",
        "keamanan": "Izin bertanda tangan elektronik dengan kode QR; berkas disimpan di arsip "
        "elektronik",
        "pengawasan": "pengawasan oleh Inspektorat Kota Pasuruan",
    },
    "bapenda": {
        "sarana": "loket pelayanan pajak di kantor Bapenda dan MPP Maslahat, komputer basis data "
        "SISMIOP, peta blok objek pajak, mesin antrean dan kanal pembayaran bank persepsi, QRIS "
        "dan minimarket",
        "keamanan": "Data wajib pajak dirahasiakan sesuai ketentuan kerahasiaan perpajakan; bukti "
        "bayar divalidasi dengan nomor transaksi penerimaan negara/daerah",
        "pengawasan": "rekonsiliasi penerimaan harian dengan Bank Jatim",
    },
    "rsud-bangil": {
        "sarana": "anjungan pendaftaran mandiri, ruang tunggu poliklinik, IGD dengan triase, "
        "laboratorium, radiologi, farmasi dan ambulans",
        "keamanan": "Identitas pasien dicocokkan dengan gelang identitas; rekam medis elektronik "
        "hanya diakses tenaga kesehatan yang merawat; program pencegahan infeksi dan keselamatan "
        "pasien dijalankan sesuai standar akreditasi rumah sakit",
        "pengawasan": "audit klinis oleh Komite Medik dan Satuan Pengawas Internal rumah sakit",
    },
    "rsud-grati": {
        "sarana": "poliklinik, IGD dan ruang bersalin PONEK, laboratorium, farmasi 24 jam dan "
        "ambulans rujukan",
        "keamanan": "Pasien diidentifikasi dengan dua penanda (nama dan tanggal lahir); rekam "
        "medis dijaga kerahasiaannya; petugas memakai alat pelindung diri sesuai risiko",
        "pengawasan": "audit oleh Komite Mutu dan Satuan Pengawas Internal rumah sakit",
    },
}

PROFIL_JENIS = {
    "kecamatan": {
        "sarana": "loket PATEN, ruang tunggu, komputer dan printer, papan informasi persyaratan "
        "dan kotak saran",
        "keamanan": "Berkas warga disimpan di lemari arsip kecamatan; surat diberi nomor register "
        "dan stempel resmi sehingga keasliannya dapat dicek",
        "pengawasan": "pembinaan oleh Bagian Pemerintahan Setda",
    },
}

PROFIL_UMUM = {
    "sarana": "ruang pelayanan dan ruang tunggu, komputer dan printer, papan informasi standar "
    "pelayanan, kotak saran dan toilet ramah disabilitas",
    "keamanan": "Berkas pemohon dicatat dalam buku register dan disimpan di arsip yang hanya "
    "dapat diakses petugas; data pribadi tidak diberikan kepada pihak lain tanpa dasar hukum",
    "pengawasan": "",
}


def _profil(opd: dict) -> dict:
    return PROFIL.get(opd["slug"]) or PROFIL_JENIS.get(opd["jenis"]) or PROFIL_UMUM


def _nama_pemda(opd: dict) -> str:
    return "Kota Pasuruan" if opd.get("pemda") == "35.75" else "Kabupaten Pasuruan"


def _rupiah(nilai: int) -> str:
    return "Rp " + f"{nilai:,}".replace(",", ".")


def pengaduan_baku(opd: dict) -> str:
    return (
        "Pengaduan, saran dan masukan dapat disampaikan melalui formulir aspirasi di portal ini, "
        f"SP4N-LAPOR! (www.lapor.go.id), kotak saran di ruang pelayanan {opd['singkatan']}, "
        f"telepon {opd['telepon']} pada jam kerja, atau email {opd['email']}. Setiap pengaduan "
        "dicatat, diberi nomor dan dijawab paling lambat 5 hari kerja."
    )


def _kalimat(teks: str) -> str:
    return teks if teks.endswith(".") else teks + "."


def _di_tengah_kalimat(teks: str) -> str:
    """'Paling lama 28 hari kerja' -> 'paling lama 28 hari kerja'; acronyms stay ('NIB ...')."""
    teks = teks.rstrip(".")
    return teks[0].lower() + teks[1:] if teks[1:2].islower() else teks


def lengkapi(layanan: dict, opd: dict) -> dict:
    """Management components (and a default complaint text) for one service."""
    profil = _profil(opd)
    pemda = _nama_pemda(opd)
    bidang = layanan["bidang"]
    biaya = layanan.get("biaya", 0)
    if biaya:
        janji_biaya = (
            f"dengan biaya sesuai tarif resmi ({_rupiah(biaya)}, lihat keterangan biaya) tanpa "
            "pungutan tambahan"
        )
    else:
        janji_biaya = "tanpa dipungut biaya apa pun"
    sarana = profil["sarana"]
    if layanan.get("sarana"):
        sarana = f"{sarana}; khusus layanan ini: {layanan['sarana']}"
    keamanan = profil["keamanan"]
    if layanan.get("keamanan"):
        keamanan = f"{keamanan}. {layanan['keamanan']}"
    pengawas_tambahan = f", serta {profil['pengawasan']}" if profil["pengawasan"] else ""
    return {
        "penanganan_pengaduan": layanan.get("pengaduan") or pengaduan_baku(opd),
        "sarana_prasarana": sarana[0].upper() + sarana[1:] + ".",
        "kompetensi_pelaksana": _kalimat(layanan["kompetensi"]),
        "pengawasan_internal": (
            f"Pengawasan melekat oleh kepala {bidang} dan pimpinan {opd['singkatan']} melalui "
            f"pemeriksaan harian register {layanan['nama']}; pemeriksaan berkala oleh Inspektorat "
            f"{pemda}{pengawas_tambahan}."
        ),
        "jumlah_pelaksana": layanan["pelaksana"],
        "jaminan_pelayanan": (
            f"{opd['singkatan']} menjamin {layanan['nama']} diberikan {janji_biaya} dan "
            "diselesaikan sesuai jangka waktu dalam standar ini "
            f"({_di_tengah_kalimat(layanan['jangka_waktu'])}), sebagaimana maklumat pelayanan "
            "yang dipasang di ruang pelayanan. Bila janji ini tidak ditepati, warga dapat "
            "mengadu dan berhak memperoleh penjelasan tertulis."
        ),
        "jaminan_keamanan": keamanan + ".",
        "evaluasi_kinerja": (
            "Survei Kepuasan Masyarakat (SKM) setiap semester sesuai PermenPANRB 14/2017 dan "
            f"hasilnya diumumkan di ruang pelayanan; {bidang} mengevaluasi setiap bulan "
            f"ketepatan waktu, jumlah berkas ditolak dan pengaduan tentang layanan ini; "
            f"{layanan.get('evaluasi', 'hasil evaluasi dibahas dalam rapat pimpinan triwulanan')}."
        ),
    }
