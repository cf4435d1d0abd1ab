"""200 submissions from 20 concurrent clients through the real resident flow.

Each client keeps its own cookies and walks form → periksa kembali → kirim, like a phone.
Requests claim HTTPS through X-Forwarded-Proto (as nginx would) so production cookie and
CSRF rules apply unchanged. Prints a summary and exits non-zero on any 5xx or lost code.
"""

from __future__ import annotations

import argparse
import http.client
import re
import sys
import threading
import time
import urllib.parse
from collections import Counter


class Klien:
    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.cookie: dict[str, str] = {}
        self.status = Counter()

    def _minta(self, metode, path, data=None, referer=None):
        koneksi = http.client.HTTPConnection(self.host, self.port, timeout=30)
        kepala = {
            "X-Forwarded-Proto": "https",
            "Host": f"{self.host}:{self.port}",
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookie.items()),
        }
        badan = None
        if data is not None:
            badan = urllib.parse.urlencode(data)
            kepala["Content-Type"] = "application/x-www-form-urlencoded"
            kepala["Referer"] = f"https://{self.host}:{self.port}{referer or path}"
        koneksi.request(metode, path, body=badan, headers=kepala)
        respons = koneksi.getresponse()
        isi = respons.read().decode("utf-8", "replace")
        for nama, nilai in respons.getheaders():
            if nama.lower() == "set-cookie":
                kunci, _, sisa = nilai.partition("=")
                self.cookie[kunci.strip()] = sisa.split(";", 1)[0]
        koneksi.close()
        self.status[respons.status // 100 * 100] += 1
        return respons.status, respons.getheader("Location") or "", isi

    @staticmethod
    def _nilai(isi, nama):
        m = re.search(rf'name="{nama}"[^>]*value="([^"]*)"', isi) or re.search(
            rf'value="([^"]*)"[^>]*name="{nama}"', isi
        )
        return m.group(1) if m else ""

    def kirim_satu(self, nomor: int) -> str | None:
        status, _, isi = self._minta("GET", "/aspirasi/kirim/")
        if status != 200:
            return None
        kecamatan = re.search(r'<select name="kecamatan"[^>]*>.*?<option value="(\d+)"', isi, re.S)
        data = {
            "csrfmiddlewaretoken": self._nilai(isi, "csrfmiddlewaretoken"),
            "token": self._nilai(isi, "token"),
            "jenis": "pertanyaan",
            "judul": f"Pertanyaan uji beban nomor {nomor}",
            "isi": "Apakah layanan ini bisa diurus di kantor kecamatan? (uji beban)",
            "kecamatan": kecamatan.group(1) if kecamatan else "",
            "privasi": "anonim",
            "setuju": "on",
        }
        status, lokasi, _ = self._minta("POST", "/aspirasi/kirim/", data)
        if status != 302 or "periksa" not in lokasi:
            return None
        status, _, isi = self._minta("GET", "/aspirasi/kirim/periksa/")
        if status != 200:
            # A browser on the 503 page has no form to post: neither does this client.
            return None
        data = {
            "csrfmiddlewaretoken": self._nilai(isi, "csrfmiddlewaretoken"),
            "token": self._nilai(isi, "token"),
        }
        status, lokasi, _ = self._minta("POST", "/aspirasi/kirim/periksa/", data)
        if status != 302:
            return None
        status, _, isi = self._minta("GET", "/aspirasi/terkirim/")
        kode = re.search(r"PSR-[0-9A-Z]{4}-[0-9A-Z]{4}", isi)
        return kode.group(0) if kode else None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8123)
    p.add_argument("--klien", type=int, default=20)
    p.add_argument("--per-klien", type=int, default=10)
    args = p.parse_args()

    kode: list[str] = []
    gagal = Counter()
    status = Counter()
    kunci = threading.Lock()

    def kerja(n):
        klien = Klien(args.host, args.port)
        for i in range(args.per_klien):
            try:
                hasil = klien.kirim_satu(n * 1000 + i)
            except Exception as e:  # a refused or reset connection is a failure to report
                hasil = None
                with kunci:
                    gagal[type(e).__name__] += 1
            with kunci:
                if hasil:
                    kode.append(hasil)
                else:
                    gagal["tanpa_kode"] += 1
        with kunci:
            status.update(klien.status)

    mulai = time.monotonic()
    benang = [threading.Thread(target=kerja, args=(n,)) for n in range(args.klien)]
    for b in benang:
        b.start()
    for b in benang:
        b.join()
    lama = time.monotonic() - mulai

    print(f"klien serentak      : {args.klien}")
    print(f"pengiriman dicoba   : {args.klien * args.per_klien}")
    print(f"kode lacak diterima : {len(kode)} ({len(set(kode))} berbeda)")
    print(f"status HTTP         : {dict(sorted(status.items()))}")
    print(f"gagal               : {dict(gagal)}")
    print(f"waktu               : {lama:.1f} s ({len(kode) / lama:.1f} pengiriman/s)")
    with open("bench/kode_terkirim.txt", "w") as f:
        f.write("\n".join(kode))
    ok = len(kode) == len(set(kode)) == args.klien * args.per_klien and status[500] == 0
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
