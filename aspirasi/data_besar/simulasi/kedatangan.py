"""How items arrive: when, through which channel, about what, where, to which OPD and
from whom. Every draw uses the shared seeded generator in a fixed order, so the same seed
gives the same data."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from aspirasi.data_besar import referensi
from aspirasi.data_besar.kalender import awal_hari, hari_lokal
from aspirasi.kode import ALFABET

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


class KedatanganMixin:
    """Arrival part of ``Simulasi``; the item's life after arrival is ``AlurMixin._alur``."""

    def kode(self) -> str:
        acak = self.rng.getrandbits
        p = _PASANGAN
        while True:
            k = f"PSR-{p[acak(10)]}{p[acak(10)]}-{p[acak(10)]}{p[acak(10)]}"
            if k not in self.terpakai:
                self.terpakai.add(k)
                return k

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
