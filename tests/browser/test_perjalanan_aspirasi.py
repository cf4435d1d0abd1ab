"""Issue 3, acceptance 1: the whole life of a question, in a real Chromium.

A resident finds a service on a phone, asks about it and gets a tracking code; the
Verifikator routes it and a Petugas of the OPD answers it in the admin; the resident tracks
the code, reads the answer and says it helped. Every public page on the way has zero
axe-core violations, the error state of the form included.
"""

import io
import re

import pytest
from django.core.management import call_command
from django.db import connections

from tests.browser.bantuan import (
    AKUN_DEMO_WAJIB_DUA_LANGKAH,
    FOLDER_TANGKAPAN_LAYAR,
    jalankan_axe,
    langkah_kedua,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

KATA_SANDI_DEMO = "Demo-Pasuruan-2026!"
POLA_KODE = re.compile(r"PSR-[0-9A-Z]{4}-[0-9A-Z]{4}")
JUDUL = "Akta kelahiran anak yang lahir di rumah"
ISI = (
    "Anak saya lahir di rumah dengan bantuan bidan desa tiga bulan lalu. "
    "Apa saja syarat akta kelahirannya dan apakah bisa diurus di MPP Maslahat?"
)
JAWABAN = (
    "Bisa diurus di MPP Maslahat Raci atau lewat desa. Bawa surat keterangan lahir dari "
    "bidan, KK dan KTP-el kedua orang tua. Akta selesai dalam 1 hari kerja dan gratis."
)


@pytest.fixture
def demo_aspirasi(data_demo):
    call_command("muat_demo_aspirasi", stdout=io.StringIO(), stderr=io.StringIO())
    return data_demo


@pytest.fixture
def koneksi_orm_ditutup(buat_halaman):
    """The test body checks the database while Playwright runs. Those queries open a
    connection in another context than the one the test database was set up with, and
    nobody closes it: PostgreSQL then refuses to drop the test database at the end
    ("being accessed by other users"). Close it before the browser stops."""
    yield
    connections.close_all()


class Perjalanan:
    """Screenshots and axe runs, collected so one run reports every page at once."""

    def __init__(self, nama_uji):
        self.nama_uji = nama_uji
        self.nomor = 0
        self.pelanggaran = []
        FOLDER_TANGKAPAN_LAYAR.mkdir(parents=True, exist_ok=True)

    def foto(self, page, langkah):
        self.nomor += 1
        berkas = FOLDER_TANGKAPAN_LAYAR / f"{self.nama_uji}-{self.nomor:02d}-{langkah}.png"
        page.screenshot(path=str(berkas), full_page=True)

    def periksa_axe(self, page, langkah):
        jumlah, rincian = jalankan_axe(page)
        if jumlah:
            self.pelanggaran.append(f"{langkah} ({page.url}): {jumlah} jenis\n{rincian}")

    def halaman_publik(self, page, langkah):
        self.foto(page, langkah)
        self.periksa_axe(page, langkah)


def _masuk_admin(page, url_dasar, username):
    page.goto(url_dasar + "/admin/login/?next=/admin/")
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Sandi").fill(KATA_SANDI_DEMO)
    page.get_by_role("button", name="Masuk").click()
    if username in AKUN_DEMO_WAJIB_DUA_LANGKAH:
        langkah_kedua(page, username)
    page.wait_for_url(url_dasar + "/admin/")


def _buka_aspirasi_di_admin(page, url_dasar, kode):
    """From the admin index: the aspirasi changelist, search by code, open the row."""
    page.get_by_role("link", name="Aspirasi", exact=True).first.click()
    cari = page.locator("#searchbar")
    # The code as a person might paste it: lower case, no dashes.
    cari.fill(kode.lower().replace("-", ""))
    cari.press("Enter")
    page.get_by_role("link", name=kode).click()
    page.wait_for_url(re.compile(r"/admin/aspirasi/aspirasi/\d+/change/"))


def test_warga_bertanya_petugas_menjawab_warga_menilai_puas(
    live_server, demo_aspirasi, buat_halaman, koneksi_orm_ditutup
):
    from playwright.sync_api import expect

    from aspirasi.models import Aspirasi
    from layanan.models import OPD

    url = live_server.url
    jalan = Perjalanan("perjalanan-aspirasi")
    jumlah_awal = Aspirasi.objects.count()

    # 1. The resident, on a phone: search, open the service, ask about it.
    warga = buat_halaman(375)
    warga.goto(url + "/")
    warga.get_by_label("Cari layanan").fill("akta lahir")
    warga.get_by_role("button", name="Cari").click()
    warga.wait_for_url(re.compile(r"/layanan/\?q=akta"))
    tautan_layanan = warga.get_by_role("link", name="Penerbitan Akta Kelahiran")
    expect(tautan_layanan.first).to_be_visible()
    jalan.halaman_publik(warga, "hasil-cari")

    tautan_layanan.first.click()
    warga.wait_for_url(url + "/layanan/akta-kelahiran/")
    expect(warga.get_by_role("heading", level=1)).to_have_text("Penerbitan Akta Kelahiran")
    jalan.halaman_publik(warga, "halaman-layanan")

    warga.get_by_role("link", name="Tanya tentang layanan ini").click()
    warga.wait_for_url(re.compile(r"/aspirasi/kirim/\?layanan=akta-kelahiran"))
    expect(warga.get_by_text("Tentang layanan: Penerbitan Akta Kelahiran")).to_be_visible()
    jalan.halaman_publik(warga, "formulir")

    # Sent empty first: an error summary on top, a message at each field.
    warga.get_by_role("button", name="Lanjut: periksa kembali").click()
    ringkasan = warga.get_by_role("alert").filter(has_text="Ada yang perlu diperbaiki")
    expect(ringkasan).to_be_visible()
    for pesan in (
        "Pilih jenis aspirasi.",
        "Tuliskan judul singkat.",
        "Tuliskan pertanyaan, pengaduan atau saran Anda.",
        "Pilih kecamatan.",
        "Pilih siapa yang boleh membaca aspirasi Anda.",
        "Centang persetujuan pengolahan data pribadi untuk melanjutkan.",
    ):
        expect(ringkasan.get_by_role("link", name=pesan)).to_be_visible()
    assert warga.title().startswith("Galat:")
    # The service the question is about survives the failed attempt.
    expect(warga.get_by_text("Tentang layanan: Penerbitan Akta Kelahiran")).to_be_visible()
    jalan.halaman_publik(warga, "formulir-galat")
    assert Aspirasi.objects.count() == jumlah_awal
    # Each message in the summary leads to its field.
    ringkasan.get_by_role("link", name="Pilih kecamatan.").click()
    expect(warga.get_by_label("Kecamatan", exact=True)).to_be_focused()
    ringkasan.get_by_role("link", name="Pilih jenis aspirasi.").click()
    expect(warga.get_by_label("Pertanyaan", exact=True)).to_be_focused()

    warga.get_by_label("Pertanyaan", exact=True).check()
    warga.get_by_label("Judul singkat").fill(JUDUL)
    warga.get_by_label("Uraian").fill(ISI)
    warga.get_by_label("Kecamatan", exact=True).select_option(label="Bangil")
    warga.get_by_label("Biasa").check()
    warga.get_by_label("Nama", exact=True).fill("Siti Aminah (contoh)")
    warga.get_by_label("Email").fill("siti.aminah@contoh.test")
    warga.get_by_label(re.compile("^Saya setuju data pribadi")).check()
    warga.get_by_role("button", name="Lanjut: periksa kembali").click()

    warga.wait_for_url(url + "/aspirasi/kirim/periksa/")
    expect(warga.get_by_role("heading", name="Periksa kembali aspirasi Anda")).to_be_visible()
    for teks in (JUDUL, ISI, "Penerbitan Akta Kelahiran", "Bangil", "siti.aminah@contoh.test"):
        expect(warga.get_by_text(teks, exact=True).first).to_be_visible()
    expect(warga.get_by_role("link", name="Ubah judul")).to_be_visible()
    # Before sending, a published answer about the same service is suggested.
    serupa = warga.get_by_role("region", name="Mungkin sudah terjawab")
    expect(serupa.get_by_role("link").first).to_be_visible()
    expect(serupa).to_contain_text("Penerbitan Akta Kelahiran")
    jalan.halaman_publik(warga, "periksa-kembali")

    warga.get_by_role("button", name="Kirim", exact=True).click()
    warga.wait_for_url(url + "/aspirasi/terkirim/")
    expect(warga.get_by_role("heading", name="Aspirasi terkirim")).to_be_visible()
    kode_tampil = warga.locator("main").inner_text()
    temuan = POLA_KODE.search(kode_tampil)
    assert temuan, kode_tampil
    kode = temuan.group(0)
    expect(warga.get_by_role("heading", name="Apa yang terjadi selanjutnya")).to_be_visible()
    jalan.halaman_publik(warga, "terkirim")

    aspirasi = Aspirasi.objects.get(kode=kode)
    assert aspirasi.status == "baru"
    assert aspirasi.layanan.slug == "akta-kelahiran"

    warga.get_by_role("link", name="Lacak aspirasi ini").click()
    warga.wait_for_url(re.compile(r"/aspirasi/lacak/\?kode="))
    expect(warga.get_by_role("heading", name=JUDUL)).to_be_visible()
    expect(_status_tampil(warga)).to_have_text("Baru")
    expect(warga.get_by_text("Belum ada jawaban.")).to_be_visible()
    jalan.halaman_publik(warga, "lacak-baru")

    # 2. The Verifikator routes it to Dispendukcapil, through the admin.
    verifikator = buat_halaman(1280)
    _masuk_admin(verifikator, url, "verifikator")
    _buka_aspirasi_di_admin(verifikator, url, kode)
    verifikator.get_by_role("link", name="Teruskan ke OPD").click()
    dispendukcapil = OPD.objects.select_related("pemda").get(slug="dispendukcapil")
    verifikator.get_by_label("OPD tujuan").select_option(
        label=f"{dispendukcapil.nama} ({dispendukcapil.pemda.nama})"
    )
    verifikator.get_by_label("Catatan untuk OPD").fill("Pertanyaan syarat akta kelahiran.")
    verifikator.get_by_role("button", name="Teruskan ke OPD").click()
    verifikator.wait_for_url(re.compile(r"/admin/aspirasi/aspirasi/\d+/change/"))
    expect(verifikator.get_by_text(re.compile("^Diteruskan ke Dinas Kependudukan"))).to_be_visible()
    expect(_status_admin(verifikator)).to_have_text("Diteruskan ke OPD")
    jalan.foto(verifikator, "verifikator-meneruskan")

    # 3. The Petugas of Dispendukcapil answers it.
    petugas = buat_halaman(1280)
    _masuk_admin(petugas, url, "petugas.dispendukcapil")
    _buka_aspirasi_di_admin(petugas, url, kode)
    expect(_status_admin(petugas)).to_have_text("Diteruskan ke OPD")
    petugas.get_by_role("link", name="Jawab", exact=True).click()
    petugas.get_by_label("Jawaban untuk warga").fill(JAWABAN)
    jalan.foto(petugas, "petugas-menjawab")
    petugas.get_by_role("button", name="Kirim jawaban").click()
    petugas.wait_for_url(re.compile(r"/admin/aspirasi/aspirasi/\d+/change/"))
    expect(petugas.get_by_text("Jawaban dikirim.")).to_be_visible()
    expect(_status_admin(petugas)).to_have_text("Dijawab")
    jalan.foto(petugas, "petugas-sudah-menjawab")

    # 4. The resident tracks the code as typed on a phone keyboard and rates the answer.
    warga.goto(url + "/aspirasi/lacak/")
    jalan.halaman_publik(warga, "lacak")
    warga.get_by_label("Kode lacak").fill(kode.lower().replace("-", ""))
    warga.get_by_role("button", name="Lacak", exact=True).click()
    warga.wait_for_url(re.compile(r"/aspirasi/lacak/\?kode=psr"))
    expect(warga.get_by_role("heading", name=JUDUL)).to_be_visible()
    expect(_status_tampil(warga)).to_have_text("Dijawab")
    jawaban = warga.get_by_role("region", name="Jawaban", exact=True)
    expect(jawaban).to_contain_text(JAWABAN)
    expect(jawaban).to_contain_text("Dinas Kependudukan dan Pencatatan Sipil")
    riwayat = warga.get_by_role("region", name="Riwayat", exact=True)
    langkah = riwayat.get_by_role("listitem").all_inner_texts()
    assert [baris.split("\n")[-1] for baris in langkah] == [
        "Diterima",
        "Diteruskan ke OPD",
        "Dijawab",
    ]
    # Staff names never reach the resident.
    halaman = warga.locator("main").inner_text()
    assert "Petugas" not in halaman and "Verifikator Diskominfo" not in halaman
    jalan.halaman_publik(warga, "lacak-dijawab")

    warga.get_by_label("Puas, pertanyaan saya terjawab").check()
    warga.get_by_role("button", name="Kirim tanggapan").click()
    warga.wait_for_url(re.compile(r"/aspirasi/lacak/\?kode=PSR"))
    # The thanks are announced to screen readers too (role=status).
    expect(warga.get_by_role("status")).to_have_text(
        "Terima kasih atas tanggapan Anda. Aspirasi ini kami tandai selesai."
    )
    expect(_status_tampil(warga)).to_have_text("Selesai")
    expect(warga.get_by_role("button", name="Kirim tanggapan")).to_have_count(0)
    jalan.halaman_publik(warga, "lacak-selesai")

    aspirasi.refresh_from_db()
    assert aspirasi.status == "selesai"
    assert list(aspirasi.riwayat.order_by("waktu", "pk").values_list("ke", flat=True)) == [
        "baru",
        "diteruskan",
        "dijawab",
        "selesai",
    ]
    assert not jalan.pelanggaran, "Pelanggaran axe-core:\n" + "\n\n".join(jalan.pelanggaran)


def _status_tampil(page):
    """The status line of the tracking page ("Status" in its summary list)."""
    return page.locator(
        "dl.ringkas-layanan div", has=page.get_by_text("Status", exact=True)
    ).locator("dd")


def _status_admin(page):
    """The status as the admin's change page shows it (a read-only field)."""
    return page.locator(".field-status .readonly")
