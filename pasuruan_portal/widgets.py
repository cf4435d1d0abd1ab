"""Form widgets for every app's public pages (project plumbing, so layanan may use them too)."""

from __future__ import annotations

from django import forms
from django.utils.choices import BaseChoiceIterator
from django.utils.safestring import mark_safe

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

    def __iter__(self):
        return iter(self.pilihan)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class FastSelect(forms.Select):
    """A ``Select`` that renders the HTML of Django's ``select.html`` in Python.

    The template renderer includes ``select_option.html`` once per option, and
    ``optgroups`` builds a dict of attributes per option: for the filter forms of the
    public lists (60 OPD, 28 kecamatan...) more than the rest of the page. Same markup,
    same attributes (aria-*, selected), straight from the (value, label) choices."""

    def _opsi(self, pilihan, terpilih, sudah):
        bagian = []
        for nilai, label in pilihan:
            nilai = "" if nilai is None else str(nilai)
            # As Select.optgroups: only the first option with the value is selected.
            pilih = not sudah[0] and nilai in terpilih
            sudah[0] |= pilih
            bagian.append(
                f'\n  <option value="{escape_bersyarat(nilai)}"{" selected" if pilih else ""}>'
                f"{escape_bersyarat(label)}</option>\n"
            )
        return bagian

    def render(self, name, value, attrs=None, renderer=None):
        terpilih = self.format_value(value)
        atribut = _attrs_html(self.build_attrs(self.attrs, attrs))
        bagian = [f'<select name="{escape_bersyarat(name)}"{atribut}>']
        sudah = [False]
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
