"""Topics of the items: (bidang, jenis, weight, season, judul, isi).

``{tempat}`` becomes the desa or kecamatan of the item. Split in two modules only for length;
the order is kept (bidang with several topics first) because the generator draws topics by
their index, so reordering would change the data for a given seed.
"""

from aspirasi.data_besar.referensi.topik_satu import TOPIK_SATU
from aspirasi.data_besar.referensi.topik_utama import TOPIK_UTAMA

TOPIK = TOPIK_UTAMA + TOPIK_SATU
