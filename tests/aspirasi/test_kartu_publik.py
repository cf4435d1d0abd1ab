"""The Python renderers of the public Q&A (aspirasi.kartu, aspirasi.forms_publik) give the
markup the templates they replaced gave, and escape whatever comes from the database."""

import re

import pytest
from django import forms
from django.template import Context, Template
from django.utils import translation

from aspirasi import kartu, selectors, services
from aspirasi.forms_publik import CariTanyaJawabForm, bidang_html
from aspirasi.models import Aspirasi
from layanan.models import OPD, KategoriLayanan
from pasuruan_portal.widgets import FastSelect
from tests.factories import LayananFactory, OPDFactory, petugas_opd, verifikator

pytestmark = pytest.mark.django_db

SKRIP = "<script>alert('x')</script>"

# The templates the renderers replaced (templates/aspirasi/_kartu_tanya_jawab.html and
# _tanya_jawab_terkait.html before), fed with model instances as the pages fed them.
KARTU_LAMA = """{% load i18n kegiatan_publik %}{% for item in daftar %}<li>
<article class="kartu-layanan" id="tj-{{ item.pk }}">
  <h3><a href="{% url 'aspirasi:tanya_jawab_detail' item.pk %}">{{ item.judul }}</a></h3>
  <p class="meta-kecil mb-2">{{ item|label_pilihan:"jenis" }}{% if item.layanan %} — {{ item.layanan.nama }}{% endif %}{% if item.opd %} — {{ item.opd.nama }}{% endif %}</p>
  <p class="mb-2">{{ item.isi|potong:300 }}</p>
  {% with jawaban=item.jawaban.all|first %}{% if jawaban %}
  <div class="border-start border-4 border-success ps-3">
    <p class="meta-kecil mb-1">{% blocktranslate with opd=jawaban.opd.nama %}Jawaban {{ opd }}{% endblocktranslate %}, <time datetime="{{ jawaban.waktu|iso }}">{{ jawaban.waktu|tanggal }}</time></p>
    <p class="mb-0 teks-panjang">{{ jawaban.isi|potong:500 }}</p>
  </div>
  {% endif %}{% endwith %}
</article></li>{% endfor %}"""  # noqa: E501

TERKAIT_LAMA = """{% load i18n %}
{% if daftar %}
<section class="mt-4" aria-labelledby="judul-tanya-jawab-terkait">
  <h2 id="judul-tanya-jawab-terkait" class="h4">{% translate "Pertanyaan yang sudah dijawab" %}</h2>
  <ul class="list-unstyled">
    {% for item in daftar %}
    <li class="mb-2"><a href="{% url 'aspirasi:tanya_jawab_detail' item.pk %}">{{ item.judul }}</a>
      <span class="meta-kecil">— {{ item.get_jenis_display }}{% if item.dijawab_pertama_pada %}, {% blocktranslate with tanggal=item.dijawab_pertama_pada|date:"j F Y" %}dijawab {{ tanggal }}{% endblocktranslate %}{% endif %}</span></li>
    {% endfor %}
  </ul>
  <p><a href="{% url 'aspirasi:tanya_jawab' %}{% if opd %}?opd={{ opd.slug }}{% endif %}">{% translate "Lihat semua tanya-jawab" %}</a></p>
</section>
{% endif %}"""  # noqa: E501


def _rapat(html):
    """Whitespace between and around tags does not change the page."""
    return re.sub(r">\s+<", "><", re.sub(r"\s+", " ", str(html))).strip()


def _terbit(judul, *, isi="Isi pertanyaan.", layanan=None, opd=None, jawaban=("Ya.",)):
    opd = opd or (layanan.opd if layanan else OPDFactory())
    aspirasi = services.kirim_aspirasi(
        jenis="pengaduan", judul=judul, isi=isi, privasi="anonim", layanan=layanan
    )
    services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator())
    for teks in jawaban:
        services.jawab(aspirasi=aspirasi, isi=teks, oleh=petugas_opd(opd))
    Aspirasi.objects.filter(pk=aspirasi.pk).update(diterbitkan=True)
    return aspirasi


@pytest.fixture
def isi_berbahaya():
    layanan = LayananFactory(nama=f"Layanan {SKRIP}", opd=OPDFactory(nama=f"OPD {SKRIP}"))
    _terbit(
        f"Judul {SKRIP} & “kutip”",
        isi=f"Isi {SKRIP} " + "panjang é " * 60,
        layanan=layanan,
        jawaban=[f"Jawaban {SKRIP} " + "x" * 600, "Jawaban kedua."],
    )
    _terbit("Tanpa layanan", isi="Pendek.", jawaban=["Singkat."])
    return layanan


@pytest.mark.parametrize("bahasa", ["id", "en"])
def test_kartu_sama_dengan_template_lama_dan_lolos_escape(isi_berbahaya, bahasa):
    daftar_lama = list(
        selectors.tanya_jawab().select_related("layanan", "opd").prefetch_related("jawaban__opd")
    )
    with translation.override(bahasa):
        lama = Template(KARTU_LAMA).render(Context({"daftar": daftar_lama}))
        baru = kartu.kartu_tanya_jawab(selectors.kartu_tanya_jawab(selectors.tanya_jawab()))

    assert _rapat(baru) == _rapat(lama)
    assert "<script>" not in baru
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in baru
    assert baru.count('class="kartu-layanan"') == 2


def test_kartu_tanpa_jawaban_tanpa_blok_jawaban():
    aspirasi = _terbit("Belum ada baris jawaban", jawaban=["Dihapus nanti."])
    aspirasi.jawaban.all().delete()

    baru = kartu.kartu_tanya_jawab(selectors.kartu_tanya_jawab(selectors.tanya_jawab()))

    assert "Belum ada baris jawaban" in baru
    assert "border-success" not in baru


@pytest.mark.parametrize("dengan_opd", [False, True])
def test_tanya_jawab_terkait_sama_dengan_template_lama(isi_berbahaya, dengan_opd):
    opd = isi_berbahaya.opd if dengan_opd else None
    layanan = None if dengan_opd else isi_berbahaya
    lama = Template(TERKAIT_LAMA).render(
        Context(
            {
                "daftar": selectors.jawaban_serupa(layanan=layanan, opd=opd),
                "opd": opd,
            }
        )
    )

    baru = kartu.tanya_jawab_terkait(selectors.terkait(layanan=layanan, opd=opd), opd=opd)

    assert _rapat(baru) == _rapat(lama)
    assert "Judul &lt;script&gt;" in baru and "<script>" not in baru


def test_tanya_jawab_terkait_kosong_tanpa_markup():
    assert kartu.tanya_jawab_terkait(selectors.terkait(layanan=LayananFactory())) == ""
    assert selectors.terkait() == []


def test_terkait_dengan_layanan_dan_opd_memakai_skor_jawaban_serupa(isi_berbahaya):
    lain = _terbit("Lain OPD sama", opd=isi_berbahaya.opd)

    baris = selectors.terkait(layanan=isi_berbahaya, opd=isi_berbahaya.opd)

    assert [b["pk"] for b in baris] == [
        a.pk for a in selectors.jawaban_serupa(layanan=isi_berbahaya, opd=isi_berbahaya.opd)
    ]
    assert baris[-1]["pk"] == lain.pk  # the service's own item scores higher


@pytest.mark.parametrize(
    "data",
    [None, {"q": f"air {SKRIP}", "opd": "tidak-ada", "kategori": ""}, {"opd": "opd-a"}],
    ids=["kosong", "galat", "terpilih"],
)
def test_bidang_sama_dengan_include_bidang(data):
    OPDFactory(slug="opd-a", nama=f"OPD {SKRIP}")
    form = CariTanyaJawabForm(data)
    form.is_valid()
    lama_form = CariTanyaJawabForm(data)
    lama_form.is_valid()
    tpl = Template('{% include "aspirasi/_bidang.html" with field=field %}')

    for nama in ("q", "opd", "kategori"):
        lama = tpl.render(Context({"field": lama_form[nama]}))
        assert _rapat(bidang_html(form[nama])) == _rapat(lama), nama
    html = "".join(bidang_html(form[n]) for n in ("q", "opd", "kategori"))
    assert "<script>" not in html


def test_input_cari_sama_dengan_textinput_django():
    class Biasa(forms.Form):
        q = forms.CharField(max_length=200, required=False)

    biasa = Biasa({"q": f'"{SKRIP}'})
    biasa.fields["q"].widget.input_type = "search"
    biasa.fields["q"].widget.attrs["class"] = "form-control"
    cari = CariTanyaJawabForm({"q": f'"{SKRIP}'})

    assert str(cari["q"]) == str(biasa["q"])
    assert 'type="search"' in str(cari["q"])


def test_pilihan_saringan_sama_dengan_modelchoicefield_django():
    OPDFactory(slug="opd-b", nama="B & C")
    OPDFactory(slug="opd-tutup", nama="Tutup", aktif=False)
    form = CariTanyaJawabForm({"opd": "opd-b"})
    assert form.is_valid()
    assert form.cleaned_data["opd"].slug == "opd-b"

    class Biasa(forms.Form):
        opd = forms.ModelChoiceField(
            queryset=OPD.objects.aktif().order_by("nama"),
            to_field_name="slug",
            required=False,
            empty_label="Semua perangkat daerah",
            widget=FastSelect,
        )
        kategori = forms.ModelChoiceField(
            queryset=KategoriLayanan.objects.all(),
            to_field_name="slug",
            required=False,
            empty_label="Semua kategori",
            widget=FastSelect,
        )

    biasa = Biasa({"opd": "opd-b"})
    for nama in ("opd", "kategori"):
        assert str(form[nama]).replace(' class="form-select"', "") == str(biasa[nama]), nama
    assert "Tutup" not in str(form["opd"])
    assert "B &amp; C" in str(form["opd"])


def test_bentuk_kueri_dasar_tidak_pernah_dievaluasi(isi_berbahaya):
    """The per-process query shapes are only ever copied: their result cache stays empty
    (otherwise one process would keep serving the rows it read first)."""
    assert len(list(selectors.tanya_jawab())) == 2
    selectors.kartu_tanya_jawab(selectors.tanya_jawab()[:20])
    selectors.terkait(layanan=isi_berbahaya)
    selectors.terkait(opd=isi_berbahaya.opd)

    for dasar in (
        selectors._dasar_tanya_jawab(),
        selectors._dasar_jawaban_kartu(),
        selectors._dasar_terkait(),
    ):
        assert dasar._result_cache is None
    _terbit("Terbit belakangan")
    assert len(list(selectors.tanya_jawab())) == 3


def test_tanya_jawab_tersaring_sama_dengan_queryset_untuk_setiap_saringan():
    kategori_lain = LayananFactory()
    layanan = LayananFactory()
    for i in range(5):
        _terbit(f"Soal {i}", layanan=layanan if i % 2 else kategori_lain, jawaban=["A.", "B."])
    _terbit("Tanpa layanan", jawaban=[])
    opd = [layanan.opd, kategori_lain.opd, OPDFactory()]
    for o, k in [(None, None), *((o, None) for o in opd), (None, layanan.kategori)]:
        harapan = selectors.kartu_tanya_jawab(selectors.tanya_jawab(opd=o, kategori=k))
        daftar = selectors.TanyaJawabTersaring(opd=o, kategori=k)

        assert daftar.count() == len(harapan)
        assert daftar[0:20] == harapan
        assert daftar[1:2] == harapan[1:2]
    assert [k["jawaban"]["isi"] for k in selectors.TanyaJawabTersaring()[0:20]][:1] == ["A."]


def test_pilihan_form_tanya_jawab_sama_dengan_queryset():
    OPDFactory(aktif=False)
    OPDFactory()
    form = CariTanyaJawabForm()
    for nama in ("opd", "kategori"):
        field = form.fields[nama]
        harapan = [("", field.empty_label), *field.queryset.values_list("slug", "nama")]
        assert list(field.choices) == harapan
