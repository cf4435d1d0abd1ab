"""Detail links for list pages, without a full ``reverse()`` per card.

A list page links every card to its detail page; ``reverse()`` walks the resolver each
time (a noticeable share of an uncached list render). The pattern around the slug is the
same for every object, so it is reversed once per process (per script prefix and URLconf)
and the slug is put in its place.
"""

import re
from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

# What the <slug:...> converter accepts; anything else goes through reverse() (and fails
# there exactly as before).
_SLUG = re.compile(r"[-a-zA-Z0-9_]+\Z")
_PENANDA = "slugpenanda0"


@lru_cache(maxsize=64)
def _pola(nama, prefix, urlconf):
    url = reverse(nama, kwargs={"slug": _PENANDA}, urlconf=urlconf)
    awal, _, akhir = url.partition(_PENANDA)
    return awal, akhir


def url_dengan_slug(nama, slug):
    """``reverse(nama, kwargs={"slug": slug})`` for a URL whose only argument is a slug."""
    return UrlSlug(nama)(slug)


class UrlSlug:
    """``url_dengan_slug`` for one list: the script prefix and URLconf (thread-local
    lookups, a few microseconds each) are read once per list, not once per card.

    ``UrlSlug("kegiatan:detail")(slug)`` == ``url_dengan_slug("kegiatan:detail", slug)``."""

    __slots__ = ("akhir", "awal", "nama")

    def __init__(self, nama: str):
        self.nama = nama
        self.awal, self.akhir = _pola(
            nama, get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF
        )

    def __call__(self, slug) -> str:
        if not isinstance(slug, str) or not _SLUG.match(slug):
            return reverse(self.nama, kwargs={"slug": slug})
        return f"{self.awal}{slug}{self.akhir}"


@lru_cache(maxsize=64)
def _url_tetap(nama, prefix, urlconf):
    return reverse(nama, urlconf=urlconf)


def url_tetap(nama):
    """``reverse(nama)`` for a URL without arguments, reversed once per process (per script
    prefix and URLconf): the same on every page."""
    return _url_tetap(nama, get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)
