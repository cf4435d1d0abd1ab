"""Pieces of the aspirasi app that catalog pages embed, so ``layanan`` never imports us."""

from django import template

from aspirasi import selectors

register = template.Library()


@register.inclusion_tag("aspirasi/_tanya_jawab_terkait.html")
def tanya_jawab_terkait(layanan=None, opd=None, batas=3):
    """Published answers about this service or OPD: the next resident finds them first."""
    return {
        "daftar": selectors.jawaban_serupa(layanan=layanan, opd=opd, batas=batas),
        "layanan": layanan,
        "opd": opd,
    }
