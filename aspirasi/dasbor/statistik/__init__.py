"""Every figure of the leaders' dashboard and of /transparansi/, as a few aggregate queries.

The number of queries does not depend on the number of aspirasi: each table is one GROUP BY
query, on PostgreSQL and SQLite alike (medians come from the same query, see ``_per``).

Definitions (tests/aspirasi/dasbor/test_angka.py recomputes each one in plain Python):

- *Periode*: items received (``dibuat``) from ``dari`` 00:00 to the end of ``sampai``, WIB.
- *Diterima*: items received in the period, whatever their status (rejected ones too).
- *Belum dijawab*: status ``baru`` or ``diteruskan`` — waiting for routing or for an answer
  (a reopened item waits again). The admin's ``belum_dijawab()``.
- *Lewat tenggat*: not yet answered and its deadline is already past (now).
- *Dijawab*: has a first answer (``dijawab_pertama_pada``).
- *Tepat waktu*: first answer at or before the answer deadline that applied
  (``tenggat_jawaban``, written with the first answer).
- *Tepat waktu (%)*: tepat waktu / (dijawab + lewat tenggat without any answer), so an OPD
  cannot reach 100 % by answering a few items and leaving the rest overdue.
- *Median hari kerja*: median of ``hari_kerja_sampai_jawaban`` — working days from the item
  reaching its OPD (routing) to the first answer — over the answered items.
- *Umur tertua*: calendar days from receipt of the oldest unanswered item to today (WIB).
- *Kehadiran*: OPD attendance rows of events that started in the period (up to today) and
  were not cancelled: present / invited.
- *Tren mingguan*: per week (Monday to Sunday, WIB), items received that week and items first
  answered that week, both within the period.

The package, by concern: ``saringan`` (the chosen view and the figures' conditions),
``hitung`` (the aggregate query and medians), ``opd``, ``wilayah``, ``tren``, ``daftar``
(item lists, the overdue list) and ``halaman`` (what each page shows).
"""

from aspirasi.dasbor.statistik.daftar import KOLOM_DAFTAR, beri_umur, daftar_lewat_tenggat
from aspirasi.dasbor.statistik.halaman import Dasbor, dasbor, transparansi
from aspirasi.dasbor.statistik.hitung import Angka, Baris, ringkasan
from aspirasi.dasbor.statistik.opd import (
    kehadiran_per_opd,
    kehadiran_tersaring,
    per_opd,
    urutan_terburuk,
)
from aspirasi.dasbor.statistik.saringan import (
    BELUM,
    DIJAWAB,
    KEADAAN,
    KEADAAN_DAFTAR,
    PUBLIK,
    TANPA_OPD,
    TEPAT,
    WIB,
    Saringan,
    aspirasi_tersaring,
    daftar_keadaan,
    lewat,
    saringan_bawaan,
)
from aspirasi.dasbor.statistik.tren import MINGGU_RENTANG_MAKS, Minggu, tren_mingguan
from aspirasi.dasbor.statistik.wilayah import per_wilayah

__all__ = [
    "BELUM",
    "DIJAWAB",
    "KEADAAN",
    "KEADAAN_DAFTAR",
    "KOLOM_DAFTAR",
    "MINGGU_RENTANG_MAKS",
    "PUBLIK",
    "TANPA_OPD",
    "TEPAT",
    "WIB",
    "Angka",
    "Baris",
    "Dasbor",
    "Minggu",
    "Saringan",
    "aspirasi_tersaring",
    "beri_umur",
    "daftar_keadaan",
    "daftar_lewat_tenggat",
    "dasbor",
    "kehadiran_per_opd",
    "kehadiran_tersaring",
    "lewat",
    "per_opd",
    "per_wilayah",
    "ringkasan",
    "saringan_bawaan",
    "transparansi",
    "tren_mingguan",
    "urutan_terburuk",
]
