import pytest
from django.urls import NoReverseMatch, clear_script_prefix, reverse, set_script_prefix

from layanan.tautan import UrlSlug, url_dengan_slug, url_tetap


@pytest.mark.parametrize("nama", ["layanan:detail", "layanan:opd_detail"])
@pytest.mark.parametrize("slug", ["ktp-el", "akta_lahir-2", "a"])
def test_tautan_cepat_sama_dengan_reverse(nama, slug):
    assert url_dengan_slug(nama, slug) == reverse(nama, kwargs={"slug": slug})


def test_tautan_cepat_mengikuti_awalan_skrip():
    set_script_prefix("/portal/")
    try:
        assert url_dengan_slug("layanan:detail", "ktp-el") == "/portal/layanan/ktp-el/"
    finally:
        clear_script_prefix()
    assert url_dengan_slug("layanan:detail", "ktp-el") == "/layanan/ktp-el/"


@pytest.mark.parametrize("slug", ["ada/garis-miring", "ada spasi", "", "<script>"])
def test_slug_tidak_sah_tetap_ditolak_seperti_reverse(slug):
    with pytest.raises(NoReverseMatch):
        url_dengan_slug("layanan:detail", slug)


@pytest.mark.parametrize("nama", ["layanan:beranda", "layanan:daftar", "aspirasi:kirim"])
def test_tautan_tetap_sama_dengan_reverse_dan_mengikuti_awalan_skrip(nama):
    tanpa_awalan = reverse(nama)
    assert url_tetap(nama) == tanpa_awalan
    set_script_prefix("/portal/")
    try:
        assert url_tetap(nama) == reverse(nama) == "/portal" + tanpa_awalan
    finally:
        clear_script_prefix()
    assert url_tetap(nama) == tanpa_awalan


def test_url_slug_per_daftar_sama_dengan_reverse_dan_menolak_slug_tidak_sah():
    url = UrlSlug("kegiatan:detail")
    for slug in ("kenduren-mas-bangil", "a_1"):
        assert url(slug) == reverse("kegiatan:detail", kwargs={"slug": slug})
    with pytest.raises(NoReverseMatch):
        url("<script>")


def test_url_slug_membaca_awalan_skrip_saat_dibuat():
    set_script_prefix("/portal/")
    try:
        url = UrlSlug("kegiatan:detail")
    finally:
        clear_script_prefix()
    assert url("bangil") == "/portal/kegiatan/bangil/"
    assert UrlSlug("kegiatan:detail")("bangil") == "/kegiatan/bangil/"
