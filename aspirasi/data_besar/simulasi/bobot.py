"""The weights the simulation draws from, computed once: topics per month, places per
topic, days over the period, events per kind."""

from __future__ import annotations

from itertools import accumulate

from aspirasi.data_besar import referensi
from aspirasi.data_besar.kalender import hari_lokal, ke_tanggal


class BobotMixin:
    """Set-up part of ``Simulasi``; expects ``opd``, ``s``, ``kal`` and ``sekarang``."""

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
