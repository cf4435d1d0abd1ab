"""/tanya-jawab/: answered items the verifikator published. Never any reporter identity,
never rahasia; items are addressed by number, never by tracking code (a published code
would let anyone act on the tracking page)."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from aspirasi import selectors
from aspirasi.forms_publik import CariTanyaJawabForm
from pasuruan_portal.singgahan_halaman import halaman_publik

PER_HALAMAN = 20


@halaman_publik("aspirasi", "katalog", parameter=("q", "opd", "kategori", "halaman"))
@require_GET
def tanya_jawab(request):
    form = CariTanyaJawabForm(request.GET or None)
    saring = form.cleaned_data if form.is_bound and form.is_valid() else {}
    per_halaman = getattr(settings, "TANYA_JAWAB_PER_HALAMAN", PER_HALAMAN)
    if saring.get("q"):
        qs = selectors.tanya_jawab(
            q=saring["q"], opd=saring.get("opd"), kategori=saring.get("kategori")
        )
        halaman = Paginator(qs, per_halaman).get_page(request.GET.get("halaman"))
        # Only the page's columns, as plain rows: the cards are rendered in one Python call.
        kartu = selectors.kartu_tanya_jawab(halaman.object_list)
    else:
        # Without a search (most visits): the same rows from precompiled SQL.
        daftar = selectors.TanyaJawabTersaring(
            opd=saring.get("opd"), kategori=saring.get("kategori")
        )
        halaman = Paginator(daftar, per_halaman).get_page(request.GET.get("halaman"))
        kartu = halaman.object_list
    parameter = request.GET.copy()
    parameter.pop("halaman", None)
    return render(
        request,
        "aspirasi/tanya_jawab.html",
        {
            "form": form,
            "halaman": halaman,
            "kartu": kartu,
            "parameter": parameter.urlencode(),
            "q": saring.get("q", ""),
        },
    )


@halaman_publik("aspirasi", "katalog")
@require_GET
def tanya_jawab_detail(request, pk):
    aspirasi = selectors.tanya_jawab_satu(pk)
    if aspirasi is None:
        raise Http404
    return render(request, "aspirasi/tanya_jawab_detail.html", {"aspirasi": aspirasi})
