"""The admin's lockout page (django-axes): a staff member who mistyped five times sees,
in Indonesian and without a form, why and for how long; zero axe-core violations at
375 px and 1280 px, and the admin's own login page likewise."""

import pytest
from axes.models import AccessAttempt

from tests.browser.bantuan import FOLDER_TANGKAPAN_LAYAR, LEBAR_LAYAR, jalankan_axe
from tests.factories import PenggunaFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_halaman_terkunci_jelas_dan_tanpa_pelanggaran_axe(live_server, buat_halaman):
    from playwright.sync_api import expect

    petugas = PenggunaFactory(username="siti.uji.peramban")
    laporan = []
    for lebar in LEBAR_LAYAR:
        page = buat_halaman(lebar)
        page.goto(live_server.url + "/admin/login/")
        jumlah, rincian = jalankan_axe(page)
        if jumlah:
            laporan.append(f"login @ {lebar}px\n{rincian}")
        for _ in range(5):
            page.get_by_label("Nama pengguna").fill(petugas.username)
            page.get_by_label("Sandi").fill(f"tebakan-salah-{lebar}")
            page.get_by_role("button", name="Masuk").click()
            if page.get_by_role("heading", name="Akun dikunci sementara").count():
                break

        expect(page.get_by_role("heading", name="Akun dikunci sementara")).to_be_visible()
        expect(page.get_by_role("alert")).to_contain_text("terlalu banyak percobaan masuk")
        expect(page.get_by_text("Coba lagi setelah 30 menit")).to_be_visible()
        assert page.get_by_label("Sandi").count() == 0
        page.screenshot(path=str(FOLDER_TANGKAPAN_LAYAR / f"login-terkunci-{lebar}.png"))
        jumlah, rincian = jalankan_axe(page)
        if jumlah:
            laporan.append(f"terkunci @ {lebar}px\n{rincian}")
        AccessAttempt.objects.all().delete()  # the next width starts unlocked
    assert not laporan, "Pelanggaran axe-core:\n" + "\n\n".join(laporan)
