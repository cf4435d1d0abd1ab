"""Demo local days off. Cuti bersama are set every year by a joint decree (SKB) of three
ministers and entered by the Verifikator; the day below is demo data ("contoh"): check the
current SKB before relying on it. It shows the table at work: answer deadlines and the
schedule generator both skip it."""

import datetime

HARI_LIBUR = [
    (datetime.date(2026, 12, 24), "Cuti bersama Hari Raya Natal (contoh)"),
]
