"""The two pages of two-step sign-in: enrol an authenticator app, enter a code.

Both are plain forms (no JavaScript): the QR code is an inline SVG written on the server.
"""

from __future__ import annotations

import logging
import math
from base64 import b32encode
from urllib.parse import urlencode

import segno
from django.contrib import admin, messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login

from pasuruan_portal.dua_langkah import services
from pasuruan_portal.dua_langkah.aturan import punya_aplikasi_autentikator, wajib_dua_langkah
from pasuruan_portal.dua_langkah.forms import FormKode

logger = logging.getLogger(__name__)


def tujuan_aman(request) -> str:
    """Where to go after the second step: ``next`` if it is a path on this site, otherwise
    the admin's index (an attacker's link must not send a fresh session elsewhere)."""
    nilai = request.POST.get("next") or request.GET.get("next") or ""
    if nilai and url_has_allowed_host_and_scheme(
        nilai, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return nilai
    return reverse("admin:index")


def alamat_dengan_tujuan(nama_url: str, tujuan: str) -> str:
    return f"{reverse(nama_url)}?{urlencode({'next': tujuan})}"


def _konteks(request, **lain):
    return {
        **admin.site.each_context(request),
        "is_nav_sidebar_enabled": False,
        "next": tujuan_aman(request),
        **lain,
    }


def _pesan_gagal(hasil: services.HasilKode) -> str:
    if hasil.terkunci_sampai is not None:
        detik = max(1, math.ceil((hasil.terkunci_sampai - timezone.now()).total_seconds()))
        return _(
            "Terlalu banyak kode yang salah. Tunggu %(detik)d detik, lalu tulis kode yang "
            "sedang tampil di aplikasi."
        ) % {"detik": detik}
    return _(
        "Kode salah, kedaluwarsa atau sudah pernah dipakai. Pastikan jam ponsel Anda tepat dan "
        "tulis kode yang sedang tampil."
    )


def _selesai(request, perangkat) -> None:
    # A new session key for the now stronger session: a key known before (fixation) is
    # worth nothing afterwards.
    request.session.cycle_key()
    otp_login(request, perangkat)


def _qr(url: str) -> str:
    judul = escape(_("Kode QR untuk aplikasi autentikator"))
    svg = segno.make(url, error="m").svg_inline(
        scale=4,
        border=4,
        dark="#000",
        light="#fff",
        title=judul,
        svgclass="qr-dua-langkah",
        lineclass=None,
        omitsize=True,
    )
    # Safe to mark: segno writes only path data, colours and our class name; the one text
    # from outside, the title, is escaped.
    return mark_safe(svg.replace("<svg ", '<svg role="img" ', 1))  # noqa: S308  # nosec


def _kunci_terkelompok(perangkat) -> str:
    kunci = b32encode(perangkat.bin_key).decode()
    return " ".join(kunci[i : i + 4] for i in range(0, len(kunci), 4))


@sensitive_post_parameters("kode")
@never_cache
@login_required
def daftar(request):
    """Enrol an authenticator app: QR code and key, then a code from the app confirms it."""
    user = request.user
    tujuan = tujuan_aman(request)
    if punya_aplikasi_autentikator(user):
        if user.is_verified():
            messages.info(request, _("Verifikasi dua langkah sudah aktif untuk akun Anda."))
            return redirect(tujuan)
        # Replacing an app needs the old one (or a superuser): a password alone must not.
        return redirect(alamat_dengan_tujuan("dua_langkah:kode", tujuan))

    perangkat = services.siapkan_aplikasi(pengguna=user)
    form = FormKode(request.POST if request.method == "POST" else None, cadangan=False)
    if request.method == "POST" and form.is_valid():
        hasil = services.konfirmasi_aplikasi(pengguna=user, kode=form.cleaned_data["kode"])
        if hasil.berhasil:
            _selesai(request, hasil.perangkat)
            logger.info("Verifikasi dua langkah diaktifkan: %s", user.get_username())
            return TemplateResponse(
                request,
                "dua_langkah/kode_cadangan.html",
                _konteks(
                    request,
                    title=_("Verifikasi dua langkah aktif"),
                    kode_cadangan=hasil.kode_cadangan,
                ),
            )
        form.add_error("kode", _pesan_gagal(hasil))
    return TemplateResponse(
        request,
        "dua_langkah/daftar.html",
        _konteks(
            request,
            title=_("Aktifkan verifikasi dua langkah"),
            form=form,
            qr=_qr(perangkat.config_url),
            kunci=_kunci_terkelompok(perangkat),
            wajib=wajib_dua_langkah(user),
        ),
    )


@sensitive_post_parameters("kode")
@never_cache
@login_required
def kode(request):
    """The second step of signing in: a code from the app or a backup code."""
    user = request.user
    tujuan = tujuan_aman(request)
    if not punya_aplikasi_autentikator(user):
        return redirect(alamat_dengan_tujuan("dua_langkah:daftar", tujuan))
    if user.is_verified():
        return redirect(tujuan)

    form = FormKode(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        hasil = services.periksa_kode(pengguna=user, kode=form.cleaned_data["kode"])
        if hasil.berhasil:
            _selesai(request, hasil.perangkat)
            return redirect(tujuan)
        logger.warning("Kode dua langkah ditolak untuk %s", user.get_username())
        form.add_error("kode", _pesan_gagal(hasil))
    return TemplateResponse(
        request,
        "dua_langkah/kode.html",
        _konteks(request, title=_("Masukkan kode verifikasi"), form=form),
    )
