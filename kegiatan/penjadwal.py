"""Schedule generator: Kenduren Mas and Ngantor di Kecamatan drafts.

Planning writes nothing: ``rencana_kenduren_mas`` and ``rencana_ngantor`` turn dates and an
ordered list of kecamatan into a list of ``Rencana`` (their only read is the days-off table).
``periksa_jadwal`` classifies a plan against the database without writing (the dry run /
preview) and ``buat_jadwal`` writes it in one transaction.

Working days
    The same calendar as the aspirasi deadlines (``layanan.hari_kerja``): a day is a working
    day unless it is a Saturday or Sunday, an Indonesian public holiday (``holidays.Indonesia``,
    category *public*), a day in the ``layanan.HariLibur`` table (*cuti bersama* and local days
    off, decided yearly, so data, not code) or one of the extra days the caller passes in
    (``libur``, e.g. a day off not yet entered in the table).

Kenduren Mas (every two weeks, two consecutive days)
    Slot *k* is nominally ``mulai + 14·k`` days. The event starts on the first day on or after
    the nominal day such that that day **and the next calendar day** are both working days
    (a slot on a Friday, or touching a holiday, moves forward to the next such pair, e.g.
    Monday-Tuesday). Shifts do not accumulate: the next slot is again counted from
    ``mulai``, and never starts before the previous event has ended. Kecamatan rotate in the
    given order (slot *k* goes to ``kecamatan[k % n]``). Planning stops at ``jumlah`` events
    or when an event would end after ``sampai``.

Ngantor di Kecamatan (N kecamatan a month, one day each, in priority order)
    For each calendar month overlapping ``[mulai, sampai]`` the working days of that month
    inside the range are listed and N of them are picked roughly evenly spaced (the middle of
    N equal parts), so the visits are spread through the month. The next N kecamatan of the
    priority list (first = greatest challenges) get those days in order. Planning stops when
    the list is exhausted or the range ends; a month with fewer than N working days left
    gets as many as it has.

Writing (``buat_jadwal``)
    Events are drafts (``terbit=False``, status *direncanakan*). An event whose natural key
    (jenis, kecamatan, tanggal_mulai) already exists is *skipped* — so running the generator
    twice creates nothing new. A planned event overlapping another (not cancelled) event in
    the same kecamatan is a *conflict*: reported, not created.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils.text import slugify

from kegiatan.models import Kegiatan, SesiAgenda
from layanan import hari_kerja as kalender_kerja

INTERVAL_KENDUREN_MAS = 14
# Safety limit: a mistyped year must not plan thousands of events.
BATAS_RENCANA = 500

AGENDA_KENDUREN_MAS = (
    (1, datetime.time(15, 0), "Gebyar UMKM dan jagongan bersama Bupati/Wakil Bupati"),
    (2, datetime.time(8, 0), "Pelayanan OPD"),
)


class HariKerja:
    """Working-day calendar: no weekends, national holidays, HariLibur rows, extra days off.

    HariLibur rows are read lazily, one query per calendar year touched, so a plan over a
    year costs one query however many days it checks."""

    def __init__(self, libur: Iterable[datetime.date] = ()):
        self.libur_tambahan = frozenset(libur)
        self._tercatat: dict[int, frozenset[datetime.date]] = {}

    def __contains__(self, hari: datetime.date) -> bool:
        return self.hari_kerja(hari)

    def libur_tercatat(self, tahun: int) -> frozenset[datetime.date]:
        if tahun not in self._tercatat:
            self._tercatat[tahun] = frozenset(
                kalender_kerja.libur_tambahan(
                    datetime.date(tahun, 1, 1), datetime.date(tahun, 12, 31)
                )
            )
        return self._tercatat[tahun]

    def hari_kerja(self, hari: datetime.date) -> bool:
        return hari not in self.libur_tambahan and kalender_kerja.adalah_hari_kerja(
            hari, self.libur_tercatat(hari.year)
        )

    def alasan_libur(self, hari: datetime.date) -> str:
        if hari.weekday() >= 5:
            return "akhir pekan"
        if hari in self.libur_tambahan or hari in self.libur_tercatat(hari.year):
            return "hari libur tambahan"
        return kalender_kerja.nama_libur_nasional(hari)


@dataclass(frozen=True)
class Rencana:
    """One planned event (not yet in the database)."""

    jenis: str
    kecamatan: object  # a layanan.Kecamatan (anything with .nama and .slug plans fine)
    mulai: datetime.date
    selesai: datetime.date
    tanggal_nominal: datetime.date | None = None

    @property
    def judul(self) -> str:
        awalan = "Kenduren Mas" if self.jenis == Kegiatan.Jenis.KENDUREN_MAS else "Ngantor di"
        return f"{awalan} Kecamatan {self.kecamatan.nama}"

    @property
    def slug(self) -> str:
        awalan = "kenduren-mas" if self.jenis == Kegiatan.Jenis.KENDUREN_MAS else "ngantor"
        nama = self.kecamatan.slug or slugify(self.kecamatan.nama)
        return f"{awalan}-{nama}-{self.mulai.isoformat()}"

    @property
    def digeser(self) -> bool:
        return self.tanggal_nominal is not None and self.tanggal_nominal != self.mulai


@dataclass
class HasilJadwal:
    dibuat: list = field(default_factory=list)  # Kegiatan (or Rencana in a dry run)
    dilewati: list = field(default_factory=list)  # (Rencana, existing Kegiatan)
    bentrok: list = field(default_factory=list)  # (Rencana, [overlapping Kegiatan])


# --- pure planning -------------------------------------------------------------------------
def _awal_pasangan_kerja(dari: datetime.date, kalender: HariKerja) -> datetime.date:
    hari = dari
    while not (kalender.hari_kerja(hari) and kalender.hari_kerja(hari + datetime.timedelta(1))):
        hari += datetime.timedelta(days=1)
    return hari


def rencana_kenduren_mas(
    *,
    mulai: datetime.date,
    kecamatan: Sequence,
    sampai: datetime.date | None = None,
    jumlah: int | None = None,
    libur: Iterable[datetime.date] = (),
    interval: int = INTERVAL_KENDUREN_MAS,
) -> list[Rencana]:
    """Kenduren Mas every ``interval`` days, two consecutive working days, rotating."""
    if not kecamatan:
        raise ValueError("Daftar kecamatan kosong.")
    if sampai is None and jumlah is None:
        raise ValueError("Isi tanggal akhir atau jumlah kegiatan.")
    kalender = HariKerja(libur)
    batas = min(jumlah if jumlah is not None else BATAS_RENCANA, BATAS_RENCANA)
    hasil: list[Rencana] = []
    paling_awal = mulai
    k = 0
    while len(hasil) < batas:
        nominal = mulai + datetime.timedelta(days=interval * k)
        if sampai is not None and nominal > sampai:
            break
        awal = _awal_pasangan_kerja(max(nominal, paling_awal), kalender)
        akhir = awal + datetime.timedelta(days=1)
        if sampai is not None and akhir > sampai:
            break
        hasil.append(
            Rencana(
                jenis=Kegiatan.Jenis.KENDUREN_MAS,
                kecamatan=kecamatan[k % len(kecamatan)],
                mulai=awal,
                selesai=akhir,
                tanggal_nominal=nominal,
            )
        )
        paling_awal = akhir + datetime.timedelta(days=1)
        k += 1
    return hasil


def _bulan(mulai: datetime.date, sampai: datetime.date):
    tahun, bulan = mulai.year, mulai.month
    while (tahun, bulan) <= (sampai.year, sampai.month):
        yield tahun, bulan
        tahun, bulan = (tahun + 1, 1) if bulan == 12 else (tahun, bulan + 1)


def sebar_merata(hari: Sequence[datetime.date], n: int) -> list[datetime.date]:
    """Pick ``n`` of ``hari`` roughly evenly spaced: the middle of ``n`` equal parts."""
    if n >= len(hari):
        return list(hari)
    return [hari[(2 * i + 1) * len(hari) // (2 * n)] for i in range(n)]


def rencana_ngantor(
    *,
    mulai: datetime.date,
    sampai: datetime.date,
    per_bulan: int,
    kecamatan: Sequence,
    libur: Iterable[datetime.date] = (),
) -> list[Rencana]:
    """Ngantor di Kecamatan: ``per_bulan`` kecamatan a month in priority order, one day each."""
    if per_bulan < 1:
        raise ValueError("Jumlah per bulan minimal 1.")
    kalender = HariKerja(libur)
    antrean = list(kecamatan)
    hasil: list[Rencana] = []
    for tahun, bulan in _bulan(mulai, sampai):
        if not antrean:
            break
        awal = max(mulai, datetime.date(tahun, bulan, 1))
        akhir = min(sampai, datetime.date(tahun, bulan, calendar.monthrange(tahun, bulan)[1]))
        hari_kerja = [
            awal + datetime.timedelta(days=i)
            for i in range((akhir - awal).days + 1)
            if kalender.hari_kerja(awal + datetime.timedelta(days=i))
        ]
        for hari in sebar_merata(hari_kerja, min(per_bulan, len(antrean))):
            hasil.append(
                Rencana(
                    jenis=Kegiatan.Jenis.NGANTOR,
                    kecamatan=antrean.pop(0),
                    mulai=hari,
                    selesai=hari,
                )
            )
    return hasil


def urai_tanggal(teks: str) -> list[datetime.date]:
    """``"2025-06-06, 2025-06-09"`` (commas, spaces or new lines) → dates; ValueError if bad."""
    potongan = [p for p in teks.replace(",", " ").split() if p]
    return [datetime.date.fromisoformat(p) for p in potongan]


# --- database ------------------------------------------------------------------------------
def cari_kecamatan(daftar: Iterable[str], *, pemda=None):
    """Resolve slugs or names (in order) to Kecamatan. Returns (found, unknown, ambiguous)."""
    from layanan.models import Kecamatan

    qs = Kecamatan.objects.select_related("pemda")
    if pemda is not None:
        qs = qs.filter(pemda=pemda)
    ditemukan, tidak_dikenal, ganda = [], [], []
    for teks in daftar:
        teks = teks.strip()
        if not teks:
            continue
        kandidat = list(qs.filter(slug=teks.lower())) or list(qs.filter(nama__iexact=teks))
        if not kandidat:
            tidak_dikenal.append(teks)
        elif len(kandidat) > 1:
            ganda.append(teks)
        else:
            ditemukan.append(kandidat[0])
    return ditemukan, tidak_dikenal, ganda


def _sudah_ada(rencana: Rencana):
    return Kegiatan.objects.filter(
        jenis=rencana.jenis, kecamatan=rencana.kecamatan, tanggal_mulai=rencana.mulai
    ).first()


def _bentrok(rencana: Rencana):
    return list(
        Kegiatan.objects.bentrok_dengan(
            kecamatan=rencana.kecamatan, mulai=rencana.mulai, selesai=rencana.selesai
        ).order_by("tanggal_mulai", "pk")
    )


def periksa_jadwal(*, rencana: Sequence[Rencana]) -> HasilJadwal:
    """Dry run: what ``buat_jadwal`` would do, without writing. ``dibuat`` holds Rencana."""
    hasil = HasilJadwal()
    for r in rencana:
        if (ada := _sudah_ada(r)) is not None:
            hasil.dilewati.append((r, ada))
        elif lawan := _bentrok(r):
            hasil.bentrok.append((r, lawan))
        else:
            hasil.dibuat.append(r)
    return hasil


def _slug_bebas(slug: str) -> str:
    if not Kegiatan.objects.filter(slug=slug).exists():
        return slug
    n = 2
    while Kegiatan.objects.filter(slug=f"{slug}-{n}").exists():
        n += 1
    return f"{slug}-{n}"


@transaction.atomic
def buat_jadwal(*, rencana: Sequence[Rencana], dengan_agenda: bool = True) -> HasilJadwal:
    """Create the planned events as drafts; skip existing ones, report conflicts.

    Events planned in the same run are checked against each other too (they are in the
    database by the time the next one is checked)."""
    hasil = HasilJadwal()
    for r in rencana:
        if (ada := _sudah_ada(r)) is not None:
            hasil.dilewati.append((r, ada))
            continue
        if lawan := _bentrok(r):
            hasil.bentrok.append((r, lawan))
            continue
        try:
            with transaction.atomic():
                kegiatan = Kegiatan.objects.create(
                    jenis=r.jenis,
                    judul=r.judul,
                    slug=_slug_bebas(r.slug),
                    tanggal_mulai=r.mulai,
                    tanggal_selesai=r.selesai,
                    kecamatan=r.kecamatan,
                    tempat=(
                        f"Kantor Kecamatan {r.kecamatan.nama}"
                        if r.jenis == Kegiatan.Jenis.NGANTOR
                        else ""
                    ),
                    status=Kegiatan.Status.DIRENCANAKAN,
                    terbit=False,
                )
        except IntegrityError:
            # Created concurrently by another run: the natural key now exists.
            hasil.dilewati.append((r, _sudah_ada(r)))
            continue
        if dengan_agenda and r.jenis == Kegiatan.Jenis.KENDUREN_MAS:
            SesiAgenda.objects.bulk_create(
                SesiAgenda(kegiatan=kegiatan, hari_ke=hari, jam_mulai=jam, judul=judul)
                for hari, jam, judul in AGENDA_KENDUREN_MAS
            )
        hasil.dibuat.append(kegiatan)
    return hasil
