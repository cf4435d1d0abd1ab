"""What the aspirasi hang on: Pemda, kecamatan/desa, OPDs with a petugas each, field events
with OPD attendance. Existing rows are reused (matched by their natural key); missing ones
are created and flagged as demo data (``contoh``)."""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password

from aspirasi.data_besar import referensi
from aspirasi.data_besar.kalender import KalenderKerja, ke_tanggal
from kegiatan.models import Kegiatan, KehadiranOPD, KunjunganFasilitas
from layanan.demo import wilayah
from layanan.models import OPD, Desa, Kecamatan, Pemda


@dataclass
class InfoOPD:
    id: int
    pemda: str
    bidang: str
    profil: str
    median: float  # working days to the first answer
    tak_dijawab: float  # share never answered
    hadir: float  # chance of attending an event
    petugas: int
    kecamatan: int | None


@dataclass
class InfoKegiatan:
    id: int
    jenis: str
    hari: list[int]  # local day numbers the event runs
    kecamatan: int
    desa: int | None
    kunjungan: int | None
    bobot: float


@dataclass
class Struktur:
    opd: list[InfoOPD]
    kecamatan: list[tuple[int, str, str]]  # (id, nama, kode pemda)
    desa: dict[int, list[tuple[int, str]]]  # kecamatan id -> [(id, nama)]
    verifikator: int
    kegiatan: list[InfoKegiatan] = field(default_factory=list)
    jumlah_kegiatan_baru: int = 0


def siapkan_wilayah() -> None:
    """Both Pemda with their real kecamatan and desa (layanan demo lists) when missing."""
    pemda = {p.kode: p for p in Pemda.objects.all()}
    for data in wilayah.PEMDA:
        if data["kode"] not in pemda and not Pemda.objects.filter(slug=data["slug"]).exists():
            pemda[data["kode"]] = Pemda.objects.create(**data)
    kecamatan = {k.kode: k for k in Kecamatan.objects.all()}
    for kode_pemda, kode, nama, slug in wilayah.daftar_kecamatan():
        if kode in kecamatan or kode_pemda not in pemda:
            continue
        if Kecamatan.objects.filter(slug=slug).exists():
            continue
        kecamatan[kode] = Kecamatan.objects.create(
            pemda=pemda[kode_pemda], kode=kode, nama=nama, slug=slug
        )
    ada = set(Desa.objects.values_list("kode", flat=True))
    Desa.objects.bulk_create(
        [
            Desa(kecamatan=kecamatan[kode_kec], kode=kode, nama=nama, jenis=jenis)
            for kode_kec, kode, nama, jenis in wilayah.daftar_desa()
            if kode not in ada and kode_kec in kecamatan
        ],
        ignore_conflicts=True,
    )


def _definisi_opd(jumlah: int) -> list[tuple]:
    daftar = list(referensi.OPD)
    # More than the list holds: a puskesmas for each kecamatan of the Kabupaten.
    for nama in wilayah.KECAMATAN_KABUPATEN_PASURUAN:
        if len(daftar) >= jumlah:
            break
        slug = "puskesmas-" + nama.lower().replace(" ", "-")
        if all(d[0] != slug for d in daftar):
            daftar.append(
                (slug, referensi.KAB, f"Puskesmas {nama}", f"PKM {nama}", "puskesmas", "kesehatan")
            )
    if jumlah > len(daftar):
        raise ValueError(f"Paling banyak {len(daftar)} OPD.")
    return daftar[:jumlah]


def siapkan_opd(jumlah: int, rng) -> list[InfoOPD]:
    pemda = {p.kode: p for p in Pemda.objects.all()}
    kecamatan = {(k.pemda.kode, k.nama): k.pk for k in Kecamatan.objects.select_related("pemda")}
    User = get_user_model()
    hasil = []
    for i, (slug, kode_pemda, nama, singkatan, jenis, bidang) in enumerate(_definisi_opd(jumlah)):
        opd = (
            OPD.objects.filter(slug=slug).first()
            or OPD.objects.filter(pemda=pemda[kode_pemda], nama=nama).first()
        )
        kec = None
        if jenis in ("kecamatan", "puskesmas"):
            kec = kecamatan.get((kode_pemda, nama.split(" ", 1)[1]))
        if opd is None:
            opd = OPD.objects.create(
                pemda=pemda[kode_pemda],
                slug=slug,
                nama=nama,
                singkatan=singkatan,
                jenis=jenis,
                kecamatan_id=kec,
                alamat=referensi.ALAMAT_KOTA
                if kode_pemda == referensi.KOTA
                else referensi.ALAMAT_RACI,
                jam_layanan="Senin–Kamis 07.30–15.30, Jumat 07.30–14.30",
                contoh=True,
            )
        profil = referensi.URUTAN_PROFIL[i % len(referensi.URUTAN_PROFIL)]
        median, tak_dijawab, hadir = referensi.PROFIL[profil]
        petugas, _ = User.objects.get_or_create(
            username=f"contoh.{slug}"[:150],
            defaults={
                "opd": opd,
                "first_name": "Petugas (contoh)",
                "last_name": singkatan[:150],
                "password": make_password(None),
            },
        )
        hasil.append(
            InfoOPD(
                id=opd.pk,
                pemda=kode_pemda,
                bidang=bidang,
                profil=profil,
                # Each OPD its own pace within its profile, so no two tie exactly.
                median=median * math.exp(rng.uniform(-0.25, 0.25)),
                tak_dijawab=tak_dijawab,
                hadir=hadir,
                petugas=petugas.pk,
                kecamatan=(opd.kecamatan_id or kec) if jenis == "kecamatan" else kec,
            )
        )
    return hasil


def siapkan_verifikator() -> int:
    User = get_user_model()
    user, _ = User.objects.get_or_create(
        username="contoh.verifikator",
        defaults={"first_name": "Verifikator (contoh)", "password": make_password(None)},
    )
    return user.pk


# (jenis, title, days, every n days, weekday (0 = Monday), share of items)
POLA_KEGIATAN = [
    ("kenduren_mas", "Kenduren Mas Kecamatan {kec}", 2, 14, 2, 3.0),
    ("ngantor_di_kecamatan", "Ngantor di Kecamatan {kec}", 1, 10, 1, 2.0),
    ("sambang_desa", "Sambang Desa {desa}, Kecamatan {kec}", 1, 7, 3, 1.0),
]
KUNJUNGAN = [
    ("puskesmas", "Puskesmas {kec}"),
    ("sekolah", "SD Negeri {kec} 1"),
    ("pasar", "Pasar {kec}"),
]


def siapkan_kegiatan(
    *, struktur: Struktur, kalender: KalenderKerja, mulai: int, sampai: int, rng
) -> None:
    """Events from day ``mulai`` to 30 days after ``sampai`` (local day numbers), in the
    Kabupaten's kecamatan in turn, with OPD attendance (slow OPDs miss more events) and one
    facility visit per event."""
    kab = [k for k in struktur.kecamatan if k[2] == referensi.KAB] or struktur.kecamatan
    if not kab:
        return
    ada = set(Kegiatan.objects.values_list("jenis", "kecamatan_id", "tanggal_mulai"))
    slug_ada = set(
        Kegiatan.objects.filter(slug__startswith="contoh-").values_list("slug", flat=True)
    )
    baru: list[Kegiatan] = []
    for n_pola, (jenis, judul, lama, setiap, hari_minggu, _bobot) in enumerate(POLA_KEGIATAN):
        hari = mulai + (hari_minggu - ke_tanggal(mulai).weekday()) % 7
        putaran = n_pola * 5
        while hari <= sampai + 30:
            if not kalender.adalah_hari_kerja(hari):
                hari += 1
                continue
            kec_id, kec_nama, _ = kab[putaran % len(kab)]
            putaran += 1
            desa = struktur.desa.get(kec_id) or [(None, kec_nama)]
            desa_id, desa_nama = desa[rng.randrange(len(desa))]
            tanggal = ke_tanggal(hari)
            slug = f"contoh-{jenis.replace('_', '-')}-{kec_id}-{tanggal:%Y%m%d}"
            if (jenis, kec_id, tanggal) not in ada and slug not in slug_ada:
                lewat = hari + lama - 1 < sampai
                batal = rng.random() < 0.03
                baru.append(
                    Kegiatan(
                        jenis=jenis,
                        judul=judul.format(kec=kec_nama, desa=desa_nama),
                        slug=slug,
                        deskripsi="Data contoh untuk uji beban dasbor.",
                        tanggal_mulai=tanggal,
                        tanggal_selesai=tanggal + datetime.timedelta(days=lama - 1),
                        kecamatan_id=kec_id,
                        desa_id=desa_id if jenis == "sambang_desa" else None,
                        tempat=f"Pendopo Kecamatan {kec_nama}",
                        status=(
                            Kegiatan.Status.DIBATALKAN
                            if batal
                            else Kegiatan.Status.SELESAI
                            if lewat
                            else Kegiatan.Status.BERLANGSUNG
                            if hari <= sampai
                            else Kegiatan.Status.DIRENCANAKAN
                        ),
                        terbit=True,
                        jumlah_pengunjung=rng.randrange(150, 900) if lewat and not batal else None,
                        contoh=True,
                    )
                )
            hari += setiap
    Kegiatan.objects.bulk_create(baru, batch_size=500)
    baru = list(Kegiatan.objects.filter(slug__in=[k.slug for k in baru]).order_by("pk"))
    struktur.jumlah_kegiatan_baru = len(baru)
    _kehadiran_dan_kunjungan(struktur, baru, sampai, rng)


def _kehadiran_dan_kunjungan(struktur: Struktur, kegiatan: list[Kegiatan], sampai: int, rng):
    dinas = [o for o in struktur.opd if o.pemda == referensi.KAB and o.bidang != "kecamatan"]
    kantor_kec = {o.kecamatan: o for o in struktur.opd if o.bidang == "kecamatan"}
    undangan_per_jenis = {"kenduren_mas": 14, "ngantor_di_kecamatan": 7, "sambang_desa": 4}
    kehadiran, kunjungan = [], []
    for k in kegiatan:
        undangan = rng.sample(dinas, min(len(dinas), undangan_per_jenis[k.jenis]))
        if k.kecamatan_id in kantor_kec:
            undangan.append(kantor_kec[k.kecamatan_id])
        selesai = k.status == Kegiatan.Status.SELESAI
        for o in undangan:
            status = KehadiranOPD.Kehadiran.BELUM
            if selesai:
                acak = rng.random()
                status = (
                    KehadiranOPD.Kehadiran.HADIR
                    if acak < o.hadir
                    else KehadiranOPD.Kehadiran.IZIN
                    if acak < o.hadir + (1 - o.hadir) / 3
                    else KehadiranOPD.Kehadiran.TIDAK_HADIR
                )
            kehadiran.append(
                KehadiranOPD(
                    kegiatan=k,
                    opd_id=o.id,
                    wajib=True,
                    dikonfirmasi=status != KehadiranOPD.Kehadiran.TIDAK_HADIR
                    and rng.random() < 0.9,
                    kehadiran=status,
                    catatan="Ada tugas lain yang bersamaan." if status == "izin" else "",
                )
            )
        if k.jenis != "kenduren_mas" and k.status != Kegiatan.Status.DIBATALKAN:
            jenis, nama = KUNJUNGAN[rng.randrange(len(KUNJUNGAN))]
            kec_nama = k.judul.rsplit("Kecamatan ", 1)[-1]
            kunjungan.append(
                KunjunganFasilitas(
                    kegiatan=k,
                    jenis=jenis,
                    nama=nama.format(kec=kec_nama),
                    temuan="Sarana perlu perbaikan (data contoh).",
                )
            )
    KehadiranOPD.objects.bulk_create(kehadiran, batch_size=1000)
    KunjunganFasilitas.objects.bulk_create(kunjungan, batch_size=1000)


def kegiatan_untuk_aspirasi(mulai: int, sampai: int) -> list[InfoKegiatan]:
    """Events held (not cancelled) between the local days ``mulai`` and ``sampai``."""
    epoch = datetime.date(1970, 1, 1)
    kunjungan = dict(KunjunganFasilitas.objects.order_by("pk").values_list("kegiatan_id", "pk"))
    bobot = {p[0]: p[5] for p in POLA_KEGIATAN}
    hasil = []
    qs = (
        Kegiatan.objects.exclude(status=Kegiatan.Status.DIBATALKAN)
        .filter(tanggal_mulai__gte=ke_tanggal(mulai), tanggal_selesai__lte=ke_tanggal(sampai))
        .order_by("pk")
    )
    for k in qs.values(
        "pk", "jenis", "tanggal_mulai", "tanggal_selesai", "kecamatan_id", "desa_id"
    ):
        awal = (k["tanggal_mulai"] - epoch).days
        akhir = (k["tanggal_selesai"] - epoch).days
        hasil.append(
            InfoKegiatan(
                id=k["pk"],
                jenis=k["jenis"],
                hari=list(range(awal, akhir + 1)),
                kecamatan=k["kecamatan_id"],
                desa=k["desa_id"],
                kunjungan=kunjungan.get(k["pk"]),
                bobot=bobot.get(k["jenis"], 1.0),
            )
        )
    return hasil


def muat_wilayah() -> tuple[list[tuple[int, str, str]], dict[int, list[tuple[int, str]]]]:
    kecamatan = [
        (k.pk, k.nama, k.pemda.kode)
        for k in Kecamatan.objects.filter(pemda__kode__in=[referensi.KAB, referensi.KOTA])
        .select_related("pemda")
        .order_by("kode")
    ]
    desa: dict[int, list[tuple[int, str]]] = {}
    for pk, kec, nama in Desa.objects.order_by("kode").values_list("pk", "kecamatan_id", "nama"):
        desa.setdefault(kec, []).append((pk, nama))
    return kecamatan, desa
