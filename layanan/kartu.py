"""Service cards and category tiles of the public catalog, rendered in Python.

The beranda shows 8 cards and the list page 20; an ``{% include %}`` per card (and a
``blocktranslate``/``intcomma`` inside it) cost more than the rest of those pages. These
give the markup of templates/includes/kartu_layanan.html (kept as the reference the tests
compare with) in one pass per list. Every value from the database goes through
``escape``; UI text stays translatable through gettext.
"""

from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, ngettext

from layanan.tautan import UrlSlug
from pasuruan_portal.html_cepat import escape


def _biaya(biaya: int) -> str:
    if biaya == 0:
        return f'<span class="label-gratis">{escape(gettext("Gratis"))}</span>'
    return f"{escape(gettext('Biaya'))}: Rp{escape(intcomma(biaya))}"


def kartu_layanan(layanan, url_detail: UrlSlug | None = None) -> SafeString:
    """One card: a row of ``Layanan.objects.untuk_kartu()`` (``url_detail``: the list's
    link maker, made once per list)."""
    url = (url_detail or UrlSlug("layanan:detail"))(layanan.slug)
    html = (
        '<article class="kartu-layanan">\n'
        f'  <h3><a href="{escape(url)}">{escape(layanan.nama)}</a></h3>\n'
        f'  <p class="meta-kecil mb-1">'
        f"{escape(layanan.opd__singkatan or layanan.opd__nama)} · "
        f"{escape(layanan.kategori__nama)}</p>\n"
        f'  <p class="mb-2">{escape(layanan.ringkasan)}</p>\n'
        '  <p class="meta-kecil mb-0">\n'
        f"    {_biaya(layanan.biaya)}\n"
        f"    · {escape(layanan.jangka_waktu)}\n"
        "  </p>\n"
        "</article>"
    )
    # Every value above went through escape() (or is our own markup).
    return mark_safe(html)  # noqa: S308  # nosec


def daftar_kartu(daftar, kelas_li: str = "") -> SafeString:
    """``<li>`` + card for each service of ``daftar``."""
    buka = f'<li class="{escape(kelas_li)}">' if kelas_li else "<li>"
    url = UrlSlug("layanan:detail")
    return mark_safe(  # noqa: S308  # nosec: built from escaped parts only
        "\n".join(f"{buka}{kartu_layanan(layanan, url)}</li>" for layanan in daftar)
    )


def daftar_kategori(kategori, url_daftar: str) -> SafeString:
    """The beranda's category tiles: ``<li>`` per ``dengan_jumlah_terbit()`` row."""
    bagian = []
    for k in kategori:
        jumlah = ngettext("%(jumlah)s layanan", "%(jumlah)s layanan", k["jumlah"]) % {
            "jumlah": k["jumlah"]
        }
        bagian.append(
            '<li class="col-12 col-sm-6 col-lg-4">\n'
            f'  <a class="d-block p-3 border rounded h-100" href="{escape(url_daftar)}'
            f'?kategori={escape(k["slug"])}">\n'
            f"    <strong>{escape(k['nama'])}</strong><br>\n"
            f'    <span class="meta-kecil">{escape(jumlah)}</span>\n'
            "  </a>\n"
            "</li>"
        )
    return mark_safe("\n".join(bagian))  # noqa: S308  # nosec: escaped parts only
