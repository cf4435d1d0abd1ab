"""Acceptance 7: page weight on slow networks, and no request to any other origin."""

import pytest

from tests.browser.bantuan import asal, rekam, tabel_transfer, ukur_transfer

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BATAS_TRANSFER = 100 * 1024  # compressed: the page with every asset it loads
BATAS_JAVASCRIPT = 50 * 1024  # DESIGN.md page budget, uncompressed


def _muat_dan_ukur(buat_halaman, url, lebar=375):
    page = buat_halaman(lebar)
    rekaman = rekam(page)
    respons = page.goto(url, wait_until="networkidle")
    assert respons.status == 200
    return ukur_transfer(rekaman)


def test_halaman_layanan_beserta_semua_asetnya_paling_banyak_100_kb_terkompresi(
    live_server, data_demo, buat_halaman
):
    url = f"{live_server.url}/layanan/{data_demo.slug_layanan}/"

    transfer = _muat_dan_ukur(buat_halaman, url)

    total = sum(t.total for t in transfer)
    print(f"\nTransfer {url}:\n{tabel_transfer(transfer)}")
    assert any(t.jenis == "stylesheet" for t in transfer), "CSS tidak termuat: ukuran tidak sah"
    assert total <= BATAS_TRANSFER, (
        f"{total / 1024:.1f} KB > 100 KB terkompresi\n{tabel_transfer(transfer)}"
    )


def test_halaman_layanan_memuat_javascript_paling_banyak_50_kb(
    live_server, data_demo, buat_halaman
):
    url = f"{live_server.url}/layanan/{data_demo.slug_layanan}/"

    transfer = _muat_dan_ukur(buat_halaman, url, lebar=1280)

    skrip = [t for t in transfer if t.jenis == "script"]
    total = sum(t.ukuran_asli for t in skrip)
    print(f"\nJavaScript di {url}: {len(skrip)} berkas, {total} B")
    assert total <= BATAS_JAVASCRIPT, tabel_transfer(skrip)


def test_tidak_ada_halaman_publik_yang_meminta_sumber_dari_origin_lain(
    live_server, data_demo, buat_halaman
):
    origin = asal(live_server.url)
    pelanggaran = {}
    for lebar in (375, 1280):
        for _nama, path, status in data_demo.halaman_publik():
            page = buat_halaman(lebar)  # fresh context: empty cache, every asset is requested
            rekaman = rekam(page)
            respons = page.goto(live_server.url + path, wait_until="networkidle")
            assert respons.status == status, f"{path}: status {respons.status}"
            jenis = {r.resource_type for r in rekaman.permintaan}
            assert {"document", "stylesheet"} <= jenis, f"{path}: aset tidak termuat ({jenis})"
            for url in rekaman.url_asal_lain(origin):
                pelanggaran.setdefault(url, f"{path} @ {lebar}px")

    assert not pelanggaran, f"Permintaan ke origin lain (bukan {origin}): {pelanggaran}"
