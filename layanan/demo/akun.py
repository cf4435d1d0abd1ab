"""Demo staff accounts. For trying the portal only: never load demo data in production."""

KATA_SANDI = "Demo-Pasuruan-2026!"

# username, nama depan, nama belakang, OPD slug, grup, superuser, peran (for the printout)
AKUN = [
    ("admin", "Admin", "Portal", None, [], True, "Superuser: semua data dan pengaturan"),
    (
        "verifikator",
        "Verifikator",
        "Diskominfo",
        "diskominfo",
        ["Verifikator"],
        False,
        "Verifikator: katalog semua OPD, menerbitkan layanan",
    ),
    (
        "petugas.dispendukcapil",
        "Petugas",
        "Dispendukcapil",
        "dispendukcapil",
        ["Petugas OPD"],
        False,
        "Petugas OPD: layanan Dispendukcapil saja",
    ),
    (
        "petugas.dpmptsp",
        "Petugas",
        "DPMPTSP",
        "dpmptsp",
        ["Petugas OPD"],
        False,
        "Petugas OPD: layanan DPMPTSP saja",
    ),
    (
        "pimpinan",
        "Pimpinan",
        "Daerah",
        None,
        ["Pimpinan"],
        False,
        "Pimpinan: melihat aspirasi semua OPD (hanya baca)",
    ),
    (
        "pengelola.kegiatan",
        "Pengelola",
        "Kegiatan",
        "setda",
        ["Pengelola Kegiatan"],
        False,
        "Pengelola Kegiatan: jadwal, kehadiran OPD, meja aspirasi di lokasi",
    ),
    (
        "camat.bangil",
        "Camat",
        "Bangil",
        None,
        ["Camat/Lurah"],
        False,
        "Camat/Lurah: aspirasi Kecamatan Bangil (hanya baca)",
    ),
    (
        "lurah.kalirejo",
        "Lurah",
        "Kalirejo",
        None,
        ["Camat/Lurah"],
        False,
        "Camat/Lurah: aspirasi Kelurahan Kalirejo, Bangil saja (hanya baca)",
    ),
]

# Camat/Lurah see their area's aspirasi: username -> kecamatan slug.
KECAMATAN_AKUN = {"camat.bangil": "bangil", "lurah.kalirejo": "bangil"}
# A Lurah sees one desa/kelurahan only: username -> (kecamatan slug, desa name).
DESA_AKUN = {"lurah.kalirejo": ("bangil", "Kalirejo")}
