"""Lists of the public catalog pages, rendered once per list (see layanan/kartu.py)."""

from django import template

from layanan import kartu, tautan

register = template.Library()


@register.simple_tag
def kartu_layanan(daftar, kelas_li=""):
    """``<li>`` + service card for each service of ``daftar`` (rows of ``untuk_kartu()``)."""
    return kartu.daftar_kartu(daftar, kelas_li)


@register.simple_tag
def ubin_kategori(kategori, url_daftar):
    """The beranda's category tiles, linking to the list filtered by category."""
    return kartu.daftar_kategori(kategori, url_daftar)


@register.simple_tag(name="url_tetap")
def url_tetap_tag(nama):
    """``{% url nama %}`` for a URL without arguments, without a resolver walk per page."""
    return tautan.url_tetap(nama)


@register.simple_tag(name="url_slug")
def url_slug_tag(nama, slug):
    """``{% url nama slug %}`` for a URL whose only argument is a slug."""
    return tautan.url_dengan_slug(nama, slug)
