"""The search and filter form of the public /tanya-jawab/ page, and the Python rendering
of its fields (the page is rendered on every visit: its form should cost little)."""

from __future__ import annotations

from django import forms
from django.forms.models import ModelChoiceIterator
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from aspirasi.forms import _FormPortal
from layanan import selectors
from layanan.models import OPD, KategoriLayanan
from pasuruan_portal import singgahan_data, widgets
from pasuruan_portal.widgets import FastSelect, PilihanTetap, _attrs_html


class _PilihanRingan(ModelChoiceIterator):
    """The choices as (slug, nama) rows of one plain query.

    ``ModelChoiceIterator`` builds a model instance per option and reads them with
    ``iterator()``, which on PostgreSQL is a server-side cursor: DECLARE, FETCH and CLOSE,
    three round trips for a list of sixty names. The option values and labels are the same
    (``to_field_name`` and ``__str__``, which is ``nama`` for OPD and KategoriLayanan)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        # From precompiled SQL: ``model.objects.<sumber_opsi>()`` is the field's queryset
        # (tests compare the two).
        yield from selectors.opsi(
            self.queryset.model, self.field.sumber_opsi, self.field.to_field_name
        )


class _PilihanSlug(forms.ModelChoiceField):
    iterator = _PilihanRingan

    def __init__(self, *args, sumber_opsi: str = "all", **kwargs):
        self.sumber_opsi = sumber_opsi
        super().__init__(*args, **kwargs)


class _InputCari(forms.TextInput):
    """``<input type="search">`` with the markup of django/forms/widgets/input.html, built
    in Python (the template and its attrs.html include cost more than the rest of the
    field)."""

    input_type = "search"

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        nilai = widget["value"]
        nilai = "" if nilai is None else f' value="{conditional_escape(str(nilai))}"'
        # Safe: the type, name, value and every attribute are escaped.
        return mark_safe(  # noqa: S308  # nosec
            f'<input type="{conditional_escape(widget["type"])}" '
            f'name="{conditional_escape(widget["name"])}"{nilai}{_attrs_html(widget["attrs"])}>'
        )


class CariTanyaJawabForm(_FormPortal):
    q = forms.CharField(label=_("Kata kunci"), max_length=200, required=False, widget=_InputCari)
    opd = _PilihanSlug(
        label=_("Perangkat daerah"),
        queryset=OPD.objects.aktif().order_by("nama").only("slug", "nama"),
        sumber_opsi="aktif",
        to_field_name="slug",
        required=False,
        empty_label=_("Semua perangkat daerah"),
        widget=FastSelect,
    )
    kategori = _PilihanSlug(
        label=_("Kategori layanan"),
        queryset=KategoriLayanan.objects.only("slug", "nama"),
        to_field_name="slug",
        required=False,
        empty_label=_("Semua kategori"),
        widget=FastSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        pilihan_salah = _("Pilihan tidak dikenali. Pilih dari daftar.")
        for nama in ("opd", "kategori"):
            field = self.fields[nama]
            field.error_messages["invalid_choice"] = pilihan_salah
            # What the select shows: the same options, kept while the catalog is unchanged,
            # so their HTML is made once (PilihanTetap). The field still validates against
            # its queryset.
            field.widget.choices = singgahan_data.dibaca(
                ("katalog",), ("pilihan_tanya_jawab", nama), lambda f=field: PilihanTetap(f.choices)
            )


def bidang_html(field) -> SafeString:
    """One form field as templates/aspirasi/_bidang.html renders it: label, hint, error
    message, input."""
    return widgets.bidang_html(field, kelas="mb-4", kelas_label="form-label fw-semibold mb-1")
