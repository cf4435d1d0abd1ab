"""Resident-facing pages of aspirasi: send, check, confirm, track, public Q&A."""

from aspirasi.views.kirim import kirim, periksa, privasi, terkirim
from aspirasi.views.lacak import lacak, lacak_tambah, lacak_tanggapan
from aspirasi.views.lampiran import unduh_lampiran
from aspirasi.views.tanya_jawab import tanya_jawab, tanya_jawab_detail

__all__ = [
    "kirim",
    "lacak",
    "lacak_tambah",
    "lacak_tanggapan",
    "periksa",
    "privasi",
    "tanya_jawab",
    "tanya_jawab_detail",
    "terkirim",
    "unduh_lampiran",
]
