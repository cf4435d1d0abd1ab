"""The event desk (staff): take down residents' questions at a field event, print the
resident's slip, turn facility-visit findings into aspirasi, and the event report.

Who: the desk and the slip need ``aspirasi.add_aspirasi`` (Pengelola Kegiatan,
Verifikator); the report needs ``kegiatan.view_kegiatan`` and either
``aspirasi.lihat_semua_aspirasi`` (Pimpinan, Verifikator) or ``aspirasi.add_aspirasi``
(Pengelola Kegiatan). Anyone else on staff gets 403; anonymous users go to the login.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from aspirasi import services
from aspirasi.forms import token_baru
from aspirasi.forms_meja import MejaAspirasiForm, TemuanForm
from aspirasi.laporan_kegiatan import laporan_kegiatan
from aspirasi.models import Aspirasi
from aspirasi.notifikasi import url_lacak
from aspirasi.views.izin import perlu
from kegiatan.models import Kegiatan, KunjunganFasilitas
from pasuruan_portal.gangguan import simpan_isian


def boleh_meja(user) -> bool:
    return user.is_active and user.is_staff and user.has_perm("aspirasi.add_aspirasi")


def boleh_laporan(user) -> bool:
    return (
        user.is_active
        and user.is_staff
        and user.has_perm("kegiatan.view_kegiatan")
        and (
            user.has_perm("aspirasi.lihat_semua_aspirasi") or user.has_perm("aspirasi.add_aspirasi")
        )
    )


def _kegiatan(slug):
    return get_object_or_404(Kegiatan.objects.select_related("kecamatan", "desa"), slug=slug)


def _render_meja(request, kegiatan, form, *, status=200):
    pertanyaan = (
        Aspirasi.objects.filter(kegiatan=kegiatan)
        .exclude(kanal=Aspirasi.Kanal.TEMUAN_KUNJUNGAN)
        .select_related("opd")
        .only("kode", "judul", "status", "dibuat", "opd__nama", "opd__singkatan")
        .order_by("-dibuat", "-pk")
    )
    kunjungan = kegiatan.kunjungan.prefetch_related(
        Prefetch(
            "aspirasi",
            queryset=Aspirasi.objects.select_related("opd")
            .only("kode", "judul", "status", "kunjungan_id", "opd__nama", "opd__singkatan")
            .order_by("dibuat", "pk"),
        )
    )
    return render(
        request,
        "aspirasi/meja/meja.html",
        {
            "kegiatan": kegiatan,
            "form": form,
            "pertanyaan": pertanyaan,
            "kunjungan": kunjungan,
            "dibatalkan": kegiatan.status == Kegiatan.Status.DIBATALKAN,
        },
        status=status,
    )


@simpan_isian(MejaAspirasiForm)
@perlu(boleh_meja)
@require_http_methods(["GET", "POST"])
def meja(request, slug):
    kegiatan = _kegiatan(slug)
    if request.method == "POST":
        form = MejaAspirasiForm(request.POST, kegiatan=kegiatan)
        if kegiatan.status == Kegiatan.Status.DIBATALKAN:
            form.is_valid()
            form.add_error(None, _("Kegiatan ini dibatalkan: tidak bisa mencatat aspirasi."))
            return _render_meja(request, kegiatan, form, status=400)
        if form.is_valid():
            d = form.cleaned_data
            aspirasi = services.catat_di_kegiatan(
                kegiatan=kegiatan,
                opd=d["opd"],
                jenis=d["jenis"],
                judul=d["judul"],
                isi=d["isi"],
                oleh=request.user,
                layanan=d["layanan"],
                kecamatan=d["kecamatan"],
                desa=d["desa"],
                privasi=d["privasi"],
                nama_pelapor=d["nama"],
                telepon_pelapor=d["telepon"],
                jawaban_langsung=d["jawaban_langsung"],
                token_kirim=d["token"],
            )
            return redirect("aspirasi:meja_slip", kode=aspirasi.kode)
        if "token" in form.errors:
            form.data = form.data.copy()
            form.data["token"] = token_baru()
        return _render_meja(request, kegiatan, form)
    form = MejaAspirasiForm(initial={"token": token_baru()}, kegiatan=kegiatan)
    return _render_meja(request, kegiatan, form)


@perlu(boleh_meja)
@require_GET
def slip(request, kode):
    # Only items taken down at an event desk; never the reporter's identity.
    aspirasi = get_object_or_404(
        Aspirasi.objects.select_related("kegiatan", "opd").only(
            "kode",
            "judul",
            "jenis",
            "status",
            "privasi",
            "tenggat",
            "dibuat",
            "kegiatan__judul",
            "kegiatan__slug",
            "kegiatan__tanggal_mulai",
            "opd__nama",
        ),
        kode=kode,
        kegiatan__isnull=False,
    )
    return render(
        request,
        "aspirasi/meja/slip.html",
        {
            "aspirasi": aspirasi,
            "potongan_kode": aspirasi.kode.split("-"),
            "url_lacak": url_lacak(aspirasi.kode),
            "alamat_lacak": f"{settings.SITE_URL}{reverse('aspirasi:lacak')}",
            "hari": settings.ASPIRASI_TENGGAT,
            "dijawab": aspirasi.status in services.TERJAWAB,
        },
    )


@simpan_isian(TemuanForm)
@perlu(boleh_meja)
@require_http_methods(["GET", "POST"])
def temuan(request, slug, pk):
    kunjungan = get_object_or_404(
        KunjunganFasilitas.objects.select_related("kegiatan__kecamatan", "kegiatan__desa"),
        pk=pk,
        kegiatan__slug=slug,
    )
    kegiatan = kunjungan.kegiatan
    if request.method == "POST":
        form = TemuanForm(request.POST)
        if form.is_valid():
            d = form.cleaned_data
            aspirasi = services.temuan_jadi_aspirasi(
                kunjungan=kunjungan,
                opd=d["opd"],
                jenis=d["jenis"],
                judul=d["judul"],
                isi=d["isi"],
                oleh=request.user,
                token_kirim=d["token"],
            )
            messages.success(
                request,
                _("Temuan dicatat sebagai aspirasi %(kode)s dan diteruskan ke %(opd)s.")
                % {"kode": aspirasi.kode, "opd": d["opd"].nama},
            )
            return redirect("aspirasi:meja", slug=kegiatan.slug)
        if "token" in form.errors:
            form.data = form.data.copy()
            form.data["token"] = token_baru()
    else:
        judul = _("Temuan kunjungan %(nama)s") % {"nama": kunjungan.nama}
        form = TemuanForm(
            initial={"token": token_baru(), "judul": judul[:200], "isi": kunjungan.temuan}
        )
    sudah = (
        Aspirasi.objects.filter(kunjungan=kunjungan)
        .select_related("opd")
        .only("kode", "judul", "status", "opd__nama")
        .order_by("dibuat", "pk")
    )
    return render(
        request,
        "aspirasi/meja/temuan.html",
        {
            "kegiatan": kegiatan,
            "kunjungan": kunjungan,
            "form": form,
            "sudah": sudah,
            "hari": settings.ASPIRASI_TENGGAT,
        },
    )


@perlu(boleh_laporan)
@require_GET
def laporan(request, slug):
    kegiatan = _kegiatan(slug)
    return render(
        request,
        "aspirasi/meja/laporan.html",
        {"lap": laporan_kegiatan(kegiatan), "kegiatan": kegiatan},
    )
