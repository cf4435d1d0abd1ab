"""Plumbing for staff accounts: the client address behind nginx, the idle timeout of a
staff session, the login lockout page and the django-axes backend.

Project-level wiring (like settings), not domain code: it serves every app the same way.
"""

from __future__ import annotations

import ipaddress
import time

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import logout
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

# Session key: when the logged-in user was last seen (seconds since the epoch).
SESI_TERAKHIR_AKTIF = "staf_terakhir_aktif"
# The timestamp is written at most this often, so a busy admin page is not a session
# write on every request.
TULIS_ULANG_SETELAH_DETIK = 60


def _sekarang() -> float:
    # One place for the clock, so tests can move time forward.
    return time.time()


# --- the client address behind nginx ------------------------------------------------------


def _tepercaya(alamat: str, jaringan: list) -> bool:
    try:
        ip = ipaddress.ip_address(alamat.strip())
    except ValueError:
        return False
    return any(ip in j for j in jaringan)


class TrustedProxyMiddleware:
    """Put the real client address in REMOTE_ADDR when the request came through nginx.

    gunicorn sets REMOTE_ADDR to the peer of the socket, so behind nginx every request
    would come from 127.0.0.1: the login lockout (per user + address) and the aspirasi
    rate limits (per address) would treat the whole city as one client. nginx appends the
    address it saw to X-Forwarded-For. Only when the peer is a trusted proxy
    (FORWARDED_ALLOW_IPS) is that header read, from the right, skipping further trusted
    proxies: everything a client wrote to the left of it is ignored, so it cannot be
    spoofed.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        daftar = settings.PROKSI_TEPERCAYA
        self.semua = "*" in daftar
        self.jaringan = [ipaddress.ip_network(a, strict=False) for a in daftar if a != "*"]

    def _dipercaya(self, alamat: str) -> bool:
        return self.semua or _tepercaya(alamat, self.jaringan)

    def __call__(self, request):
        peer = request.META.get("REMOTE_ADDR", "")
        diteruskan = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if diteruskan and self._dipercaya(peer):
            for alamat in reversed([a.strip() for a in diteruskan.split(",") if a.strip()]):
                try:
                    ipaddress.ip_address(alamat)
                except ValueError:
                    break  # garbage: keep the peer address rather than guess
                request.META["REMOTE_ADDR"] = alamat
                if not self._dipercaya(alamat):
                    break
        return self.get_response(request)


# --- idle timeout of a staff session --------------------------------------------------------


class StaffIdleTimeoutMiddleware:
    """Log out a signed-in user after STAF_SESI_DIAM_MENIT minutes without a request.

    Only signed-in users (all of them staff: residents have no accounts) are affected;
    a resident's anonymous session (the aspirasi draft, the codes it sent) keeps the
    normal SESSION_COOKIE_AGE.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            batas = settings.STAF_SESI_DIAM_MENIT * 60
            sekarang = _sekarang()
            terakhir = request.session.get(SESI_TERAKHIR_AKTIF)
            if terakhir is not None and sekarang - terakhir > batas:
                logout(request)
                messages.warning(
                    request,
                    _(
                        "Sesi Anda berakhir karena tidak ada aktivitas selama %(menit)d menit. "
                        "Silakan masuk lagi."
                    )
                    % {"menit": settings.STAF_SESI_DIAM_MENIT},
                )
            elif terakhir is None or sekarang - terakhir >= TULIS_ULANG_SETELAH_DETIK:
                request.session[SESI_TERAKHIR_AKTIF] = sekarang
        return self.get_response(request)


# --- django-axes: login lockout ---------------------------------------------------------------


class AxesBackend(AxesStandaloneBackend):
    """django-axes' check, first in AUTHENTICATION_BACKENDS.

    Every login through a web form passes the request. ``authenticate()`` without one
    can only come from code in this process (the test client's ``login()``, a shell), has
    no client address to count against, and is left to the next backend instead of
    raising.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def respons_terkunci(request, original_response=None, credentials=None):
    """The admin's login page, in Indonesian, saying the account is locked for now."""
    menit = settings.AXES_COOLOFF_TIME.total_seconds() // 60
    konteks = {
        **admin.site.each_context(request),
        "title": _("Akun dikunci sementara"),
        "menit": int(menit),
        "batas_gagal": settings.AXES_FAILURE_LIMIT,
    }
    return TemplateResponse(
        request, "admin/terkunci.html", konteks, status=settings.AXES_HTTP_RESPONSE_CODE
    ).render()
