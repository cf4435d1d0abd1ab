"""Hospitals, kecamatan offices and the OPD of Kota Pasuruan.

Contacts are illustrative (saved with ``contoh=True``).
"""

# En dashes in ranges (Senin to Kamis, 07.30 to 15.30) and the multiplication sign are the
# correct typography for these public texts, so RUF001 is off for this data module.

from layanan.demo.opd import JAM_KANTOR

JAM_KECAMATAN = "Senin–Kamis 07.30–15.00, Jumat 07.30–13.30 (layanan PATEN di loket depan)."
JAM_RSUD = (
    "IGD 24 jam setiap hari. Pendaftaran poliklinik Senin–Kamis 07.00–12.00, "
    "Jumat 07.00–10.00, Sabtu 07.00–11.00."
)


def _kecamatan(slug: str, nama: str, kode: str, alamat: str, telepon: str, janji: str) -> dict:
    return {
        "slug": f"kecamatan-{slug}",
        "nama": f"Kecamatan {nama}",
        "singkatan": f"Kec. {nama}",
        "jenis": "kecamatan",
        "kecamatan": kode,
        "alamat": alamat,
        "jam": JAM_KECAMATAN,
        "telepon": telepon,
        "email": f"kec.{slug}@pasuruankab.go.id",
        "janji": ("surat yang lengkap persyaratannya selesai di hari yang sama", janji),
    }


OPD_WILAYAH = [
    {
        "slug": "rsud-bangil",
        "nama": "RSUD Bangil",
        "singkatan": "RSUD Bangil",
        "jenis": "rsud",
        "kecamatan": "35.14.14",
        "alamat": "Jalan Raya Raci, Masangan, Bangil 67153",
        "jam": JAM_RSUD,
        "telepon": "(0343) 744900",
        "email": "rsud@rsudbangil.pasuruankab.go.id",
        "janji": (
            "pasien gawat darurat ditangani lebih dulu tanpa syarat administrasi",
            "peserta JKN tidak dipungut biaya di luar ketentuan",
        ),
    },
    {
        "slug": "rsud-grati",
        "nama": "RSUD Grati",
        "singkatan": "RSUD Grati",
        "jenis": "rsud",
        "kecamatan": "35.14.20",
        "alamat": "Jalan Raya Kalipang, Grati 67184",
        "jam": JAM_RSUD,
        "telepon": "(0343) 481700",
        "email": "rsudgrati@pasuruankab.go.id",
        "janji": (
            "ibu bersalin dengan komplikasi dilayani 24 jam",
            "waktu tunggu rawat jalan paling lama 60 menit",
        ),
    },
    _kecamatan(
        "bangil",
        "Bangil",
        "35.14.14",
        "Jalan Alun-Alun Timur No. 1, Kauman, Bangil 67153",
        "(0343) 741010",
        "camat atau sekretaris camat hadir menerima warga setiap Kamis",
    ),
    _kecamatan(
        "pandaan",
        "Pandaan",
        "35.14.11",
        "Jalan Raya Pandaan No. 7, Pandaan 67156",
        "(0343) 631010",
        "rekomendasi kegiatan warga selesai paling lambat 2 hari kerja",
    ),
    _kecamatan(
        "gempol",
        "Gempol",
        "35.14.12",
        "Jalan Raya Gempol No. 8, Gempol 67155",
        "(0343) 851010",
        "petugas menjelaskan kekurangan berkas secara tertulis",
    ),
    _kecamatan(
        "purwosari",
        "Purwosari",
        "35.14.08",
        "Jalan Raya Purwosari No. 2, Purwosari 67162",
        "(0343) 611010",
        "melayani warga lanjut usia di loket prioritas",
    ),
    _kecamatan(
        "prigen",
        "Prigen",
        "35.14.10",
        "Jalan Raya Prigen No. 5, Prigen 67157",
        "(0343) 881010",
        "menerima pengaduan warga desa wisata setiap hari kerja",
    ),
    _kecamatan(
        "beji",
        "Beji",
        "35.14.13",
        "Jalan Raya Beji No. 10, Beji 67154",
        "(0343) 656010",
        "tidak memungut biaya untuk surat keterangan apa pun",
    ),
    {
        "slug": "dispendukcapil-kota-pasuruan",
        "pemda": "35.75",
        "nama": "Dinas Kependudukan dan Pencatatan Sipil Kota Pasuruan",
        "singkatan": "Dispendukcapil Kota Pasuruan",
        "jenis": "dinas",
        "kecamatan": "35.75.04",
        "alamat": "Jalan Pahlawan No. 28, Kota Pasuruan 67115",
        "jam": JAM_KANTOR,
        "telepon": "(0343) 421550",
        "email": "dispendukcapil@pasuruankota.go.id",
        "situs": "https://pasuruankota.go.id",
        "janji": (
            "dokumen kependudukan diterbitkan gratis",
            "warga Kota Pasuruan dapat mengurus di MPP Kota Pasuruan maupun kantor dinas",
        ),
    },
    {
        "slug": "dpmptsp-kota-pasuruan",
        "pemda": "35.75",
        "nama": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Pasuruan",
        "singkatan": "DPMPTSP Kota Pasuruan",
        "jenis": "dinas",
        "alamat": "Mal Pelayanan Publik Kota Pasuruan, Jalan KH Wahid Hasyim, Kota Pasuruan",
        "jam": "Senin–Kamis 08.00–15.00, Jumat 08.00–11.00.",
        "telepon": "(0343) 421560",
        "email": "dpmptsp@pasuruankota.go.id",
        "situs": "https://pasuruankota.go.id",
        "janji": ("semua perizinan diproses di MPP Kota Pasuruan tanpa perantara",),
    },
]
