"""Write generated rows: PostgreSQL COPY (psycopg 3) when available, else bulk_create.

Rows come as tuples in a known column order. Columns of the model the generator does not
know (added later, e.g. by a migration) get their field default, so a new NOT NULL column
with a default never breaks the loader.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db import connection, models

UTC = datetime.UTC
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=UTC)


@dataclass
class Keluaran:
    aspirasi: list = field(default_factory=list)
    riwayat: list = field(default_factory=list)
    jawaban: list = field(default_factory=list)
    tanggapan: list = field(default_factory=list)
    disposisi: list = field(default_factory=list)


def _teks_waktu(detik: int) -> str:
    return (_EPOCH + datetime.timedelta(seconds=detik)).strftime("%Y-%m-%d %H:%M:%S+00")


def _teks(nilai) -> str:
    if nilai is None:
        return "\\N"
    if nilai is True:
        return "t"
    if nilai is False:
        return "f"
    if isinstance(nilai, datetime.datetime):
        return nilai.isoformat()
    s = str(nilai)
    if "\\" in s or "\t" in s or "\n" in s or "\r" in s:
        s = s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return s


class Penulis:
    """One per model: knows its column order and how to write a batch."""

    def __init__(self, model, kolom: tuple[str, ...], koneksi=None):
        self.model = model
        # The connection of the loading transaction, also when a writer thread uses it.
        self.koneksi = koneksi or connection
        ada = {f.attname for f in model._meta.concrete_fields}
        # Positions of the generated values this model has (a column may not exist yet).
        self.ambil = [i for i, k in enumerate(kolom) if k in ada]
        self.semua = len(self.ambil) == len(kolom)
        kolom = tuple(kolom[i] for i in self.ambil)
        self.kolom = kolom
        # Timestamps are generated as integer seconds (UTC).
        self.waktu = [
            i
            for i, k in enumerate(kolom)
            if isinstance(model._meta.get_field(k), models.DateTimeField)
        ]
        dikenal = set(kolom)
        self.tambahan = [
            f for f in model._meta.concrete_fields if f.attname not in dikenal and not f.primary_key
        ]
        self.pg = self.koneksi.vendor == "postgresql"

    def _nilai_tambahan(self):
        return [f.get_default() for f in self.tambahan]

    def tulis(self, baris: list[tuple]) -> None:
        if not baris:
            return
        if not self.semua:
            ambil = self.ambil
            baris = [tuple(b[i] for i in ambil) for b in baris]
        if self.pg:
            self._copy(baris)
        else:
            self._bulk(baris)

    def _copy(self, baris):
        ops = self.koneksi.ops
        tabel = ops.quote_name(self.model._meta.db_table)
        nama = [self.model._meta.get_field(k).column for k in self.kolom]
        nama += [f.column for f in self.tambahan]
        kolom = ", ".join(ops.quote_name(n) for n in nama)
        ekor = "".join("\t" + _teks(v) for v in self._nilai_tambahan())
        waktu = set(self.waktu)
        baris_teks = []
        for b in baris:
            baris_teks.append(
                "\t".join(
                    ("\\N" if v is None else _teks_waktu(v)) if i in waktu else _teks(v)
                    for i, v in enumerate(b)
                )
                + ekor
                + "\n"
            )
        with (
            self.koneksi.cursor() as cursor,
            cursor.copy(f"COPY {tabel} ({kolom}) FROM STDIN") as cp,
        ):
            for i in range(0, len(baris_teks), 5000):
                cp.write("".join(baris_teks[i : i + 5000]))

    def _bulk(self, baris):
        waktu = set(self.waktu)
        objek = []
        for b in baris:
            data = {
                k: (None if v is None else _EPOCH + datetime.timedelta(seconds=v))
                if i in waktu
                else v
                for i, (k, v) in enumerate(zip(self.kolom, b, strict=True))
            }
            objek.append(self.model(**data))
        self.model.objects.bulk_create(objek, batch_size=400)
