"""/dasbor/ (staff, read only) and /transparansi/ (public). Thin: figures come from
``statistik``, scoping from ``aspirasi.admin.akses`` (the admin's own rules).

Who sees /dasbor/: Pimpinan and Verifikator everything, a Camat their kecamatan, a Lurah
their desa, a Petugas OPD their OPD. Anonymous visitors go to the login; a staff account with
none of these roles gets 403.
"""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from aspirasi.admin.akses import lihat_semua, punya_peran_dasbor
from aspirasi.dasbor import ekspor as ekspor_dasbor
from aspirasi.dasbor import publik, statistik
from aspirasi.dasbor.forms import PERIODE, SaringanForm, parameter
from aspirasi.dasbor.grafik import grafik_tren
from aspirasi.views.izin import perlu
from pasuruan_portal.basis_data import baca_dari_replika


def _khusus_dasbor(view):
    # Read-only figures: from the read replica when there is one (the reader's account and
    # session are loaded before, from default).
    return require_GET(perlu(punya_peran_dasbor)(baca_dari_replika(view)))


def _form(request):
    # Always bound: no parameter at all is the default view (every field optional).
    return SaringanForm(request.GET or {}, user=request.user)


def _cakupan(user) -> str:
    """What the reader's figures cover, in words."""
    if lihat_semua(user):
        return _("Semua OPD dan wilayah")
    bagian = []
    if user.opd_id is not None:
        bagian.append(_("OPD %(nama)s") % {"nama": user.opd.nama})
    if user.desa_id is not None:
        bagian.append(str(user.desa))
    elif user.kecamatan_id is not None:
        bagian.append(_("Kecamatan %(nama)s") % {"nama": user.kecamatan.nama})
    return " · ".join(bagian)


def _tolak_saringan(request, form, template="aspirasi/dasbor/dasbor.html"):
    return render(request, template, {"form": form, "galat_saringan": True}, status=400)


@_khusus_dasbor
def dasbor(request):
    form = _form(request)
    if not form.is_valid():
        return _tolak_saringan(request, form)
    saringan = form.saringan()
    d = statistik.dasbor(request.user, saringan)
    return render(
        request,
        "aspirasi/dasbor/dasbor.html",
        {
            "form": form,
            "d": d,
            "grafik": grafik_tren(d.tren),
            "cakupan": _cakupan(request.user),
            "periode_cepat": PERIODE,
        },
    )


@_khusus_dasbor
def daftar(request):
    """The items behind one dashboard figure, each linking to its admin page."""
    form = _form(request)
    keadaan = request.GET.get("keadaan", "semua")
    if keadaan not in statistik.KEADAAN_DAFTAR:
        form.is_valid()
        form.add_error(None, _("Pilihan daftar tidak dikenal."))
    if not form.is_valid():
        return _tolak_saringan(request, form, "aspirasi/dasbor/daftar.html")
    saringan = form.saringan()
    qs = (
        statistik.daftar_keadaan(request.user, saringan, keadaan)
        .select_related("opd", "kecamatan")
        .only(*statistik.KOLOM_DAFTAR)
        .order_by("dibuat", "pk")
    )
    halaman = Paginator(qs, settings.DASBOR_PER_HALAMAN).get_page(request.GET.get("halaman"))
    statistik.beri_umur(halaman.object_list, timezone.localdate())
    return render(
        request,
        "aspirasi/dasbor/daftar.html",
        {
            "form": form,
            "keadaan": keadaan,
            "halaman": halaman,
            "saringan": saringan,
            "qs": urlencode(parameter(saringan, keadaan=keadaan)),
            # Back to the whole dashboard: the OPD came from the figure that was followed.
            "qs_dasbor": urlencode(parameter(saringan, opd=None)),
            "sekarang": timezone.now(),
            "hari_ini": timezone.localdate(),
        },
    )


@_khusus_dasbor
def kehadiran(request):
    """The attendance rows behind an OPD's present / invited figure."""
    form = _form(request)
    if not form.is_valid():
        return _tolak_saringan(request, form, "aspirasi/dasbor/kehadiran.html")
    saringan = form.saringan()
    qs = statistik.kehadiran_tersaring(request.user, saringan, timezone.localdate())
    qs = qs.select_related("opd", "kegiatan__kecamatan").order_by(
        "-kegiatan__tanggal_mulai", "opd__nama", "pk"
    )
    halaman = Paginator(qs, settings.DASBOR_PER_HALAMAN).get_page(request.GET.get("halaman"))
    return render(
        request,
        "aspirasi/dasbor/kehadiran.html",
        {
            "form": form,
            "halaman": halaman,
            "saringan": saringan,
            "qs": urlencode(parameter(saringan)),
            # Back to the whole dashboard: the OPD came from the figure that was followed.
            "qs_dasbor": urlencode(parameter(saringan, opd=None)),
        },
    )


@_khusus_dasbor
def ekspor(request, format):
    form = _form(request)
    if not form.is_valid():
        return _tolak_saringan(request, form)
    saringan = form.saringan()
    d = statistik.dasbor(request.user, saringan, batas_lewat=10_000)
    nama = f"dasbor-aspirasi-{saringan.dari:%Y%m%d}-{saringan.sampai:%Y%m%d}"
    if format == "xlsx":
        respons = HttpResponse(
            ekspor_dasbor.ke_xlsx(d),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        respons["Content-Disposition"] = f'attachment; filename="{nama}.xlsx"'
    else:
        # A byte-order mark so spreadsheet programs read the CSV as UTF-8.
        respons = HttpResponse(
            "\ufeff" + ekspor_dasbor.ke_csv(d), content_type="text/csv; charset=utf-8"
        )
        respons["Content-Disposition"] = f'attachment; filename="{nama}.csv"'
    return respons


@require_GET
@baca_dari_replika
def transparansi(request):
    """Public answer record per OPD (counts only), cached and invalidated on change."""
    data = publik.catatan_transparansi()
    return render(
        request,
        "aspirasi/transparansi.html",
        {"t": data, "hari_jawaban": settings.ASPIRASI_TENGGAT["jawaban"]},
    )
