"""iCalendar feeds, made with the ``icalendar`` library.

Times: an event with an agenda is a *timed* event in Asia/Jakarta (TZID, with a VTIMEZONE),
from the first session's start to the last session's end (a last session without an end
time counts as one hour). An event without an agenda is an *all-day* event: DATE values from
the first day to the day after the last (DTEND is exclusive). The event page shows exactly
these times, from the same function.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from icalendar import Calendar, Event

from kegiatan.models import Kegiatan

ZONA = ZoneInfo("Asia/Jakarta")
LAMA_SESI_TANPA_AKHIR = datetime.timedelta(hours=1)


@dataclass(frozen=True)
class Waktu:
    mulai: datetime.date | datetime.datetime
    selesai: datetime.date | datetime.datetime  # exclusive end for all-day events
    berjam: bool

    @property
    def hari_terakhir(self) -> datetime.date:
        if self.berjam:
            return self.selesai.date()
        return self.selesai - datetime.timedelta(days=1)


def waktu_kegiatan(kegiatan: Kegiatan) -> Waktu:
    """Start and end of an event; uses the prefetched agenda (ordered by day and time)."""
    return waktu_dari_sesi(
        kegiatan.tanggal_mulai,
        kegiatan.tanggal_selesai,
        [(s.hari_ke, s.jam_mulai, s.jam_selesai) for s in kegiatan.agenda.all()],
    )


def waktu_dari_sesi(tanggal_mulai, tanggal_selesai, sesi) -> Waktu:
    """The same from plain ``(hari_ke, jam_mulai, jam_selesai)`` tuples, in any order: the
    public lists read them in the event's own query, without model instances."""
    if not sesi:
        return Waktu(tanggal_mulai, tanggal_selesai + datetime.timedelta(days=1), berjam=False)
    hari_ke, jam_mulai, _ = min(sesi, key=lambda s: (s[0], s[1]))

    def akhir_sesi(s):
        hari = tanggal_mulai + datetime.timedelta(days=s[0] - 1)
        if s[2]:
            return datetime.datetime.combine(hari, s[2], tzinfo=ZONA)
        return datetime.datetime.combine(hari, s[1], tzinfo=ZONA) + LAMA_SESI_TANPA_AKHIR

    hari_pertama = tanggal_mulai + datetime.timedelta(days=hari_ke - 1)
    return Waktu(
        datetime.datetime.combine(hari_pertama, jam_mulai, tzinfo=ZONA),
        max(akhir_sesi(s) for s in sesi),
        berjam=True,
    )


def _host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def uid(kegiatan: Kegiatan) -> str:
    return f"kegiatan-{kegiatan.pk}@{_host()}"


def _lokasi(kegiatan: Kegiatan) -> str:
    bagian = [kegiatan.tempat]
    if kegiatan.desa_id:
        bagian.append(kegiatan.desa.nama)
    bagian.append(f"Kecamatan {kegiatan.kecamatan.nama}")
    return ", ".join(b for b in bagian if b)


def _vevent(kegiatan: Kegiatan) -> Event:
    waktu = waktu_kegiatan(kegiatan)
    url = settings.SITE_URL + kegiatan.get_absolute_url()
    event = Event()
    event.add("uid", uid(kegiatan))
    event.add("dtstamp", kegiatan.diperbarui.astimezone(datetime.UTC))
    event.add("last-modified", kegiatan.diperbarui.astimezone(datetime.UTC))
    event.add("summary", kegiatan.judul)
    event.add("dtstart", waktu.mulai)
    event.add("dtend", waktu.selesai)
    event.add("location", _lokasi(kegiatan))
    uraian = [kegiatan.get_jenis_display()]
    if kegiatan.deskripsi:
        uraian.append(kegiatan.deskripsi)
    uraian.extend(f"Hari {s.hari_ke} {s.jam_mulai:%H.%M}: {s.judul}" for s in kegiatan.agenda.all())
    uraian.append(url)
    event.add("description", "\n".join(uraian))
    event.add("url", url)
    event.add("categories", [kegiatan.get_jenis_display()])
    if kegiatan.status == Kegiatan.Status.DIBATALKAN:
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
    if not waktu.berjam:
        event.add("transp", "TRANSPARENT")
    return event


def kalender(daftar_kegiatan, *, nama: str) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Pemerintah Kabupaten Pasuruan//Portal Layanan Publik//ID")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", nama)
    cal.add("x-wr-timezone", "Asia/Jakarta")
    for kegiatan in daftar_kegiatan:
        cal.add_component(_vevent(kegiatan))
    cal.add_missing_timezones()
    return cal.to_ical()
