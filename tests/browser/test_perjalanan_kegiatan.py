"""Issue 4, acceptance 3: a field event, in a real Chromium.

A resident of Kecamatan Bangil finds the next Kenduren Mas there on /kegiatan/ (filtered by
kecamatan), opens it and follows a service link to the catalog. The organiser (Pengelola
Kegiatan) records OPD attendance in the admin, goes from the event's admin page to its desk
and takes down two questions: one answered on the spot (``dijawab`` at once), one routed to
its OPD. The resident then tracks the second one and sees it routed (``diteruskan``) to that
OPD. Every public page on the way (and the event's report for leaders) has zero axe-core
violations at 375 px and at 1280 px; the public pages do not scroll sideways on a phone.
"""

import io
import re

import pytest
from django.core.management import call_command

from tests.browser.bantuan import LEBAR_LAYAR
from tests.browser.test_perjalanan_aspirasi import (
    POLA_KODE,
    Perjalanan,
    _masuk_admin,
    _status_tampil,
    koneksi_orm_ditutup,  # noqa: F401  (a fixture: pytest finds it in this module)
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PERTANYAAN_DIJAWAB = (
    "Rekam KTP-el untuk lansia",
    "Ibu saya 70 tahun dan sulit berjalan. Bisakah perekaman KTP-el dilakukan di rumah?",
    "Bisa. Daftarkan lewat desa; petugas Dispendukcapil datang ke rumah setiap Kamis.",
)
PERTANYAAN_DITERUSKAN = (
    "Posyandu Kauman belum dapat timbangan baru",
    "Timbangan bayi di posyandu Kauman rusak sejak Agustus. Kapan diganti?",
)


@pytest.fixture
def demo_kegiatan(data_demo):
    """The demo catalog and accounts plus the demo events, loaded as ``make run`` does."""
    call_command("muat_demo_kegiatan", stdout=io.StringIO(), stderr=io.StringIO())
    return data_demo


class PerjalananKegiatan(Perjalanan):
    """Each public page is checked at both widths: the phone page the resident holds, and
    the same address opened at 1280 px."""

    def __init__(self, nama_uji, buat_halaman):
        super().__init__(nama_uji)
        self.buat_halaman = buat_halaman
        self.lebar = {}

    def halaman_publik(self, page, langkah):
        super().halaman_publik(page, f"{langkah}-375")
        lebar_dokumen = page.evaluate("document.documentElement.scrollWidth")
        if lebar_dokumen > 375:
            self.pelanggaran.append(f"{langkah} ({page.url}): lebar halaman {lebar_dokumen}px")
        for lebar in LEBAR_LAYAR:
            if lebar == 375:
                continue
            if lebar not in self.lebar:
                self.lebar[lebar] = self.buat_halaman(lebar)
            lain = self.lebar[lebar]
            respons = lain.goto(page.url)
            assert respons.status == 200, f"{page.url} @ {lebar}px: {respons.status}"
            super().halaman_publik(lain, f"{langkah}-{lebar}")


def _baris_kehadiran(page, nama_opd):
    """The admin inline row prefix (``kehadiran-3``) of an OPD's attendance."""
    prefix = page.evaluate(
        """(nama) => {
            for (const s of document.querySelectorAll("select[name^='kehadiran-'][name$='-opd']")) {
                const o = s.options[s.selectedIndex];
                if (o && o.textContent.trim().startsWith(nama)) return s.name.replace(/-opd$/, "");
            }
            return null;
        }""",
        nama_opd,
    )
    assert prefix, f"Baris kehadiran {nama_opd} tidak ada"
    return prefix


def _catat_di_meja(page, judul, isi, opd, jawaban=""):
    page.get_by_label("Pertanyaan", exact=True).check()
    page.get_by_label("Judul singkat").fill(judul)
    page.get_by_label("Pertanyaan atau keluhan warga").fill(isi)
    page.get_by_label("OPD yang menjawab").select_option(value=str(opd.pk))
    page.get_by_label("Kecamatan", exact=True).select_option(label="Bangil")
    page.get_by_label("Biasa", exact=True).check()
    if jawaban:
        page.get_by_label("Dijawab di tempat (tidak wajib)").fill(jawaban)
    page.get_by_role("button", name="Simpan dan cetak slip").click()
    page.wait_for_url(re.compile(r"/aspirasi/meja/slip/PSR-"))
    kode = POLA_KODE.search(page.url).group(0)
    return kode


@pytest.mark.usefixtures("koneksi_orm_ditutup")
def test_warga_bangil_menemukan_kenduren_mas_pengelola_mencatat_kehadiran_dan_pertanyaan(
    live_server, demo_kegiatan, buat_halaman
):
    from playwright.sync_api import expect

    from aspirasi.models import Aspirasi
    from kegiatan.models import Kegiatan, KehadiranOPD
    from layanan.models import OPD

    url = live_server.url
    jalan = PerjalananKegiatan("perjalanan-kegiatan", buat_halaman)
    kegiatan = Kegiatan.objects.get(slug="kenduren-mas-bangil")
    dinkes = OPD.objects.select_related("pemda").get(slug="dinkes")
    dispendukcapil = OPD.objects.select_related("pemda").get(slug="dispendukcapil")
    dlh = OPD.objects.get(slug="dlh")

    # 1. The resident, on a phone: every upcoming event, then only those in Bangil.
    warga = buat_halaman(375)
    warga.goto(url + "/kegiatan/")
    expect(warga.get_by_role("heading", level=1)).to_have_text("Kegiatan pemerintah di kecamatan")
    akan_datang = warga.get_by_role("region", name="Akan datang")
    expect(
        akan_datang.get_by_role("link", name="Bupati Ngantor di Kecamatan Tosari")
    ).to_be_visible()
    jalan.halaman_publik(warga, "daftar")

    warga.get_by_label("Kecamatan", exact=True).select_option(label="Bangil")
    warga.get_by_role("button", name="Terapkan").click()
    warga.wait_for_url(re.compile(r"/kegiatan/\?.*kecamatan=bangil"))
    akan_datang = warga.get_by_role("region", name="Akan datang")
    judul_kartu = akan_datang.get_by_role("heading", level=3).all_inner_texts()
    assert judul_kartu[0] == "Kenduren Mas Kecamatan Bangil", judul_kartu
    assert "Bupati Ngantor di Kecamatan Tosari" not in judul_kartu
    jalan.halaman_publik(warga, "daftar-bangil")

    akan_datang.get_by_role("link", name="Kenduren Mas Kecamatan Bangil").click()
    warga.wait_for_url(url + "/kegiatan/kenduren-mas-bangil/")
    expect(warga.get_by_role("heading", level=1)).to_have_text("Kenduren Mas Kecamatan Bangil")
    expect(warga.get_by_text("Alun-alun Bangil").first).to_be_visible()
    jalan.halaman_publik(warga, "kegiatan")

    warga.get_by_role("link", name="Perekaman dan Pencetakan KTP-el").click()
    warga.wait_for_url(url + "/layanan/ktp-el/")
    expect(warga.get_by_role("heading", level=1)).to_have_text("Perekaman dan Pencetakan KTP-el")
    jalan.halaman_publik(warga, "layanan")

    # 2. The organiser records attendance in the admin.
    pengelola = buat_halaman(1280)
    _masuk_admin(pengelola, url, "pengelola.kegiatan")
    pengelola.get_by_role("link", name="Kegiatan", exact=True).first.click()
    pengelola.get_by_role("link", name="Kenduren Mas Kecamatan Bangil").click()
    pengelola.wait_for_url(re.compile(rf"/admin/kegiatan/kegiatan/{kegiatan.pk}/change/"))
    hadir = _baris_kehadiran(pengelola, dispendukcapil.nama)
    absen = _baris_kehadiran(pengelola, dlh.nama)
    pengelola.locator(f"select[name='{hadir}-kehadiran']").select_option(label="Hadir")
    pengelola.locator(f"select[name='{absen}-kehadiran']").select_option(label="Tidak hadir")
    pengelola.locator(f"input[name='{absen}-catatan']").fill("Tidak ada kabar.")
    jalan.foto(pengelola, "admin-kehadiran")
    pengelola.get_by_role("button", name="Simpan dan terus mengedit").click()
    expect(pengelola.locator(".messagelist .success")).to_be_visible()
    kehadiran = dict(
        KehadiranOPD.objects.filter(kegiatan=kegiatan).values_list("opd__slug", "kehadiran")
    )
    assert kehadiran["dispendukcapil"] == "hadir"
    assert kehadiran["dlh"] == "tidak_hadir"

    # From the event's admin page to its desk: two questions taken down on site.
    pengelola.get_by_role("link", name="Meja aspirasi").click()
    pengelola.wait_for_url(url + "/aspirasi/meja/kenduren-mas-bangil/")
    judul, isi, jawaban = PERTANYAAN_DIJAWAB
    kode_dijawab = _catat_di_meja(pengelola, judul, isi, dispendukcapil, jawaban)
    expect(pengelola.get_by_role("heading", name="Tanda terima aspirasi")).to_be_visible()
    jalan.foto(pengelola, "slip-dijawab")
    pengelola.get_by_role("link", name="Kembali ke meja aspirasi").click()
    judul, isi = PERTANYAAN_DITERUSKAN
    kode_diteruskan = _catat_di_meja(pengelola, judul, isi, dinkes)
    jalan.foto(pengelola, "slip-diteruskan")

    # The leaders' report of the event lists both, the first answered on site; its wide
    # tables scroll inside keyboard-reachable regions on a phone.
    pengelola.get_by_role("link", name="Kembali ke meja aspirasi").click()
    pengelola.get_by_role("link", name="Laporan kegiatan").click()
    pengelola.wait_for_url(url + "/aspirasi/meja/kenduren-mas-bangil/laporan/")
    expect(pengelola.locator("#angka-pertanyaan")).to_have_text("2")
    expect(pengelola.locator("#angka-di-tempat")).to_have_text("1")
    expect(pengelola.locator("#opd-absen")).to_contain_text(dlh.nama)
    for kode in (kode_dijawab, kode_diteruskan):
        expect(pengelola.get_by_text(kode)).to_be_visible()
    for lebar in LEBAR_LAYAR:
        pengelola.set_viewport_size({"width": lebar, "height": 900})
        jalan.foto(pengelola, f"laporan-{lebar}")
        jalan.periksa_axe(pengelola, f"laporan-{lebar}")

    dijawab = Aspirasi.objects.get(kode=kode_dijawab)
    assert (dijawab.status, dijawab.kegiatan, dijawab.opd) == ("dijawab", kegiatan, dispendukcapil)
    assert dijawab.kanal == "kenduren_mas"
    assert dijawab.jawaban.get().isi == jawaban
    diteruskan = Aspirasi.objects.get(kode=kode_diteruskan)
    assert (diteruskan.status, diteruskan.kegiatan, diteruskan.opd) == (
        "diteruskan",
        kegiatan,
        dinkes,
    )
    assert not diteruskan.jawaban.exists()

    # 3. The resident tracks the second question: routed to Dinas Kesehatan.
    warga.goto(url + "/aspirasi/lacak/")
    warga.get_by_label("Kode lacak").fill(kode_diteruskan)
    warga.get_by_role("button", name="Lacak", exact=True).click()
    warga.wait_for_url(re.compile(r"/aspirasi/lacak/\?kode="))
    expect(warga.get_by_role("heading", name=PERTANYAAN_DITERUSKAN[0])).to_be_visible()
    expect(_status_tampil(warga)).to_have_text("Diteruskan ke OPD")
    ringkasan = warga.locator("dl.ringkas-layanan")
    expect(ringkasan).to_contain_text("Dinas Kesehatan")
    expect(warga.get_by_text("Belum ada jawaban.")).to_be_visible()
    jalan.halaman_publik(warga, "lacak-diteruskan")

    assert not jalan.pelanggaran, "Pelanggaran axe-core:\n" + "\n\n".join(jalan.pelanggaran)
