"""One aspirasi's life, simulated the way the service functions would have recorded it.

Produces plain tuples (timestamps as integer seconds) for the writer: the aspirasi row,
its status history, answers, resident feedback and forwardings. The order of steps and
the fields each step sets follow ``aspirasi.services`` (kirim_aspirasi, teruskan,
disposisi, tolak, jawab, ubah_status, beri_tanggapan, tutup_otomatis, catat_di_kegiatan).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from itertools import accumulate

from aspirasi.data_besar import referensi
from aspirasi.data_besar.kalender import HARI, KalenderKerja, awal_hari, hari_lokal, ke_tanggal
from aspirasi.data_besar.struktur import Struktur

KOLOM_ASPIRASI = (
    "id",
    "kode",
    "jenis",
    "judul",
    "isi",
    "opd_id",
    "kecamatan_id",
    "desa_id",
    "kanal",
    "kegiatan_id",
    "kunjungan_id",
    "privasi",
    "nama_pelapor",
    "email_pelapor",
    "telepon_pelapor",
    "status",
    "alasan_penolakan",
    "diterbitkan",
    "tenggat",
    "tenggat_tutup",
    "dibuat",
    "diteruskan_pada",
    "dijawab_pertama_pada",
    "selesai_pada",
    "diperbarui",
    # Kept with the first answer for the dashboard (aspirasi.services.jawab).
    "tenggat_jawaban",
    "hari_kerja_sampai_jawaban",
)
KOLOM_RIWAYAT = ("aspirasi_id", "dari", "ke", "oleh_id", "catatan", "waktu")
KOLOM_JAWABAN = ("aspirasi_id", "jenis", "isi", "opd_id", "oleh_id", "waktu")
KOLOM_TANGGAPAN = ("aspirasi_id", "penilaian", "alasan", "waktu")
KOLOM_DISPOSISI = ("aspirasi_id", "dari_opd_id", "ke_opd_id", "alasan", "oleh_id", "waktu")

ALFABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_PASANGAN = [a + b for a in ALFABET for b in ALFABET]  # 10 bits -> two symbols
# Submissions by hour of day (WIB): evenings too, few at night.
_JAM = list(
    accumulate([1, 0.5, 0.3, 0.3, 0.5, 1, 2, 4, 6, 7, 7, 6, 5, 5, 5, 5, 4, 4, 4, 5, 5, 4, 3, 2])
)
_KANAL_BIASA = [k for k, _ in referensi.KANAL_BIASA]
_KANAL_BIASA_CUM = list(accumulate(b for _, b in referensi.KANAL_BIASA))
_PORSI_KEGIATAN = sum(b for _, b in referensi.KANAL_KEGIATAN) / (
    sum(b for _, b in referensi.KANAL_KEGIATAN) + sum(b for _, b in referensi.KANAL_BIASA)
)
TERJAWAB = ("dijawab", "ditindaklanjuti", "selesai")


class Simulasi:
    def __init__(
        self,
        *,
        struktur: Struktur,
        kalender: KalenderKerja,
        mulai: int,
        sekarang: int,
        tenggat: dict,
        rng,
        kode_terpakai: set[str],
    ):
        self.s = struktur
        self.kal = kalender
        self.sekarang = sekarang
        self.rng = rng
        self.terpakai = kode_terpakai
        self.t_verifikasi = tenggat["verifikasi"]
        self.t_jawaban = tenggat["jawaban"]
        self.t_tutup = tenggat["tutup_otomatis"]
        self.opd = struktur.opd
        self._siapkan_topik()
        self._siapkan_hari(mulai)
        self._siapkan_kegiatan()

    # --- set-up -------------------------------------------------------------------------
    def _siapkan_topik(self):
        bidang = {o.bidang for o in self.opd}
        self.topik = [t for t in referensi.TOPIK if t[0] in bidang]
        if not self.topik:
            raise ValueError("Tidak ada OPD dengan bidang yang dikenal.")
        # Topic weights per month (season), and each month's volume relative to the mean.
        self.topik_bulan = []
        volume = []
        for bulan in range(12):
            bobot = [t[2] * referensi.MUSIM[t[3]][bulan] for t in self.topik]
            self.topik_bulan.append(list(accumulate(bobot)))
            volume.append(sum(bobot))
        rata = sum(volume) / 12
        self.volume_bulan = [v / rata for v in volume]
        # OPD candidates per (bidang, pemda); the other Pemda's OPD when there is none.
        self.opd_bidang: dict[tuple[str, str], list[int]] = {}
        for i, o in enumerate(self.opd):
            self.opd_bidang.setdefault((o.bidang, o.pemda), []).append(i)
        self.kantor_kec = {
            o.kecamatan: i for i, o in enumerate(self.opd) if o.bidang == "kecamatan"
        }
        # Kecamatan weights per topic: population, times 3 for flood/drought-prone areas.
        kec = self.s.kecamatan
        self.indeks_kec = {k[0]: i for i, k in enumerate(kec)}
        self.kec_topik = []
        for t in self.topik:
            bobot = []
            for _pk, nama, _pemda in kec:
                b = referensi.PENDUDUK.get(nama, 60)
                if t[3] == "hujan" and nama in referensi.RAWAN_BANJIR:
                    b *= 3
                if t[3] == "kemarau" and nama in referensi.RAWAN_KERING:
                    b *= 3
                bobot.append(b)
            self.kec_topik.append(list(accumulate(bobot)) if bobot else [])
        kec_kantor = [(i, k) for i, k in enumerate(kec) if k[0] in self.kantor_kec]
        self.kec_kantor = kec_kantor
        self.kec_kantor_cum = list(
            accumulate(referensi.PENDUDUK.get(k[1], 60) for _, k in kec_kantor)
        )

    def _siapkan_hari(self, mulai: int):
        """Day weights: working days full, weekends and holidays a third, slow growth of use
        over the period, and the season's volume of the month."""
        awal, akhir = hari_lokal(mulai), hari_lokal(self.sekarang)
        self.hari = list(range(awal, akhir + 1))
        rentang = max(1, akhir - awal)
        self.bulan_hari = {h: ke_tanggal(h).month - 1 for h in self.hari}
        bobot = [
            (1.0 if self.kal.adalah_hari_kerja(h) else 0.33)
            * (0.75 + 0.5 * (h - awal) / rentang)
            * self.volume_bulan[self.bulan_hari[h]]
            for h in self.hari
        ]
        self.hari_cum = list(accumulate(bobot))

    def _siapkan_kegiatan(self):
        # Indexes into struktur.kegiatan, per kind of event.
        self.kegiatan_jenis = {}
        for i, k in enumerate(self.s.kegiatan):
            self.kegiatan_jenis.setdefault(k.jenis, []).append(i)
        self.kanal_kegiatan = [
            (kanal, b)
            for kanal, b in referensi.KANAL_KEGIATAN
            if self.kegiatan_jenis.get(kanal)
            or (kanal == "temuan_kunjungan" and any(k.kunjungan for k in self.s.kegiatan))
        ]
        self.kanal_kegiatan_cum = list(accumulate(b for _, b in self.kanal_kegiatan))
        self.dengan_kunjungan = [i for i, k in enumerate(self.s.kegiatan) if k.kunjungan]

    # --- helpers --------------------------------------------------------------------------
    def kode(self) -> str:
        acak = self.rng.getrandbits
        p = _PASANGAN
        while True:
            k = f"PSR-{p[acak(10)]}{p[acak(10)]}-{p[acak(10)]}{p[acak(10)]}"
            if k not in self.terpakai:
                self.terpakai.add(k)
                return k

    def _setelah(self, t: int, hari_kerja: float) -> int:
        """A moment ``hari_kerja`` working days after ``t``, in office hours."""
        # Capped: a very long tail is "never, as far as this data set reaches".
        k = min(int(hari_kerja), 60)
        if k <= 0:
            return t + self.rng.randrange(600, 5 * 3600)
        hari = self.kal.hari_kerja_ke(t, k)
        return awal_hari(hari) + self.rng.randrange(7 * 3600 + 1800, 16 * 3600)

    def _waktu_kirim(self, hari: int) -> int:
        jam = bisect_right(_JAM, self.rng.random() * _JAM[-1])
        t = awal_hari(hari) + min(jam, 23) * 3600 + self.rng.randrange(3600)
        return min(t, self.sekarang - self.rng.randrange(60, 3600))

    def _pilih_opd(self, bidang: str, pemda: str) -> int:
        calon = self.opd_bidang.get((bidang, pemda))
        if not calon:
            calon = self.opd_bidang.get((bidang, referensi.KAB)) or next(
                v for (b, _p), v in self.opd_bidang.items() if b == bidang
            )
        return calon[self.rng.randrange(len(calon))]

    # --- one item -------------------------------------------------------------------------
    def rencana(self, jumlah: int) -> list[int]:
        """When each item arrives and whether at an event, sorted by time: ids then grow
        with ``dibuat`` as in a real table (recent rows stored together). Each entry packs
        ``(t0 << 14) | (temuan << 13) | (event index + 1)`` into one int to stay small."""
        rng = self.rng
        if len(self.s.kegiatan) >= 1 << 13:
            raise ValueError("Terlalu banyak kegiatan dalam rentang ini.")
        hasil = []
        for _ in range(jumlah):
            if self.kanal_kegiatan and rng.random() < _PORSI_KEGIATAN:
                kanal = self.kanal_kegiatan[
                    bisect_right(
                        self.kanal_kegiatan_cum, rng.random() * self.kanal_kegiatan_cum[-1]
                    )
                ][0]
                temuan = kanal == "temuan_kunjungan"
                daftar = self.dengan_kunjungan if temuan else self.kegiatan_jenis[kanal]
                i = daftar[rng.randrange(len(daftar))]
                keg = self.s.kegiatan[i]
                hari = keg.hari[rng.randrange(len(keg.hari))]
                t0 = min(awal_hari(hari) + rng.randrange(9 * 3600, 15 * 3600), self.sekarang - 60)
                hasil.append((t0 << 14) | (temuan << 13) | (i + 1))
            else:
                hari = self.hari[bisect_right(self.hari_cum, rng.random() * self.hari_cum[-1])]
                hasil.append(self._waktu_kirim(hari) << 14)
        hasil.sort()
        return hasil

    def satu(self, pk: int, rencana: int, keluaran) -> None:
        """Simulate aspirasi ``pk`` arriving as planned (``rencana``); append its rows to
        ``keluaran`` (a ``Keluaran``)."""
        rng = self.rng
        t0, indeks = rencana >> 14, rencana & 0x1FFF
        hari = hari_lokal(t0)
        kegiatan = kunjungan = keg = None
        if indeks:
            keg = self.s.kegiatan[indeks - 1]
            kegiatan = keg.id
            if rencana & 0x2000:
                kanal, kunjungan = "temuan_kunjungan", keg.kunjungan
            else:
                kanal = keg.jenis
        else:
            kanal = _KANAL_BIASA[
                bisect_right(_KANAL_BIASA_CUM, rng.random() * _KANAL_BIASA_CUM[-1])
            ]
        bulan = self.bulan_hari.get(hari, 0)
        cum = self.topik_bulan[bulan]
        for _ in range(6):
            ti = bisect_right(cum, rng.random() * cum[-1])
            topik = self.topik[ti]
            if topik[0] != "kecamatan" or keg is None or keg.kecamatan in self.kantor_kec:
                break
        # Place and OPD.
        kec_i = None
        if keg is not None:
            kec_id, desa_id = keg.kecamatan, keg.desa
            kec_i = self.indeks_kec.get(kec_id)
        if topik[0] == "kecamatan" and keg is None and self.kec_kantor:
            j = bisect_right(self.kec_kantor_cum, rng.random() * self.kec_kantor_cum[-1])
            kec_i = self.kec_kantor[j][0]
            kec_id = self.s.kecamatan[kec_i][0]
            desa_id = None
        elif keg is None:
            kc = self.kec_topik[ti]
            if kc and rng.random() < 0.93:
                kec_i = bisect_right(kc, rng.random() * kc[-1])
                kec_id = self.s.kecamatan[kec_i][0]
            else:
                kec_id = None
            desa_id = None
        if kec_id is not None and desa_id is None and kanal != "temuan_kunjungan":
            semua_desa = self.s.desa.get(kec_id)
            if semua_desa and rng.random() < 0.65:
                desa_id = semua_desa[rng.randrange(len(semua_desa))][0]
        pemda = referensi.KAB
        if kec_i is not None:
            pemda = self.s.kecamatan[kec_i][2]
        if topik[0] == "kecamatan" and kec_id in self.kantor_kec:
            opd_i = self.kantor_kec[kec_id]
        else:
            opd_i = self._pilih_opd(topik[0], pemda)
        tempat = self._tempat(kec_id, desa_id)
        # Reporter.
        if kanal == "temuan_kunjungan":
            privasi, nama, telepon = "biasa", "", ""
        else:
            r = rng.random()
            privasi = "biasa" if r < 0.75 else "rahasia" if r < 0.85 else "anonim"
            if privasi == "anonim":
                nama = telepon = ""
            else:
                depan = referensi.NAMA_DEPAN[rng.randrange(len(referensi.NAMA_DEPAN))]
                belakang = referensi.NAMA_BELAKANG[rng.randrange(len(referensi.NAMA_BELAKANG))]
                nama = f"{depan} {belakang} (contoh)"
                telepon = f"0812{rng.randrange(10**8):08d}" if rng.random() < 0.4 else ""
        self._alur(
            keluaran,
            pk,
            t0,
            kanal,
            kegiatan,
            kunjungan,
            opd_i,
            (topik[1], topik[4].format(tempat=tempat), topik[5].format(tempat=tempat)),
            kec_id,
            desa_id,
            privasi,
            nama,
            telepon,
        )

    def _tempat(self, kec_id, desa_id) -> str:
        if desa_id is not None:
            for pk, nama in self.s.desa.get(kec_id, ()):
                if pk == desa_id:
                    return nama
        if kec_id is not None:
            for pk, nama, _p in self.s.kecamatan:
                if pk == kec_id:
                    return f"Kecamatan {nama}"
        return "Kabupaten Pasuruan"

    def _alur(
        self,
        out,
        pk,
        t0,
        kanal,
        kegiatan,
        kunjungan,
        opd_i,
        teks,
        kec_id,
        desa_id,
        privasi,
        nama,
        telepon,
    ):
        rng, kal, now = self.rng, self.kal, self.sekarang
        ver = self.s.verifikator
        riwayat = out.riwayat
        riwayat.append((pk, "", "baru", None, "", t0))
        status, opd_id = "baru", None
        tenggat = kal.tenggat(t0, self.t_verifikasi)
        tenggat_tutup = diteruskan = dijawab = selesai = tenggat_jawaban = hari_jawab = None
        alasan_tolak = ""
        terakhir = t0
        di_kegiatan = kegiatan is not None
        r = rng.random()
        if di_kegiatan:
            t1 = t0  # taken down at the event desk and routed there and then
        elif r < 0.04:  # rejected by the verifikator
            t1 = self._setelah(t0, rng.choice((0, 1, 1, 2)))
            if t1 <= now:
                alasan_tolak = referensi.ALASAN_TOLAK[rng.randrange(len(referensi.ALASAN_TOLAK))]
                riwayat.append((pk, "baru", "ditolak", ver, alasan_tolak, t1))
                status, tenggat, terakhir = "ditolak", None, t1
            t1 = None
        elif r < 0.043:  # lost in the queue: never routed
            t1 = None
        else:
            t1 = self._setelah(t0, rng.choice((0, 0, 1, 1, 1, 2, 2, 3, 5)))
        if t1 is not None and t1 <= now:
            o = self.opd[opd_i]
            if not di_kegiatan and rng.random() < 0.03:
                # Routed to the wrong OPD first, which forwards it (disposisi).
                salah = (
                    self.opd[(opd_i + 1 + rng.randrange(len(self.opd) - 1)) % len(self.opd)]
                    if len(self.opd) > 1
                    else o
                )
                riwayat.append((pk, "baru", "diteruskan", ver, "", t1))
                status, opd_id, diteruskan, terakhir = "diteruskan", salah.id, t1, t1
                tenggat = kal.tenggat(t1, self.t_jawaban)
                t1b = self._setelah(t1, rng.choice((0, 1, 2, 3)))
                if t1b <= now and salah is not o:
                    riwayat.append(
                        (
                            pk,
                            "diteruskan",
                            "diteruskan",
                            salah.petugas,
                            referensi.ALASAN_DISPOSISI,
                            t1b,
                        )
                    )
                    out.disposisi.append(
                        (pk, salah.id, o.id, referensi.ALASAN_DISPOSISI, salah.petugas, t1b)
                    )
                    opd_id, diteruskan, terakhir = o.id, t1b, t1b
                    tenggat = kal.tenggat(t1b, self.t_jawaban)
                else:
                    o = salah
            else:
                oleh = ver
                catatan = "Dicatat di meja aspirasi kegiatan." if di_kegiatan else ""
                riwayat.append((pk, "baru", "diteruskan", oleh, catatan, t1))
                status, opd_id, diteruskan, terakhir = "diteruskan", o.id, t1, t1
                tenggat = kal.tenggat(t1, self.t_jawaban)
            # First answer, at the OPD's pace.
            t2 = None
            if di_kegiatan and kanal != "temuan_kunjungan" and rng.random() < 0.3:
                t2 = t1  # answered on the spot
            elif rng.random() >= o.tak_dijawab:
                t2 = self._setelah(
                    diteruskan, rng.lognormvariate(math.log(o.median + 0.3), 0.7) - 0.3
                )
            if t2 is not None and t2 <= now:
                riwayat.append((pk, "diteruskan", "dijawab", o.petugas, "", t2))
                out.jawaban.append(
                    (
                        pk,
                        "jawaban",
                        referensi.JAWABAN[pk % len(referensi.JAWABAN)],
                        opd_id,
                        o.petugas,
                        t2,
                    )
                )
                tenggat_jawaban, hari_jawab = tenggat, kal.di_antara(diteruskan, t2)
                status, dijawab, tenggat, terakhir = "dijawab", t2, None, t2
                tenggat_tutup = kal.tenggat(t2, self.t_tutup)
                status, tenggat, tenggat_tutup, selesai, terakhir = self._sesudah_jawaban(
                    out, pk, o, opd_id, t2, tenggat_tutup
                )
        diterbitkan = status in TERJAWAB and privasi != "rahasia" and rng.random() < 0.03
        out.aspirasi.append(
            (
                pk,
                self.kode(),
                teks[0],
                teks[1],
                teks[2],
                opd_id,
                kec_id,
                desa_id,
                kanal,
                kegiatan,
                kunjungan,
                privasi,
                nama,
                "",
                telepon,
                status,
                alasan_tolak,
                diterbitkan,
                tenggat,
                tenggat_tutup,
                t0,
                diteruskan,
                dijawab,
                selesai,
                terakhir,
                tenggat_jawaban,
                hari_jawab,
            )
        )

    def _sesudah_jawaban(self, out, pk, o, opd_id, t2, tenggat_tutup):
        """After the first answer: the resident is satisfied, reopens it, the OPD follows
        up, or nothing happens and the cron closes it. Returns the final state."""
        rng, kal, now, riwayat = self.rng, self.kal, self.sekarang, out.riwayat
        status, tenggat, selesai, terakhir = "dijawab", None, None, t2
        r = rng.random()
        t3 = t2 + rng.randrange(HARI // 3, 6 * HARI)
        if r < 0.35 and t3 <= now and t3 < tenggat_tutup:
            out.tanggapan.append((pk, "puas", "", t3))
            riwayat.append((pk, "dijawab", "selesai", None, "Warga puas.", t3))
            return "selesai", None, None, t3, t3
        if r < 0.40 and t3 <= now and t3 < tenggat_tutup:
            out.tanggapan.append((pk, "tidak_puas", referensi.ALASAN_TIDAK_PUAS, t3))
            riwayat.append((pk, "dijawab", "diteruskan", None, referensi.ALASAN_TIDAK_PUAS, t3))
            status, tenggat, tenggat_tutup, terakhir = (
                "diteruskan",
                kal.tenggat(t3, self.t_jawaban),
                None,
                t3,
            )
            # Reopened items: a diligent OPD answers again, a neglectful one rarely.
            if rng.random() >= min(0.9, 0.05 + 3 * o.tak_dijawab):
                t4 = self._setelah(t3, rng.lognormvariate(math.log(o.median + 0.3), 0.7) - 0.3)
                if t4 <= now:
                    riwayat.append((pk, "diteruskan", "dijawab", o.petugas, "", t4))
                    out.jawaban.append(
                        (
                            pk,
                            "jawaban",
                            referensi.JAWABAN[(pk + 1) % len(referensi.JAWABAN)],
                            opd_id,
                            o.petugas,
                            t4,
                        )
                    )
                    status, tenggat, terakhir = "dijawab", None, t4
                    tenggat_tutup = kal.tenggat(t4, self.t_tutup)
        elif r < 0.55 and t3 <= now and t3 < tenggat_tutup:
            riwayat.append((pk, "dijawab", "ditindaklanjuti", o.petugas, "", t3))
            out.jawaban.append(
                (pk, "tindak_lanjut", referensi.TINDAK_LANJUT, opd_id, o.petugas, t3)
            )
            status, terakhir = "ditindaklanjuti", t3
            t4 = t3 + rng.randrange(3 * HARI, 30 * HARI)
            if rng.random() < 0.7 and t4 <= now:
                riwayat.append((pk, "ditindaklanjuti", "selesai", o.petugas, "", t4))
                return "selesai", None, None, t4, t4
            return status, None, tenggat_tutup, None, terakhir
        if status == "dijawab" and tenggat_tutup + 3601 <= now:
            # The nightly cron (tutup_aspirasi_otomatis) at 01:00 after the deadline.
            tc = tenggat_tutup + 3601
            riwayat.append(
                (pk, "dijawab", "selesai", None, "Ditutup otomatis: tidak ada tanggapan warga.", tc)
            )
            return "selesai", None, None, tc, tc
        return status, tenggat, tenggat_tutup, selesai, terakhir
