"""Dashboard benchmark helpers (run by bench/dasbor.sh; DJANGO settings from the env).

  python bench/dasbor.py siapkan           -> a Pimpinan account and a logged-in session;
                                              prints the session cookie value
  python bench/dasbor.py ukur --port N --sesi S [--kali 20]
                                           -> median/p95 of /dasbor/ (Pimpinan) and
                                              /transparansi/ (anonymous) over HTTP
  python bench/dasbor.py jelaskan [--url /dasbor/]
                                           -> EXPLAIN ANALYZE of every query the page runs

Times are measured by the client around each HTTP request to gunicorn on 127.0.0.1
(keep-alive off, one request at a time): server time plus a loopback round trip
(well under 1 ms). "pertama" is the first request of each page: it also pays for the
worker's first use of templates, translations and the database connection.
"""

from __future__ import annotations

import argparse
import http.client
import math
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pasuruan_portal.settings")


def _django():
    import django

    django.setup()


def _masuk(klien, user) -> None:
    """force_login plus a verified second factor: a Pimpinan sees /dasbor/ only after
    two-step sign-in (pasuruan_portal.dua_langkah), so the session carries a bench device."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    klien.force_login(user)
    perangkat, _ = TOTPDevice.objects.get_or_create(
        user=user, name="Bench", defaults={"confirmed": True}
    )
    sesi = klien.session
    sesi[DEVICE_ID_SESSION_KEY] = perangkat.persistent_id
    sesi.save()


def siapkan() -> None:
    _django()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    user, _ = get_user_model().objects.get_or_create(
        username="bench.pimpinan",
        defaults={"first_name": "Pimpinan (bench)", "is_staff": True},
    )
    user.set_unusable_password()
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name="Pimpinan"))
    klien = Client()
    _masuk(klien, user)
    print(klien.cookies[settings.SESSION_COOKIE_NAME].value)


def _minta(port: int, path: str, cookie: str = "") -> tuple[int, float, int]:
    koneksi = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    kepala = {"X-Forwarded-Proto": "https", "Host": "127.0.0.1"}
    if cookie:
        kepala["Cookie"] = cookie
    mulai = time.perf_counter()
    koneksi.request("GET", path, headers=kepala)
    respons = koneksi.getresponse()
    isi = respons.read()
    lama = (time.perf_counter() - mulai) * 1000
    koneksi.close()
    return respons.status, lama, len(isi)


def _p95(nilai: list[float]) -> float:
    urut = sorted(nilai)
    return urut[math.ceil(0.95 * len(urut)) - 1]  # nearest rank


def _seri(port, path, cookie, kali, label) -> dict:
    status, pertama, ukuran = _minta(port, path, cookie)
    if status != 200:
        raise SystemExit(f"{path}: status {status} (harus 200)")
    waktu = []
    for _ in range(kali):
        status, lama, _ukuran = _minta(port, path, cookie)
        if status != 200:
            raise SystemExit(f"{path}: status {status} (harus 200)")
        waktu.append(lama)
    hasil = {
        "pertama": pertama,
        "median": statistics.median(waktu),
        "p95": _p95(waktu),
        "min": min(waktu),
        "maks": max(waktu),
    }
    print(
        f"{label:<34} pertama {pertama:7.1f} ms | {kali} permintaan berikutnya: "
        f"median {hasil['median']:7.1f} ms, p95 {hasil['p95']:7.1f} ms "
        f"(min {hasil['min']:.1f}, maks {hasil['maks']:.1f}; {ukuran / 1024:.0f} KB)"
    )
    return hasil


def ukur(port: int, sesi: str, kali: int, target_dasbor: float, target_transparansi: float):
    _django()
    from django.conf import settings

    from aspirasi.dasbor import singgahan

    cookie = f"{settings.SESSION_COOKIE_NAME}={sesi}"
    dasbor = _seri(port, "/dasbor/", cookie, kali, "/dasbor/ (Pimpinan, tampilan bawaan)")
    transparansi = _seri(port, "/transparansi/", "", kali, "/transparansi/ (anonim)")
    # Uncached: the same invalidation a status change triggers, before each request.
    tanpa = []
    for _ in range(5):
        singgahan.data_berubah()
        tanpa.append(_minta(port, "/transparansi/")[1])
    print(
        f"/transparansi/ tanpa singgahan (cache dibatalkan sebelum tiap permintaan, 5 kali): "
        f"median {statistics.median(tanpa):.1f} ms, maks {max(tanpa):.1f} ms"
    )
    lolos = dasbor["median"] <= target_dasbor and transparansi["median"] <= target_transparansi
    print(
        f"Target: /dasbor/ median <= {target_dasbor:.0f} ms, /transparansi/ median <= "
        f"{target_transparansi:.0f} ms -> {'TERCAPAI' if lolos else 'BELUM TERCAPAI'}"
    )
    return 0 if lolos else 1


def jelaskan(url: str) -> None:
    """Run the page once in-process and EXPLAIN ANALYZE each of its queries."""
    _django()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    klien = Client(HTTP_X_FORWARDED_PROTO="https")
    if url.startswith("/dasbor"):
        _masuk(klien, get_user_model().objects.get(username="bench.pimpinan"))
    with CaptureQueriesContext(connection) as kueri:
        mulai = time.perf_counter()
        respons = klien.get(url, secure=True)
        lama = (time.perf_counter() - mulai) * 1000
    print(f"{url}: status {respons.status_code}, {len(kueri)} kueri, {lama:.0f} ms di proses")
    hasil = []
    with connection.cursor() as cursor:
        for q in kueri.captured_queries:
            sql = q["sql"]
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
            rencana = "\n".join(r[0] for r in cursor.fetchall())
            waktu = float(rencana.rsplit("Execution Time: ", 1)[-1].split(" ")[0])
            hasil.append((waktu, sql, rencana))
    for waktu, sql, rencana in sorted(hasil, reverse=True)[:8]:
        print(f"\n=== {waktu:.1f} ms: {sql[:300]}")
        print(rencana)


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="perintah", required=True)
    sub.add_parser("siapkan")
    u = sub.add_parser("ukur")
    u.add_argument("--port", type=int, required=True)
    u.add_argument("--sesi", required=True)
    u.add_argument("--kali", type=int, default=20)
    u.add_argument("--target-dasbor", type=float, default=500)
    u.add_argument("--target-transparansi", type=float, default=200)
    j = sub.add_parser("jelaskan")
    j.add_argument("--url", default="/dasbor/")
    a = parser.parse_args()
    if a.perintah == "siapkan":
        siapkan()
    elif a.perintah == "ukur":
        sys.exit(ukur(a.port, a.sesi, a.kali, a.target_dasbor, a.target_transparansi))
    else:
        jelaskan(a.url)


if __name__ == "__main__":
    main()
