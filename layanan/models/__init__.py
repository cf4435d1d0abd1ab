from layanan.models.kalender import HariLibur
from layanan.models.katalog import KategoriLayanan, LangkahProsedur, Layanan, Persyaratan
from layanan.models.pengguna import Pengguna
from layanan.models.wilayah import OPD, Desa, Kecamatan, Pemda, UnitLayanan

__all__ = [
    "OPD",
    "Desa",
    "HariLibur",
    "KategoriLayanan",
    "Kecamatan",
    "LangkahProsedur",
    "Layanan",
    "Pemda",
    "Pengguna",
    "Persyaratan",
    "UnitLayanan",
]
