"""Acceptance 4 (catalog), issue 3 (aspirasi) and issue 4 (kegiatan): every public page has
zero axe-core violations at 375 px and 1280 px."""

import io
import re

import pytest
from django.core.management import call_command

from tests.browser.bantuan import (
    FOLDER_TANGKAPAN_LAYAR,
    LEBAR_LAYAR,
    NAMA_HALAMAN_PUBLIK,
    jalankan_axe,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.mark.parametrize("nama", NAMA_HALAMAN_PUBLIK)
def test_halaman_publik_tanpa_pelanggaran_axe_di_layar_ponsel_dan_desktop(
    live_server, data_demo, buat_halaman, nama
):
    _, path, status = data_demo.halaman(nama)
    laporan = []
    for lebar in LEBAR_LAYAR:
        page = buat_halaman(lebar)
        respons = page.goto(live_server.url + path)
        assert respons.status == status, f"{path}: status {respons.status}"
        jumlah, rincian = jalankan_axe(page)
        if jumlah:
            laporan.append(f"{path} @ {lebar}px: {jumlah} jenis pelanggaran\n{rincian}")
    assert not laporan, "Pelanggaran axe-core:\n" + "\n\n".join(laporan)


def test_tangkapan_layar_setiap_halaman_publik_tersimpan_untuk_diperiksa_manusia(
    live_server, data_demo, buat_halaman
):
    FOLDER_TANGKAPAN_LAYAR.mkdir(parents=True, exist_ok=True)
    tersimpan = []
    for lebar in LEBAR_LAYAR:
        page = buat_halaman(lebar)
        for nama, path, _status in data_demo.halaman_publik():
            page.goto(live_server.url + path)
            berkas = FOLDER_TANGKAPAN_LAYAR / f"{nama}-{lebar}.png"
            page.screenshot(path=str(berkas), full_page=True)
            tersimpan.append(berkas)
    print(f"\n{len(tersimpan)} tangkapan layar di {FOLDER_TANGKAPAN_LAYAR}")
    assert all(b.stat().st_size > 0 for b in tersimpan)


def test_pemeriksaan_axe_benar_benar_menemukan_pelanggaran_di_halaman_portal(
    live_server, data_demo, buat_halaman
):
    # Guards the tests above against passing vacuously (e.g. axe blocked by the CSP).
    page = buat_halaman(375)
    page.goto(live_server.url + "/")
    # Styles through the CSSOM: the CSP (style-src 'self') drops inline style attributes.
    page.evaluate(
        """() => {
            const main = document.querySelector("main");
            main.insertAdjacentHTML("beforeend",
                '<img src="/static/img/favicon.svg"><p id="pucat">teks pucat</p>'
                + '<a id="kecil" href="/">x</a> <a href="/">berikutnya</a>');
            Object.assign(document.getElementById("pucat").style,
                {color: "#ccc", background: "#fff"});
            Object.assign(document.getElementById("kecil").style,
                {display: "inline-block", width: "8px", height: "8px", overflow: "hidden",
                 fontSize: "6px", padding: "0", minHeight: "0"});
        }"""
    )

    jumlah, rincian = jalankan_axe(page)

    for aturan in ("image-alt", "color-contrast", "target-size"):
        assert f"- {aturan} " in rincian, rincian
    assert jumlah >= 3


# --- Issue 3: the public pages of aspirasi -----------------------------------------------
# Each entry: name → (path or a function of the demo data giving it, expected status,
# what a resident does on the page before it is checked). The tracking pages come in every
# state a resident meets; the form and the tracking search also in their error state.
NAMA_HALAMAN_ASPIRASI = [
    "kirim",
    "kirim-dari-layanan",
    "kirim-galat",
    "periksa-kembali",
    "terkirim-tanpa-sesi",
    "lacak",
    "lacak-kode-salah",
    "lacak-baru",
    "lacak-dijawab",
    "lacak-dibuka-kembali",
    "lacak-selesai",
    "lacak-ditolak",
    "lacak-tanggapan-galat",
    "tanya-jawab",
    "tanya-jawab-cari-kosong",
    "tanya-jawab-detail",
    "detail-layanan-dengan-tanya-jawab",
    "detail-opd-dengan-tanya-jawab",
    "privasi",
]


def _kode(status, **saring):
    from aspirasi.models import Aspirasi

    aspirasi = Aspirasi.objects.filter(status=status, **saring).order_by("pk").first()
    assert aspirasi is not None, f"muat_demo_aspirasi harus membuat aspirasi berstatus {status}"
    return f"/aspirasi/lacak/?kode={aspirasi.kode}"


def _terbit(bagian):
    from aspirasi.models import Aspirasi

    aspirasi = Aspirasi.objects.terbit().select_related("layanan", "opd").order_by("pk").first()
    assert aspirasi is not None, "muat_demo_aspirasi harus menerbitkan tanya-jawab"
    return {
        "detail": f"/tanya-jawab/{aspirasi.pk}/",
        "layanan": f"/layanan/{aspirasi.layanan.slug}/",
        "opd": f"/opd/{aspirasi.opd.slug}/",
    }[bagian]


def _kirim_kosong(page):
    page.get_by_role("button", name="Lanjut: periksa kembali").click()
    page.get_by_role("heading", name="Ada yang perlu diperbaiki").wait_for()


def _isi_lalu_periksa(page):
    page.get_by_label("Pengaduan", exact=True).check()
    page.get_by_label("Judul singkat").fill("Antrean perekaman KTP-el")
    page.get_by_label("Uraian").fill("Antrean di MPP Maslahat panjang sejak pagi.")
    page.get_by_label("Kecamatan", exact=True).select_option(label="Bangil")
    page.get_by_label("Anonim").check()
    page.get_by_label(re.compile("^Saya setuju data pribadi")).check()
    page.get_by_role("button", name="Lanjut: periksa kembali").click()
    page.get_by_role("heading", name="Periksa kembali aspirasi Anda").wait_for()


def _tanggapan_tanpa_alasan(page):
    page.get_by_label("Tidak puas").check()
    page.get_by_role("button", name="Kirim tanggapan").click()
    page.get_by_role("heading", name="Ada yang perlu diperbaiki").wait_for()


HALAMAN_ASPIRASI = {
    "kirim": ("/aspirasi/kirim/", 200, None),
    "kirim-dari-layanan": ("/aspirasi/kirim/?layanan=ktp-el", 200, None),
    "kirim-galat": ("/aspirasi/kirim/?layanan=ktp-el", 200, _kirim_kosong),
    "periksa-kembali": ("/aspirasi/kirim/?layanan=ktp-el", 200, _isi_lalu_periksa),
    "terkirim-tanpa-sesi": ("/aspirasi/terkirim/", 200, None),
    "lacak": ("/aspirasi/lacak/", 200, None),
    "lacak-kode-salah": ("/aspirasi/lacak/?kode=PSR-2222-2222", 200, None),
    "lacak-baru": (lambda: _kode("baru"), 200, None),
    "lacak-dijawab": (lambda: _kode("dijawab"), 200, None),
    "lacak-dibuka-kembali": (lambda: _kode("diteruskan", tanggapan__isnull=False), 200, None),
    "lacak-selesai": (lambda: _kode("selesai"), 200, None),
    "lacak-ditolak": (lambda: _kode("ditolak"), 200, None),
    "lacak-tanggapan-galat": (lambda: _kode("dijawab"), 200, _tanggapan_tanpa_alasan),
    "tanya-jawab": ("/tanya-jawab/", 200, None),
    "tanya-jawab-cari-kosong": ("/tanya-jawab/?q=tidakadasamasekali", 200, None),
    "tanya-jawab-detail": (lambda: _terbit("detail"), 200, None),
    "detail-layanan-dengan-tanya-jawab": (lambda: _terbit("layanan"), 200, None),
    "detail-opd-dengan-tanya-jawab": (lambda: _terbit("opd"), 200, None),
    "privasi": ("/privasi/", 200, None),
}


@pytest.fixture
def data_aspirasi(data_demo):
    """The demo catalog plus the demo aspirasi (every status, some published)."""
    call_command("muat_demo_aspirasi", stdout=io.StringIO(), stderr=io.StringIO())
    return data_demo


@pytest.fixture
def halaman_aspirasi(data_aspirasi, nama):
    """(path, status, aksi) of one page. The path is looked up here, before the browser
    starts: an ORM query while Playwright runs opens a connection in another context that
    nobody closes (PostgreSQL then refuses to drop the test database)."""
    path, status, aksi = HALAMAN_ASPIRASI[nama]
    return (path() if callable(path) else path), status, aksi


@pytest.mark.parametrize("nama", NAMA_HALAMAN_ASPIRASI)
def test_halaman_aspirasi_tanpa_pelanggaran_axe_di_layar_ponsel_dan_desktop(
    live_server, halaman_aspirasi, buat_halaman, nama
):
    path, status, aksi = halaman_aspirasi
    FOLDER_TANGKAPAN_LAYAR.mkdir(parents=True, exist_ok=True)
    laporan = []
    for lebar in LEBAR_LAYAR:
        page = buat_halaman(lebar)
        respons = page.goto(live_server.url + path)
        assert respons.status == status, f"{path}: status {respons.status}"
        if aksi is not None:
            aksi(page)
        page.screenshot(
            path=str(FOLDER_TANGKAPAN_LAYAR / f"aspirasi-{nama}-{lebar}.png"), full_page=True
        )
        jumlah, rincian = jalankan_axe(page)
        if jumlah:
            laporan.append(f"{nama} {page.url} @ {lebar}px: {jumlah} jenis\n{rincian}")
    assert not laporan, "Pelanggaran axe-core:\n" + "\n\n".join(laporan)


def test_daftar_halaman_aspirasi_lengkap():
    assert list(HALAMAN_ASPIRASI) == NAMA_HALAMAN_ASPIRASI


# --- Issue 4: the public pages of kegiatan -----------------------------------------------
# name → (path, text that shows the page is in the state meant). The event pages come as an
# upcoming event (agenda, services, OPDs) and a past one with its results and questions.
HALAMAN_KEGIATAN = {
    "kegiatan": ("/kegiatan/", "Akan datang"),
    "kegiatan-saring-kecamatan": ("/kegiatan/?jenis=kenduren_mas&kecamatan=bangil", "Bangil"),
    "kegiatan-mendatang": ("/kegiatan/kenduren-mas-bangil/", "Layanan yang bisa diurus di sini"),
    "kegiatan-selesai-dengan-hasil": ("/kegiatan/kenduren-mas-rembang/", "Dijawab di tempat"),
}


@pytest.fixture
def data_kegiatan(data_demo):
    """Demo catalog, events and aspirasi, in the order ``make run`` loads them (the demo
    aspirasi include the questions asked at the past Kenduren Mas)."""
    call_command("muat_demo_kegiatan", stdout=io.StringIO(), stderr=io.StringIO())
    call_command("muat_demo_aspirasi", stdout=io.StringIO(), stderr=io.StringIO())
    return data_demo


@pytest.mark.parametrize("nama", list(HALAMAN_KEGIATAN))
def test_halaman_kegiatan_tanpa_pelanggaran_axe_di_layar_ponsel_dan_desktop(
    live_server, data_kegiatan, buat_halaman, nama
):
    path, penanda = HALAMAN_KEGIATAN[nama]
    FOLDER_TANGKAPAN_LAYAR.mkdir(parents=True, exist_ok=True)
    laporan = []
    for lebar in LEBAR_LAYAR:
        page = buat_halaman(lebar)
        respons = page.goto(live_server.url + path)
        assert respons.status == 200, f"{path}: status {respons.status}"
        assert penanda in page.locator("main").inner_text(), f"{path}: tanpa '{penanda}'"
        page.screenshot(
            path=str(FOLDER_TANGKAPAN_LAYAR / f"kegiatan-{nama}-{lebar}.png"), full_page=True
        )
        jumlah, rincian = jalankan_axe(page)
        if jumlah:
            laporan.append(f"{nama} {page.url} @ {lebar}px: {jumlah} jenis\n{rincian}")
    assert not laporan, "Pelanggaran axe-core:\n" + "\n\n".join(laporan)
