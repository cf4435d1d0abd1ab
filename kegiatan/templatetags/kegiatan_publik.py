"""Pieces of the event pages that other templates (the beranda) embed, and the cheap
formatting filters the public cards use in their loops."""

import functools
import unicodedata

from django import template
from django.utils.dates import MONTHS, WEEKDAYS
from django.utils.text import Truncator, add_truncation_text, calculate_truncate_chars_length

from kegiatan import ical, selectors, tampilan
from pasuruan_portal.widgets import bidang_html

register = template.Library()


@register.inclusion_tag("kegiatan/_kegiatan_mendatang.html")
def kegiatan_mendatang(batas=3):
    """The next ``batas`` published events, the soonest first."""
    return {"daftar": selectors.mendatang(batas)}


@register.filter
def waktu_kegiatan(kegiatan):
    """Start and end as the iCalendar feed has them (needs the agenda prefetched)."""
    return ical.waktu_kegiatan(kegiatan)


@register.simple_tag
def kartu_kegiatan(daftar, dengan_jam=False, kelas_li=""):
    """``<li>`` event cards for ``selectors.KOLOM_KARTU`` dicts (see ``kegiatan.tampilan``)."""
    return tampilan.kartu(daftar, dengan_jam=dengan_jam, kelas_li=kelas_li)


@register.simple_tag
def bidang_saringan(field):
    """A field of the event filter: label, error messages, input."""
    return bidang_html(field, kelas="mb-3", kelas_label="form-label fw-semibold")


@register.simple_tag
def tabel_kalender(bulan):
    """The month grid table (see ``kegiatan.tampilan``)."""
    return tampilan.tabel_kalender(bulan)


@register.simple_tag
def navigasi_kalender(bulan, parameter):
    """Links to the previous and next month (see ``kegiatan.tampilan``)."""
    return tampilan.navigasi_kalender(bulan, parameter)


@register.simple_tag
def tampil_waktu(waktu):
    """``<time>`` elements for an ``ical.Waktu`` (see ``kegiatan.tampilan``)."""
    return tampilan.waktu(waktu)


# The list pages print dozens of dates and choice labels per request. The ``date`` filter
# parses its format string on every call and ``get_FOO_display`` rebuilds (and hashes, i.e.
# translates) the whole choices table on every call; these give the same text for the few
# formats the cards use at a fraction of the cost.


@register.filter(expects_localtime=True)
def tanggal_panjang(nilai, dengan_jam=False):
    """``date:"l, j F Y"`` (with ``dengan_jam``: ``date:"l, j F Y, H.i"``)."""
    if not nilai:
        return ""
    teks = f"{WEEKDAYS[nilai.weekday()]}, {nilai.day} {MONTHS[nilai.month]} {nilai.year}"
    if dengan_jam:
        teks += f", {nilai.hour:02d}.{nilai.minute:02d}"
    return teks


@register.filter(expects_localtime=True)
def tanggal(nilai):
    """``date:"j F Y"``."""
    if not nilai:
        return ""
    return f"{nilai.day} {MONTHS[nilai.month]} {nilai.year}"


@register.filter(expects_localtime=True)
def iso(nilai):
    """``date:"c"`` for a datetime, ``date:"Y-m-d"`` for a date."""
    return nilai.isoformat() if nilai else ""


@functools.cache
def _tabel_label(model, nama_field):
    # Keys are the stored values, labels stay lazy: translated in the active language.
    return dict(model._meta.get_field(nama_field).flatchoices)


@register.filter
def label_pilihan(objek, nama_field):
    """``objek.get_<nama_field>_display``: the label of a choices field."""
    nilai = getattr(objek, nama_field)
    return str(_tabel_label(type(objek), nama_field).get(nilai, nilai))


@register.filter(is_safe=True)
def potong(nilai, panjang):
    """``truncatechars``, without its per-character loop when the answer is known sooner:
    a text no longer than ``panjang`` is never cut, and an ASCII head has no combining
    characters, so it is cut where Truncator would cut it."""
    teks = unicodedata.normalize("NFC", str(nilai))
    panjang = int(panjang)
    if panjang > 0 and len(teks) <= panjang:
        return teks
    if panjang > 0 and teks[: panjang + 1].isascii():
        return add_truncation_text(teks[: calculate_truncate_chars_length(panjang, None)])
    return Truncator(teks).chars(panjang)
