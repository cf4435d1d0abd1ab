"""Demo history for the leaders' dashboard: about 240 aspirasi over the last four months.

The story it tells (invented, marked as demo data by the site banner):
- Dispendukcapil, DPMPTSP and Diskominfo answer within a day or two;
- DPUPR and Dinas Sosial leave many questions overdue (the rainy season brings road and
  drainage complaints; social-aid questions pile up);
- the industrial corridor (Gempol, Bangil, Pandaan, Beji) sends far more complaints than
  the mountain kecamatan (Tosari, Puspo, Tutur).
Missed events come from the kegiatan demo (absent OPDs at the Rembang Kenduren Mas).

Everything runs through the service functions, at times relative to ``sekarang``, so the
deadlines and the dashboard columns are exactly what the portal records. Idempotent: each
item has a fixed submission token.
"""

from __future__ import annotations

import datetime
import random
import uuid

from aspirasi import services
from aspirasi.models import Aspirasi, Tanggapan
from layanan.models import OPD, Desa, Kecamatan

NAMESPACE = uuid.UUID("0b5d3b00-dab0-4c0e-8a5e-3514da5b0a2d")
JUMLAH = 240
HARI = 120

# slug: (weight, (min, max) calendar days to the first answer, share never answered)
PROFIL = {
    "dispendukcapil": (45, (0, 2), 0.02),
    "dpupr": (40, (4, 18), 0.45),
    "dinsos": (25, (3, 14), 0.35),
    "dlh": (25, (2, 8), 0.12),
    "dpmptsp": (20, (0, 3), 0.03),
    "dinkes": (20, (1, 5), 0.08),
    "bapenda": (18, (1, 4), 0.05),
    "dishub": (15, (2, 9), 0.15),
    "dispendik": (12, (2, 7), 0.10),
    "satpol-pp": (10, (3, 10), 0.25),
    "disnaker": (8, (1, 4), 0.05),
    "diskominfo": (5, (0, 1), 0.0),
}

JUDUL = {
    "dispendukcapil": [
        "Cetak ulang KTP-el yang rusak",
        "Akta kelahiran anak belum jadi",
        "Pindah domisili antarkecamatan",
        "Perubahan data KK setelah menikah",
    ],
    "dpupr": [
        "Jalan berlubang di {kec}",
        "Saluran drainase tersumbat di {kec}",
        "Jembatan desa rusak di {kec}",
        "Genangan air setiap hujan di {kec}",
    ],
    "dinsos": [
        "Bantuan PKH belum cair",
        "Pendaftaran DTKS untuk lansia",
        "KIS PBI tidak aktif lagi",
    ],
    "dlh": [
        "Sampah menumpuk di pinggir jalan {kec}",
        "Bau limbah pabrik di {kec}",
        "Truk sampah tidak datang dua minggu",
    ],
    "dpmptsp": ["Syarat NIB untuk warung", "Status permohonan PBG", "Izin usaha mikro lewat OSS"],
    "dinkes": [
        "Antrean panjang di puskesmas {kec}",
        "Jadwal imunisasi anak",
        "Permintaan fogging DBD di {kec}",
    ],
    "bapenda": ["PBB tahun ini naik", "Cara bayar PBB lewat QRIS", "SPPT PBB belum diterima"],
    "dishub": [
        "Parkir liar di depan pasar {kec}",
        "Rambu lalu lintas roboh di {kec}",
        "Angkutan desa tidak beroperasi",
    ],
    "dispendik": ["Zonasi SPMB SD", "Seragam gratis belum dibagikan"],
    "satpol-pp": ["PKL menutup trotoar di {kec}", "Reklame liar di {kec}"],
    "disnaker": ["Pelatihan kerja di BLK", "Kartu pencari kerja (AK/1)"],
    "diskominfo": ["Wi-Fi publik balai desa mati", "Situs kecamatan tidak bisa dibuka"],
}

# Kecamatan slug: weight (the industrial corridor complains most).
KECAMATAN = {
    "gempol": 9,
    "bangil": 9,
    "pandaan": 8,
    "beji": 7,
    "purwosari": 4,
    "kraton": 4,
    "pohjentrek": 3,
    "prigen": 3,
    "sukorejo": 3,
    "rembang": 3,
    "grati": 2,
    "lekok": 2,
    "nguling": 2,
    "winongan": 2,
    "rejoso": 2,
    "gondangwetan": 2,
    "kejayan": 2,
    "wonorejo": 2,
    "pasrepan": 1,
    "lumbang": 1,
    "tosari": 1,
    "puspo": 1,
    "tutur": 1,
    "purwodadi": 1,
    "kota-pasuruan-gadingrejo": 2,
    "kota-pasuruan-purworejo": 2,
}

KANAL = [
    (Aspirasi.Kanal.WEB, 60),
    (Aspirasi.Kanal.TELEPON_LOKET, 15),
    (Aspirasi.Kanal.KENDUREN_MAS, 10),
    (Aspirasi.Kanal.NGANTOR, 8),
    (Aspirasi.Kanal.SAMBANG_DESA, 7),
]
JENIS = [
    (Aspirasi.Jenis.PENGADUAN, 45),
    (Aspirasi.Jenis.PERTANYAAN, 35),
    (Aspirasi.Jenis.PERMINTAAN_INFORMASI, 10),
    (Aspirasi.Jenis.SARAN, 10),
]


def _pilih(acak, pasangan):
    nilai, bobot = zip(*pasangan, strict=True)
    return acak.choices(nilai, weights=bobot)[0]


def muat_demo_dasbor(*, sekarang, verifikator, petugas) -> int:
    """Create the missing demo items; returns how many were created. ``petugas(opd)``
    gives the account that answers for an OPD (None is allowed)."""
    acak = random.Random(2026)  # noqa: S311 - repeatable demo data, not a secret
    opd = {o.slug: o for o in OPD.objects.filter(slug__in=PROFIL)}
    kecamatan = {k.slug: k for k in Kecamatan.objects.filter(slug__in=KECAMATAN)}
    if not opd or not kecamatan:
        return 0
    desa = {}
    for d in Desa.objects.filter(kecamatan__in=kecamatan.values()).only("pk", "kecamatan_id"):
        desa.setdefault(d.kecamatan_id, []).append(d)
    dibuat = 0
    for i in range(JUMLAH):
        # Every draw happens whether or not the item exists, so a rerun is identical.
        slug = _pilih(acak, [(s, p[0]) for s, p in PROFIL.items()])
        _bobot, (cepat, lambat), tak_dijawab = PROFIL[slug]
        kec_slug = _pilih(acak, list(KECAMATAN.items()))
        # More recent items than old ones: the rainy season has started.
        hari_lalu = 1 + int((HARI - 1) * acak.random() ** 1.3)
        jam = acak.randrange(6 * 60, 21 * 60)
        nasib = acak.random()
        jeda_teruskan = datetime.timedelta(hours=acak.randrange(1, 30))
        jeda_jawab = datetime.timedelta(days=acak.randint(cepat, lambat), hours=acak.randrange(9))
        puas = acak.random() < 0.5
        kanal, jenis = _pilih(acak, KANAL), _pilih(acak, JENIS)
        anonim = acak.random() < 0.4
        judul = acak.choice(JUDUL[slug])
        desa_pilihan = acak.random()
        token = uuid.uuid5(NAMESPACE, f"dasbor-{i}")
        if slug not in opd or kec_slug not in kecamatan:
            continue
        if Aspirasi.objects.filter(token_kirim=token).exists():
            continue
        kec = kecamatan[kec_slug]
        daftar_desa = desa.get(kec.pk) or [None]
        dikirim = (sekarang - datetime.timedelta(days=hari_lalu)).replace(
            hour=0, minute=0, second=0, microsecond=0
        ) + datetime.timedelta(minutes=jam)
        if dikirim >= sekarang:
            dikirim = sekarang - datetime.timedelta(hours=1)
        aspirasi = services.kirim_aspirasi(
            token_kirim=token,
            waktu=dikirim,
            jenis=jenis,
            judul=judul.format(kec=kec.nama),
            isi="Contoh aspirasi untuk dasbor pimpinan (data rekaan).",
            kecamatan=kec,
            desa=daftar_desa[int(desa_pilihan * len(daftar_desa))],
            kanal=kanal,
            privasi=Aspirasi.Privasi.ANONIM if anonim else Aspirasi.Privasi.BIASA,
            nama_pelapor="" if anonim else f"Warga {i + 1} (contoh)",
        )
        dibuat += 1
        rencana = {
            "nasib": nasib,
            "tak_dijawab": tak_dijawab,
            "puas": puas,
            "teruskan": dikirim + jeda_teruskan,
            "jeda_jawab": jeda_jawab,
        }
        _lanjutkan(aspirasi, opd[slug], rencana, sekarang, verifikator, petugas)
    return dibuat


def _lanjutkan(aspirasi, opd, rencana, sekarang, verifikator, petugas):
    nasib = rencana["nasib"]
    if nasib < 0.02:
        return  # still with the verifikator
    waktu = rencana["teruskan"]
    if waktu >= sekarang:
        return
    if nasib < 0.05:
        services.tolak(
            aspirasi=aspirasi,
            alasan="Duplikat dari aspirasi lain dengan isi yang sama.",
            oleh=verifikator,
            waktu=waktu,
        )
        return
    services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator, waktu=waktu)
    if nasib > 1 - rencana["tak_dijawab"]:
        return
    waktu += rencana["jeda_jawab"]
    if waktu >= sekarang:
        return
    services.jawab(
        aspirasi=aspirasi,
        isi="Terima kasih. Laporan sudah kami periksa dan tindak lanjuti (contoh).",
        oleh=petugas(opd),
        waktu=waktu,
    )
    waktu += datetime.timedelta(days=2)
    if rencana["puas"] and waktu < sekarang:
        services.beri_tanggapan(aspirasi=aspirasi, penilaian=Tanggapan.Penilaian.PUAS, waktu=waktu)
