"""The Python renderers of the event lists (kegiatan/tampilan.py) and the precompiled
queries (pasuruan_portal/precompiled.py) give what the templates and the ORM gave: same markup and
text, every value from the database escaped, fresh rows at every call."""

import datetime
import re

import pytest
from django.core.paginator import Paginator
from django.template import Context, Template
from django.utils import timezone

from kegiatan import ical, kalender, selectors, tampilan
from kegiatan.models import Kegiatan
from pasuruan_portal import precompiled
from tests.factories import DesaFactory, KecamatanFactory
from tests.factories_kegiatan import KegiatanFactory, SesiAgendaFactory

pytestmark = pytest.mark.django_db

# The templates these renderers replace (templates/kegiatan/_kartu_kegiatan.html and
# _waktu.html before December 2026), rendered here with model instances as they were.
WAKTU_LAMA = (
    '{% load i18n kegiatan_publik %}{% if waktu.berjam %}<time datetime="{{ waktu.mulai|iso }}">'
    "{{ waktu.mulai|tanggal_panjang:True }}</time>"
    '{% if waktu.mulai|date:"Y-m-d" == waktu.selesai|date:"Y-m-d" %}–<time datetime="'
    '{{ waktu.selesai|iso }}">{{ waktu.selesai|date:"H.i" }}</time>{% else %} – <time datetime="'
    '{{ waktu.selesai|iso }}">{{ waktu.selesai|tanggal_panjang:True }}</time>{% endif %} '
    '{% translate "WIB" %}{% else %}<time datetime="{{ waktu.mulai|iso }}">'
    "{{ waktu.mulai|tanggal_panjang }}</time>{% if waktu.hari_terakhir != waktu.mulai %} – "
    '<time datetime="{{ waktu.hari_terakhir|iso }}">{{ waktu.hari_terakhir|tanggal_panjang }}'
    "</time>{% endif %}{% endif %}"
)
KARTU_LAMA = """{% load i18n kegiatan_publik %}<li><article class="kartu-layanan kartu-kegiatan">
  <h3><a href="{{ kegiatan.get_absolute_url }}">{{ kegiatan.judul }}</a></h3>
  <p class="mb-1">
    <span class="label-jenis">{{ kegiatan|label_pilihan:"jenis" }}</span>
    {% if kegiatan.status == "dibatalkan" %}<span class="label-batal">{% translate "Dibatalkan" %}</span>{% endif %}
    {% if kegiatan.contoh %}<span class="label-contoh">{% translate "Data contoh" %}</span>{% endif %}
  </p>
  <p class="mb-1">{% if dengan_jam %}WAKTU{% else %}<time datetime="{{ kegiatan.tanggal_mulai|iso }}">{{ kegiatan.tanggal_mulai|tanggal_panjang }}</time>{% if kegiatan.tanggal_selesai != kegiatan.tanggal_mulai %} – <time datetime="{{ kegiatan.tanggal_selesai|iso }}">{{ kegiatan.tanggal_selesai|tanggal_panjang }}</time>{% endif %}{% endif %}</p>
  <p class="meta-kecil mb-0">{% if kegiatan.tempat %}{{ kegiatan.tempat }}, {% endif %}{% if kegiatan.desa %}{{ kegiatan.desa.nama }}, {% endif %}{% blocktranslate with nama=kegiatan.kecamatan.nama %}Kecamatan {{ nama }}{% endblocktranslate %}</p>
</article></li>"""  # noqa: E501


def _rapat(html):
    """Whitespace between and at the end of elements does not show: compare without it."""
    return re.sub(r"\s+", " ", re.sub(r">\s+<", "><", re.sub(r"\s+</", "</", str(html)))).strip()


def _lama(kegiatan, dengan_jam):
    kartu = KARTU_LAMA
    if dengan_jam:
        waktu = Template(WAKTU_LAMA).render(Context({"waktu": ical.waktu_kegiatan(kegiatan)}))
        kartu = kartu.replace("WAKTU", waktu)
    return Template(kartu).render(Context({"kegiatan": kegiatan, "dengan_jam": dengan_jam}))


@pytest.fixture
def aneka_kegiatan():
    """Events with and without agenda, desa, tempat; one cancelled; one over two days with
    an overnight session; names that try to inject markup."""
    kecamatan = KecamatanFactory(nama='Bangil <script>alert("k")</script>')
    desa = DesaFactory(kecamatan=kecamatan, nama="Desa <b>&amp;</b>")
    hari = timezone.localdate()
    satu = KegiatanFactory(
        judul="<script>alert(1)</script> & co",
        kecamatan=kecamatan,
        desa=desa,
        tempat='Balai "Desa" <i>',
        tanggal_mulai=hari,
        tanggal_selesai=hari,
    )
    SesiAgendaFactory(kegiatan=satu, hari_ke=1, jam_mulai=datetime.time(8), jam_selesai=None)
    dua = KegiatanFactory(
        kecamatan=kecamatan,
        tempat="",
        contoh=True,
        status=Kegiatan.Status.DIBATALKAN,
        tanggal_mulai=hari + datetime.timedelta(days=3),
        tanggal_selesai=hari + datetime.timedelta(days=4),
    )
    SesiAgendaFactory(kegiatan=dua, hari_ke=2, jam_mulai=datetime.time(23), jam_selesai=None)
    SesiAgendaFactory(kegiatan=dua, hari_ke=1, jam_mulai=datetime.time(15))
    tiga = KegiatanFactory(
        jenis=Kegiatan.Jenis.SAMBANG_DESA,
        kecamatan=kecamatan,
        tanggal_mulai=hari + datetime.timedelta(days=5),
        tanggal_selesai=hari + datetime.timedelta(days=6),
    )
    return [satu, dua, tiga]


@pytest.mark.parametrize("dengan_jam", [True, False])
def test_kartu_sama_dengan_template_lama(aneka_kegiatan, dengan_jam):
    kegiatan = [Kegiatan.objects.get(pk=k.pk) for k in aneka_kegiatan]
    baris = selectors._per_kegiatan(
        precompiled.rows(Kegiatan, selectors._daftar, *_rentang(), timezone.localdate(), "", None)
    )
    per_id = {b["id"]: b for b in baris}

    for k in kegiatan:
        baru = tampilan.kartu([per_id[k.pk]], dengan_jam=dengan_jam)
        assert _rapat(baru) == _rapat(_lama(k, dengan_jam))


def _rentang():
    hari = timezone.localdate()
    return hari - datetime.timedelta(days=1), hari + datetime.timedelta(days=40)


def test_kartu_meng_escape_nama_dan_judul(aneka_kegiatan):
    di_kalender, akan_datang = selectors.untuk_daftar(*_rentang(), hari_ini=timezone.localdate())
    html = str(tampilan.kartu(akan_datang, dengan_jam=True, kelas_li='a"b'))

    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert "Kecamatan Bangil &lt;script&gt;alert(&quot;k&quot;)&lt;/script&gt;" in html
    assert "Desa &lt;b&gt;&amp;amp;&lt;/b&gt;, " in html
    assert "Balai &quot;Desa&quot; &lt;i&gt;, " in html
    assert '<li class="a&quot;b">' in html
    assert f'href="{aneka_kegiatan[0].get_absolute_url()}"' in html
    # The cancelled one is not "upcoming"; the calendar still shows it, marked.
    assert len(akan_datang) == 2 and len(di_kalender) == 3
    assert "label-batal" not in html


def test_tabel_kalender_meng_escape_dan_menandai_batal(aneka_kegiatan):
    hari = timezone.localdate()
    bulan = kalender.buat_bulan(hari.replace(day=1), hari)
    di_kalender, _ = selectors.untuk_daftar(*bulan.rentang, hari_ini=hari)
    kalender.isi_bulan(bulan, di_kalender)

    html = str(tampilan.tabel_kalender(bulan))

    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</a>" in html
    assert html.count('<th scope="col">') == 7
    assert '<abbr title="Senin">Sen</abbr>' in html
    assert f'data-tanggal="{hari.isoformat()}" aria-current="date">' in html
    assert html.count('aria-current="date"') == 1


def test_waktu_sama_dengan_template_lama(aneka_kegiatan):
    for k in Kegiatan.objects.prefetch_related("agenda"):
        waktu = ical.waktu_kegiatan(k)
        lama = Template(WAKTU_LAMA).render(Context({"waktu": waktu}))
        assert str(tampilan.waktu(waktu)) == lama


def test_waktu_dari_sesi_tanpa_urutan_sama_dengan_dari_agenda(aneka_kegiatan):
    for k in Kegiatan.objects.prefetch_related("agenda"):
        sesi = [(s.hari_ke, s.jam_mulai, s.jam_selesai) for s in k.agenda.all()]
        for urutan in (sesi, sesi[::-1]):
            assert ical.waktu_dari_sesi(
                k.tanggal_mulai, k.tanggal_selesai, urutan
            ) == ical.waktu_kegiatan(k)


def test_precompiled_sama_dengan_orm_dan_membaca_baris_baru():
    hari = timezone.localdate()
    qs = selectors._halaman_lewat(hari, "", None, 0, 10)
    assert precompiled.rows(Kegiatan, selectors._halaman_lewat, hari, "", None, 0, 10) == []

    KegiatanFactory(
        tanggal_mulai=hari - datetime.timedelta(days=9),
        tanggal_selesai=hari - datetime.timedelta(days=8),
        desa=DesaFactory(),
    )
    KegiatanFactory(
        tanggal_mulai=hari - datetime.timedelta(days=3),
        tanggal_selesai=hari - datetime.timedelta(days=2),
        contoh=True,
    )

    baris = precompiled.rows(Kegiatan, selectors._halaman_lewat, hari, "", None, 0, 10)
    assert baris == list(qs.all()) and len(baris) == 2
    assert isinstance(baris[0]["tanggal_mulai"], datetime.date)
    assert baris[1]["contoh"] is False and baris[0]["contoh"] is True


def test_sudah_lewat_berhalaman_seperti_queryset():
    hari = timezone.localdate()
    kecamatan = KecamatanFactory()
    for i in range(23):
        KegiatanFactory(
            kecamatan=kecamatan if i % 2 else KecamatanFactory(),
            tanggal_mulai=hari - datetime.timedelta(days=30 - i),
            tanggal_selesai=hari - datetime.timedelta(days=30 - i),
        )
    for argumen in ({}, {"kecamatan_id": kecamatan.pk}, {"jenis": Kegiatan.Jenis.NGANTOR}):
        lama = Paginator(
            selectors._sudah_lewat(
                hari, argumen.get("jenis", ""), argumen.get("kecamatan_id")
            ).values(*selectors.KOLOM_KARTU),
            10,
        )
        baru = Paginator(selectors.SudahLewat(hari_ini=hari, **argumen), 10)
        assert baru.count == lama.count and baru.num_pages == lama.num_pages
        for nomor in ("1", "2", "3", "999", "x"):
            assert list(baru.get_page(nomor).object_list) == list(lama.get_page(nomor).object_list)
