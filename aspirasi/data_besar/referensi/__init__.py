"""Reference data for the large test data set: OPDs, topics, seasons, places, texts.

Invented where it is not public fact; every OPD the generator creates is flagged
``contoh=True`` and every resident name ends in "(contoh)". The names are re-exported here
so the generator reads them as ``referensi.NAME`` whichever module holds them.
"""

from aspirasi.data_besar.referensi.kanal import KANAL_BIASA, KANAL_KEGIATAN
from aspirasi.data_besar.referensi.musim import MUSIM
from aspirasi.data_besar.referensi.opd import (
    ALAMAT_KOTA,
    ALAMAT_RACI,
    KAB,
    KOTA,
    OPD,
    PROFIL,
    URUTAN_PROFIL,
)
from aspirasi.data_besar.referensi.teks import (
    ALASAN_DISPOSISI,
    ALASAN_TIDAK_PUAS,
    ALASAN_TOLAK,
    JAWABAN,
    NAMA_BELAKANG,
    NAMA_DEPAN,
    TINDAK_LANJUT,
)
from aspirasi.data_besar.referensi.tempat import PENDUDUK, RAWAN_BANJIR, RAWAN_KERING
from aspirasi.data_besar.referensi.topik import TOPIK

__all__ = [
    "ALAMAT_KOTA",
    "ALAMAT_RACI",
    "ALASAN_DISPOSISI",
    "ALASAN_TIDAK_PUAS",
    "ALASAN_TOLAK",
    "JAWABAN",
    "KAB",
    "KANAL_BIASA",
    "KANAL_KEGIATAN",
    "KOTA",
    "MUSIM",
    "NAMA_BELAKANG",
    "NAMA_DEPAN",
    "OPD",
    "PENDUDUK",
    "PROFIL",
    "RAWAN_BANJIR",
    "RAWAN_KERING",
    "TINDAK_LANJUT",
    "TOPIK",
    "URUTAN_PROFIL",
]
