"""Two-step sign-in in a real browser: a Verifikator signs in, enrols an authenticator app
by reading the key off the page, later signs in with a code; a wrong code is explained.
Both pages load no JavaScript and have zero axe-core violations at 375 px and 1280 px."""

import re

import pytest

from tests.browser.bantuan import (
    FOLDER_TANGKAPAN_LAYAR,
    LEBAR_LAYAR,
    jalankan_axe,
    langkah_kedua,
)
from tests.factories import verifikator

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SANDI = "sandi-uji-yang-panjang-123"


def _masuk(page, url, username):
    page.goto(url + "/admin/login/?next=/admin/")
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Sandi").fill(SANDI)
    page.get_by_role("button", name="Masuk").click()


def test_verifikator_mendaftarkan_aplikasi_lalu_masuk_dengan_kode(live_server, buat_halaman):
    from playwright.sync_api import expect

    laporan = []
    for lebar in LEBAR_LAYAR:
        username = f"verifikator.peramban.{lebar}"
        verifikator(username=username)
        page = buat_halaman(lebar)

        # First sign-in: the admin is closed until an app is enrolled.
        _masuk(page, live_server.url, username)
        page.wait_for_url(re.compile(r"/dua-langkah/daftar/\?next=%2Fadmin%2F$"))
        expect(page.get_by_role("heading", name="Aktifkan verifikasi dua langkah")).to_be_visible()
        expect(page.get_by_role("img", name="Kode QR untuk aplikasi autentikator")).to_be_visible()
        assert page.locator("script").count() == 0
        page.screenshot(path=str(FOLDER_TANGKAPAN_LAYAR / f"dua-langkah-daftar-{lebar}.png"))
        jumlah, rincian = jalankan_axe(page)
        if jumlah:
            laporan.append(f"daftar @ {lebar}px\n{rincian}")

        page.get_by_label("Kode verifikasi").fill("000000")
        page.get_by_role("button", name="Aktifkan").click()
        expect(page.get_by_role("alert")).to_contain_text("Kode salah")
        # After a wrong code the server checks no code for a second, as a person would wait.
        page.wait_for_timeout(1500)

        langkah_kedua(page, username)
        page.wait_for_url(live_server.url + "/admin/")

        # Signing out and in again: now the code page.
        page.get_by_role("button", name="Keluar").click()
        _masuk(page, live_server.url, username)
        page.wait_for_url(re.compile(r"/dua-langkah/kode/\?next=%2Fadmin%2F$"))
        expect(page.get_by_role("heading", name="Masukkan kode verifikasi")).to_be_visible()
        page.get_by_label("Kode verifikasi").fill("<script>alert(1)</script>")
        page.get_by_role("button", name="Lanjutkan").click()
        expect(page.get_by_role("alert")).to_contain_text("Tulis 6 angka")
        assert page.locator("script").count() == 0
        page.screenshot(path=str(FOLDER_TANGKAPAN_LAYAR / f"dua-langkah-kode-{lebar}.png"))
        jumlah, rincian = jalankan_axe(page)
        if jumlah:
            laporan.append(f"kode @ {lebar}px\n{rincian}")

        langkah_kedua(page, username)
        page.wait_for_url(live_server.url + "/admin/")

    assert not laporan, "Pelanggaran axe-core:\n" + "\n\n".join(laporan)
