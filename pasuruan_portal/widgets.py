"""Form widgets for every app's public pages (project plumbing, so layanan may use them too)."""

from __future__ import annotations

from django import forms
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe


def _attrs_html(attrs) -> str:
    # The same output as django/forms/widgets/attrs.html.
    bagian = []
    for nama, nilai in attrs.items():
        if nilai is False:
            continue
        if nilai is True:
            bagian.append(f" {conditional_escape(nama)}")
        else:
            bagian.append(f' {conditional_escape(nama)}="{conditional_escape(str(nilai))}"')
    return "".join(bagian)


class FastSelect(forms.Select):
    """A ``Select`` that renders the HTML of Django's ``select.html`` in Python.

    The template renderer includes ``select_option.html`` once per option, which for the
    filter forms of the public lists (60 OPD, 28 kecamatan...) cost more than the rest of
    the page. Same markup, same attributes (aria-*, selected), a fraction of the time."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        bagian = [
            f'<select name="{conditional_escape(widget["name"])}"{_attrs_html(widget["attrs"])}>'
        ]
        for nama_grup, pilihan, _indeks in widget["optgroups"]:
            if nama_grup:
                bagian.append(f'\n  <optgroup label="{conditional_escape(nama_grup)}">')
            for opsi in pilihan:
                bagian.append(
                    f'\n  <option value="{conditional_escape(str(opsi["value"]))}"'
                    f"{_attrs_html(opsi['attrs'])}>{conditional_escape(opsi['label'])}</option>\n"
                )
            if nama_grup:
                bagian.append("\n  </optgroup>")
        bagian.append("\n</select>")
        # Every name, value, label and attribute above went through conditional_escape.
        return mark_safe("".join(bagian))  # noqa: S308  # nosec
