"""Whole public pages cached for anonymous visitors, and their invalidation.

Most visitors of the portal are residents without an account reading the same catalog,
events and answers; rendering those pages again for each of them is the bulk of the
server's work. ``halaman_publik`` keeps the rendered page in the shared cache (Redis in
production) and serves it again, without touching the database, to every visitor who
has **no session cookie** — a resident with a session (a draft, the codes they sent) and
every signed-in staff member always get a freshly rendered page.

Invalidation is explicit, by data area ("katalog", "kegiatan", "aspirasi"): a page is
stored with the version token of each area it shows, current when it was rendered, and is
served only while they are still the current ones (read in the same round trip as the
page). Every write path calls ``setelah_commit(area)`` (services on commit; the admin
through ``SinggahanAdminMixin``), which replaces the token, so the next visitor renders
the page again. The entries also
expire after ``HALAMAN_CACHE_DETIK`` (0 switches the cache off), a safety net for what
changes with time alone (an event moving from "upcoming" to "past"); the date is part
of the key too.

What is never cached: other methods than GET, query strings outside the page's known
parameters (or repeated, or too long: the key space stays bounded), responses other than
200, responses that set a cookie or use a CSRF token, or change the session. The page
is stored as body and the headers the view set; the middleware after the view (security
headers, CSP, X-Frame-Options) runs on a cached page exactly as on a fresh one.

Project plumbing, not domain code: every app uses it the same way.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from functools import partial, wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.urls import URLPattern, URLResolver
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

AREA = ("katalog", "kegiatan", "aspirasi")
# A query string value longer than this (a pasted paragraph, a scanner's payload) is
# rendered but not stored: the key space stays bounded by what a person types.
NILAI_MAKS = 80


def _kunci_versi(area: str) -> str:
    return f"halaman:versi:{area}"


def _periksa(area) -> None:
    for nama in area:
        if nama not in AREA:
            raise ValueError(f"Area singgahan tidak dikenal: {nama!r}")


def _token(ada: dict, area) -> tuple[str, ...]:
    """The version tokens of ``area`` from ``ada`` (a get_many result), creating any missing."""
    hasil = []
    for nama in area:
        k = _kunci_versi(nama)
        if k not in ada:
            # add(): two first visitors at once agree on one token.
            cache.add(k, uuid.uuid4().hex, None)
            ada[k] = cache.get(k) or ""
        hasil.append(ada[k])
    return tuple(hasil)


# Every area's token as this process last read it, and when (time.monotonic()): see
# token_proses().
_token_terakhir: tuple[float, dict[str, str]] | None = None


def lupakan_token() -> None:
    global _token_terakhir
    _token_terakhir = None


def token_proses() -> dict[str, str] | None:
    """Every area's current token, for the reference data kept in a process
    (singgahan_data), or None when Redis is unreachable.

    Read from Redis at most once per ``SINGGAHAN_TOKEN_DETIK`` per process: on a busy
    worker a round trip per request for values that change a few times a day. A change
    made in this process forgets them at once (``data_berubah``); one made in another
    process shows here within that time. The page cache never uses this: a cached page is
    checked against the tokens read with it."""
    global _token_terakhir
    umur = settings.SINGGAHAN_TOKEN_DETIK
    terakhir = _token_terakhir
    sekarang = time.monotonic()
    if umur > 0 and terakhir is not None and sekarang - terakhir[0] < umur:
        return terakhir[1]
    ada = cache.get_many([_kunci_versi(a) for a in AREA])
    token = dict(zip(AREA, _token(ada, AREA), strict=True))
    if not all(token.values()):
        return None
    _token_terakhir = (sekarang, token)
    return token


def data_berubah(*area: str) -> None:
    """Make every cached page showing these areas stale (new tokens, never reused)."""
    _periksa(area)
    cache.set_many({_kunci_versi(nama): uuid.uuid4().hex for nama in area or AREA}, None)
    lupakan_token()


def setelah_commit(*area: str) -> None:
    """Invalidate once the current transaction commits (at once outside a transaction)."""
    transaction.on_commit(partial(data_berubah, *area), robust=True)


def _kueri(request, parameter: tuple[str, ...]) -> str | None:
    """The normalised query string, or None when this request is not to be cached."""
    bagian = []
    for nama in request.GET:
        nilai = request.GET.getlist(nama)
        if nama not in parameter or len(nilai) != 1 or len(nilai[0]) > NILAI_MAKS:
            return None
        bagian.append((nama, nilai[0]))
    return "&".join(f"{n}={v}" for n, v in sorted(bagian))


def _boleh_disimpan(request, respons) -> bool:
    if respons.status_code != 200 or respons.streaming or respons.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # the page holds a CSRF token: it belongs to this visitor only
    sesi = getattr(request, "session", None)
    if sesi is not None and sesi.modified:
        return False
    kontrol = respons.get("Cache-Control", "")
    return "private" not in kontrol and "no-store" not in kontrol


def halaman_publik(*area: str, parameter: tuple[str, ...] = (), pada_hit=None):
    """Cache the view's page for anonymous visitors; ``area``: the data it shows.

    ``parameter``: the query string names the page understands (each cached per value).
    ``pada_hit(request, *args, **kwargs)``: called when a cached page is served, for the
    little a view records about a visit (it must not touch the database).
    """
    _periksa(area)  # an unknown area fails at import time, not on the first visit
    kunci_versi = [_kunci_versi(nama) for nama in area]

    def dekorator(view):
        @wraps(view)
        def bungkus(request, *args, **kwargs):
            detik = settings.HALAMAN_CACHE_DETIK
            if (
                not detik
                or request.method != "GET"
                or settings.SESSION_COOKIE_NAME in request.COOKIES
            ):
                return view(request, *args, **kwargs)
            kueri = _kueri(request, parameter)
            if kueri is None:
                return view(request, *args, **kwargs)
            sidik = "|".join(
                [
                    request.get_host(),
                    request.path,
                    kueri,
                    get_language() or "",
                    timezone.localdate().isoformat(),
                ]
            )
            kunci = "halaman:" + hashlib.sha256(sidik.encode()).hexdigest()
            # One round trip for a hit: the page and the current version tokens of its
            # areas together. The page is stored with the tokens it was rendered under
            # and served only while they are still current.
            ada = cache.get_many([kunci, *kunci_versi])
            simpanan = ada.pop(kunci, None)
            token = _token(ada, area)
            if simpanan is not None and simpanan[0] == token:
                if pada_hit is not None:
                    pada_hit(request, *args, **kwargs)
                _, isi, kepala = simpanan
                respons = HttpResponse(isi, headers=kepala)
                # Another visitor (with a session) gets another page: tell any cache on
                # the way, as a freshly rendered page would.
                patch_vary_headers(respons, ("Cookie",))
                return respons
            respons = view(request, *args, **kwargs)
            if hasattr(respons, "render") and not respons.is_rendered:
                respons.render()
            if _boleh_disimpan(request, respons):
                # The tokens were read before rendering: a write that commits meanwhile
                # replaces them, so this render is stored as already stale.
                cache.set(kunci, (token, respons.content, dict(respons.items())), detik)
            return respons

        return bungkus

    return dekorator


# --- the admin ---------------------------------------------------------------------------


def _bungkus_post(view, area):
    @wraps(view)
    def bungkus(request, *args, **kwargs):
        respons = view(request, *args, **kwargs)
        # Any accepted POST may have written (save, delete, bulk action, import, history
        # revert, list_editable): invalidating once too often costs one render per page.
        if request.method == "POST" and respons.status_code < 400:
            setelah_commit(*area)
        return respons

    return bungkus


def _bungkus_pola(pola, area):
    hasil = []
    for p in pola:
        if isinstance(p, URLPattern):
            p.callback = _bungkus_post(p.callback, area)
        elif isinstance(p, URLResolver):
            _bungkus_pola(p.url_patterns, area)
        hasil.append(p)
    return hasil


class SinggahanAdminMixin:
    """For a ModelAdmin whose model appears on public pages: every write made through
    any of its admin pages (including pages other mixins or the class itself add)
    invalidates the cached pages of ``area_singgahan`` after commit."""

    area_singgahan: tuple[str, ...] = ()

    @property
    def urls(self):
        # ``urls`` rather than ``get_urls``: it sees the final list, whatever the class
        # and its other mixins add in their own get_urls.
        return _bungkus_pola(self.get_urls(), self.area_singgahan or AREA)
