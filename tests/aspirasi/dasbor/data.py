"""A seeded data set for the dashboard tests and the plain-Python reference computation.

The items go through the real service functions (so deadlines, status history and the
stored answer figures are what the workflow writes), at times spread over March and April
2026: weekends, Nyepi and Idul Fitri, and cuti bersama days recorded as ``HariLibur``.
The reference below recomputes every figure from the raw timestamps with its own, naive
working-day count, never with the dashboard's columns or queries.
"""

from __future__ import annotations

import datetime
import random
import statistics
from collections import defaultdict
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import holidays

from aspirasi import services
from aspirasi.dasbor.statistik import TANPA_OPD, Saringan
from aspirasi.models import Aspirasi, RiwayatStatus, Status, Tanggapan
from kegiatan.models import Kegiatan, KehadiranOPD
from layanan.models import HariLibur, Pemda
from tests.factories import DesaFactory, KecamatanFactory, OPDFactory, PemdaFactory, verifikator
from tests.factories_kegiatan import KegiatanFactory, KehadiranOPDFactory

WIB = ZoneInfo("Asia/Jakarta")
SEKARANG = datetime.datetime(2026, 4, 10, 12, 0, tzinfo=WIB)
CUTI_BERSAMA = [datetime.date(2026, 3, 18), datetime.date(2026, 3, 23), datetime.date(2026, 3, 24)]


@dataclass
class Dunia:
    pemda_kab: object
    pemda_kota: object
    kecamatan: list
    desa: dict
    opd: list


def siapkan(jumlah: int = 70, benih: int = 5) -> Dunia:
    for tanggal in CUTI_BERSAMA:
        HariLibur.objects.create(tanggal=tanggal, keterangan="Cuti bersama (uji)")
    kab = PemdaFactory()
    kota = PemdaFactory(
        kode="35.75", nama="Pemerintah Kota Pasuruan", jenis=Pemda.Jenis.KOTA, slug="kota"
    )
    kecamatan = [KecamatanFactory(pemda=kab), KecamatanFactory(pemda=kab)]
    kecamatan.append(KecamatanFactory(pemda=kota))
    desa = {k.pk: [DesaFactory(kecamatan=k), DesaFactory(kecamatan=k)] for k in kecamatan}
    opd = [
        OPDFactory(pemda=kab, nama="Dinas Cepat"),
        OPDFactory(pemda=kab, nama="Dinas Lambat"),
        OPDFactory(pemda=kab, nama="Badan Sedang"),
        OPDFactory(pemda=kota, nama="Dinas Kota"),
    ]
    # Working days an OPD takes to answer (min, max calendar days after routing).
    lama = {opd[0].pk: (0, 3), opd[1].pk: (3, 16), opd[2].pk: (1, 8), opd[3].pk: (0, 9)}
    staf = verifikator()
    acak = random.Random(benih)
    awal = datetime.datetime(2026, 3, 2, 7, 0, tzinfo=WIB)
    for i in range(jumlah):
        dikirim = awal + datetime.timedelta(minutes=acak.randrange(0, 38 * 24 * 60))
        kec = acak.choice([*kecamatan, None])
        aspirasi = services.kirim_aspirasi(
            waktu=dikirim,
            jenis=acak.choice(Aspirasi.Jenis.values),
            judul=f"Aspirasi uji {i}",
            isi="Isi uji dasbor.",
            kanal=acak.choice(Aspirasi.Kanal.values),
            kecamatan=kec,
            desa=acak.choice([*desa[kec.pk], None]) if kec else None,
            privasi=Aspirasi.Privasi.BIASA,
            nama_pelapor="Pelapor Rahasia Uji",
        )
        nasib = acak.random()
        if nasib < 0.12:
            continue  # waits for the verifikator
        waktu = dikirim + datetime.timedelta(hours=acak.randrange(0, 96))
        if waktu >= SEKARANG:
            continue
        if nasib < 0.18:
            services.tolak(aspirasi=aspirasi, alasan="Duplikat.", oleh=staf, waktu=waktu)
            continue
        tujuan = acak.choice(opd)
        services.teruskan(aspirasi=aspirasi, opd=tujuan, oleh=staf, waktu=waktu)
        if nasib < 0.28:  # wrongly routed: forwarded on, the clock starts again
            waktu += datetime.timedelta(hours=acak.randrange(1, 72))
            if waktu >= SEKARANG:
                continue
            tujuan = acak.choice([o for o in opd if o != tujuan])
            services.disposisi(
                aspirasi=aspirasi, ke_opd=tujuan, alasan="Bukan kewenangan.", oleh=staf, waktu=waktu
            )
        if nasib > 0.85:
            continue  # never answered
        waktu += datetime.timedelta(
            days=acak.randint(*lama[tujuan.pk]), hours=acak.randrange(0, 10)
        )
        if waktu >= SEKARANG:
            continue
        services.jawab(aspirasi=aspirasi, isi="Jawaban uji.", oleh=staf, waktu=waktu)
        if nasib > 0.75:  # the resident was not satisfied: back to the OPD
            waktu += datetime.timedelta(days=1)
            if waktu < SEKARANG:
                services.beri_tanggapan(
                    aspirasi=aspirasi,
                    penilaian=Tanggapan.Penilaian.TIDAK_PUAS,
                    alasan="Belum menjawab.",
                    waktu=waktu,
                )
    _kegiatan(kecamatan, desa, opd)
    return Dunia(kab, kota, kecamatan, desa, opd)


def _kegiatan(kecamatan, desa, opd):
    hadir, absen, izin = (
        KehadiranOPD.Kehadiran.HADIR,
        KehadiranOPD.Kehadiran.TIDAK_HADIR,
        KehadiranOPD.Kehadiran.IZIN,
    )
    rencana = [
        (
            kecamatan[0],
            desa[kecamatan[0].pk][0],
            datetime.date(2026, 3, 10),
            None,
            [hadir, absen, izin, None],
        ),
        (
            kecamatan[1],
            None,
            datetime.date(2026, 3, 12),
            Kegiatan.Status.DIBATALKAN,
            [absen, absen, None, None],
        ),
        (kecamatan[2], None, datetime.date(2026, 3, 26), None, [hadir, hadir, absen, hadir]),
        (kecamatan[0], None, datetime.date(2026, 2, 20), None, [absen, hadir, hadir, None]),
        (kecamatan[1], None, datetime.date(2026, 4, 20), None, [absen, absen, absen, absen]),
    ]
    for kec, ds, tanggal, status, kehadiran in rencana:
        kegiatan = KegiatanFactory(
            kecamatan=kec,
            desa=ds,
            tanggal_mulai=tanggal,
            tanggal_selesai=tanggal + datetime.timedelta(days=1),
            status=status or Kegiatan.Status.SELESAI,
        )
        for o, k in zip(opd, kehadiran, strict=True):
            if k is not None:
                KehadiranOPDFactory(kegiatan=kegiatan, opd=o, kehadiran=k)


# --- the reference: plain Python over raw rows -------------------------------------------
def _libur() -> set[datetime.date]:
    return set(holidays.Indonesia(years=[2026])) | set(
        HariLibur.objects.values_list("tanggal", flat=True)
    )


def _kerja(tanggal, libur) -> bool:
    return tanggal.weekday() < 5 and tanggal not in libur


def hari_kerja_ref(mulai, sampai, libur) -> int:
    """Working days after ``mulai``'s date up to ``sampai``'s date (WIB)."""
    a, b = mulai.astimezone(WIB).date(), sampai.astimezone(WIB).date()
    return sum(1 for n in range(1, (b - a).days + 1) if _kerja(a + datetime.timedelta(n), libur))


def tenggat_ref(mulai, hari, libur) -> datetime.datetime:
    tanggal = mulai.astimezone(WIB).date()
    while hari:
        tanggal += datetime.timedelta(days=1)
        hari -= _kerja(tanggal, libur)
    return datetime.datetime.combine(tanggal, datetime.time(23, 59, 59), tzinfo=WIB)


def baris_mentah(hari_jawaban: int = 5) -> list[dict]:
    """Every aspirasi as a dict, with its first-answer deadline and working days computed
    from the status history: the last routing before the first answer starts the clock."""
    libur = _libur()
    diteruskan = defaultdict(list)
    for r in RiwayatStatus.objects.filter(ke=Status.DITERUSKAN).values("aspirasi_id", "waktu"):
        diteruskan[r["aspirasi_id"]].append(r["waktu"])
    hasil = []
    for b in Aspirasi.objects.values(
        "pk",
        "kode",
        "dibuat",
        "status",
        "tenggat",
        "opd_id",
        "opd__nama",
        "opd__pemda_id",
        "kecamatan_id",
        "kecamatan__pemda_id",
        "desa_id",
        "jenis",
        "kanal",
        "dijawab_pertama_pada",
    ):
        jawab = b["dijawab_pertama_pada"]
        if jawab is not None:
            mulai = max(w for w in diteruskan[b["pk"]] if w <= jawab)
            b["tenggat_ref"] = tenggat_ref(mulai, hari_jawaban, libur)
            b["hari_ref"] = hari_kerja_ref(mulai, jawab, libur)
        hasil.append(b)
    return hasil


def boleh_lihat_ref(user):
    if user.has_perm("aspirasi.lihat_semua_aspirasi"):
        return lambda b: True
    if user.desa_id is not None:  # a Lurah: their desa, not the whole kecamatan
        return lambda b: (
            (user.opd_id is not None and b["opd_id"] == user.opd_id) or b["desa_id"] == user.desa_id
        )
    return lambda b: (
        (user.opd_id is not None and b["opd_id"] == user.opd_id)
        or (user.kecamatan_id is not None and b["kecamatan_id"] == user.kecamatan_id)
    )


def cocok_ref(b, s: Saringan) -> bool:
    pemda = b["opd__pemda_id"] if b["opd_id"] is not None else b["kecamatan__pemda_id"]
    return (
        (s.pemda_id is None or pemda == s.pemda_id)
        and (not s.jenis or b["jenis"] == s.jenis)
        and (not s.kanal or b["kanal"] == s.kanal)
        and (s.kecamatan_id is None or b["kecamatan_id"] == s.kecamatan_id)
        and (s.desa_id is None or b["desa_id"] == s.desa_id)
        and (
            s.opd is None
            or (s.opd == TANPA_OPD and b["opd_id"] is None)
            or (s.opd != TANPA_OPD and b["opd_id"] == s.opd)
        )
    )


def _dalam_periode(waktu, s: Saringan) -> bool:
    return waktu is not None and s.dari <= waktu.astimezone(WIB).date() <= s.sampai


def pilih_ref(semua, user, s: Saringan) -> list[dict]:
    lihat = boleh_lihat_ref(user)
    return [b for b in semua if lihat(b) and cocok_ref(b, s) and _dalam_periode(b["dibuat"], s)]


def angka_ref(baris, sekarang) -> dict:
    hari_ini = sekarang.astimezone(WIB).date()
    belum = [b for b in baris if b["status"] in (Status.BARU, Status.DITERUSKAN)]
    lewat = [b for b in belum if b["tenggat"] is not None and b["tenggat"] < sekarang]
    dijawab = [b for b in baris if b["dijawab_pertama_pada"] is not None]
    tepat = [b for b in dijawab if b["dijawab_pertama_pada"] <= b["tenggat_ref"]]
    jatuh_tempo = {b["pk"] for b in dijawab} | {b["pk"] for b in lewat}
    tertua = min((b["dibuat"] for b in belum), default=None)
    return {
        "diterima": len(baris),
        "belum": len(belum),
        "lewat": len(lewat),
        "dijawab": len(dijawab),
        "tepat": len(tepat),
        "jatuh_tempo": len(jatuh_tempo),
        "tepat_persen": round(100 * len(tepat) / len(jatuh_tempo)) if jatuh_tempo else None,
        "median_hari": statistics.median([b["hari_ref"] for b in dijawab]) if dijawab else None,
        "umur_tertua": (hari_ini - tertua.astimezone(WIB).date()).days if tertua else None,
    }


def kelompok_ref(baris, kunci, sekarang) -> dict:
    grup = defaultdict(list)
    for b in baris:
        grup[b[kunci]].append(b)
    return {k: angka_ref(v, sekarang) for k, v in grup.items()}


def kehadiran_ref(user, s: Saringan, hari_ini) -> dict:
    lihat_semua = user.has_perm("aspirasi.lihat_semua_aspirasi")
    hasil = defaultdict(lambda: [0, 0])
    if s.opd == TANPA_OPD:
        return {}
    for k in KehadiranOPD.objects.select_related("kegiatan", "opd"):
        keg = k.kegiatan
        wilayah = (
            keg.desa_id == user.desa_id
            if user.desa_id is not None
            else user.kecamatan_id is not None and keg.kecamatan_id == user.kecamatan_id
        )
        if not lihat_semua and not (k.opd_id == user.opd_id or wilayah):
            continue
        if not (s.dari <= keg.tanggal_mulai <= min(s.sampai, hari_ini)):
            continue
        if keg.status == Kegiatan.Status.DIBATALKAN:
            continue
        if s.pemda_id is not None and k.opd.pemda_id != s.pemda_id:
            continue
        if s.kecamatan_id is not None and keg.kecamatan_id != s.kecamatan_id:
            continue
        if s.desa_id is not None and keg.desa_id != s.desa_id:
            continue
        if s.opd is not None and k.opd_id != s.opd:
            continue
        hasil[k.opd_id][0] += k.kehadiran == KehadiranOPD.Kehadiran.HADIR
        hasil[k.opd_id][1] += 1
    return {k: tuple(v) for k, v in hasil.items()}


def tren_ref(semua, user, s: Saringan) -> list[tuple]:
    lihat = boleh_lihat_ref(user)
    baris = [b for b in semua if lihat(b) and cocok_ref(b, s)]
    senin = s.dari - datetime.timedelta(days=s.dari.weekday())
    hasil = []
    while senin <= s.sampai:
        minggu = (senin, senin + datetime.timedelta(days=6))

        def di_minggu(waktu, minggu=minggu):
            return (
                _dalam_periode(waktu, s) and minggu[0] <= waktu.astimezone(WIB).date() <= minggu[1]
            )

        hasil.append(
            (
                senin,
                sum(1 for b in baris if di_minggu(b["dibuat"])),
                sum(1 for b in baris if di_minggu(b["dijawab_pertama_pada"])),
            )
        )
        senin += datetime.timedelta(days=7)
    return hasil
