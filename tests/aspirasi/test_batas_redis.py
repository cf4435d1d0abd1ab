"""The rate limits hold across processes when REDIS_URL is set (issue 6, acceptance 5).

Each gunicorn worker is its own process: a limit counted in process memory would let a
client send the limit times the number of workers. These tests run real separate
processes against a real Redis; they are skipped, with the reason shown, where there is
no Redis (or, for the gunicorn test, no PostgreSQL: the workers need a database
server they can share with the test run).
"""

from __future__ import annotations

import concurrent.futures
import ipaddress
import os
import random
import socket
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

AKAR = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("UJI_REDIS_URL", "redis://127.0.0.1:6379/13")


def _redis_hidup() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


perlu_redis = pytest.mark.skipif(
    not _redis_hidup(), reason="Redis tidak berjalan di 127.0.0.1:6379 (REDIS_URL tidak diuji)"
)


def _ip_acak() -> str:
    # A fresh client address per run: the counters of earlier runs never interfere.
    return str(ipaddress.IPv4Address(random.randint(0x0B000001, 0x0BFFFFFE)))


def _lingkungan(**tambahan) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "pasuruan_portal.settings",
            "REDIS_URL": REDIS_URL,
            "ASPIRASI_BATAS_LACAK": "20/600",
            "PYTHONPATH": str(AKAR),
        }
    )
    env.update(tambahan)
    return env


@perlu_redis
def test_penghitung_batas_dibagi_empat_proses_lewat_redis():
    ip = _ip_acak()
    mulai = time.time() + 4  # every process starts counting at the same moment
    skrip = textwrap.dedent(
        f"""
        import time, django
        django.setup()
        from django.test import RequestFactory
        from aspirasi.views import batas
        request = RequestFactory().get("/", REMOTE_ADDR={ip!r})
        time.sleep(max(0, {mulai} - time.time()))
        print(sum(not batas.hitung(request, "lacak") for _ in range(15)))
        """
    )
    proses = [
        subprocess.Popen(
            [sys.executable, "-c", skrip],
            cwd=AKAR,
            env=_lingkungan(),
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    lolos = [int(p.communicate(timeout=120)[0].strip()) for p in proses]

    # 4 x 15 = 60 attempts from one address: exactly the limit passes, wherever counted.
    assert sum(lolos) == 20, lolos


def _port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _url_database(db) -> str:
    s = db.settings_dict
    sandi = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    return (
        f"postgres://{s['USER']}{sandi}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    )


@perlu_redis
@pytest.mark.django_db
def test_batas_lacak_berlaku_bersama_di_empat_worker_gunicorn():
    if connection.vendor != "postgresql":
        pytest.skip("butuh PostgreSQL (DATABASE_URL): worker gunicorn memakai database uji")
    port = _port_bebas()
    gunicorn = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "-c",
            "gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "4",
            "--access-logfile",
            "/dev/null",
            "pasuruan_portal.wsgi",
        ],
        cwd=AKAR,
        # DEBUG=1: static files without collectstatic; the limit does not depend on it.
        env=_lingkungan(DATABASE_URL=_url_database(connection), DEBUG="1", LOG_LEVEL="WARNING"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        ip = _ip_acak()

        def minta(_):
            permintaan = urllib.request.Request(
                f"http://127.0.0.1:{port}/aspirasi/lacak/?kode=ZZZZ-ZZZZ",
                headers={"X-Forwarded-For": ip},
            )
            try:
                with urllib.request.urlopen(permintaan, timeout=60) as r:  # noqa: S310
                    return r.status
            except urllib.error.HTTPError as e:
                return e.code

        for _ in range(150):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        with concurrent.futures.ThreadPoolExecutor(16) as pool:
            status = list(pool.map(minta, range(60)))
        pid_worker = subprocess.run(
            ["pgrep", "-P", str(gunicorn.pid)],
            capture_output=True,
            text=True,
        ).stdout.split()
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=30)

    assert len(pid_worker) == 4
    assert status.count(200) == 20, status
    assert status.count(429) == 40, status
