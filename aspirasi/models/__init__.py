from aspirasi.models.aspirasi import Aspirasi, Status
from aspirasi.models.pengaturan import HariLibur, TemplateJawaban
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
    "Aspirasi",
    "CatatanInternal",
    "Disposisi",
    "HariLibur",
    "Jawaban",
    "Lampiran",
    "RiwayatStatus",
    "Status",
    "TambahanWarga",
    "Tanggapan",
    "TemplateJawaban",
]
