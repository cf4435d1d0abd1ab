"""Rate limit across gunicorn workers (run by bench/batas.sh).

  python bench/batas.py --port N --jumlah 60 --serentak 16 --batas 20

Sends --jumlah tracking lookups (GET /aspirasi/lacak/?kode=...) at once from one client
address (X-Forwarded-For through the trusted local proxy address, a fresh address per
run) and counts how many passed (200) and how many were limited (429). With the counter
in Redis, exactly --batas pass whatever the worker each request lands on.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import ipaddress
import random
import sys
import urllib.error
import urllib.request


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--jumlah", type=int, default=60)
    parser.add_argument("--serentak", type=int, default=16)
    parser.add_argument("--batas", type=int, required=True)
    a = parser.parse_args()
    ip = str(ipaddress.IPv4Address(random.randint(0x0B000001, 0x0BFFFFFE)))  # noqa: S311

    def minta(i):
        permintaan = urllib.request.Request(
            f"http://127.0.0.1:{a.port}/aspirasi/lacak/?kode=ZZZZ-{i:04d}",
            headers={"X-Forwarded-For": ip},
        )
        try:
            # Our own server on 127.0.0.1, a fixed http:// URL.
            with urllib.request.urlopen(permintaan, timeout=60) as r:  # noqa: S310  # nosec B310
                return r.status
        except urllib.error.HTTPError as e:
            return e.code

    with concurrent.futures.ThreadPoolExecutor(a.serentak) as pool:
        status = collections.Counter(pool.map(minta, range(a.jumlah)))
    lolos, ditahan = status.pop(200, 0), status.pop(429, 0)
    print(
        f"{a.jumlah} pencarian kode serentak ({a.serentak} sekaligus) dari satu alamat: "
        f"{lolos} dilayani (200), {ditahan} dibatasi (429)"
        + (f", lainnya {dict(status)}" if status else "")
    )
    ok = lolos == a.batas and ditahan == a.jumlah - a.batas and not status
    print(f"Batas ASPIRASI_BATAS_LACAK = {a.batas}: " + ("TEPAT" if ok else "TIDAK TEPAT"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
