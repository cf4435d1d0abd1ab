"""Reporter identity never appears on a public page, in a URL, or in the log output."""

import logging
import re
from urllib.parse import urljoin, urlparse

import pytest
from django.core.management import call_command

from aspirasi import services
from aspirasi.models import Aspirasi
from tests.factories import OPDFactory, petugas_opd, verifikator

pytestmark = pytest.mark.django_db

PENANDA = [
    "Ratna Penandarahasia",
    "ratna.penanda@rahasia.test",
    "081299990001",
    "Budi Penandabiasa",
    "budi.penanda@biasa.test",
    "081299990002",
    "Penandaanonim",
]


def _buat_aspirasi():
    opd = OPDFactory(slug="opd-privasi", nama="Dinas Uji Privasi")
    v, p = verifikator(), petugas_opd(opd)
    data = [
        (
            Aspirasi.Privasi.RAHASIA,
            "Ratna Penandarahasia",
            "ratna.penanda@rahasia.test",
            "081299990001",
        ),
        (Aspirasi.Privasi.BIASA, "Budi Penandabiasa", "budi.penanda@biasa.test", "081299990002"),
        (Aspirasi.Privasi.ANONIM, "Penandaanonim", "", ""),
    ]
    kode = []
    for privasi, nama, email, telepon in data:
        a = services.kirim_aspirasi(
            jenis=Aspirasi.Jenis.PENGADUAN,
            judul=f"Jalan rusak ({privasi})",
            isi="Jalan desa berlubang di dekat balai desa.",
            privasi=privasi,
            nama_pelapor=nama,
            email_pelapor=email,
            telepon_pelapor=telepon,
        )
        services.teruskan(aspirasi=a, opd=opd, oleh=v)
        services.jawab(aspirasi=a, isi="Sudah dijadwalkan perbaikan.", oleh=p)
        if privasi != Aspirasi.Privasi.RAHASIA:
            Aspirasi.objects.filter(pk=a.pk).update(diterbitkan=True)
        kode.append(a.kode)
    return kode


def _jelajah(client, awal):
    """Follow every same-site link from the start pages (public pages only)."""
    antre, dilihat, halaman = list(awal), set(), {}
    while antre and len(dilihat) < 400:
        url = antre.pop(0)
        if url in dilihat:
            continue
        dilihat.add(url)
        respons = client.get(url)
        lokasi = respons.headers.get("Location", "")
        halaman[url] = (respons.status_code, lokasi, respons.content.decode("utf-8", "replace"))
        if "text/html" not in respons.headers.get("Content-Type", ""):
            continue
        for href in re.findall(r'href="([^"#]+)', halaman[url][2]):
            mutlak = urljoin(url, href.replace("&amp;", "&"))
            bagian = urlparse(mutlak)
            if (
                bagian.netloc
                or not bagian.path.startswith("/")
                or bagian.path.startswith(("/admin", "/static", "/media"))
            ):
                continue
            antre.append(bagian.path + (f"?{bagian.query}" if bagian.query else ""))
    return halaman


def test_identitas_pelapor_tidak_muncul_di_halaman_publik_url_maupun_log(client, caplog):
    caplog.set_level(logging.DEBUG)
    call_command("muat_demo", verbosity=0)
    kode = _buat_aspirasi()

    awal = ["/", "/tanya-jawab/", "/layanan/", "/opd/", "/opd/opd-privasi/"]
    awal += [f"/aspirasi/lacak/?kode={k}" for k in kode]
    halaman = _jelajah(client, awal)

    assert len(halaman) > 100
    assert any(u.startswith("/tanya-jawab/") and u != "/tanya-jawab/" for u in halaman)
    assert any("Sudah dijadwalkan perbaikan." in isi for _, _, isi in halaman.values())
    for url, (status, lokasi, isi) in halaman.items():
        assert status < 500, url
        for penanda in PENANDA:
            assert penanda not in url
            assert penanda not in lokasi
            assert penanda.lower() not in isi.lower(), f"{penanda!r} muncul di {url}"
    log = "\n".join(r.getMessage() for r in caplog.records)
    for penanda in PENANDA:
        assert penanda not in log
