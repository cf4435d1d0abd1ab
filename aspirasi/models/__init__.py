from aspirasi.models.aspirasi import AntreanVerifikasi, Aspirasi, Status
from aspirasi.models.notifikasi import RingkasanTenggatTerkirim
from aspirasi.models.pengaturan import TemplateJawaban
from aspirasi.models.pesan import PesanKeluar
from aspirasi.models.tindak import (
    CatatanInternal,
    Disposisi,
    Jawaban,
    Lampiran,
    RiwayatStatus,
    TambahanWarga,
    Tanggapan,
)

__all__ = [
    "AntreanVerifikasi",
    "Aspirasi",
    "CatatanInternal",
    "Disposisi",
    "Jawaban",
    "Lampiran",
    "PesanKeluar",
    "RingkasanTenggatTerkirim",
    "RiwayatStatus",
    "Status",
    "TambahanWarga",
    "Tanggapan",
    "TemplateJawaban",
]
