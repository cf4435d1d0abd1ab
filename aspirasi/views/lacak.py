"""Track an aspirasi by its code; add information; say whether the answer helped.

The code travels in the query string or the POST body, never in the path (the access
log keeps only the path). Every lookup counts against a per-client limit so codes
cannot be guessed; a wrong code gets one message, whatever the reason.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from aspirasi import selectors, services
from aspirasi.forms import PESAN_KODE_TIDAK_DITEMUKAN, LacakForm, TambahanForm, TanggapanForm
from aspirasi.models import Status
from aspirasi.views import batas
from pasuruan_portal.gangguan import simpan_isian


def _pesan_batas():
    return _(
        "Terlalu banyak pencarian kode dari jaringan Anda. Tunggu sekitar %(menit)d menit "
        "lalu coba lagi."
    ) % {"menit": max(1, batas.aturan("lacak")[1] // 60)}


def _url_hasil(kode):
    return f"{reverse('aspirasi:lacak')}?{urlencode({'kode': kode})}"


def _render_hasil(request, aspirasi, *, tambahan_form=None, tanggapan_form=None, status=200):
    return render(
        request,
        "aspirasi/lacak_hasil.html",
        {
            "aspirasi": aspirasi,
            "form": LacakForm(),
            "tambahan_form": tambahan_form or TambahanForm(),
            "tanggapan_form": tanggapan_form or TanggapanForm(),
            "boleh_tambah": aspirasi.status != Status.DITOLAK,
            "boleh_tanggapi": selectors.boleh_menanggapi(aspirasi),
            "menunggu": aspirasi.status in (Status.BARU, Status.DITERUSKAN),
        },
        status=status,
    )


def _render_cari(request, form, *, status=200, pesan_batas=None):
    return render(
        request,
        "aspirasi/lacak.html",
        {"form": form, "pesan_batas": pesan_batas},
        status=status,
    )


def _cari(request, data):
    """(aspirasi, response): the aspirasi when found, else the response to return."""
    form = LacakForm(data)
    if batas.hitung(request, "lacak"):
        return None, _render_cari(request, form, status=429, pesan_batas=_pesan_batas())
    if not form.is_valid():
        return None, _render_cari(request, form)
    aspirasi = selectors.untuk_lacak(form.cleaned_data["kode"])
    if aspirasi is None:
        form.add_error("kode", PESAN_KODE_TIDAK_DITEMUKAN)
        return None, _render_cari(request, form)
    return aspirasi, None


@never_cache
@require_GET
def lacak(request):
    if "kode" not in request.GET:
        return _render_cari(request, LacakForm())
    aspirasi, respons = _cari(request, request.GET)
    return respons or _render_hasil(request, aspirasi)


@simpan_isian(LacakForm, TambahanForm)
@never_cache
@require_POST
def lacak_tambah(request):
    aspirasi, respons = _cari(request, request.POST)
    if respons:
        return respons
    form = TambahanForm(request.POST)
    if aspirasi.status == Status.DITOLAK:
        form.add_error(None, _("Aspirasi yang ditolak tidak bisa ditambah informasinya."))
    if not form.is_valid():
        return _render_hasil(request, aspirasi, tambahan_form=form)
    services.tambah_informasi(aspirasi=aspirasi, isi=form.cleaned_data["isi"])
    messages.success(request, _("Terima kasih, informasi tambahan Anda sudah kami terima."))
    return redirect(_url_hasil(aspirasi.kode))


@simpan_isian(LacakForm, TanggapanForm)
@never_cache
@require_POST
def lacak_tanggapan(request):
    aspirasi, respons = _cari(request, request.POST)
    if respons:
        return respons
    form = TanggapanForm(request.POST)
    if form.is_valid():
        if not selectors.boleh_menanggapi(aspirasi):
            form.add_error(None, _("Tanggapan hanya bisa diberikan setelah ada jawaban baru."))
        else:
            try:
                services.beri_tanggapan(
                    aspirasi=aspirasi,
                    penilaian=form.cleaned_data["penilaian"],
                    alasan=form.cleaned_data["alasan"],
                )
            except (services.TransisiTidakSah, ValueError) as galat:
                form.add_error(None, str(galat))
    if not form.is_valid():
        return _render_hasil(request, aspirasi, tanggapan_form=form)
    if form.cleaned_data["penilaian"] == "puas":
        pesan = _("Terima kasih atas tanggapan Anda. Aspirasi ini kami tandai selesai.")
    else:
        pesan = _(
            "Terima kasih. Aspirasi Anda dibuka kembali dan dikirim lagi ke perangkat daerah "
            "bersama alasan Anda."
        )
    messages.success(request, pesan)
    return redirect(_url_hasil(aspirasi.kode))
