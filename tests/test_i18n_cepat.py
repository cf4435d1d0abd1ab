"""``{% load i18n_cepat %}`` gives exactly what Django's ``i18n`` gives, in every language
and on every render, only cheaper; and the project's templates use it."""

import pathlib

import pytest
from django.conf import settings
from django.template import Context, Engine, Template
from django.utils import translation
from django.utils.autoreload import file_changed

from pasuruan_portal import i18n_cepat

CONTOH = [
    '{% translate "Yes" %}',
    "{% translate 'Yes' %}",
    '{% trans "Yes" %}',
    '{% translate "Yes" as jawab %}[{{ jawab }}]',
    '{% translate "Yes" noop %}',
    '{% translate "May" context "month name" %}',
    '{% translate "Yes"|upper %}',
    "{% translate pesan %}",
    '{% translate "a < b & 50%% %" %}',
    '{% autoescape off %}{% translate "a < b" %}{% endautoescape %}',
    '{% translate "a < b" %}',
    "{% get_current_language as k %}{{ k }}{% blocktranslate %}Yes{% endblocktranslate %}",
]


def _dua(teks):
    lama = Template("{% load i18n %}" + teks)
    baru = Template("{% load i18n_cepat %}" + teks)
    return lama, baru


@pytest.mark.parametrize("teks", CONTOH)
def test_hasil_sama_dengan_i18n_django_di_setiap_bahasa_dan_render(teks):
    lama, baru = _dua(teks)
    konteks = {"pesan": "No"}
    # The same node, rendered again and again while the language changes.
    for bahasa in ["id", "en", "id", "de", "en"]:
        with translation.override(bahasa):
            for _ in range(2):
                assert baru.render(Context(konteks)) == lama.render(Context(konteks))


def test_teks_tetap_diterjemahkan_sesuai_bahasa_aktif():
    _, baru = _dua('{% translate "Yes" %}')
    with translation.override("id"):
        assert baru.render(Context()) == "Ya"
    with translation.override("en"):
        assert baru.render(Context()) == "Yes"


def test_hanya_pesan_tetap_yang_disimpan():
    engine = Engine(libraries={"i18n_cepat": "pasuruan_portal.i18n_cepat"})
    tetap = engine.from_string('{% load i18n_cepat %}{% translate "Yes" %}').nodelist[-1]
    variabel = engine.from_string("{% load i18n_cepat %}{% translate pesan %}").nodelist[-1]
    dengan_as = engine.from_string('{% load i18n_cepat %}{% translate "Yes" as x %}').nodelist[-1]

    assert tetap.tetap is True
    assert variabel.tetap is False
    assert dengan_as.tetap is False


def test_katalog_dimuat_ulang_membuat_teks_dibaca_lagi(monkeypatch):
    _, baru = _dua('{% translate "Yes" %}')
    with translation.override("id"):
        assert baru.render(Context()) == "Ya"
        node = baru.nodelist[-1]
        node._hasil[("id", True)] = "teks lama"
        assert baru.render(Context()) == "teks lama"

        file_changed.send(sender=None, file_path=pathlib.Path("locale/id/LC_MESSAGES/django.po"))
        assert baru.render(Context()) == "teks lama"  # not a catalog: nothing reloaded
        file_changed.send(sender=None, file_path=pathlib.Path("locale/id/LC_MESSAGES/django.mo"))
        assert baru.render(Context()) == "Ya"
    assert i18n_cepat._generasi >= 1


def test_template_proyek_memuat_i18n_cepat_bukan_i18n():
    akar = pathlib.Path(settings.BASE_DIR)
    berkas = [
        p
        for pola in ("templates/**/*", "*/templates/**/*")
        for p in akar.glob(pola)
        if p.is_file() and ".venv" not in p.parts
    ]
    assert len(berkas) > 50
    salah = []
    for p in berkas:
        for baris in p.read_text(encoding="utf-8").splitlines():
            if "{% load" in baris:
                for bagian in baris.split("{% load")[1:]:
                    if "i18n" in bagian.split("%}")[0].split():
                        salah.append(str(p.relative_to(akar)))
    assert salah == []
