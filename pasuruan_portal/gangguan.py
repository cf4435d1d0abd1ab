"""When the database cannot be reached: a 503 "coba lagi" page instead of a 500, and the
resident's unsent text given back.

Django calls ``handler500`` from inside the ``except`` block that caught the exception,
wherever it was raised: in a view, or in a middleware (a session or the signed-in user is
loaded lazily, by whichever middleware touches it first, long before the view). So the
handler sees the exception in ``sys.exc_info()`` and tells "the database is down or
restarting" (503, try again) from a bug (500).

The 503 page is rendered without the request, so no context processor runs (they query
the database); the headers the inner middlewares would have added (X-Frame-Options, CSP)
are set here, since an exception raised before them skips them.

A view with a resident's form declares it with ``@simpan_isian(Form)``: when its request
fails this way, the 503 page shows the posted text again in a form with a "Kirim ulang"
button to the same URL. Only declared views echo anything (never the admin's login
form), only the declared form's fields, never files or passwords, and only when the
request's CSRF token is valid (otherwise another site could make our page show its text).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from csp.constants import HEADER as CSP_HEADER
from csp.utils import build_policy
from django import forms
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.template import loader
from django.urls import Resolver404, resolve
from django.utils.cache import add_never_cache_headers
from django.views import defaults

log = logging.getLogger(__name__)

# What an unreachable, restarting or overloaded database raises through Django.
GALAT_BASIS_DATA = (OperationalError, InterfaceError)
# Seconds after which a browser or client may try again (PostgreSQL restarts in seconds).
COBA_LAGI_DETIK = 30
ATRIBUT_ISIAN = "isian_saat_gangguan"
TEMPLATE = "503.html"


@dataclass(frozen=True)
class Isian:
    """What the 503 page may give back for a view: the fields of ``formulir`` that were
    posted, and, read-only, what ``draf(request)`` returns (a draft kept in the session)."""

    formulir: tuple[type[forms.BaseForm], ...]
    draf: Callable[[HttpRequest], Mapping | None] | None = None

    @property
    def fields(self) -> dict[str, forms.Field]:
        # Class-level fields: instantiating a form may query the database.
        hasil: dict[str, forms.Field] = {}
        for kelas in self.formulir:
            hasil.update(kelas.base_fields)
        return hasil


def simpan_isian(*formulir: type[forms.BaseForm], draf=None):
    """Decorator for a view with a resident's form (or forms posted together): its text
    survives a database outage. Apply it outermost."""

    def hias(view):
        setattr(view, ATRIBUT_ISIAN, Isian(formulir, draf))
        return view

    return hias


def basis_data_tak_terjangkau(galat: BaseException | None) -> bool:
    """The exception, or one it was raised from or while handling, is a database outage."""
    dilihat = 0
    while galat is not None and dilihat < 10:
        if isinstance(galat, GALAT_BASIS_DATA):
            return True
        galat = galat.__cause__ or galat.__context__
        dilihat += 1
    return False


def galat_server(request, *args, **kwargs):
    """``handler500``: 503 for a database outage, the normal 500 page for anything else."""
    galat = sys.exc_info()[1]
    if not basis_data_tak_terjangkau(galat):
        return defaults.server_error(request, *args, **kwargs)
    log.warning(
        "Basis data tidak dapat dipakai (%s) saat %s %s: dijawab 503.",
        type(galat).__name__,
        request.method,
        request.path,
    )
    return halaman_gangguan(request)


def halaman_gangguan(request) -> HttpResponse:
    """The 503 page, with the request's form text when its view declared one."""
    konteks: dict = {}
    try:
        konteks.update(_isian(request))
    except Exception:
        # Giving the text back is a courtesy; the 503 itself must never fail.
        log.warning("Isian warga tidak dapat ditampilkan di halaman gangguan.", exc_info=True)
    respons = HttpResponse(loader.render_to_string(TEMPLATE, konteks), status=503)
    respons["Retry-After"] = str(COBA_LAGI_DETIK)
    add_never_cache_headers(respons)
    # Raised before XFrameOptionsMiddleware / CSPMiddleware ran, the response skips them.
    respons.headers.setdefault("X-Frame-Options", "DENY")
    respons.headers.setdefault(CSP_HEADER, build_policy())
    # Logged above as a warning, without the request: Django would log it again as an
    # error with the request attached (and mail ADMINS the POST data) once per request of
    # the outage.
    respons._has_been_logged = True
    return respons


# --- the resident's text ----------------------------------------------------------------


@dataclass(frozen=True)
class Bidang:
    nama: str
    label: str
    nilai: str
    panjang: bool


def _isian_view(request) -> Isian | None:
    try:
        cocok = resolve(request.path_info, getattr(request, "urlconf", None))
    except Resolver404:
        return None
    return getattr(cocok.func, ATRIBUT_ISIAN, None)


class _PemeriksaCsrf(CsrfViewMiddleware):
    """Django's own CSRF check; a refusal is only an answer here, not the 403 page."""

    def _reject(self, request, reason):
        return HttpResponse(status=403)


def _csrf_sah(request) -> bool:
    """The POST carries a valid CSRF token (checked here when the failure came first)."""
    penjaga = _PemeriksaCsrf(lambda r: HttpResponse())
    if "CSRF_COOKIE" not in request.META:
        penjaga.process_request(request)
    return penjaga.process_view(request, _isian_view, (), {}) is None


def _bidang_teks(field: forms.Field) -> bool:
    """A field a person typed text into (not a choice, file, password or hidden value)."""
    widget = field.widget
    teks = isinstance(widget, forms.Textarea | forms.TextInput | forms.EmailInput)
    return teks and bool(field.label) and not isinstance(field, forms.FileField)


def _isian(request) -> dict:
    isian = _isian_view(request)
    if isian is None:
        return {}
    fields = isian.fields
    hasil: dict = {}
    if isian.draf is not None:
        try:
            draf = isian.draf(request) or {}
        except GALAT_BASIS_DATA:
            draf = {}  # the session itself lives in the database that is down
        hasil["draf"] = [
            Bidang(nama, str(f.label), str(draf[nama]), isinstance(f.widget, forms.Textarea))
            for nama, f in fields.items()
            if _bidang_teks(f) and draf.get(nama)
        ]
    if request.method != "POST" or not _csrf_sah(request):
        return hasil
    terlihat, tersembunyi = [], []
    for nama, field in fields.items():
        if isinstance(field, forms.FileField) or isinstance(field.widget, forms.PasswordInput):
            continue
        nilai = [v for v in request.POST.getlist(nama) if v]
        if _bidang_teks(field) and len(nilai) == 1:
            panjang = isinstance(field.widget, forms.Textarea)
            terlihat.append(Bidang(nama, str(field.label), nilai[0], panjang))
        else:
            tersembunyi += [(nama, v) for v in nilai]
    hasil.update(
        kirim_ulang=True,
        aksi=request.path,
        csrf=request.POST.get("csrfmiddlewaretoken", ""),
        isian=terlihat,
        tersembunyi=tersembunyi,
        pilih_berkas_lagi=any(request.FILES.values()),
    )
    return hasil
