"""Pieces of the aspirasi app that catalog pages embed, so ``layanan`` never imports us."""

import segno
from django import template
from django.conf import settings
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from aspirasi import forms_publik, kartu, selectors
from aspirasi.dasbor import publik
from aspirasi.models import Aspirasi
from aspirasi.models.aspirasi import KapanDijawab

register = template.Library()


@register.simple_tag
def tanya_jawab_terkait(layanan=None, opd=None, batas=3):
    """Published answers about this service or OPD: the next resident finds them first."""
    return kartu.tanya_jawab_terkait(
        selectors.terkait(layanan=layanan, opd=opd, batas=batas), opd=opd
    )


@register.simple_tag
def bidang(field):
    """A form field as aspirasi/_bidang.html renders it, without the include."""
    return forms_publik.bidang_html(field)


@register.simple_tag
def kartu_tanya_jawab(daftar):
    """The cards of a /tanya-jawab/ page, rendered in one call (see ``aspirasi.kartu``)."""
    return kartu.kartu_tanya_jawab(daftar)


@register.inclusion_tag("aspirasi/_aspirasi_kegiatan.html")
def aspirasi_kegiatan(kegiatan, batas=10):
    """Questions raised at a field event and how they were answered, in two queries.

    The figures follow ``AspirasiQuerySet.di_kegiatan`` (the leaders' report uses it too):
    *dijawab di tempat* = first answer on or before the event's last day (Asia/Jakarta),
    *dijawab sesudahnya* = later. Facility-visit findings (kanal temuan kunjungan) are
    counted apart: nobody asked them.
    """
    return {
        "kegiatan": kegiatan,
        "angka": _angka_kegiatan(kegiatan),
        "terbit": list(
            Aspirasi.objects.terbit()
            .filter(kegiatan=kegiatan)
            .only("pk", "judul", "dijawab_pertama_pada")
            .order_by("-dijawab_pertama_pada", "-pk")[:batas]
        ),
    }


def _angka_kegiatan(kegiatan) -> dict:
    """One aggregate query over the event's aspirasi."""
    temuan = Q(kanal=Aspirasi.Kanal.TEMUAN_KUNJUNGAN)

    def pertanyaan(kapan):
        return Count("pk", filter=~temuan & Q(kapan_dijawab=kapan))

    return Aspirasi.objects.di_kegiatan(kegiatan).aggregate(
        ditanyakan=Count("pk", filter=~temuan),
        dijawab_di_tempat=pertanyaan(KapanDijawab.DI_TEMPAT),
        dijawab_sesudahnya=pertanyaan(KapanDijawab.SESUDAHNYA),
        belum_dijawab=pertanyaan(KapanDijawab.BELUM),
        ditolak=pertanyaan(KapanDijawab.DITOLAK),
        temuan=Count("pk", filter=temuan),
    )


@register.inclusion_tag("aspirasi/_catatan_jawaban_opd.html")
def catatan_jawaban_opd(opd):
    """The OPD's answer record on its public page: its row of /transparansi/ (cached)."""
    return {"opd": opd, "baris": publik.catatan_opd(opd.pk)}


@register.simple_tag
def qr_lacak(kode):
    """An inline SVG QR code of the tracking page for ``kode`` (no script, no request)."""
    url = f"{settings.SITE_URL}{reverse('aspirasi:lacak')}?{urlencode({'kode': kode})}"
    judul = escape(_("Kode QR menuju halaman lacak %(kode)s") % {"kode": kode})
    svg = segno.make(url, error="m").svg_inline(
        scale=4, title=judul, svgclass="qr-lacak", lineclass=None
    )
    # role=img + the <title> give the picture an accessible name. Safe to mark: segno writes
    # only path data and our class names; the one text from outside, the title, is escaped.
    # Bare nosec: bandit 1.9 prints a spurious warning for "nosec B703" on this line.
    return mark_safe(svg.replace("<svg ", '<svg role="img" ', 1))  # noqa: S308  # nosec
