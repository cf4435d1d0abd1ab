"""Indonesian catalog for third-party apps that ship none (locale/id/LC_MESSAGES/django.po).

django-filter and django-import-export have translatable strings but no ``id`` catalog;
django-crispy-forms, crispy-bootstrap5 and django-csp have none at all (the scanner below
notices if that changes).  The .po is built from a makemessages-style extraction of the
installed versions, and the compiled .mo is committed because CI may not have gettext.
"""

import ast
import gettext as gettext_stdlib
import importlib.util
import re
from collections import Counter
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, ngettext, trim_whitespace

KATALOG_PO = Path(settings.BASE_DIR) / "locale" / "id" / "LC_MESSAGES" / "django.po"
KATALOG_MO = KATALOG_PO.with_suffix(".mo")

# Apps whose strings the project catalog must cover (DESIGN.md, "Conventions").
PAKET_PIHAK_KETIGA = ["django_filters", "import_export", "crispy_forms", "crispy_bootstrap5", "csp"]


# --------------------------------------------------------------------------------------
# Minimal .po reader (stdlib only: polib/babel are not dependencies).
# --------------------------------------------------------------------------------------
def _literal_po(baris, awalan):
    return ast.literal_eval(baris[len(awalan) :].strip())


def baca_po(path=KATALOG_PO):
    """Return a list of entries: dicts with msgctxt, msgid, msgid_plural, msgstr, flags."""
    entri, sekarang, kunci = [], None, None

    def tutup():
        if sekarang is not None and "msgid" in sekarang:
            entri.append(sekarang)

    for baris in path.read_text(encoding="utf-8").splitlines():
        baris = baris.strip()
        if not baris:
            tutup()
            sekarang, kunci = None, None
            continue
        if sekarang is None:
            sekarang = {"flags": set(), "msgctxt": None, "msgid_plural": None, "msgstr": {}}
        if baris.startswith("#,"):
            sekarang["flags"].update(f.strip() for f in baris[2:].split(","))
        elif baris.startswith("#"):
            continue
        elif baris.startswith('"'):
            teks = ast.literal_eval(baris)
            if isinstance(kunci, tuple):
                sekarang["msgstr"][kunci[1]] += teks
            else:
                sekarang[kunci] += teks
        else:
            kata, _sisa = baris.split(" ", 1)
            m = re.fullmatch(r"msgstr\[(\d+)\]", kata)
            if m:
                kunci = ("msgstr", int(m.group(1)))
                sekarang["msgstr"][kunci[1]] = _literal_po(baris, kata)
            elif kata == "msgstr":
                kunci = ("msgstr", 0)
                sekarang["msgstr"][0] = _literal_po(baris, kata)
            else:
                kunci = kata
                sekarang[kata] = _literal_po(baris, kata)
    tutup()
    return entri


@pytest.fixture(scope="module")
def entri_po():
    return baca_po()


@pytest.fixture(scope="module")
def pesan_po(entri_po):
    return {(e["msgctxt"], e["msgid"]): e for e in entri_po if e["msgid"]}


# --------------------------------------------------------------------------------------
# Scanner for gettext calls in the installed packages' source.
#
# Deliberately simple (regex, not a full parser).  Anything it cannot read reliably is
# skipped rather than reported, so it never produces false failures:
#   * Python: only files that import from django.utils.translation (crispy-forms has
#     `_("Title")` in docstring examples only); only calls whose first argument(s) are
#     plain string literals (optionally implicitly concatenated) followed by `)`, `,`,
#     `%` or `.`; f-strings, `+` concatenation and variables
#     (e.g. django-filter's `_(lookup)`) are skipped.
#   * Templates: `{% trans/translate "..." %}` without backslashes, and blocktrans/
#     blocktranslate whose body only contains `{{ name }}` placeholders (anything with
#     filters or nested tags is skipped); `trimmed` is honoured like Django does.
# --------------------------------------------------------------------------------------
_LITERAL = (
    r"[rRuU]?(?:"
    r'"""(?:[^\\]|\\.)*?"""|'
    r"'''(?:[^\\]|\\.)*?'''|"
    r'"(?:[^"\\\n]|\\.)*"|'
    r"'(?:[^'\\\n]|\\.)*')"
)
_LITERALS = rf"(?:{_LITERAL}\s*)+"
_FUNGSI = {
    "_": 1,
    "gettext": 1,
    "gettext_lazy": 1,
    "gettext_noop": 1,
    "ngettext": 2,
    "ngettext_lazy": 2,
    "pgettext": 2,
    "pgettext_lazy": 2,
    "npgettext": 3,
    "npgettext_lazy": 3,
}
_RE_PANGGILAN = re.compile(
    rf"(?<![\w.])(?P<fungsi>{'|'.join(_FUNGSI)})\(\s*"
    rf"(?P<arg>{_LITERALS}(?:,\s*{_LITERALS}){{0,2}})(?=[),%.])"
)
_RE_TOKEN = re.compile(rf"{_LITERAL}|,")
_RE_TRANS = re.compile(
    r"""{%\s*trans(?:late)?\s+(?P<q>["'])(?P<teks>(?:(?!(?P=q))[^\\\n])*)(?P=q)"""
    r"""(?:\s+context\s+(?P<q2>["'])(?P<konteks>(?:(?!(?P=q2))[^\\\n])*)(?P=q2))?[^%]*%}"""
)
_RE_BLOCKTRANS = re.compile(
    r"{%\s*blocktrans(?:late)?\b(?P<arg>[^%]*)%}(?P<isi>.*?){%\s*endblocktrans(?:late)?\s*%}",
    re.DOTALL,
)


def _argumen_literal(teks):
    """Split `"a" "b", 'c'` into ["ab", "c"] (adjacent literals are concatenated)."""
    argumen = [""]
    for token in _RE_TOKEN.finditer(teks):
        if token.group() == ",":
            argumen.append("")
        else:
            argumen[-1] += ast.literal_eval(token.group())
    return argumen


def _pesan_py(sumber):
    """Yield (msgctxt, msgid, msgid_plural) from Python source."""
    for m in _RE_PANGGILAN.finditer(sumber):
        fungsi = m.group("fungsi")
        argumen = _argumen_literal(m.group("arg"))
        if len(argumen) < _FUNGSI[fungsi]:
            continue  # e.g. ngettext("x", plural_variable, n): not readable, skip
        konteks = argumen.pop(0) if fungsi.startswith(("pgettext", "npgettext")) else None
        jamak = argumen[1] if fungsi.startswith(("ngettext", "npgettext")) else None
        yield konteks, argumen[0], jamak


def _isi_blocktrans(isi, trimmed):
    if "{%" in isi or re.search(r"{{(?!\s*\w+\s*}})", isi):
        return None
    isi = re.sub(r"{{\s*(\w+)\s*}}", r"%(\1)s", isi.replace("%", "%%"))
    return trim_whitespace(isi) if trimmed else isi


def _pesan_template(sumber):
    for m in _RE_TRANS.finditer(sumber):
        yield m.group("konteks"), m.group("teks"), None
    for m in _RE_BLOCKTRANS.finditer(sumber):
        arg = m.group("arg")
        konteks = re.search(r"""context\s+["']([^"']*)["']""", arg)
        bagian = re.split(r"{%\s*plural\s*%}", m.group("isi"))
        teks = [_isi_blocktrans(b, "trimmed" in arg.split()) for b in bagian]
        if None in teks or len(teks) > 2:
            continue
        yield (konteks.group(1) if konteks else None), teks[0], (teks[1] if len(teks) > 1 else None)


def pindai_paket(nama):
    """All (msgctxt, msgid, msgid_plural) found in an installed package's source."""
    akar = Path(importlib.util.find_spec(nama).origin).parent
    hasil = set()
    for berkas in akar.rglob("*.py"):
        sumber = berkas.read_text(encoding="utf-8")
        if "django.utils.translation" in sumber or "django.utils import translation" in sumber:
            hasil.update(_pesan_py(sumber))
    for berkas in akar.rglob("templates/**/*"):
        if berkas.suffix in {".html", ".txt", ".xml"}:
            hasil.update(_pesan_template(berkas.read_text(encoding="utf-8")))
    return hasil


@pytest.fixture(scope="module")
def pesan_sumber():
    return {nama: pindai_paket(nama) for nama in PAKET_PIHAK_KETIGA}


# --------------------------------------------------------------------------------------
# Translations as users see them.
# --------------------------------------------------------------------------------------
@pytest.fixture
def bahasa_indonesia():
    with translation.override("id"):
        yield


@pytest.mark.parametrize(
    ("asli", "terjemahan"),
    [
        # django-import-export
        ("Import", "Impor"),
        ("Export", "Ekspor"),
        ("Confirm import", "Konfirmasi impor"),
        ("Preview", "Pratinjau"),
        ("Errors", "Galat"),
        ("Row", "Baris"),
        ("Line number", "Nomor baris"),
        ("Submit", "Kirim"),
        ("Some rows failed to validate", "Beberapa baris gagal divalidasi"),
        ("Value could not be parsed.", "Nilai tidak dapat diurai."),
        # django-filter
        ("Today", "Hari ini"),
        ("Yesterday", "Kemarin"),
        ("Past 7 days", "Tujuh hari terakhir"),
        ("This month", "Bulan ini"),
        ("This year", "Tahun ini"),
        ("Ordering", "Pengurutan"),
        ("is greater than", "lebih besar dari"),
        (
            "Multiple values may be separated by commas.",
            "Beberapa nilai dapat dipisahkan dengan koma.",
        ),
        ("Field filters", "Filter bidang"),
    ],
)
def test_string_pihak_ketiga_diterjemahkan(bahasa_indonesia, asli, terjemahan):
    assert gettext(asli) == terjemahan


def test_placeholder_python_format_tetap_utuh(bahasa_indonesia):
    assert gettext("%s (descending)") % "Tanggal" == "Tanggal (menurun)"
    assert (
        gettext("Export selected %(verbose_name_plural)s") % {"verbose_name_plural": "layanan"}
        == "Ekspor layanan yang dipilih"
    )
    jamak = ngettext("Export %(len)s selected item.", "Export %(len)s selected items.", 3)
    assert jamak % {"len": 3} == "Ekspor 3 item yang dipilih."
    galat = gettext(
        "%(exc_name)s encountered while trying to read file. "
        "Ensure you have chosen the correct format for the file."
    )
    assert (galat % {"exc_name": "UnicodeDecodeError"}).startswith("Terjadi UnicodeDecodeError ")


def test_pesan_impor_selesai_urutan_argumen_benar(bahasa_indonesia):
    # import_export formats positionally: new, updated, deleted, skipped, verbose_name_plural.
    pesan = gettext("Import finished: {} new, {} updated, {} deleted and {} skipped {}.")
    assert pesan.format(3, 2, 1, 0, "layanan") == (
        "Impor layanan selesai: 3 baru, 2 diperbarui, 1 dihapus, dan 0 dilewati."
    )


def test_objek_django_filter_berbahasa_indonesia(bahasa_indonesia):
    from django.contrib.auth.models import User
    from django_filters import filters, widgets
    from django_filters.utils import label_for_filter

    assert [label for _nilai, label in filters.DateRangeFilter().field.choices][1:] == [
        "Hari ini",
        "Kemarin",
        "Tujuh hari terakhir",
        "Bulan ini",
        "Tahun ini",
    ]
    assert [label for _nilai, label in widgets.BooleanWidget().choices] == [
        "Tidak diketahui",
        "Ya",
        "Tidak",
    ]
    urutan = filters.OrderingFilter(fields=["date_joined"])
    assert urutan.label == "Pengurutan"
    assert ("-date_joined", "Date joined (menurun)") in urutan.extra["choices"]
    assert label_for_filter(User, "date_joined", "year__gte", exclude=True) == (
        "Kecuali tanggal daftar tahun lebih besar dari atau sama dengan"
    )


def test_objek_import_export_berbahasa_indonesia(bahasa_indonesia):
    from import_export import forms, widgets

    assert str(forms.ImportForm.base_fields["import_file"].label) == "Berkas yang akan diimpor"
    assert str(forms.ImportForm.base_fields["resource"].label) == "Sumber daya"
    with pytest.raises(ValueError, match=r"^Nilai tidak dapat diurai\.$"):
        widgets.DurationWidget().clean(123)


def test_catatan_riwayat_impor_berbahasa_indonesia(bahasa_indonesia):
    # import_export calls _("%s through import_export" % import_type): the formatted string
    # is what gets looked up for LogEntry.change_message.
    assert gettext("new through import_export") == "Ditambahkan melalui impor"
    assert gettext("update through import_export") == "Diubah melalui impor"
    assert gettext("delete through import_export") == "Dihapus melalui impor"


def test_msgid_bersama_sama_dengan_terjemahan_django(entri_po):
    """LOCALE_PATHS wins over every app catalog: shared msgids must keep Django's wording."""
    katalog = [Path(translation.__file__).parents[2] / "conf" / "locale"]
    katalog += [Path(app.path) / "locale" for app in apps.get_app_configs()]
    milik_lain = {}
    for folder in katalog:
        mo = folder / "id" / "LC_MESSAGES" / "django.mo"
        if mo.exists() and mo != KATALOG_MO:
            with mo.open("rb") as f:
                milik_lain.update(gettext_stdlib.GNUTranslations(f)._catalog)
    bentrok = {
        e["msgid"]: (e["msgstr"][0], milik_lain[e["msgid"]])
        for e in entri_po
        if e["msgid"] and e["msgid_plural"] is None and e["msgid"] in milik_lain
    }
    assert "Home" in bentrok  # the comparison really ran against Django's catalogs
    assert {k: v for k, v in bentrok.items() if v[0] != v[1]} == {}


# --------------------------------------------------------------------------------------
# Catalog integrity.
# --------------------------------------------------------------------------------------
def test_header_katalog(entri_po):
    header = next(e for e in entri_po if e["msgid"] == "")
    assert "fuzzy" not in header["flags"]
    assert "Language: id\n" in header["msgstr"][0]
    assert "Plural-Forms: nplurals=1; plural=0;\n" in header["msgstr"][0]
    assert "Content-Type: text/plain; charset=UTF-8\n" in header["msgstr"][0]


def test_tidak_ada_entri_kosong_atau_fuzzy(entri_po):
    bermasalah = [
        e["msgid"]
        for e in entri_po
        if "fuzzy" in e["flags"] or not all(e["msgstr"].values()) or not e["msgstr"]
    ]
    assert bermasalah == []
    jamak = [e for e in entri_po if e["msgid_plural"]]
    assert all(sorted(e["msgstr"]) == [0] for e in jamak)  # nplurals=1


def _placeholder_persen(teks):
    return Counter(re.findall(r"%(?:\(\w+\))?[sdifr]", teks.replace("%%", "")))


def test_placeholder_sama_dengan_msgid(entri_po):
    for e in entri_po:
        if not e["msgid"]:
            continue
        for terjemahan in e["msgstr"].values():
            if "python-format" in e["flags"]:
                assert _placeholder_persen(terjemahan) == _placeholder_persen(e["msgid"]), e
            kosong = e["msgid"].count("{}")
            if kosong:
                nilai = [f"<{i}>" for i in range(kosong)]
                hasil = terjemahan.format(*nilai)
                assert all(n in hasil for n in nilai), e


def test_mo_sesuai_dengan_po(entri_po):
    """The committed .mo must be compiled from the current .po."""
    with KATALOG_MO.open("rb") as f:
        mo = gettext_stdlib.GNUTranslations(f)
    diharapkan = {}
    for e in entri_po:
        kunci = e["msgid"] if e["msgctxt"] is None else f"{e['msgctxt']}\x04{e['msgid']}"
        if e["msgid_plural"]:
            diharapkan.update({(kunci, i): s for i, s in e["msgstr"].items()})
        else:
            diharapkan[kunci] = e["msgstr"][0]
    # msgfmt drops POT-Creation-Date from the compiled header: compare messages only.
    diharapkan.pop("")
    assert {k: v for k, v in mo._catalog.items() if k != ""} == diharapkan
    assert mo.info()["language"] == "id"
    assert mo.info()["plural-forms"] == "nplurals=1; plural=0;"


def test_pemindai_menemukan_string_dari_setiap_jenis_sumber(pesan_sumber):
    # Guards against a scanner that silently finds nothing.
    assert (None, "Today", None) in pesan_sumber["django_filters"]  # .py
    assert (None, "Field filters", None) in pesan_sumber["django_filters"]  # {% trans %}
    assert (None, "Confirm import", None) in pesan_sumber["import_export"]  # {% translate %}
    assert any("click 'Confirm import'" in m for _k, m, _j in pesan_sumber["import_export"])
    assert (
        None,
        "Export %(len)s selected item.",
        "Export %(len)s selected items.",
    ) in pesan_sumber["import_export"]  # {% blocktranslate count ... trimmed %}
    assert len(pesan_sumber["django_filters"]) >= 40
    assert len(pesan_sumber["import_export"]) >= 35


@pytest.mark.parametrize("paket", PAKET_PIHAK_KETIGA)
def test_semua_string_paket_ada_di_katalog(pesan_sumber, pesan_po, paket):
    """After upgrading a package, new strings show up here: re-extract and translate them."""
    hilang = []
    for konteks, msgid, jamak in sorted(pesan_sumber[paket], key=str):
        entri = pesan_po.get((konteks, msgid))
        if entri is None or entri["msgid_plural"] != jamak:
            hilang.append((konteks, msgid, jamak))
    assert hilang == []
