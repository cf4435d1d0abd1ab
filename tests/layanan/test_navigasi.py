import re

import pytest
from django.urls import reverse

from tests.factories import LayananFactory

pytestmark = pytest.mark.django_db


def _menu_aktif(html):
    return re.findall(r'<a href="([^"]+)" aria-current="page">', html)


def test_menu_aktif_menandai_bagian_halaman_yang_dibuka(client):
    layanan = LayananFactory()
    halaman = {
        reverse("layanan:daftar"): reverse("layanan:daftar"),
        layanan.get_absolute_url(): reverse("layanan:daftar"),
        reverse("layanan:daftar_periksa", kwargs={"slug": layanan.slug}): reverse("layanan:daftar"),
        layanan.opd.get_absolute_url(): reverse("layanan:opd_daftar"),
        reverse("aspirasi:kirim"): reverse("aspirasi:kirim"),
        reverse("aspirasi:lacak"): reverse("aspirasi:lacak"),
        reverse("aspirasi:tanya_jawab"): reverse("aspirasi:tanya_jawab"),
    }
    for url, menu in halaman.items():
        html = client.get(url).content.decode()
        assert _menu_aktif(html) == [menu], url


def test_beranda_tidak_menandai_menu_apa_pun(client):
    assert _menu_aktif(client.get(reverse("layanan:beranda")).content.decode()) == []


def test_saringan_menandai_tepat_satu_pilihan_dan_nilai_asing_tidak_terpilih(client):
    layanan = LayananFactory()
    html = client.get(reverse("layanan:daftar"), {"kategori": layanan.kategori.slug}).content
    html = html.decode()
    assert f'<option value="{layanan.kategori.slug}" selected>' in html
    assert html.count(" selected>") == 1
    html = client.get(reverse("layanan:daftar"), {"kategori": "tidak-ada"}).content.decode()
    assert " selected>" not in html


@pytest.mark.parametrize("debug", [False, True])
def test_kepala_dan_kaki_sama_dengan_atau_tanpa_simpanan_per_proses(client, settings, debug):
    # Without DEBUG the header and footer are rendered once per section and kept by the
    # process; with DEBUG (development) on every page. Both must give the same markup.
    settings.DEBUG = debug
    html = client.get(reverse("kegiatan:daftar")).content.decode()

    assert _menu_aktif(html) == [reverse("kegiatan:daftar")]
    assert f'<a href="{reverse("aspirasi:transparansi")}">' in html
    assert "Kompleks Perkantoran Raci" in html
    assert html.count('<header class="portal-header">') == 1
