"""Issue 5, acceptance 5: a Pimpinan on the leaders' dashboard, in a real Chromium.

They log in, see the worst OPD first, follow its overdue count to the list behind it, and
download the XLSX export, which opens with openpyxl and holds the numbers on the page.
axe-core finds nothing on /dasbor/, the list and /transparansi/ at 375 and 1280 px.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connections
from openpyxl import load_workbook

from tests.browser.bantuan import FOLDER_TANGKAPAN_LAYAR, jalankan_axe, langkah_kedua

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

KATA_SANDI_DEMO = "Demo-Pasuruan-2026!"
OPD_TERBURUK = "Dinas Pekerjaan Umum dan Penataan Ruang"


@pytest.fixture
def demo_dasbor(data_demo):
    for perintah in ("muat_demo_kegiatan", "muat_demo_aspirasi"):
        call_command(perintah, stdout=io.StringIO(), stderr=io.StringIO())
    return data_demo


@pytest.fixture
def koneksi_orm_ditutup(buat_halaman):
    # See test_perjalanan_aspirasi: close the ORM connection opened next to Playwright.
    yield
    connections.close_all()


def _masuk_ke_dasbor(page, url):
    page.goto(url + "/dasbor/")
    # Anonymous: sent to the login, and back to the dashboard after it.
    assert "/login/" in page.url
    page.get_by_label("Nama pengguna").fill("pimpinan")
    page.get_by_label("Sandi").fill(KATA_SANDI_DEMO)
    page.get_by_role("button", name="Masuk").click()
    langkah_kedua(page, "pimpinan")
    page.wait_for_url(url + "/dasbor/")


def _angka(sel) -> int:
    return int(sel.inner_text().strip())


def test_pimpinan_melihat_opd_terburuk_menelusuri_lewat_tenggat_dan_mengekspor_xlsx(
    live_server, demo_dasbor, buat_halaman, koneksi_orm_ditutup, tmp_path
):
    FOLDER_TANGKAPAN_LAYAR.mkdir(parents=True, exist_ok=True)
    pelanggaran = []

    def periksa(page, langkah):
        page.screenshot(path=str(FOLDER_TANGKAPAN_LAYAR / f"dasbor-{langkah}.png"), full_page=True)
        jumlah, rincian = jalankan_axe(page)
        if jumlah:
            pelanggaran.append(f"{langkah} ({page.url}): {jumlah} jenis\n{rincian}")

    url = live_server.url
    page = buat_halaman(1280)
    _masuk_ke_dasbor(page, url)
    periksa(page, "dasbor-1280")

    # The worst OPD is the first row; its figures as the page shows them.
    baris = page.locator("#tabel-opd tbody tr").first
    assert baris.locator("th").inner_text().strip() == OPD_TERBURUK
    sel = baris.locator("td")
    lewat, belum, diterima = _angka(sel.nth(0)), _angka(sel.nth(1)), _angka(sel.nth(3))
    assert lewat >= 5
    for lain in page.locator("#tabel-opd tbody tr td:nth-child(2)").all():
        assert _angka(lain) <= lewat
    utama = {
        "diterima": _angka(page.locator("#angka-diterima")),
        "belum": _angka(page.locator("#angka-belum")),
        "lewat": _angka(page.locator("#angka-lewat")),
    }

    # Follow the overdue count to the items behind it.
    sel.nth(0).get_by_role("link").click()
    page.wait_for_url("**/dasbor/daftar/**")
    assert "keadaan=lewat" in page.url
    assert page.get_by_role("heading", level=1).inner_text() == "Lewat tenggat"
    assert page.locator("#jumlah-daftar").inner_text().startswith(f"{lewat} aspirasi")
    daftar = page.locator("#tabel-daftar tbody tr")
    assert daftar.count() == lewat
    for i in range(daftar.count()):
        assert daftar.nth(i).locator("td").nth(1).inner_text() == OPD_TERBURUK
    periksa(page, "daftar-lewat-1280")

    # Back on the dashboard, the same view exported to XLSX.
    page.get_by_role("link", name="Kembali ke dasbor").click()
    page.wait_for_url("**/dasbor/**")
    with page.expect_download() as unduhan:
        page.get_by_role("link", name="Unduh XLSX").click()
    berkas = tmp_path / unduhan.value.suggested_filename
    unduhan.value.save_as(berkas)
    assert berkas.suffix == ".xlsx"
    buku = load_workbook(berkas)
    per_opd = list(buku["Per OPD"].iter_rows(values_only=True))
    assert per_opd[1][:4] == (OPD_TERBURUK, diterima, belum, lewat)
    ringkasan = dict(list(buku["Ringkasan"].iter_rows(values_only=True))[1:])
    assert (ringkasan["Diterima"], ringkasan["Belum dijawab"], ringkasan["Lewat tenggat"]) == (
        utama["diterima"],
        utama["belum"],
        utama["lewat"],
    )

    # The phone width, and the public transparency page at both widths.
    ponsel = buat_halaman(375)
    _masuk_ke_dasbor(ponsel, url)
    periksa(ponsel, "dasbor-375")
    for lebar, halaman in ((375, ponsel), (1280, page)):
        halaman.goto(url + "/transparansi/")
        assert halaman.get_by_role("heading", level=1).inner_text() == "Transparansi jawaban OPD"
        periksa(halaman, f"transparansi-{lebar}")

    assert not pelanggaran, "Pelanggaran axe-core:\n" + "\n\n".join(pelanggaran)
