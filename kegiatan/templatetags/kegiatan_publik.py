"""Pieces of the event pages that other templates (the beranda) embed."""

from django import template

from kegiatan import ical, selectors

register = template.Library()


@register.inclusion_tag("kegiatan/_kegiatan_mendatang.html")
def kegiatan_mendatang(batas=3):
    """The next ``batas`` published events, the soonest first."""
    return {"daftar": selectors.mendatang(batas)}


@register.filter
def waktu_kegiatan(kegiatan):
    """Start and end as the iCalendar feed has them (needs the agenda prefetched)."""
    return ical.waktu_kegiatan(kegiatan)
