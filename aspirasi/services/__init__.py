"""Writes with side effects of the aspirasi app, as keyword-only functions.

- ``alur``: the workflow of an aspirasi (status machine, answers, publishing);
- ``meja``: intake at field events (the event desk, facility-visit findings);
- ``pesan``: the outbox of notification emails (stored with the change, sent after).

The public names stay importable from ``aspirasi.services``.
"""

from aspirasi.services.alur import (
    TERJAWAB,
    TransisiTidakSah,
    beri_tanggapan,
    boleh_diterbitkan,
    disposisi,
    jawab,
    kirim_aspirasi,
    simpan_lampiran,
    tambah_catatan,
    tambah_informasi,
    terbitkan,
    teruskan,
    tindak_lanjut,
    tolak,
    tutup_otomatis,
    ubah_status,
)
from aspirasi.services.meja import catat_di_kegiatan, kanal_kegiatan, temuan_jadi_aspirasi

__all__ = [
    "TERJAWAB",
    "TransisiTidakSah",
    "beri_tanggapan",
    "boleh_diterbitkan",
    "catat_di_kegiatan",
    "disposisi",
    "jawab",
    "kanal_kegiatan",
    "kirim_aspirasi",
    "simpan_lampiran",
    "tambah_catatan",
    "tambah_informasi",
    "temuan_jadi_aspirasi",
    "terbitkan",
    "teruskan",
    "tindak_lanjut",
    "tolak",
    "tutup_otomatis",
    "ubah_status",
]
