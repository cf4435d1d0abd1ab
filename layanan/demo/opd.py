"""OPD of Kabupaten Pasuruan (dinas, badan, sekretariat) with contacts and relocation notices.

Names and abbreviations are real; addresses, telephone numbers, e-mail addresses and moving
dates are illustrative, so every record is saved with ``contoh=True``.
"""

# En dashes in ranges (Senin to Kamis, 07.30 to 15.30) and the multiplication sign are the
# correct typography for these public texts, so RUF001 is off for this data module.

from datetime import date

RACI = "Kompleks Perkantoran Raci, Jalan Raya Raci Km 9, Bangil 67153"
JAM_KANTOR = "Senin–Kamis 07.30–15.30, Jumat 07.30–14.00. Sabtu, Minggu dan hari libur tutup."
JAM_KANTOR_LOKET = (
    "Loket: Senin–Kamis 08.00–14.30, Jumat 08.00–11.00. "
    "Nomor antrean dibagikan mulai 07.30 dan ditutup 30 menit sebelum loket tutup."
)

MAKLUMAT_DASAR = (
    "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan "
    "yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi "
    "sesuai peraturan perundang-undangan yang berlaku."
)


def maklumat(*janji: str) -> str:
    """The standard maklumat pelayanan (PermenPANRB 15/2014) plus the OPD's own promises."""
    return MAKLUMAT_DASAR + " Kami berjanji: " + "; ".join(janji) + "."


OPD_KABUPATEN = [
    {
        "slug": "setda",
        "nama": "Sekretariat Daerah",
        "singkatan": "Setda",
        "jenis": "sekretariat",
        "alamat": RACI,
        "jam": JAM_KANTOR,
        "telepon": "(0343) 741701",
        "email": "setda@pasuruankab.go.id",
        "situs": "https://www.pasuruankab.go.id",
        "janji": (
            "menjawab surat masyarakat paling lambat 10 hari kerja",
            "menerima tamu tanpa pungutan apa pun",
        ),
        "pindah": ("Jalan Hayam Wuruk No. 14, Kota Pasuruan", date(2024, 2, 5)),
    },
    {
        "slug": "inspektorat",
        "nama": "Inspektorat Daerah",
        "singkatan": "Inspektorat",
        "jenis": "inspektorat",
        "alamat": RACI,
        "jam": JAM_KANTOR,
        "telepon": "(0343) 741712",
        "email": "inspektorat@pasuruankab.go.id",
        "janji": (
            "menindaklanjuti pengaduan dugaan pungutan liar dan penyimpangan pelayanan",
            "merahasiakan identitas pelapor",
        ),
        "pindah": ("Jalan Dr. Wahidin Sudirohusodo No. 2, Kota Pasuruan", date(2024, 3, 4)),
    },
    {
        "slug": "bappeda",
        "nama": "Badan Perencanaan Pembangunan Daerah",
        "singkatan": "Bappeda",
        "jenis": "badan",
        "alamat": RACI,
        "jam": JAM_KANTOR,
        "telepon": "(0343) 741715",
        "email": "bappeda@pasuruankab.go.id",
        "janji": ("melayani permintaan data perencanaan pembangunan dalam 5 hari kerja",),
        "pindah": ("Jalan Hayam Wuruk No. 14, Kota Pasuruan", date(2024, 2, 5)),
    },
    {
        "slug": "dispendukcapil",
        "nama": "Dinas Kependudukan dan Pencatatan Sipil",
        "singkatan": "Dispendukcapil",
        "jenis": "dinas",
        "alamat": RACI,
        "jam": JAM_KANTOR_LOKET,
        "telepon": "(0343) 741720",
        "email": "dispendukcapil@pasuruankab.go.id",
        "janji": (
            "seluruh dokumen kependudukan diterbitkan tanpa biaya",
            "dokumen selesai dalam waktu yang tercantum di standar pelayanan",
            "melayani jemput bola bagi lansia, penyandang disabilitas dan warga sakit",
        ),
        "pindah": ("Jalan Dr. Wahidin Sudirohusodo No. 9, Kota Pasuruan", date(2023, 1, 9)),
    },
    {
        "slug": "dpmptsp",
        "nama": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "singkatan": "DPMPTSP",
        "jenis": "dinas",
        "alamat": "Mal Pelayanan Publik Maslahat, " + RACI,
        "jam": "Senin–Kamis 08.00–15.00, Jumat 08.00–11.00.",
        "telepon": "(0343) 741730",
        "email": "dpmptsp@pasuruankab.go.id",
        "janji": (
            "memproses perizinan hanya melalui loket resmi dan sistem OSS",
            "tidak menerima imbalan dalam bentuk apa pun",
            "memberitahukan kekurangan berkas sekaligus, tidak dicicil",
        ),
        "pindah": ("Jalan Dr. Wahidin Sudirohusodo No. 7, Kota Pasuruan", date(2022, 11, 17)),
    },
    {
        "slug": "bapenda",
        "nama": "Badan Pendapatan Daerah",
        "singkatan": "Bapenda",
        "jenis": "badan",
        "alamat": RACI,
        "jam": JAM_KANTOR_LOKET,
        "telepon": "(0343) 741740",
        "email": "bapenda@pasuruankab.go.id",
        "janji": (
            "pembayaran pajak hanya melalui bank persepsi atau kanal resmi",
            "permohonan pelayanan pajak selesai sesuai jangka waktu standar",
        ),
        "pindah": ("Jalan Pahlawan No. 22, Kota Pasuruan", date(2023, 7, 3)),
    },
    {
        "slug": "diskominfo",
        "nama": "Dinas Komunikasi dan Informatika",
        "singkatan": "Diskominfo",
        "jenis": "dinas",
        "alamat": RACI,
        "jam": JAM_KANTOR,
        "telepon": "(0343) 741750",
        "email": "diskominfo@pasuruankab.go.id",
        "janji": (
            "menjawab permohonan informasi publik paling lambat 10 hari kerja",
            "meneruskan setiap pengaduan SP4N-LAPOR! ke OPD yang berwenang dalam 3 hari kerja",
        ),
        "pindah": ("Jalan Dr. Wahidin Sudirohusodo No. 11, Kota Pasuruan", date(2024, 8, 1)),
    },
    {
        "slug": "dinkes",
        "nama": "Dinas Kesehatan",
        "singkatan": "Dinkes",
        "jenis": "dinas",
        "alamat": RACI,
        "jam": JAM_KANTOR,
        "telepon": "(0343) 741760",
        "email": "dinkes@pasuruankab.go.id",
        "janji": (
            "melayani kegawatdaruratan tanpa menanyakan biaya lebih dulu",
            "memastikan puskesmas buka sesuai jadwal yang diumumkan",
        ),
        "pindah": ("Jalan Dr. Soetomo No. 3, Kota Pasuruan", date(2025, 1, 13)),
    },
    {
        "slug": "dispendik",
        "nama": "Dinas Pendidikan",
        "singkatan": "Dispendik",
        "jenis": "dinas",
        "alamat": "Jalan Raya Kalirejo No. 12, Bangil 67153",
        "jam": JAM_KANTOR,
        "telepon": "(0343) 744210",
        "email": "dispendik@pasuruankab.go.id",
        "janji": (
            "legalisasi ijazah selesai di hari yang sama",
            "penerimaan murid baru dilakukan secara terbuka dan tanpa pungutan",
        ),
    },
    {
        "slug": "dinsos",
        "nama": "Dinas Sosial",
        "singkatan": "Dinsos",
        "jenis": "dinas",
        "alamat": "Jalan Raya Raci No. 31, Bangil 67153",
        "jam": JAM_KANTOR,
        "telepon": "(0343) 744220",
        "email": "dinsos@pasuruankab.go.id",
        "janji": (
            "memproses usulan data kesejahteraan sosial tanpa pungutan",
            "menjangkau warga terlantar paling lambat 1×24 jam setelah laporan",
        ),
    },
    {
        "slug": "disnaker",
        "nama": "Dinas Tenaga Kerja",
        "singkatan": "Disnaker",
        "jenis": "dinas",
        "alamat": "Jalan Raya Bangil–Pandaan No. 88, Beji 67154",
        "jam": JAM_KANTOR,
        "telepon": "(0343) 656230",
        "email": "disnaker@pasuruankab.go.id",
        "janji": (
            "kartu pencari kerja selesai pada hari yang sama",
            "memanggil para pihak perselisihan paling lambat 7 hari kerja setelah pencatatan",
        ),
    },
    {
        "slug": "dlh",
        "nama": "Dinas Lingkungan Hidup",
        "singkatan": "DLH",
        "jenis": "dinas",
        "alamat": "Jalan Raya Raci No. 40, Bangil 67153",
        "jam": JAM_KANTOR,
        "telepon": "(0343) 744240",
        "email": "dlh@pasuruankab.go.id",
        "janji": (
            "memverifikasi lapangan pengaduan pencemaran paling lambat 3 hari kerja",
            "hasil uji laboratorium disampaikan tepat waktu dan apa adanya",
        ),
    },
    {
        "slug": "dishub",
        "nama": "Dinas Perhubungan",
        "singkatan": "Dishub",
        "jenis": "dinas",
        "alamat": "Jalan Raya Bangil–Pasuruan Km 3, Kalirejo, Bangil 67153",
        "jam": JAM_KANTOR,
        "telepon": "(0343) 744250",
        "email": "dishub@pasuruankab.go.id",
        "janji": (
            "pengujian kendaraan dilakukan dengan alat uji terkalibrasi",
            "retribusi dibayar nontunai dan disertai bukti resmi",
        ),
    },
    {
        "slug": "bpbd",
        "nama": "Badan Penanggulangan Bencana Daerah",
        "singkatan": "BPBD",
        "jenis": "badan",
        "alamat": "Jalan Raya Raci No. 52, Bangil 67153",
        "jam": "Kantor: Senin–Jumat 07.30–15.30. Pusdalops PB siaga 24 jam setiap hari.",
        "telepon": "(0343) 744260",
        "email": "bpbd@pasuruankab.go.id",
        "janji": ("tim reaksi cepat bergerak segera setelah laporan kejadian bencana diterima",),
    },
    {
        "slug": "dpupr",
        "nama": "Dinas Pekerjaan Umum dan Penataan Ruang",
        "singkatan": "DPUPR",
        "jenis": "dinas",
        "alamat": "Jalan Raya Raci No. 18, Bangil 67153",
        "jam": JAM_KANTOR,
        "telepon": "(0343) 744270",
        "email": "dpupr@pasuruankab.go.id",
        "janji": ("memberikan informasi tata ruang secara terbuka dan tanpa biaya",),
    },
    {
        "slug": "disperkim",
        "nama": "Dinas Perumahan dan Kawasan Permukiman",
        "singkatan": "Disperkim",
        "jenis": "dinas",
        "alamat": "Jalan Raya Raci No. 20, Bangil 67153",
        "jam": JAM_KANTOR,
        "telepon": "(0343) 744280",
        "email": "disperkim@pasuruankab.go.id",
        "janji": (
            "menetapkan penerima bantuan rumah berdasarkan verifikasi lapangan yang terbuka",
        ),
    },
    {
        "slug": "distan",
        "nama": "Dinas Pertanian",
        "singkatan": "Distan",
        "jenis": "dinas",
        "alamat": "Jalan Panglima Sudirman No. 54, Kota Pasuruan",
        "jam": JAM_KANTOR,
        "telepon": "(0343) 424290",
        "email": "distan@pasuruankab.go.id",
        "janji": ("mendampingi kelompok tani menyusun kebutuhan pupuk tanpa pungutan",),
    },
    {
        "slug": "diskopum",
        "nama": "Dinas Koperasi dan Usaha Mikro",
        "singkatan": "Diskop UM",
        "jenis": "dinas",
        "alamat": "Jalan Raya Raci No. 24, Bangil 67153",
        "jam": JAM_KANTOR,
        "telepon": "(0343) 744300",
        "email": "diskopum@pasuruankab.go.id",
        "janji": ("pendampingan pelaku usaha mikro diberikan tanpa biaya",),
    },
    {
        "slug": "satpol-pp",
        "nama": "Satuan Polisi Pamong Praja",
        "singkatan": "Satpol PP",
        "jenis": "satpol",
        "alamat": "Jalan Raya Bangil No. 1, Kauman, Bangil 67153",
        "jam": "Kantor: Senin–Jumat 07.30–15.30. Pemadam kebakaran siaga 24 jam.",
        "telepon": "(0343) 744310",
        "email": "satpolpp@pasuruankab.go.id",
        "janji": (
            "armada pemadam kebakaran berangkat paling lama 5 menit setelah laporan",
            "menegakkan perda secara humanis",
        ),
    },
    {
        "slug": "bakesbangpol",
        "nama": "Badan Kesatuan Bangsa dan Politik",
        "singkatan": "Bakesbangpol",
        "jenis": "badan",
        "alamat": "Jalan Raya Raci No. 27, Bangil 67153",
        "jam": JAM_KANTOR,
        "telepon": "(0343) 744320",
        "email": "bakesbangpol@pasuruankab.go.id",
        "janji": ("surat keterangan penelitian terbit paling lama 3 hari kerja",),
    },
]


def relokasi(opd: dict) -> tuple[str, date | None]:
    alamat_lama, tanggal = opd.get("pindah", ("", None))
    return alamat_lama, tanggal
