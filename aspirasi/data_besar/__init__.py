"""A large, realistic, deterministic data set for load tests of the leaders' dashboard.

``buat_data_besar(jumlah=1_000_000, jumlah_opd=60, seed=1)``: OPDs that answer fast and
slow, seasons (PPDB, tax, rainy and dry season), many kecamatan, event channels with OPD
attendance, statuses and history consistent with their timestamps. Rows are written with
PostgreSQL COPY (or bulk_create elsewhere) in one transaction: all or nothing.

Tracking codes come from the seeded generator, so they are unique and valid but NOT
unguessable: never load this data into a production database.
"""

from __future__ import annotations

import datetime
import random
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from django.conf import settings
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.utils import timezone

from aspirasi.dasbor import singgahan
from aspirasi.data_besar import struktur as st
from aspirasi.data_besar.kalender import HARI, KalenderKerja, hari_lokal, ke_tanggal
from aspirasi.data_besar.penulis import Keluaran, Penulis
from aspirasi.data_besar.simulasi import (
    KOLOM_ASPIRASI,
    KOLOM_DISPOSISI,
    KOLOM_JAWABAN,
    KOLOM_RIWAYAT,
    KOLOM_TANGGAPAN,
    Simulasi,
)
from aspirasi.models import Aspirasi, Disposisi, Jawaban, RiwayatStatus, Tanggapan

UKURAN_KELOMPOK = 20_000


@dataclass
class Hasil:
    aspirasi: int
    riwayat: int
    jawaban: int
    tanggapan: int
    disposisi: int
    opd: int
    kegiatan: int
    detik: float
    profil: dict[int, str]  # OPD id -> how it answers (cepat, sedang, lambat, abai)


@transaction.atomic
def buat_data_besar(
    *,
    jumlah: int,
    jumlah_opd: int = 60,
    seed: int = 1,
    sampai: datetime.datetime | None = None,
    hari: int = 730,
    laporan=None,
) -> Hasil:
    """Add ``jumlah`` aspirasi submitted over the ``hari`` days before ``sampai`` (now).

    The same seed, ``sampai`` and starting database give the same rows."""
    if jumlah < 1 or jumlah_opd < 1 or hari < 7:
        raise ValueError("jumlah, jumlah_opd dan hari harus positif (hari minimal 7).")
    awal_waktu = time.monotonic()
    # One stream per part, so reusing existing events or OPDs does not shift the aspirasi.
    rng = random.Random(f"{seed}-opd")  # noqa: S311 - reproducible test data, not a secret
    rng_kegiatan = random.Random(f"{seed}-kegiatan")  # noqa: S311
    rng_aspirasi = random.Random(f"{seed}-aspirasi")  # noqa: S311
    sekarang = int((sampai or timezone.now()).timestamp())
    mulai = sekarang - hari * HARI
    hari_mulai, hari_akhir = hari_lokal(mulai), hari_lokal(sekarang)
    kalender = KalenderKerja(ke_tanggal(hari_mulai - 10), ke_tanggal(hari_akhir + 120))

    st.siapkan_wilayah()
    kecamatan, desa = st.muat_wilayah()
    struktur = st.Struktur(
        opd=st.siapkan_opd(jumlah_opd, rng),
        kecamatan=kecamatan,
        desa=desa,
        verifikator=st.siapkan_verifikator(),
    )
    st.siapkan_kegiatan(
        struktur=struktur,
        kalender=kalender,
        mulai=hari_mulai,
        sampai=hari_akhir,
        rng=rng_kegiatan,
    )
    struktur.kegiatan = st.kegiatan_untuk_aspirasi(hari_mulai, hari_akhir)

    tabel = [m._meta.db_table for m in (Aspirasi, RiwayatStatus, Jawaban, Tanggapan, Disposisi)]
    kunci_asing, indeks = [], []
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # Explicit ids below: nobody else may insert until the sequence is moved on.
            cursor.execute(f"LOCK TABLE {Aspirasi._meta.db_table} IN SHARE ROW EXCLUSIVE MODE")
            cursor.execute("SET LOCAL synchronous_commit = off")
            cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        kunci_asing = _lepas_kunci_asing(tabel)
        indeks = _lepas_indeks(tabel)
    ada = Aspirasi.objects.exists()
    terpakai = set(Aspirasi.objects.values_list("kode", flat=True)) if ada else set()
    id_awal = (Aspirasi.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    simulasi = Simulasi(
        struktur=struktur,
        kalender=kalender,
        mulai=mulai,
        sekarang=sekarang,
        tenggat=settings.ASPIRASI_TENGGAT,
        rng=rng_aspirasi,
        kode_terpakai=terpakai,
    )
    koneksi = connections[DEFAULT_DB_ALIAS]  # this thread's, holding the transaction
    penulis = {
        "aspirasi": Penulis(Aspirasi, KOLOM_ASPIRASI, koneksi),
        "riwayat": Penulis(RiwayatStatus, KOLOM_RIWAYAT, koneksi),
        "jawaban": Penulis(Jawaban, KOLOM_JAWABAN, koneksi),
        "tanggapan": Penulis(Tanggapan, KOLOM_TANGGAPAN, koneksi),
        "disposisi": Penulis(Disposisi, KOLOM_DISPOSISI, koneksi),
    }
    jumlah_baris = dict.fromkeys(penulis, 0)

    def tulis(keluaran):
        for nama, p in penulis.items():
            baris = getattr(keluaran, nama)
            p.tulis(baris)
            jumlah_baris[nama] += len(baris)

    rencana = simulasi.rencana(jumlah)
    # On PostgreSQL one thread writes a batch (the server works on the COPY) while this one
    # simulates the next: the same connection and transaction, never used by both at once.
    pekerja = ThreadPoolExecutor(max_workers=1) if koneksi.vendor == "postgresql" else None
    if pekerja:
        koneksi.inc_thread_sharing()
    tertunda = None
    try:
        for awal in range(0, jumlah, UKURAN_KELOMPOK):
            keluaran = Keluaran()
            for i in range(awal, min(jumlah, awal + UKURAN_KELOMPOK)):
                simulasi.satu(id_awal + i, rencana[i], keluaran)
            if tertunda is not None:
                tertunda.result()
            if pekerja:
                tertunda = pekerja.submit(tulis, keluaran)
            else:
                tulis(keluaran)
            if laporan:
                laporan(min(jumlah, awal + UKURAN_KELOMPOK), time.monotonic() - awal_waktu)
        if tertunda is not None:
            tertunda.result()
    finally:
        if pekerja:
            pekerja.shutdown(wait=True)
            koneksi.dec_thread_sharing()

    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [Aspirasi]):
            cursor.execute(sql)
        # One sorted build per index instead of a million scattered insertions.
        for definisi in indeks:
            cursor.execute(definisi)
        # Re-adding a foreign key checks every row in one join, far faster than the
        # per-row deferred triggers a COPY of millions of rows would queue.
        for tabel_, nama, definisi in kunci_asing:
            cursor.execute(f'ALTER TABLE "{tabel_}" ADD CONSTRAINT "{nama}" {definisi}')
    # The cached public figures are stale once this commits.
    transaction.on_commit(singgahan.data_berubah, robust=True)
    return Hasil(
        **jumlah_baris,
        opd=len(struktur.opd),
        kegiatan=struktur.jumlah_kegiatan_baru,
        profil={o.id: o.profil for o in struktur.opd},
        detik=time.monotonic() - awal_waktu,
    )


def _lepas_kunci_asing(tabel: list[str]) -> list[tuple[str, str, str]]:
    """Drop the foreign keys of ``tabel`` for the load; returns what to re-add."""
    with connection.cursor() as cursor:
        # Rows written earlier in this transaction (wilayah, OPDs, events) have deferred
        # checks pending; they must run before a foreign key can be dropped.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY(%s) "
            "ORDER BY 1, 2",
            [tabel],
        )
        kunci = cursor.fetchall()
        for tabel_, nama, _def in kunci:
            cursor.execute(f'ALTER TABLE "{tabel_}" DROP CONSTRAINT "{nama}"')
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")  # Django's foreign keys: deferred
    return kunci


def _lepas_indeks(tabel: list[str]) -> list[str]:
    """Drop the plain indexes of ``tabel``; returns their definitions. Kept: those behind
    a primary key or unique constraint (they guard the data while it is written) and
    partial ones (PostgreSQL would print their condition back differently, though equal)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i "
            "JOIN pg_index x ON x.indexrelid = "
            "(quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass "
            "WHERE i.schemaname = current_schema() AND i.tablename = ANY(%s) "
            "AND NOT x.indisunique AND x.indpred IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname) "
            "ORDER BY 1",
            [tabel],
        )
        indeks = cursor.fetchall()
        for nama, _def in indeks:
            cursor.execute(f'DROP INDEX "{nama}"')
    return [definisi for _nama, definisi in indeks]


def analisis_ulang() -> None:
    """Fresh planner statistics and visibility map after a bulk load (PostgreSQL)."""
    if connection.vendor != "postgresql":
        return
    # VACUUM cannot run inside a transaction (e.g. a test); ANALYZE alone can.
    perintah = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
    with connection.cursor() as cursor:
        for model in (Aspirasi, RiwayatStatus, Jawaban, Tanggapan, Disposisi):
            cursor.execute(f"{perintah} {model._meta.db_table}")
