"""Fault run: resident submissions under concurrent load while PostgreSQL is restarted.

Started by bench/soak.sh, which owns the temporary PostgreSQL cluster and restarts it
while this script drives the load. This script:

- runs ``--klien`` clients, each walking the real submission flow again and again
  (bench/kirim_serentak.py: form → periksa kembali → kirim → tracking code), and
  ``--pembaca`` clients reading public pages, for ``--detik`` seconds;
- records every request: start, end, path, status (0 = connection refused/reset/timeout);
- polls ``pg_isready`` every 50 ms to see when the database went away and when it
  accepted connections again;
- afterwards looks up every tracking code it received in the database.

Pass (exit 0) when the first successful answer arrives within ``--pulih-maks`` seconds
of PostgreSQL accepting connections again; no request started after that moment gets a
500; nothing started more than ``--pulih-maks`` seconds after it fails (5xx or no answer)
or ends without a tracking code; and every tracking code received is in the database.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass

import psycopg
from kirim_serentak import Klien

HALAMAN = ["/", "/layanan/", "/kegiatan/", "/tanya-jawab/", "/opd/", "/kesehatan/"]


@dataclass
class Permintaan:
    mulai: float
    selesai: float
    metode: str
    path: str
    status: int  # 0: no HTTP answer (refused, reset, timed out)


@dataclass
class Pengiriman:
    mulai: float
    selesai: float
    kode: str | None


class KlienTercatat(Klien):
    """kirim_serentak's client, with every request written to a shared log."""

    def __init__(self, host, port, catatan, kunci):
        super().__init__(host, port)
        self.catatan, self.kunci = catatan, kunci

    def _minta(self, metode, path, data=None, referer=None):
        mulai = time.monotonic()
        try:
            hasil = super()._minta(metode, path, data, referer)
        except Exception:
            with self.kunci:
                self.catatan.append(Permintaan(mulai, time.monotonic(), metode, path, 0))
            raise
        with self.kunci:
            self.catatan.append(Permintaan(mulai, time.monotonic(), metode, path, hasil[0]))
        return hasil


class Pengamat(threading.Thread):
    """Polls pg_isready; keeps (time, ready) transitions."""

    def __init__(self, host, port, berhenti):
        super().__init__(daemon=True)
        self.argumen = ["pg_isready", "-q", "-h", host, "-p", str(port), "-t", "1"]
        self.berhenti = berhenti
        self.perubahan: list[tuple[float, bool]] = []

    def run(self):
        terakhir, terakhir_siap = None, None
        while not self.berhenti.is_set():
            siap = subprocess.run(self.argumen, check=False).returncode == 0  # noqa: S603
            sekarang = time.monotonic()
            if siap != terakhir:
                # Down since the last poll that still saw it up; up from this poll on.
                self.perubahan.append((sekarang if siap else terakhir_siap or sekarang, siap))
                terakhir = siap
            if siap:
                terakhir_siap = sekarang
            time.sleep(0.05)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8124)
    p.add_argument("--pg-host", default="127.0.0.1")
    p.add_argument("--pg-port", type=int, default=5440)
    p.add_argument("--database-url", required=True)
    p.add_argument("--klien", type=int, default=8, help="clients submitting aspirasi")
    p.add_argument("--pembaca", type=int, default=2, help="clients reading public pages")
    p.add_argument("--detik", type=float, default=60)
    p.add_argument("--pulih-maks", type=float, default=2.0)
    args = p.parse_args()

    catatan: list[Permintaan] = []
    kiriman: list[Pengiriman] = []
    kunci = threading.Lock()
    berhenti = threading.Event()
    pengamat = Pengamat(args.pg_host, args.pg_port, berhenti)
    pengamat.start()
    t0 = time.monotonic()
    batas = t0 + args.detik

    def pengirim(n):
        klien = KlienTercatat(args.host, args.port, catatan, kunci)
        i = 0
        while time.monotonic() < batas:
            mulai = time.monotonic()
            try:
                kode = klien.kirim_satu(n * 100000 + i)
            except Exception:
                kode = None
            with kunci:
                kiriman.append(Pengiriman(mulai, time.monotonic(), kode))
            if kode is None:
                time.sleep(0.05)  # a failing server is not hammered in a tight loop
            i += 1

    def pembaca(n):
        klien = KlienTercatat(args.host, args.port, catatan, kunci)
        acak = random.Random(n)  # noqa: S311 - page order, not security
        while time.monotonic() < batas:
            try:
                klien._minta("GET", acak.choice(HALAMAN))
            except Exception:
                time.sleep(0.05)

    benang = [threading.Thread(target=pengirim, args=(n,)) for n in range(args.klien)]
    benang += [threading.Thread(target=pembaca, args=(n,)) for n in range(args.pembaca)]
    for b in benang:
        b.start()
    for b in benang:
        b.join()
    berhenti.set()
    pengamat.join()

    sys.exit(laporan(args, t0, catatan, kiriman, pengamat.perubahan))


def laporan(args, t0, catatan, kiriman, perubahan) -> int:
    def rel(t):
        return t - t0

    turun = next((t for t, siap in perubahan if not siap and t > t0), None)
    naik = next((t for t, siap in perubahan if siap and turun and t > turun), None)
    print(f"klien pengirim / pembaca : {args.klien} / {args.pembaca}, {args.detik:.0f} s")
    print(f"permintaan HTTP          : {len(catatan)}")
    if turun is None or naik is None:
        print("GAGAL: PostgreSQL tidak terlihat mati lalu hidup lagi selama beban.")
        return 1
    print(f"PostgreSQL mati          : t={rel(turun):.2f} s (pg_isready terakhir berhasil)")
    print(f"PostgreSQL menerima lagi : t={rel(naik):.2f} s (mati {naik - turun:.2f} s)")

    def ok(r):
        return 0 < r.status < 500

    sebelum = [r for r in catatan if r.selesai < turun]
    selama = [r for r in catatan if r.selesai >= turun and r.mulai < naik]
    sesudah = [r for r in catatan if r.mulai >= naik]
    for nama, kelompok in (("sebelum", sebelum), ("selama", selama), ("sesudah", sesudah)):
        print(
            f"{'status ' + nama:<25}: {dict(sorted(Counter(r.status for r in kelompok).items()))}"
        )
    selama_per_path = Counter((r.path, r.status) for r in selama if not ok(r))
    if selama_per_path:
        print(
            "gagal selama gangguan    : "
            + ", ".join(
                f"{path} {status or 'tanpa jawaban'}×{n}"
                for (path, status), n in sorted(selama_per_path.items())
            )
        )

    # Recovery: the first successful answer received after PostgreSQL accepts connections
    # again (requests queued during the outage count: they are served by then).
    pertama_ok = min((r.selesai for r in catatan if ok(r) and r.selesai >= naik), default=None)
    pulih = (pertama_ok - naik) if pertama_ok is not None else float("inf")
    batas_pulih = naik + args.pulih_maks
    # And from then on it keeps serving: nothing started after the limit fails.
    gagal_telat = [r for r in catatan if r.mulai >= batas_pulih and not ok(r)]
    gagal_sesudah = [r for r in sesudah if not ok(r)]
    terakhir_gagal = max((r.selesai for r in gagal_sesudah), default=None)
    lima_ratus_sesudah = sum(1 for r in sesudah if r.status == 500)
    tanpa_kode_sesudah = sum(1 for k in kiriman if k.mulai >= batas_pulih and k.kode is None)

    def lama(kelompok):
        durasi = sorted(r.selesai - r.mulai for r in kelompok if ok(r))
        if not durasi:
            return "-"
        return (
            f"median {statistics.median(durasi) * 1000:.0f} ms,"
            f" p95 {durasi[int(0.95 * (len(durasi) - 1))] * 1000:.0f} ms"
        )

    print(f"lama respons sebelum     : {lama(sebelum)}")
    print(f"lama respons sesudah     : {lama(sesudah)}")
    print(
        f"waktu pulih              : {pulih:.3f} s (respons sukses pertama setelah PostgreSQL"
        f" menerima lagi; batas {args.pulih_maks:g} s)"
    )
    for r in sorted((r for r in catatan if r.selesai >= naik), key=lambda r: r.selesai)[:5]:
        print(
            f"  mulai {r.mulai - naik:+.3f} s, selesai {r.selesai - naik:+.3f} s:"
            f" {r.metode} {r.path} {r.status or 'tanpa jawaban'}"
        )
    print(
        "gagal terakhir sesudahnya: "
        + (f"{terakhir_gagal - naik:+.3f} s" if terakhir_gagal is not None else "tidak ada")
        + f" ({len(gagal_sesudah)} gagal dari {len(sesudah)} permintaan yang dimulai setelah pulih)"
    )
    print(f"500 setelah pulih        : {lima_ratus_sesudah}")

    kode = [k.kode for k in kiriman if k.kode]
    with psycopg.connect(args.database_url) as koneksi:
        ada = {
            baris[0]
            for baris in koneksi.execute(
                "SELECT kode FROM aspirasi_aspirasi WHERE kode = ANY(%s)", [kode]
            )
        }
        jumlah_baris = koneksi.execute("SELECT count(*) FROM aspirasi_aspirasi").fetchone()[0]
    hilang = sorted(set(kode) - ada)
    print(
        f"pengiriman dicoba        : {len(kiriman)} ({len(kiriman) - len(kode)} tanpa kode lacak;"
        f" {tanpa_kode_sesudah} di antaranya dimulai > {args.pulih_maks:g} s setelah pulih)"
    )
    print(f"kode lacak diterima      : {len(kode)} ({len(set(kode))} berbeda)")
    print(
        f"baris aspirasi di DB     : {jumlah_baris} ({jumlah_baris - len(ada)} tersimpan tetapi"
        " kodenya tidak sampai ke klien: halaman terkirim gagal saat gangguan)"
    )
    print(
        f"kode lacak hilang        : {len(hilang)}{' ' + ', '.join(hilang[:10]) if hilang else ''}"
    )

    gagal = []
    if pulih > args.pulih_maks:
        gagal.append(f"pulih {pulih:.3f} s > {args.pulih_maks:g} s")
    if gagal_telat:
        gagal.append(f"{len(gagal_telat)} permintaan gagal > {args.pulih_maks:g} s setelah pulih")
    if lima_ratus_sesudah:
        gagal.append(f"{lima_ratus_sesudah} respons 500 setelah PostgreSQL kembali")
    if tanpa_kode_sesudah:
        gagal.append(f"{tanpa_kode_sesudah} pengiriman tanpa kode setelah pulih")
    if hilang or len(kode) != len(set(kode)):
        gagal.append("ada kode lacak yang hilang atau ganda")
    print(
        "HASIL                    : " + ("TERCAPAI" if not gagal else "GAGAL: " + "; ".join(gagal))
    )
    return 1 if gagal else 0


if __name__ == "__main__":
    main()
