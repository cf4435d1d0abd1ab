"""Every public page, feed and redirect carries the security headers and no reporter
identity (issue 6: "a test that crawls every public URL").

The crawl starts from the public sections and sitemap.xml with the demo catalog, the demo
events and demo aspirasi loaded, plus aspirasi whose reporters carry marker identities.
"""

import pytest
from django.core.management import call_command
from django.urls import Resolver404, resolve

from aspirasi.models import Aspirasi
from aspirasi.models.aspirasi import IDENTITAS_PELAPOR
from tests.jelajah import PENANDA, buat_aspirasi_penanda, jelajahi
from tests.test_keamanan import assert_header_keamanan, direktif_csp

pytestmark = pytest.mark.django_db

BATAS_HALAMAN = 600


def _ada(jalur: str) -> bool:
    try:
        resolve(jalur)
    except Resolver404:
        return False
    return True


@pytest.fixture
def situs_demo(settings):
    settings.EMAIL_URL = "memorymail://"
    call_command("muat_demo", verbosity=0)
    call_command("muat_demo_kegiatan", verbosity=0)
    call_command("muat_demo_aspirasi", verbosity=0)
    return buat_aspirasi_penanda()


def test_setiap_halaman_publik_membawa_header_keamanan_tanpa_identitas_pelapor(client, situs_demo):
    awal = ["/", "/layanan/", "/opd/", "/kegiatan/", "/tanya-jawab/", "/sitemap.xml"]
    awal += ["/robots.txt", "/aspirasi/kirim/", "/aspirasi/lacak/"]
    awal += [p for p in ["/transparansi/"] if _ada(p)]
    awal += [f"/aspirasi/lacak/?kode={k}" for k in situs_demo]

    halaman = jelajahi(client, awal, batas=BATAS_HALAMAN, secure=True)

    # The crawl really went everywhere: every section's detail pages, feeds and the sitemap.
    assert len(halaman) > 150
    for awalan in ["/layanan/", "/opd/", "/kegiatan/", "/tanya-jawab/"]:
        assert sum(u.startswith(awalan) and u != awalan for u in halaman) >= 2, awalan
    assert any(
        "text/calendar" in h.respons.headers.get("Content-Type", "") for h in halaman.values()
    )

    identitas = set(PENANDA)
    for nilai in Aspirasi.objects.values_list(*IDENTITAS_PELAPOR):
        identitas |= {v for v in nilai if v and len(v) >= 6}
    assert len(identitas) > len(PENANDA)  # the demo aspirasi have reporters too

    for url, h in halaman.items():
        assert h.status < 500, url
        assert_header_keamanan(h.respons)
        csp = direktif_csp(h.respons)
        assert csp["script-src"] == ["'self'"], url
        assert csp["frame-ancestors"] == ["'none'"], url
        assert h.respons["X-Frame-Options"] == "DENY", url
        assert h.respons["X-Content-Type-Options"] == "nosniff", url
        assert h.respons["Referrer-Policy"], url
        for nilai in identitas:
            assert nilai.lower() not in url.lower(), url
            assert nilai.lower() not in h.lokasi.lower(), url
            assert nilai.lower() not in h.isi.lower(), f"{nilai!r} muncul di {url}"
