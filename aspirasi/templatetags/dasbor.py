"""Links of the dashboard: every figure points at the list behind it, with the same view."""

from django import template
from django.urls import reverse
from django.utils.http import urlencode

from aspirasi.dasbor.forms import parameter

register = template.Library()


@register.simple_tag
def url_dasbor(nama, saringan, **ubah):
    """``aspirasi:<nama>`` with the GET parameters of ``saringan`` changed by ``ubah``."""
    return f"{reverse(f'aspirasi:{nama}')}?{urlencode(parameter(saringan, **ubah))}"


@register.filter
def angka(nilai):
    """A median or a percentage for the page: one decimal at most, "—" when none."""
    if nilai is None:
        return "—"
    if isinstance(nilai, float):
        nilai = round(nilai, 1)
        teks = f"{nilai:.1f}".rstrip("0").rstrip(".")
        return teks.replace(".", ",")
    return nilai
