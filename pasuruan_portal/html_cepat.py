"""Escaping for the list renderers of the public pages (layanan, aspirasi, kegiatan cards).

``django.utils.html.escape`` is ``html.escape(str(nilai))`` plus a lazy-string wrapper and a
SafeString per call; the renderers call it a few hundred times per page and mark the joined
result safe once themselves.
"""

import html

from django.utils.functional import Promise


def escape(nilai) -> str:
    """The text of ``django.utils.html.escape(nilai)``, as a plain str."""
    return html.escape(str(nilai))


def escape_bersyarat(nilai) -> str:
    """The text of ``django.utils.html.conditional_escape(nilai)``: what is already safe
    HTML (``__html__``) is kept, the rest escaped."""
    if isinstance(nilai, Promise):
        nilai = str(nilai)
    if hasattr(nilai, "__html__"):
        return nilai.__html__()
    return html.escape(str(nilai))
