from kegiatan.models.kegiatan import Kegiatan, SesiAgenda
from kegiatan.models.rincian import KehadiranOPD, KunjunganFasilitas, LayananKegiatan, StanUMKM

__all__ = [
    "Kegiatan",
    "KehadiranOPD",
    "KunjunganFasilitas",
    "LayananKegiatan",
    "SesiAgenda",
    "StanUMKM",
]
