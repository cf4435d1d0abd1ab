"""Form widgets for every app's public pages (project plumbing, so layanan may use them too)."""

from __future__ import annotations

import html

from django import forms
from django.utils.choices import BaseChoiceIterator
from django.utils.functional import Promise
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext

from pasuruan_portal.html_cepat import escape_bersyarat


def _attrs_html(attrs) -> str:
    # The same output as django/forms/widgets/attrs.html.
    bagian = []
    for nama, nilai in attrs.items():
        if nilai is False:
            continue
        if nilai is True:
            bagian.append(f" {escape_bersyarat(nama)}")
        else:
            bagian.append(f' {escape_bersyarat(nama)}="{escape_bersyarat(str(nilai))}"')
    return "".join(bagian)


class PilihanTetap(BaseChoiceIterator):
    """Choices already in their final ``(value, label)`` form, for a field's ``choices``.

    A list given to ``ChoiceField.choices`` is normalised item by item on every assignment
    and deep-copied (with its lazy labels) each time the form is made; for a filter form
    built on every visit of a public list that was a tenth of the page. This iterator is
    taken as it is and shared, never copied: the pairs must not be changed."""

    def __init__(self, pilihan):
        self.pilihan = tuple(pilihan)
        self._datar = not any(isinstance(label, list | tuple) for _, label in self.pilihan)
        self._malas = any(isinstance(label, Promise) for _, label in self.pilihan)
        self._html: dict = {}

    def opsi_html(self) -> list[tuple[str, str, str]] | None:
        """The options as FastSelect renders them, made once per language (once at all
        when no label is translated); None when there are option groups."""
        if not self._datar:
            return None
        bahasa = get_language() if self._malas else None
        opsi = self._html.get(bahasa)
        if opsi is None:
            opsi = self._html[bahasa] = [_opsi_html(n, label) for n, label in self.pilihan]
        return opsi

    def __iter__(self):
        return iter(self.pilihan)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# (value, label) of an option -> its value as text and its HTML around " selected": the same
# few hundred options (OPD, kecamatan, categories) are escaped once per process, not once
# per page. A lazy label (the translated empty label) is a new key in each language.
_OPSI: dict = {}
OPSI_MAKS = 4096


def _opsi_html(nilai, label) -> tuple[str, str, str]:
    nilai = "" if nilai is None else str(nilai)
    return (
        nilai,
        f'\n  <option value="{escape_bersyarat(nilai)}"',
        f">{escape_bersyarat(label)}</option>\n",
    )


class FastSelect(forms.Select):
    """A ``Select`` that renders the HTML of Django's ``select.html`` in Python.

    The template renderer includes ``select_option.html`` once per option, and
    ``optgroups`` builds a dict of attributes per option: for the filter forms of the
    public lists (60 OPD, 28 kecamatan...) more than the rest of the page. Same markup,
    same attributes (aria-*, selected), straight from the (value, label) choices."""

    def _opsi(self, pilihan, terpilih, sudah):
        bagian = []
        for nilai, label in pilihan:
            # The types are part of the key: 1 and True, or a str and a SafeString, are
            # equal keys that render differently.
            kunci = (nilai.__class__, nilai, label.__class__, label)
            try:
                nilai, awal, akhir = _OPSI[kunci]
            except KeyError:
                nilai, awal, akhir = _opsi_html(nilai, label)
                if len(_OPSI) >= OPSI_MAKS:
                    _OPSI.clear()
                _OPSI[kunci] = (nilai, awal, akhir)
            except TypeError:  # an unhashable value or label: rendered, not kept
                nilai, awal, akhir = _opsi_html(nilai, label)
            # As Select.optgroups: only the first option with the value is selected.
            pilih = not sudah[0] and nilai in terpilih
            sudah[0] |= pilih
            bagian.append(f"{awal} selected{akhir}" if pilih else f"{awal}{akhir}")
        return bagian

    def render(self, name, value, attrs=None, renderer=None):
        terpilih = self.format_value(value)
        atribut = _attrs_html(self.build_attrs(self.attrs, attrs))
        bagian = [f'<select name="{escape_bersyarat(name)}"{atribut}>']
        sudah = [False]
        opsi = self.choices.opsi_html() if isinstance(self.choices, PilihanTetap) else None
        if opsi is not None:
            for nilai, awal, akhir in opsi:
                # As Select.optgroups: only the first option with the value is selected.
                pilih = not sudah[0] and nilai in terpilih
                sudah[0] |= pilih
                bagian.append(f"{awal} selected{akhir}" if pilih else f"{awal}{akhir}")
            bagian.append("\n</select>")
            return mark_safe("".join(bagian))  # noqa: S308  # nosec  (escaped in _opsi_html)
        for nilai, label in self.choices:
            if isinstance(label, (list, tuple)):
                bagian.append(f'\n  <optgroup label="{escape_bersyarat(nilai)}">')
                bagian += self._opsi(label, terpilih, sudah)
                bagian.append("\n  </optgroup>")
            else:
                bagian += self._opsi([(nilai, label)], terpilih, sudah)
        bagian.append("\n</select>")
        # Every name, value, label and attribute above went through escape_bersyarat.
        return mark_safe("".join(bagian))  # noqa: S308  # nosec


def bidang_html(field, *, kelas: str, kelas_label: str) -> SafeString:
    """One bound field of a public form as the templates rendered it: ``<div class=kelas>``
    with the label, the hint, the error messages and the input. One call instead of a
    template include with a dozen nodes per field."""
    auto_id = html.escape(str(field.auto_id))
    bagian = [
        f'<div class="{html.escape(kelas)}">\n'
        f'  <label class="{html.escape(kelas_label)}" for="{html.escape(field.id_for_label)}">'
        f"{conditional_escape(field.label)}</label>\n  "
    ]
    if field.help_text:
        bagian.append(
            f'<div id="{auto_id}_helptext" class="form-text mt-0 mb-1">'
            f"{conditional_escape(field.help_text)}</div>"
        )
    bagian.append("\n  ")
    if field.errors:
        galat = f'<span class="visually-hidden">{html.escape(gettext("Galat:"))} </span>'
        bagian.append(
            f'<p id="{auto_id}_error" class="text-danger fw-semibold mb-1">'
            + "<br>".join(f"{galat}{conditional_escape(e)}" for e in field.errors)
            + "</p>"
        )
    bagian.append(f"\n  {field}\n</div>\n")
    # Safe: the label, hint and errors are escaped (conditional_escape keeps what the form
    # marked safe, as the template did); the widget's HTML is Django's own.
    return mark_safe("".join(bagian))  # noqa: S308  # nosec
