"""One aspirasi's life, simulated the way the service functions would have recorded it.

Produces plain tuples (timestamps as integer seconds) for the writer: the aspirasi row,
its status history, answers, resident feedback and forwardings. The order of steps and
the fields each step sets follow ``aspirasi.services`` (kirim_aspirasi, teruskan,
disposisi, tolak, jawab, ubah_status, beri_tanggapan, tutup_otomatis, catat_di_kegiatan).

The parts live in modules by concern: ``bobot`` (weights computed once), ``kedatangan``
(when, where and what an item is), ``alur`` (its status life after arrival) and ``kolom``
(the tuple layout the writer expects).
"""

from __future__ import annotations

from aspirasi.data_besar.kalender import KalenderKerja
from aspirasi.data_besar.simulasi.alur import AlurMixin
from aspirasi.data_besar.simulasi.bobot import BobotMixin
from aspirasi.data_besar.simulasi.kedatangan import KedatanganMixin
from aspirasi.data_besar.simulasi.kolom import (
    KOLOM_ASPIRASI,
    KOLOM_DISPOSISI,
    KOLOM_JAWABAN,
    KOLOM_RIWAYAT,
    KOLOM_TANGGAPAN,
)
from aspirasi.data_besar.struktur import Struktur

__all__ = [
    "KOLOM_ASPIRASI",
    "KOLOM_DISPOSISI",
    "KOLOM_JAWABAN",
    "KOLOM_RIWAYAT",
    "KOLOM_TANGGAPAN",
    "Simulasi",
]


class Simulasi(BobotMixin, KedatanganMixin, AlurMixin):
    def __init__(
        self,
        *,
        struktur: Struktur,
        kalender: KalenderKerja,
        mulai: int,
        sekarang: int,
        tenggat: dict,
        rng,
        kode_terpakai: set[str],
    ):
        self.s = struktur
        self.kal = kalender
        self.sekarang = sekarang
        self.rng = rng
        self.terpakai = kode_terpakai
        self.t_verifikasi = tenggat["verifikasi"]
        self.t_jawaban = tenggat["jawaban"]
        self.t_tutup = tenggat["tutup_otomatis"]
        self.opd = struktur.opd
        self._siapkan_topik()
        self._siapkan_hari(mulai)
        self._siapkan_kegiatan()
