"""pasuruan_portal/extends_cepat.py: the project's {% extends %} renders as Django's and
walks a root template's tree once."""

from django.template import Context, Engine, engines

from pasuruan_portal import extends_cepat

TEMPLAT = {
    "akar.html": (
        "<title>{% block judul %}Akar{% endblock %}</title>"
        "{% if tampil %}{% block isi %}isi akar{% endblock %}{% endif %}"
        "{% block kaki %}kaki {{ nama }}{% endblock %}"
    ),
    "tengah.html": (
        '{% extends "akar.html" %}'
        "{% block judul %}Tengah — {{ block.super }}{% endblock %}"
        "{% block isi %}<p>{{ block.super }} + tengah</p>{% endblock %}"
    ),
    "daun.html": (
        '{% extends "tengah.html" %}'
        "{% block isi %}{{ block.super }}<b>{{ nama }}</b>{% endblock %}"
        '{% block kaki %}{% include "sisip.html" %}{% endblock %}'
    ),
    "sisip.html": "sisip {{ nama }}",
    "langsung.html": '{% extends "akar.html" %}{% block kaki %}{% endblock %}',
}


def _engine(builtins=()):
    return Engine(
        loaders=[
            (
                "django.template.loaders.cached.Loader",
                [("django.template.loaders.locmem.Loader", TEMPLAT)],
            )
        ],
        builtins=list(builtins),
    )


def test_keluaran_sama_dengan_extends_django():
    django = _engine()
    cepat = _engine(["pasuruan_portal.extends_cepat"])
    for nama in ("daun.html", "tengah.html", "langsung.html", "akar.html"):
        for data in ({"nama": "<Warga>", "tampil": True}, {"nama": "x", "tampil": False}):
            harapan = django.get_template(nama).render(Context(data))
            assert cepat.get_template(nama).render(Context(data)) == harapan
            # Rendered again from the kept blocks: still the same.
            assert cepat.get_template(nama).render(Context(data)) == harapan
    assert "Tengah — Akar" in cepat.get_template("daun.html").render(Context({"tampil": True}))


def test_pohon_templat_akar_ditelusuri_sekali(monkeypatch):
    cepat = _engine(["pasuruan_portal.extends_cepat"])
    akar = cepat.get_template("akar.html")
    daun = cepat.get_template("daun.html")
    assert isinstance(daun.nodelist[0], extends_cepat.ExtendsCepatNode)
    daun.render(Context({"tampil": True}))
    assert akar in extends_cepat._blok_akar
    assert extends_cepat._blok_akar[cepat.get_template("tengah.html")] is None

    telusur = []
    asli = type(akar.nodelist).get_nodes_by_type
    monkeypatch.setattr(
        type(akar.nodelist),
        "get_nodes_by_type",
        lambda self, t: telusur.append(t) or asli(self, t),
    )
    daun.render(Context({"tampil": True}))
    assert telusur == []


def test_templat_proyek_memakai_extends_cepat():
    templat = engines["django"].from_string('{% extends "base.html" %}')
    assert isinstance(templat.template.nodelist[0], extends_cepat.ExtendsCepatNode)
