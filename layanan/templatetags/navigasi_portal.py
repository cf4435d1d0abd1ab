"""The header and footer, which every page (error pages too) shows.

Tags, not a context processor: the 500 and 503 pages are rendered without a request and
without context processors, and still need their links.
"""

from functools import lru_cache

from django import template
from django.conf import settings
from django.template.loader import get_template
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language, override

register = template.Library()

_TAUTAN = {
    "beranda": "layanan:beranda",
    "layanan": "layanan:daftar",
    "opd": "layanan:opd_daftar",
    "kegiatan": "kegiatan:daftar",
    "kirim": "aspirasi:kirim",
    "lacak": "aspirasi:lacak",
    "tanya_jawab": "aspirasi:tanya_jawab",
    "transparansi": "aspirasi:transparansi",
}


@lru_cache(maxsize=16)
def _tautan(prefix, urlconf):
    # The same on every page: reversed once per process (per script prefix and URLconf),
    # not nine times per rendered page.
    return {kunci: reverse(nama, urlconf=urlconf) for kunci, nama in _TAUTAN.items()}


def _aktif(request):
    """The header item of the current page's section (for aria-current), or ""."""
    cocok = getattr(request, "resolver_match", None)
    if cocok is None:
        return ""
    app, nama = cocok.app_name, cocok.url_name or ""
    if app == "layanan" and nama in ("daftar", "detail", "daftar_periksa"):
        return "layanan"
    if nama in ("opd_daftar", "opd_detail"):
        return "opd"
    if app == "kegiatan":
        return "kegiatan"
    if app == "aspirasi":
        if nama in ("kirim", "periksa", "terkirim"):
            return "kirim"
        if nama.startswith("lacak"):
            return "lacak"
        if nama.startswith("tanya_jawab"):
            return "tanya_jawab"
    return ""


@register.simple_tag(takes_context=True)
def navigasi_portal(context):
    """``{% navigasi_portal as nav %}``: ``nav.tautan.<kunci>`` and ``nav.aktif``."""
    return {
        "tautan": _tautan(get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF),
        "aktif": _aktif(context.get("request")),
    }


def _render_bagian(nama_template, bahasa, aktif, prefix, urlconf):
    nav = {"tautan": _tautan(prefix, urlconf), "aktif": aktif}
    with override(bahasa):
        # A rendered template is already a SafeString: the template escaped what it shows.
        return get_template(nama_template).render({"nav": nav})


# The header and footer depend on nothing but the language, the current section and the
# URL prefix: no data, no visitor. Rendering their few dozen translated strings costs
# about a millisecond, on every page; each variant is rendered once per process instead.
_render_bagian_tersimpan = lru_cache(maxsize=128)(_render_bagian)


@register.simple_tag(takes_context=True)
def bagian_tetap(context, nama_template):
    """``{% bagian_tetap "includes/header.html" %}``: a template that may use only ``nav``
    (``nav.tautan.<kunci>``, ``nav.aktif``) and translated text, nothing else of the page."""
    kunci = (
        nama_template,
        get_language() or settings.LANGUAGE_CODE,
        _aktif(context.get("request")),
        get_script_prefix(),
        get_urlconf() or settings.ROOT_URLCONF,
    )
    # In development a changed template shows at once (the loader is not cached either).
    if settings.DEBUG:
        return _render_bagian(*kunci)
    return _render_bagian_tersimpan(*kunci)
