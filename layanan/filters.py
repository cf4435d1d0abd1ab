import django_filters
from django import forms
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from layanan import selectors
from layanan.models import OPD, KategoriLayanan, Layanan, Pemda
from layanan.pencarian import cari_layanan
from pasuruan_portal.html_cepat import escape


class LayananFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Cari layanan"),
        method="filter_cari",
        max_length=200,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("mis. KTP, akta lahir, izin usaha")}
        ),
    )
    kategori = django_filters.ModelChoiceFilter(
        label=_("Kategori"),
        queryset=KategoriLayanan.objects.all(),
        to_field_name="slug",
        empty_label=_("Semua kategori"),
    )
    opd = django_filters.ModelChoiceFilter(
        label=_("Perangkat daerah"),
        queryset=OPD.objects.aktif().only("pk", "nama", "slug"),
        to_field_name="slug",
        empty_label=_("Semua OPD"),
    )
    pemda = django_filters.ModelChoiceFilter(
        label=_("Pemerintah daerah"),
        field_name="opd__pemda",
        queryset=Pemda.objects.all(),
        to_field_name="slug",
        empty_label=_("Semua pemda"),
    )
    gratis = django_filters.BooleanFilter(
        label=_("Hanya layanan gratis"),
        method="filter_gratis",
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = Layanan
        fields = ["q", "kategori", "opd", "pemda", "gratis"]

    def filter_cari(self, queryset, name, value):
        # Applied in ``qs`` after every other filter; see below.
        return queryset

    def filter_gratis(self, queryset, name, value):
        return queryset.gratis() if value else queryset

    @property
    def qs(self):
        # The text search must run last: on SQLite it scores the already-filtered rows.
        hasil = super().qs
        q = self.form.cleaned_data.get("q", "") if self.is_bound else ""
        if q and q.strip():
            hasil = cari_layanan(q, hasil)
        return hasil


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
    semua = selectors.semua_opsi()  # one check of the catalog's version for every select
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
        for value, label in semua[(model._meta.label, metode, field.to_field_name)]:
            terpilih = " selected" if nilai and str(value) == nilai else ""
            opsi.append(
                f'\n          <option value="{escape(value)}"{terpilih}>{escape(label)}</option>'
            )
        # Values and labels went through escape() above.
        hasil.append((bf, mark_safe("".join(opsi))))  # noqa: S308  # nosec
    return hasil
