"""The cheap filters and widget of the public lists give exactly what Django's own give:
the page must look the same, only cheaper to render."""

import datetime
import random
from zoneinfo import ZoneInfo

import pytest
from django import forms
from django.template import Context, Template
from django.template.defaultfilters import truncatechars
from django.utils import translation

from kegiatan import kalender, tampilan
from kegiatan.models import Kegiatan
from kegiatan.templatetags.kegiatan_publik import label_pilihan, potong
from pasuruan_portal.widgets import FastSelect, PilihanTetap

JAKARTA = ZoneInfo("Asia/Jakarta")


def _render(teks, **konteks):
    return Template("{% load kegiatan_publik %}" + teks).render(Context(konteks))


@pytest.mark.parametrize("bahasa", ["id", "en"])
def test_tanggal_panjang_sama_dengan_filter_date(bahasa):
    tanggal = datetime.date(2026, 1, 1)
    waktu = datetime.datetime(2026, 12, 31, 7, 5, tzinfo=JAKARTA)
    with translation.override(bahasa):
        for hari in range(370):
            t = tanggal + datetime.timedelta(days=hari)
            assert _render("{{ t|tanggal_panjang }}|{{ t|iso }}", t=t) == _render(
                "{{ t|date:'l, j F Y' }}|{{ t|date:'Y-m-d' }}", t=t
            )
        baru = _render("{{ w|tanggal_panjang:True }}|{{ w|iso }}|{{ w|tanggal }}", w=waktu)
        lama = _render(
            "{{ w|date:'l, j F Y, H.i' }}|{{ w|date:'c' }}|{{ w|date:'j F Y' }}", w=waktu
        )
    assert baru == lama


def test_tanggal_waktu_utc_ditampilkan_dalam_zona_lokal_seperti_filter_date():
    waktu = datetime.datetime(2026, 12, 31, 20, 0, tzinfo=datetime.UTC)  # 1 Jan, 03.00 WIB

    assert _render("{{ w|tanggal_panjang:True }}", w=waktu) == _render(
        "{{ w|date:'l, j F Y, H.i' }}", w=waktu
    )
    assert "2027" in _render("{{ w|tanggal_panjang:True }}", w=waktu)


@pytest.mark.parametrize("bahasa", ["id", "en"])
def test_potong_sama_dengan_truncatechars(bahasa):
    acak = random.Random(6)
    huruf = ["a", "b", " ", "é", "e\u0301", "c\u0327", "<", "&", "…"]
    with translation.override(bahasa):
        for _ in range(3000):
            teks = "".join(acak.choice(huruf) for _ in range(acak.randint(0, 30)))
            for panjang in (0, 1, 2, 5, 10, 29, 30, 31):
                assert potong(teks, panjang) == truncatechars(teks, panjang), (teks, panjang)


def test_potong_tetap_di_escape_di_template():
    assert _render("{{ t|potong:5 }}", t="<b>tebal</b>") == "&lt;b&gt;t…"


@pytest.mark.parametrize("bahasa", ["id", "en"])
def test_label_pilihan_sama_dengan_get_display(bahasa):
    with translation.override(bahasa):
        for jenis in Kegiatan.Jenis.values:
            kegiatan = Kegiatan(jenis=jenis)
            assert label_pilihan(kegiatan, "jenis") == kegiatan.get_jenis_display()
        assert label_pilihan(Kegiatan(jenis="tak-dikenal"), "jenis") == "tak-dikenal"


@pytest.mark.parametrize("nilai", ["", "a&b", "1", "g2", None, "tidak-ada"])
@pytest.mark.parametrize(
    "attrs",
    [None, {"class": "form-select is-invalid", "aria-invalid": "true", "disabled": False}],
)
def test_fastselect_sama_dengan_select_django(nilai, attrs):
    pilihan = [("", "Semua <x>"), ("a&b", 'A & "B"'), (1, "Satu"), ("Grup", [("g2", "G2")])]

    baru = FastSelect(choices=pilihan).render("x", nilai, attrs)

    assert baru == forms.Select(choices=pilihan).render("x", nilai, attrs)
    assert "Semua &lt;x&gt;" in baru


def test_fastselect_opsi_yang_diingat_tidak_tercampur_tipe_atau_bahasa():
    from django.utils.functional import lazy
    from django.utils.safestring import mark_safe
    from django.utils.translation import gettext_lazy

    # A lazy label whose text differs by language (the catalog has no English entries).
    per_bahasa = lazy(lambda: "Semua" if translation.get_language() == "id" else "All", str)
    pilihan = [
        ("", gettext_lazy("Semua kecamatan")),
        ("x", per_bahasa()),
        (1, "<b>Satu</b>"),
        (True, "<b>Satu</b>"),
        ("2", mark_safe("<b>Satu</b>")),
    ]
    tetap = PilihanTetap(pilihan)  # kept, rendered once per language
    for _ in range(2):  # the second time from what was kept
        for bahasa in ("id", "en", "id"):
            with translation.override(bahasa):
                for nilai in ("", "1", "True", "2"):
                    harapan = forms.Select(choices=pilihan).render("x", nilai)
                    baru = FastSelect(choices=pilihan).render("x", nilai)
                    assert baru == harapan
                    assert FastSelect(choices=tetap).render("x", nilai) == harapan
    assert 'value="True"' in baru and "<b>Satu</b>" in baru and "&lt;b&gt;Satu" in baru
    with translation.override("en"):
        assert '<option value="x">All</option>' in FastSelect(choices=tetap).render("x", "")
    with translation.override("id"):
        assert '<option value="x">Semua</option>' in FastSelect(choices=tetap).render("x", "")


@pytest.mark.parametrize("bahasa", ["id", "en"])
def test_label_kalender_sama_dengan_filter_date(bahasa):
    bulan = kalender.buat_bulan(datetime.date(2026, 12, 1), datetime.date(2026, 12, 2))
    with translation.override(bahasa):
        tabel = tampilan.tabel_kalender(bulan)
        for pekan in bulan.minggu:
            for hari in pekan:
                label = _render(
                    '<span class="visually-hidden">{{ t|date:"l" }} </span>{{ t|date:"j" }}'
                    '<span class="visually-hidden"> {{ t|date:"F" }}</span>',
                    t=hari.tanggal,
                )
                assert f'<time datetime="{hari.iso}">{label}</time>' in tabel
                assert hari.iso == hari.tanggal.strftime("%Y-%m-%d")
    assert bulan.minggu[0][2].kelas == "hari-ini"
    assert bulan.minggu[0][0].kelas == "di-luar-bulan"


# What templates/kegiatan/_kalender.html printed before the links were made in Python.
_NAVIGASI_LAMA = (
    '{% if bulan.sebelumnya %}<a class="btn btn-outline-secondary" href="?{% if parameter %}'
    "{{ parameter }}&amp;{% endif %}bulan={{ bulan.sebelumnya|date:'Y-m' }}#kalender\" "
    'rel="prev"><span aria-hidden="true">‹</span> {{ bulan.sebelumnya|date:"F Y" }}</a>'
    '{% endif %}\n    {% if bulan.berikutnya %}<a class="btn btn-outline-secondary" '
    'href="?{% if parameter %}{{ parameter }}&amp;{% endif %}bulan='
    '{{ bulan.berikutnya|date:\'Y-m\' }}#kalender" rel="next">'
    '{{ bulan.berikutnya|date:"F Y" }} <span aria-hidden="true">›</span></a>{% endif %}'
)


@pytest.mark.parametrize("bahasa", ["id", "en"])
@pytest.mark.parametrize("parameter", ["", "jenis=kenduren_mas&kecamatan=bangil", 'q=%3Cb%3E&x="'])
@pytest.mark.parametrize("awal", [datetime.date(2026, 1, 1), datetime.date(2026, 12, 1)])
def test_navigasi_kalender_sama_dengan_template_lama(bahasa, parameter, awal):
    bulan = kalender.buat_bulan(awal, datetime.date(2026, 12, 2))
    with translation.override(bahasa):
        lama = _render(_NAVIGASI_LAMA, bulan=bulan, parameter=parameter)
        assert tampilan.navigasi_kalender(bulan, parameter) == lama


def test_navigasi_kalender_di_batas_tahun_hanya_satu_arah():
    pertama = kalender.buat_bulan(datetime.date(kalender.TAHUN_MIN, 1, 1))
    terakhir = kalender.buat_bulan(datetime.date(kalender.TAHUN_MAKS, 12, 1))

    assert 'rel="prev"' not in tampilan.navigasi_kalender(pertama, "")
    assert 'rel="next"' in tampilan.navigasi_kalender(pertama, "")
    assert 'rel="next"' not in tampilan.navigasi_kalender(terakhir, "")
    assert 'rel="prev"' in tampilan.navigasi_kalender(terakhir, "")


BIDANG_SARINGAN_LAMA = """{% load i18n %}{% for field in saringan %}
      <div class="mb-3">
        <label class="form-label fw-semibold" for="{{ field.id_for_label }}">{{ field.label }}</label>
        {% if field.errors %}<p id="{{ field.auto_id }}_error" class="text-danger fw-semibold mb-1">{% for e in field.errors %}<span class="visually-hidden">{% translate "Galat:" %} </span>{{ e }}{% if not forloop.last %}<br>{% endif %}{% endfor %}</p>{% endif %}
        {{ field }}
      </div>
      {% endfor %}"""  # noqa: E501  (the template as it was)


def _rapat(teks):
    return " ".join(str(teks).split()).replace("> <", "><")


@pytest.mark.django_db
@pytest.mark.parametrize("bahasa", ["id", "en"])
@pytest.mark.parametrize(
    "data",
    [
        None,
        {"jenis": "kenduren_mas", "kecamatan": "bangil"},
        {"jenis": "<script>", "kecamatan": '"><b>'},
    ],
    ids=["kosong", "sah", "galat"],
)
def test_bidang_saringan_sama_dengan_template_lama(bahasa, data):
    from kegiatan.views import SaringanKegiatan
    from tests.factories_kegiatan import KecamatanFactory

    KecamatanFactory(slug="bangil", nama="Bangil <&>")
    with translation.override(bahasa):
        baru_form = SaringanKegiatan(data)
        baru_form.nilai() if data else None
        lama_form = SaringanKegiatan(data)
        lama_form.nilai() if data else None
        lama = Template(BIDANG_SARINGAN_LAMA).render(Context({"saringan": lama_form}))
        baru = Template(
            "{% load kegiatan_publik %}"
            "{% for field in saringan %}{% bidang_saringan field %}{% endfor %}"
        ).render(Context({"saringan": baru_form}))

    assert _rapat(baru) == _rapat(lama)
    assert "<script>" not in baru and '"><b>' not in baru
    if data and data["jenis"] == "<script>":
        assert "text-danger" in baru
