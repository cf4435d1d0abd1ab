"""The Python renderers of layanan/kartu.py give the markup the templates gave, escaped."""

import re

import pytest
from django.template import Context, Template
from django.template.loader import render_to_string
from django.urls import reverse

from layanan import kartu
from layanan.models import KategoriLayanan, Layanan
from tests.factories import KategoriLayananFactory, LayananFactory, OPDFactory

pytestmark = pytest.mark.django_db

JAHAT = '<script>alert("x")</script>'

# The beranda's category tiles as the template wrote them before layanan/kartu.py.
UBIN_TEMPLATE = (
    "{% load i18n %}{% for k in kategori %}"
    '<li class="col-12 col-sm-6 col-lg-4">'
    '<a class="d-block p-3 border rounded h-100" '
    "href=\"{% url 'layanan:daftar' %}?kategori={{ k.slug }}\">"
    "<strong>{{ k.nama }}</strong><br>"
    '<span class="meta-kecil">{% blocktranslate count jumlah=k.jumlah %}{{ jumlah }} layanan'
    "{% plural %}{{ jumlah }} layanan{% endblocktranslate %}</span>"
    "</a></li>{% endfor %}"
)


def _rapat(html):
    """Markup without the whitespace between tags, other runs of whitespace as one space
    (the renderers indent differently)."""
    return re.sub(r"\s+", " ", re.sub(r">\s+<", "><", str(html))).strip()


def _baris(layanan):
    return Layanan.objects.filter(pk=layanan.pk).untuk_kartu().get()


@pytest.mark.parametrize("biaya", [0, 1250000])
@pytest.mark.parametrize("singkatan", ["DPMPTSP", ""])
def test_kartu_sama_dengan_template(biaya, singkatan):
    layanan = LayananFactory(biaya=biaya, opd=OPDFactory(singkatan=singkatan))
    instance = Layanan.objects.select_related("opd", "kategori").get(pk=layanan.pk)

    dari_template = render_to_string("includes/kartu_layanan.html", {"layanan": instance})

    html = kartu.kartu_layanan(_baris(layanan))
    assert _rapat(html) == _rapat(dari_template)
    assert f'href="{layanan.get_absolute_url()}"' in html


def test_kartu_meloloskan_teks_berbahaya():
    layanan = LayananFactory(
        nama=JAHAT,
        ringkasan=f"Ringkasan {JAHAT}",
        jangka_waktu=JAHAT,
        biaya=5000,
        opd=OPDFactory(singkatan="", nama=JAHAT),
        kategori=KategoriLayananFactory(nama=JAHAT),
    )

    html = kartu.daftar_kartu([_baris(layanan)], 'x" onclick="alert(1)')

    assert "<script>" not in html
    assert html.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") == 5
    assert 'onclick="' not in html
    assert "Rp5.000" in html


def test_ubin_kategori_sama_dengan_template_dan_diloloskan():
    biasa = KategoriLayananFactory(nama="Kependudukan & Catatan Sipil", urutan=1)
    jahat = KategoriLayananFactory(nama=JAHAT, slug="jahat", urutan=2)
    KategoriLayananFactory(nama="Kosong", urutan=3)  # no published service: not shown
    LayananFactory(kategori=biasa)
    LayananFactory(kategori=biasa)
    LayananFactory(kategori=jahat)
    LayananFactory(kategori=jahat, status=Layanan.Status.DRAF)

    baris = KategoriLayanan.objects.dengan_jumlah_terbit()

    assert [(k["nama"], k["jumlah"]) for k in baris] == [(biasa.nama, 2), (JAHAT, 1)]
    html = kartu.daftar_kategori(baris, reverse("layanan:daftar"))
    dari_template = Template(UBIN_TEMPLATE).render(Context({"kategori": baris}))
    assert _rapat(html) == _rapat(dari_template)
    assert "<script>" not in html
    assert "Kependudukan &amp; Catatan Sipil" in html


def test_beranda_dan_daftar_memakai_kartu_yang_diloloskan(client):
    LayananFactory(nama=JAHAT, kategori=KategoriLayananFactory(nama=JAHAT))

    for url in ("/", reverse("layanan:daftar")):
        html = client.get(url).content.decode()
        assert JAHAT not in html
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_opsi_saringan_diloloskan_dan_pilihan_ditandai(client):
    OPDFactory(nama=JAHAT, slug="opd-jahat")
    OPDFactory(nama="Dinas Kependudukan", slug="dispendukcapil")
    KategoriLayananFactory(nama="Kesehatan", slug="kesehatan")

    html = client.get(reverse("layanan:daftar"), {"opd": "opd-jahat"}).content.decode()

    assert JAHAT not in html
    assert (
        '<option value="opd-jahat" selected>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
        "</option>" in html
    )
    assert '<option value="dispendukcapil">Dinas Kependudukan</option>' in html
    assert '<option value="kesehatan">Kesehatan</option>' in html
    assert '<option value="">Semua OPD</option>' in html
