"""What happens to an item after it arrives, step by step as ``aspirasi.services`` records
it: routing (and a wrong-OPD disposisi), rejection, answers, resident feedback, follow-up
and the nightly automatic closing."""

from __future__ import annotations

import math

from aspirasi.data_besar import referensi
from aspirasi.data_besar.kalender import HARI, awal_hari

TERJAWAB = ("dijawab", "ditindaklanjuti", "selesai")


class AlurMixin:
    """Life-cycle part of ``Simulasi``."""

    def _setelah(self, t: int, hari_kerja: float) -> int:
        """A moment ``hari_kerja`` working days after ``t``, in office hours."""
        # Capped: a very long tail is "never, as far as this data set reaches".
        k = min(int(hari_kerja), 60)
        if k <= 0:
            return t + self.rng.randrange(600, 5 * 3600)
        hari = self.kal.hari_kerja_ke(t, k)
        return awal_hari(hari) + self.rng.randrange(7 * 3600 + 1800, 16 * 3600)

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
