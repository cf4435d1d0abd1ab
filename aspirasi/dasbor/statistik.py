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
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, DateField, F, Min, Q, Subquery
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.translation import gettext as _

from aspirasi.admin.akses import saring_aspirasi, saring_kehadiran
from aspirasi.models import Aspirasi, Status
from kegiatan.models import Kegiatan, KehadiranOPD
from layanan.models import OPD, Desa, Kecamatan

WIB = ZoneInfo(settings.TIME_ZONE)
TANPA_OPD = "tanpa"  # the filter value of items not yet routed to any OPD
# The reader of /transparansi/: counts over every item, never an item itself.
PUBLIK = object()

BELUM = Q(status__in=[Status.BARU, Status.DITERUSKAN])
DIJAWAB = Q(dijawab_pertama_pada__isnull=False)
TEPAT = DIJAWAB & Q(dijawab_pertama_pada__lte=F("tenggat_jawaban"))


def lewat(sekarang) -> Q:
    return BELUM & Q(tenggat__lt=sekarang)


# --- the chosen view ----------------------------------------------------------------------
@dataclass(frozen=True)
class Saringan:
    """What the reader chose: period (dates, WIB, inclusive) and optional filters."""

    dari: datetime.date
    sampai: datetime.date
    pemda_id: int | None = None
    jenis: str = ""
    kanal: str = ""
    kecamatan_id: int | None = None
    desa_id: int | None = None
    opd: int | str | None = None  # an OPD id, TANPA_OPD, or None for all

    @property
    def awal(self) -> datetime.datetime:
        return datetime.datetime.combine(self.dari, datetime.time.min, tzinfo=WIB)

    @property
    def akhir(self) -> datetime.datetime:
        """Exclusive: the start of the day after ``sampai``."""
        return datetime.datetime.combine(
            self.sampai + datetime.timedelta(days=1), datetime.time.min, tzinfo=WIB
        )


def saringan_bawaan(hari_ini: datetime.date | None = None) -> Saringan:
    hari_ini = hari_ini or timezone.localdate()
    hari = settings.DASBOR_PERIODE_BAWAAN_HARI
    return Saringan(dari=hari_ini - datetime.timedelta(days=hari - 1), sampai=hari_ini)


def _saring_tanpa_periode(user, saringan: Saringan):
    """The reader's aspirasi (the admin's rule) narrowed by every filter but the period."""
    qs = Aspirasi.objects.all()
    qs = qs if user is PUBLIK else saring_aspirasi(user, qs)
    if saringan.pemda_id is not None:
        # The government that must answer; for an item not yet routed, where it happened.
        qs = qs.filter(
            Q(opd__pemda_id=saringan.pemda_id)
            | Q(opd__isnull=True, kecamatan__pemda_id=saringan.pemda_id)
        )
    if saringan.jenis:
        qs = qs.filter(jenis=saringan.jenis)
    if saringan.kanal:
        qs = qs.filter(kanal=saringan.kanal)
    if saringan.kecamatan_id is not None:
        qs = qs.filter(kecamatan_id=saringan.kecamatan_id)
    if saringan.desa_id is not None:
        qs = qs.filter(desa_id=saringan.desa_id)
    if saringan.opd == TANPA_OPD:
        qs = qs.filter(opd__isnull=True)
    elif saringan.opd is not None:
        qs = qs.filter(opd_id=saringan.opd)
    return qs


def aspirasi_tersaring(user, saringan: Saringan):
    """The aspirasi behind every figure: the reader's scope, the filters, the period."""
    return _saring_tanpa_periode(user, saringan).filter(
        dibuat__gte=saringan.awal, dibuat__lt=saringan.akhir
    )


KEADAAN = {
    "semua": Q(),
    "belum": BELUM,
    "dijawab": DIJAWAB,
    "tepat": TEPAT,
    "terlambat": DIJAWAB & ~TEPAT,
}


def daftar_keadaan(user, saringan: Saringan, keadaan: str, sekarang=None):
    """The items behind one figure (``keadaan``: semua, belum, lewat, dijawab, tepat,
    terlambat), for the dashboard's drill-down list."""
    sekarang = sekarang or timezone.now()
    syarat = lewat(sekarang) if keadaan == "lewat" else KEADAAN[keadaan]
    return aspirasi_tersaring(user, saringan).filter(syarat)


# --- figures ------------------------------------------------------------------------------
@dataclass
class Angka:
    diterima: int = 0
    belum: int = 0
    lewat: int = 0
    dijawab: int = 0
    tepat: int = 0
    jatuh_tempo: int = 0
    median_hari: float | None = None
    tertua: datetime.datetime | None = None
    umur_tertua: int | None = None
    hadir: int = 0
    diundang: int = 0

    @property
    def tepat_persen(self) -> int | None:
        if not self.jatuh_tempo:
            return None
        return round(100 * self.tepat / self.jatuh_tempo)

    def isi_umur(self, hari_ini: datetime.date) -> None:
        if self.tertua is not None:
            self.umur_tertua = (hari_ini - timezone.localtime(self.tertua, WIB).date()).days


@dataclass
class Baris:
    """One row of a grouped table: ``kunci`` is the id used in the drill-down links."""

    kunci: int | str | None
    nama: str
    angka: Angka = field(default_factory=Angka)
    singkatan: str = ""


def _agregat(sekarang) -> dict:
    terlambat = lewat(sekarang)
    return {
        "diterima": Count("pk"),
        "belum": Count("pk", filter=BELUM),
        "lewat": Count("pk", filter=terlambat),
        "dijawab": Count("pk", filter=DIJAWAB),
        "tepat": Count("pk", filter=TEPAT),
        "jatuh_tempo": Count("pk", filter=DIJAWAB | terlambat),
        "tertua": Min("dibuat", filter=BELUM),
    }


_JUMLAH = ("diterima", "belum", "lewat", "dijawab", "tepat", "jatuh_tempo")


def _median_sebaran(sebaran: dict[int, int]) -> float | None:
    """The median of values given as {value: how many}: the mean of the two middle values
    when their number is even (what statistics.median and percentile_cont(0.5) give)."""
    n = sum(sebaran.values())
    if not n:
        return None
    kiri, kanan = (n - 1) // 2, n // 2
    dilewati, nilai_kiri = 0, None
    for nilai in sorted(sebaran):
        dilewati += sebaran[nilai]
        if nilai_kiri is None and dilewati > kiri:
            nilai_kiri = nilai
        if dilewati > kanan:
            return (nilai_kiri + nilai) / 2
    return None  # pragma: no cover - unreachable: the loop passes position kanan < n


def _per_dan_total(qs, kunci: str | None, sekarang, senin=()) -> tuple[dict, Angka, dict]:
    """``{value of kunci: Angka}``, the total over all of ``qs`` and, for the weeks starting
    on the Mondays ``senin``, ``{monday: items received}`` (``_hitung_minggu``), in one query.

    Grouped by ``kunci`` and the answer time as well: the answer time is a small whole
    number of working days, so each group's median follows exactly from how many items
    have each value. A hash aggregate over the period with no sort, where an ordered-set
    median (percentile_cont) per group sorted every row of the period (about 4 times
    slower on a million items). The groups cover every row, so their sum is the total."""
    kolom = [kunci, "hari_kerja_sampai_jawaban"] if kunci else ["hari_kerja_sampai_jawaban"]
    hasil: dict = {}
    total = Angka()
    sebaran: dict = defaultdict(dict)
    sebaran_total: dict = defaultdict(int)
    minggu = _hitung_minggu("dibuat", senin)
    diterima = dict.fromkeys(senin, 0)
    for baris in qs.order_by().values(*kolom).annotate(**_agregat(sekarang), **minggu):
        for i, hari in enumerate(senin):
            diterima[hari] += baris[f"m{i}"]
        k = baris[kunci] if kunci else None
        angka = hasil.get(k)
        if angka is None:
            angka = hasil[k] = Angka()
        tertua = baris["tertua"]
        for a in (angka, total):
            for nama in _JUMLAH:
                setattr(a, nama, getattr(a, nama) + baris[nama])
            if tertua is not None and (a.tertua is None or tertua < a.tertua):
                a.tertua = tertua
        hari = baris["hari_kerja_sampai_jawaban"]
        if hari is not None:
            sebaran[k][hari] = baris["diterima"]
            sebaran_total[hari] += baris["diterima"]
    for k, angka in hasil.items():
        angka.median_hari = _median_sebaran(sebaran.get(k, {}))
    total.median_hari = _median_sebaran(sebaran_total)
    return hasil, total, diterima


def _per(qs, kunci: str | None, sekarang) -> dict:
    return _per_dan_total(qs, kunci, sekarang)[0]


def ringkasan(qs, *, sekarang=None, hari_ini=None) -> Angka:
    """The headline figures of ``qs`` (already scoped, filtered and limited to the period)."""
    sekarang = sekarang or timezone.now()
    angka = _per_dan_total(qs, None, sekarang)[1]
    angka.isi_umur(hari_ini or timezone.localdate(sekarang))
    return angka


def kehadiran_tersaring(user, saringan: Saringan, hari_ini: datetime.date):
    """Attendance rows of events that started in the period (up to today), not cancelled,
    in the reader's scope and filters (jenis and kanal do not apply to events)."""
    qs = KehadiranOPD.objects.all()
    qs = qs if user is PUBLIK else saring_kehadiran(user, qs)
    qs = qs.filter(
        kegiatan__tanggal_mulai__gte=saringan.dari,
        kegiatan__tanggal_mulai__lte=min(saringan.sampai, hari_ini),
    ).exclude(kegiatan__status=Kegiatan.Status.DIBATALKAN)
    if saringan.pemda_id is not None:
        qs = qs.filter(opd__pemda_id=saringan.pemda_id)
    if saringan.kecamatan_id is not None:
        qs = qs.filter(kegiatan__kecamatan_id=saringan.kecamatan_id)
    if saringan.desa_id is not None:
        qs = qs.filter(kegiatan__desa_id=saringan.desa_id)
    if saringan.opd == TANPA_OPD:
        return qs.none()
    if saringan.opd is not None:
        qs = qs.filter(opd_id=saringan.opd)
    return qs


def kehadiran_per_opd(user, saringan: Saringan, hari_ini: datetime.date) -> dict:
    """``{opd_id: (hadir, diundang)}``."""
    return {
        baris["opd_id"]: (baris["hadir"], baris["diundang"])
        for baris in kehadiran_tersaring(user, saringan, hari_ini)
        .order_by()
        .values("opd_id")
        .annotate(
            hadir=Count("pk", filter=Q(kehadiran=KehadiranOPD.Kehadiran.HADIR)),
            diundang=Count("pk"),
        )
    }


def urutan_terburuk(baris: Baris):
    """Worst first: most overdue, then most unanswered, then the oldest unanswered item,
    then the lowest on-time share; ties by name."""
    a = baris.angka
    persen = a.tepat_persen
    return (
        -a.lewat,
        -a.belum,
        -(a.umur_tertua if a.umur_tertua is not None else -1),
        persen if persen is not None else 101,
        baris.nama,
    )


def per_opd(
    user, saringan: Saringan, *, qs=None, sekarang=None, hari_ini=None, angka=None
) -> list[Baris]:
    """One row per OPD with items or attendance in view (and one for items not yet routed),
    worst first. ``angka``: the figures per OPD when already computed (``_per_dan_total``)."""
    sekarang = sekarang or timezone.now()
    hari_ini = hari_ini or timezone.localdate(sekarang)
    qs = aspirasi_tersaring(user, saringan) if qs is None else qs
    if angka is None:
        angka = _per(qs, "opd_id", sekarang)
    for opd_id, (hadir, diundang) in kehadiran_per_opd(user, saringan, hari_ini).items():
        angka.setdefault(opd_id, Angka())
        angka[opd_id].hadir, angka[opd_id].diundang = hadir, diundang
    nama = {
        opd.pk: opd
        for opd in OPD.objects.filter(pk__in=[k for k in angka if k is not None]).only(
            "nama", "singkatan"
        )
    }
    hasil = []
    for opd_id, a in angka.items():
        a.isi_umur(hari_ini)
        if opd_id is None:
            hasil.append(Baris(TANPA_OPD, str(_("Belum diteruskan ke OPD")), a))
        else:
            opd = nama[opd_id]
            hasil.append(Baris(opd_id, opd.nama, a, opd.singkatan))
    return sorted(hasil, key=urutan_terburuk)


def per_wilayah(user, saringan: Saringan, *, qs=None, sekarang=None, hari_ini=None):
    """Per kecamatan; once a kecamatan is chosen, per desa of it. Returns (level, rows)
    with level ``kecamatan`` or ``desa``; rows by most received, then name."""
    sekarang = sekarang or timezone.now()
    hari_ini = hari_ini or timezone.localdate(sekarang)
    qs = aspirasi_tersaring(user, saringan) if qs is None else qs
    tingkat, kunci, model = (
        ("desa", "desa_id", Desa)
        if saringan.kecamatan_id is not None
        else ("kecamatan", "kecamatan_id", Kecamatan)
    )
    angka = _per(qs, kunci, sekarang)
    nama = {
        obj.pk: obj.nama
        for obj in model.objects.filter(pk__in=[k for k in angka if k is not None]).only("nama")
    }
    hasil = []
    for k, a in angka.items():
        a.isi_umur(hari_ini)
        hasil.append(Baris(k, nama[k] if k is not None else str(_("Tanpa lokasi")), a))
    hasil.sort(key=lambda b: (-b.angka.diterima, b.kunci is None, b.nama))
    return tingkat, hasil


@dataclass
class Minggu:
    mulai: datetime.date
    diterima: int = 0
    dijawab: int = 0

    @property
    def selesai(self) -> datetime.date:
        return self.mulai + datetime.timedelta(days=6)


def _senin(tanggal: datetime.date) -> datetime.date:
    return tanggal - datetime.timedelta(days=tanggal.weekday())


# Up to this many weeks, weekly counts are range filters on the stored timestamp: one
# aggregate row, no time-zone conversion per row (on a million items about 3 times faster
# than grouping by the truncated week). Longer periods group by the truncated week, whose
# cost does not grow with the number of weeks.
MINGGU_RENTANG_MAKS = 26


def _hitung_minggu(kolom: str, senin) -> dict:
    """Aggregates ``m0``, ``m1`` …: items whose ``kolom`` falls in the WIB week starting on
    each of the Mondays ``senin``."""
    if not senin:
        return {}
    batas = [
        datetime.datetime.combine(hari, datetime.time.min, tzinfo=WIB)
        for hari in [*senin, senin[-1] + datetime.timedelta(days=7)]
    ]
    return {
        f"m{i}": Count("pk", filter=Q(**{f"{kolom}__gte": batas[i], f"{kolom}__lt": batas[i + 1]}))
        for i in range(len(senin))
    }


def _per_minggu(qs, kolom: str, senin: list[datetime.date]) -> dict:
    """``{monday: number of items}`` of ``qs`` by the WIB week of ``kolom``; ``senin``: the
    Mondays of the weeks asked for, in order."""
    if len(senin) <= MINGGU_RENTANG_MAKS:
        jumlah = qs.order_by().aggregate(**_hitung_minggu(kolom, senin))
        return {hari: jumlah[f"m{i}"] for i, hari in enumerate(senin)}
    minggu = TruncWeek(kolom, output_field=DateField(), tzinfo=WIB)
    hasil = {}
    for baris in qs.order_by().annotate(minggu=minggu).values("minggu").annotate(n=Count("pk")):
        nilai = baris["minggu"]
        if isinstance(nilai, datetime.datetime):
            nilai = nilai.date()
        hasil[nilai] = baris["n"]
    return hasil


def _daftar_senin(saringan: Saringan) -> list[datetime.date]:
    senin = []
    hari = _senin(saringan.dari)
    while hari <= saringan.sampai:
        senin.append(hari)
        hari += datetime.timedelta(days=7)
    return senin


def tren_mingguan(user, saringan: Saringan, *, diterima: dict | None = None) -> list[Minggu]:
    """Received vs first answered per week of the period, every week listed (zeros too).
    ``diterima``: the received counts per week when already computed (``_per_dan_total``)."""
    senin = _daftar_senin(saringan)
    dasar = _saring_tanpa_periode(user, saringan)
    if diterima is None:
        diterima = _per_minggu(
            dasar.filter(dibuat__gte=saringan.awal, dibuat__lt=saringan.akhir), "dibuat", senin
        )
    dijawab = _per_minggu(
        dasar.filter(
            dijawab_pertama_pada__gte=saringan.awal, dijawab_pertama_pada__lt=saringan.akhir
        ),
        "dijawab_pertama_pada",
        senin,
    )
    return [Minggu(hari, diterima.get(hari, 0), dijawab.get(hari, 0)) for hari in senin]


# What a list of items on the dashboard loads: never a reporter field.
KOLOM_DAFTAR = (
    "kode",
    "judul",
    "status",
    "dibuat",
    "tenggat",
    "dijawab_pertama_pada",
    "opd__nama",
    "opd__singkatan",
    "kecamatan__nama",
)


def beri_umur(daftar, hari_ini: datetime.date):
    """Calendar days since receipt (``umur_hari``) and since the deadline (``lewat_hari``)
    of each listed item, for display."""
    for a in daftar:
        a.umur_hari = (hari_ini - timezone.localtime(a.dibuat, WIB).date()).days
        a.lewat_hari = (
            (hari_ini - timezone.localtime(a.tenggat, WIB).date()).days if a.tenggat else None
        )
    return daftar


def daftar_lewat_tenggat(qs, *, sekarang=None, batas: int = 20) -> list[Aspirasi]:
    """The overdue items, the longest overdue first, without any reporter field."""
    sekarang = sekarang or timezone.now()
    # The ids first, from the index of unanswered items alone (aspirasi_belum_dibuat_idx
    # holds tenggat and id), then only those rows: not every overdue row of the period.
    pilihan = qs.filter(lewat(sekarang)).order_by("tenggat", "pk").values("pk")[:batas]
    daftar = list(
        Aspirasi.objects.filter(pk__in=Subquery(pilihan))
        .select_related("opd", "kecamatan")
        .only(*KOLOM_DAFTAR)
        .order_by("tenggat", "pk")
    )
    return beri_umur(daftar, timezone.localdate(sekarang))


@dataclass
class Dasbor:
    saringan: Saringan
    ringkasan: Angka
    per_opd: list[Baris]
    tingkat_wilayah: str
    per_wilayah: list[Baris]
    tren: list[Minggu]
    lewat_tenggat: list[Aspirasi]
    sekarang: datetime.datetime
    hari_ini: datetime.date


def dasbor(user, saringan: Saringan, *, sekarang=None, batas_lewat: int = 20) -> Dasbor:
    """Everything the dashboard shows for ``user`` and ``saringan``."""
    sekarang = sekarang or timezone.now()
    hari_ini = timezone.localdate(sekarang)
    qs = aspirasi_tersaring(user, saringan)
    tingkat, wilayah = per_wilayah(user, saringan, qs=qs, sekarang=sekarang, hari_ini=hari_ini)
    # The headline figures are the sum of the OPD rows, and a short period's weekly received
    # counts come along: one pass over the period for all three.
    senin = _daftar_senin(saringan)
    angka_opd, total, diterima = _per_dan_total(
        qs, "opd_id", sekarang, senin if len(senin) <= MINGGU_RENTANG_MAKS else ()
    )
    total.isi_umur(hari_ini)
    return Dasbor(
        saringan=saringan,
        ringkasan=total,
        per_opd=per_opd(
            user, saringan, qs=qs, sekarang=sekarang, hari_ini=hari_ini, angka=angka_opd
        ),
        tingkat_wilayah=tingkat,
        per_wilayah=wilayah,
        tren=tren_mingguan(user, saringan, diterima=diterima or None),
        lewat_tenggat=daftar_lewat_tenggat(qs, sekarang=sekarang, batas=batas_lewat),
        sekarang=sekarang,
        hari_ini=hari_ini,
    )


# --- /transparansi/ -----------------------------------------------------------------------
def transparansi(*, hari_ini: datetime.date | None = None, bulan: int = 12) -> dict:
    """Per-OPD answer record of the last ``bulan`` months (the dashboard's own definitions),
    items not yet routed left out: they are no OPD's record."""
    hari_ini = hari_ini or timezone.localdate()
    saringan = Saringan(
        dari=hari_ini - datetime.timedelta(days=round(bulan * 30.44)), sampai=hari_ini
    )
    qs = aspirasi_tersaring(PUBLIK, saringan)
    sekarang = timezone.now()
    angka_opd, total, _minggu = _per_dan_total(qs, "opd_id", sekarang)
    total.isi_umur(hari_ini)
    baris = [
        b
        for b in per_opd(
            PUBLIK, saringan, qs=qs, sekarang=sekarang, hari_ini=hari_ini, angka=angka_opd
        )
        if b.kunci != TANPA_OPD
    ]
    return {
        "saringan": saringan,
        "ringkasan": total,
        "per_opd": baris,
        "dihitung": timezone.now(),
    }
