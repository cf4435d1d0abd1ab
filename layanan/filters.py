from django import forms
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from layanan import selectors
from layanan.models import OPD, KategoriLayanan, Pemda
from pasuruan_portal.html_cepat import escape


class SaringanLayanan(forms.Form):
    """The search and filters of /layanan/. A plain form, defined once: a django-filter
    FilterSet builds a new form class and deep-copies its filters on every visit, a
    sixth of the page's time. The filtering itself is ``selectors.DaftarTersaring`` (and
    ``cari_layanan`` for a search)."""

    q = forms.CharField(
        label=_("Cari layanan"),
        max_length=200,
        required=False,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("mis. KTP, akta lahir, izin usaha")}
        ),
    )
    kategori = forms.ModelChoiceField(
        label=_("Kategori"),
        queryset=KategoriLayanan.objects.all(),
        to_field_name="slug",
        empty_label=_("Semua kategori"),
        required=False,
    )
    opd = forms.ModelChoiceField(
        label=_("Perangkat daerah"),
        queryset=OPD.objects.aktif().only("pk", "nama", "slug"),
        to_field_name="slug",
        empty_label=_("Semua OPD"),
        required=False,
    )
    pemda = forms.ModelChoiceField(
        label=_("Pemerintah daerah"),
        queryset=Pemda.objects.all(),
        to_field_name="slug",
        empty_label=_("Semua pemda"),
        required=False,
    )
    gratis = forms.BooleanField(
        label=_("Hanya layanan gratis"), required=False, widget=forms.CheckboxInput
    )

    def saringan(self) -> dict:
        """The valid filters (a bad one is reported on the form and ignored, the others
        still apply), as ``DaftarTersaring`` takes them, plus ``q``."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if v not in (None, "", False)}


# Where each select's options come from: the filter's queryset, as (model, manager method)
# so that the options are read from precompiled SQL (tests compare them with the querysets).
_SUMBER_PILIHAN = {
    "kategori": (KategoriLayanan, "all"),
    "opd": (OPD, "aktif"),
    "pemda": (Pemda, "all"),
}


def pilihan_saringan(form):
    """(field, ``<option>`` HTML) for each select of the filter form."""
    # Built once in Python: iterating ``field.choices`` in the template costs a COUNT and a
    # server-side cursor per select, ``field.value`` per option re-reads the request data,
    # and a template loop per option (60 OPD) costs more than the rest of the form. Rows as
    # (value, label) tuples: the label of each filter's objects, str(), is their ``nama``.
    hasil = []
    for bf in form:
        if bf.name in ("q", "gratis"):
            continue
        nilai = bf.value()
        nilai = str(nilai) if nilai else ""
        field = bf.field
        opsi = []
        if field.empty_label is not None:
            opsi.append(f'\n          <option value="">{escape(field.empty_label)}</option>')
        model, metode = _SUMBER_PILIHAN[bf.name]
        for value, label in selectors.opsi(model, metode, field.to_field_name):
            terpilih = " selected" if nilai and str(value) == nilai else ""
            opsi.append(
                f'\n          <option value="{escape(value)}"{terpilih}>{escape(label)}</option>'
            )
        # Values and labels went through escape() above.
        hasil.append((bf, mark_safe("".join(opsi))))  # noqa: S308  # nosec
    return hasil
