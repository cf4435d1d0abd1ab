"""Keeps a session without its second step out of the admin and the staff pages."""

from __future__ import annotations

from django.shortcuts import redirect

from pasuruan_portal.dua_langkah.aturan import punya_aplikasi_autentikator, wajib_dua_langkah
from pasuruan_portal.dua_langkah.views import alamat_dengan_tujuan

# Admin views reachable before the second step: signing in (the first step) and out.
ADMIN_TERBUKA = {"login", "logout"}
# Set on a staff page outside the admin (aspirasi.views.izin.halaman_staf, used by perlu).
PENANDA_HALAMAN_STAF = "halaman_staf"


def dilindungi(request, view_func) -> bool:
    """Every admin view but login/logout, and every view marked as a staff page."""
    if getattr(view_func, PENANDA_HALAMAN_STAF, False):
        return True
    cocok = request.resolver_match
    return cocok is not None and "admin" in cocok.namespaces and cocok.url_name not in ADMIN_TERBUKA


class DuaLangkahMiddleware:
    """A session that has not passed the second step is sent to enter a code when the user
    has an authenticator app (required or enrolled by choice: an app that is never asked
    for protects nothing), or to enrol one when the user must use two-step sign-in
    (``aturan.wajib_dua_langkah``); ``next`` points back. Install after django-otp's
    OTPMiddleware.

    Checked before the view runs, for every method: a blocked POST changes nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not dilindungi(request, view_func):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if punya_aplikasi_autentikator(user):
            halaman = "dua_langkah:kode"
        elif wajib_dua_langkah(user):
            halaman = "dua_langkah:daftar"
        else:
            return None
        return redirect(alamat_dengan_tujuan(halaman, request.get_full_path()))
