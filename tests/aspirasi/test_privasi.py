"""Reporter identity never appears on a public page, in a URL, or in the log output."""

import logging

import pytest
from django.core.management import call_command

from tests.jelajah import PENANDA, buat_aspirasi_penanda, jelajahi

pytestmark = pytest.mark.django_db


def test_identitas_pelapor_tidak_muncul_di_halaman_publik_url_maupun_log(client, caplog):
    caplog.set_level(logging.DEBUG)
    call_command("muat_demo", verbosity=0)
    kode = buat_aspirasi_penanda()

    awal = ["/", "/tanya-jawab/", "/layanan/", "/opd/", "/opd/opd-privasi/"]
    awal += [f"/aspirasi/lacak/?kode={k}" for k in kode]
    halaman = jelajahi(client, awal)

    assert len(halaman) > 100
    assert any(u.startswith("/tanya-jawab/") and u != "/tanya-jawab/" for u in halaman)
    assert any("Sudah dijadwalkan perbaikan." in h.isi for h in halaman.values())
    for url, h in halaman.items():
        assert h.status < 500, url
        for penanda in PENANDA:
            assert penanda not in url
            assert penanda not in h.lokasi
            assert penanda.lower() not in h.isi.lower(), f"{penanda!r} muncul di {url}"
    log = "\n".join(r.getMessage() for r in caplog.records)
    for penanda in PENANDA:
        assert penanda not in log
