"""iCalendar feeds: parse back with the same library, unique UIDs, Asia/Jakarta times that
match the event page."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from icalendar import Calendar

from kegiatan.models import Kegiatan
from tests.factories import KecamatanFactory
from tests.factories_kegiatan import KegiatanFactory, kegiatan_lengkap

pytestmark = pytest.mark.django_db

JAKARTA = ZoneInfo("Asia/Jakarta")


def _baca(respons):
    assert respons.status_code == 200
    assert respons["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(respons.content)


def test_feed_semua_kegiatan_terbaca_kembali_dengan_uid_unik(client):
    bangil = KecamatanFactory(nama="Bangil", slug="bangil")
    for _ in range(3):
        kegiatan_lengkap(kecamatan=bangil)
    KegiatanFactory(tempat="")  # without agenda: all-day
    KegiatanFactory(terbit=False, judul="Draf rahasia")

    cal = _baca(client.get(reverse("kegiatan:kalender_ics")))

    events = cal.events
    assert len(events) == 4
    uid = [str(e["UID"]) for e in events]
    assert len(set(uid)) == len(uid)
    for e in events:
        assert str(e["UID"]).startswith("kegiatan-")
        assert "@" in str(e["UID"])
        for kolom in ("DTSTAMP", "SUMMARY", "LOCATION", "DESCRIPTION", "URL", "DTSTART"):
            assert kolom in e
    assert "Draf rahasia" not in cal.to_ical().decode()


def test_kegiatan_beragenda_berjam_asia_jakarta_dengan_vtimezone(client):
    kegiatan = kegiatan_lengkap(tanggal_mulai=datetime.date(2026, 12, 8))

    cal = _baca(client.get(reverse("kegiatan:ics", args=[kegiatan.slug])))

    (event,) = cal.events
    mulai, selesai = event.start, event.end
    assert mulai == datetime.datetime(2026, 12, 8, 15, 0, tzinfo=JAKARTA)
    assert selesai == datetime.datetime(2026, 12, 9, 14, 0, tzinfo=JAKARTA)
    assert str(mulai.tzinfo) == "Asia/Jakarta"
    assert event["DTSTART"].params["TZID"] == "Asia/Jakarta"
    assert [tz.tz_name for tz in cal.timezones] == ["Asia/Jakarta"]


def test_waktu_di_kalender_sama_dengan_halaman_kegiatan(client):
    kegiatan = kegiatan_lengkap(tanggal_mulai=datetime.date(2026, 12, 8))

    (event,) = _baca(client.get(reverse("kegiatan:ics", args=[kegiatan.slug]))).events
    halaman = client.get(kegiatan.get_absolute_url()).content.decode()

    assert f'datetime="{event.start.isoformat()}"' in halaman
    assert f'datetime="{event.end.isoformat()}"' in halaman
    assert "Selasa, 8 Desember 2026, 15.00" in halaman
    assert "Rabu, 9 Desember 2026, 14.00" in halaman


def test_kegiatan_tanpa_agenda_sepanjang_hari(client):
    kegiatan = KegiatanFactory(
        tanggal_mulai=datetime.date(2026, 12, 8), tanggal_selesai=datetime.date(2026, 12, 9)
    )

    (event,) = _baca(client.get(reverse("kegiatan:ics", args=[kegiatan.slug]))).events
    halaman = client.get(kegiatan.get_absolute_url()).content.decode()

    assert event.start == datetime.date(2026, 12, 8)
    assert event.end == datetime.date(2026, 12, 10)  # DTEND is exclusive
    assert 'datetime="2026-12-08"' in halaman
    assert 'datetime="2026-12-09"' in halaman


def test_uid_tetap_sama_di_feed_dan_per_kegiatan(client, settings):
    settings.SITE_URL = "https://portal.contoh.test"
    kegiatan = kegiatan_lengkap()

    semua = _baca(client.get(reverse("kegiatan:kalender_ics"))).events
    satu = _baca(client.get(reverse("kegiatan:ics", args=[kegiatan.slug]))).events

    assert str(semua[0]["UID"]) == str(satu[0]["UID"])
    assert str(satu[0]["UID"]) == f"kegiatan-{kegiatan.pk}@portal.contoh.test"


def test_feed_per_kecamatan_hanya_kegiatan_kecamatan_itu(client):
    bangil = KecamatanFactory(nama="Bangil", slug="bangil")
    rembang = KecamatanFactory(nama="Rembang", slug="rembang")
    di_bangil = KegiatanFactory(kecamatan=bangil, judul="Kenduren Mas Bangil")
    KegiatanFactory(kecamatan=rembang, judul="Kenduren Mas Rembang")

    cal = _baca(client.get(reverse("kegiatan:kalender_kecamatan_ics", args=["bangil"])))

    assert [str(e["SUMMARY"]) for e in cal.events] == [di_bangil.judul]
    assert client.get("/kegiatan/kecamatan/tidak-ada.ics").status_code == 404


def test_kegiatan_dibatalkan_bertanda_cancelled(client):
    kegiatan = KegiatanFactory(status=Kegiatan.Status.DIBATALKAN)

    (event,) = _baca(client.get(reverse("kegiatan:ics", args=[kegiatan.slug]))).events

    assert str(event["STATUS"]) == "CANCELLED"


def test_draf_tidak_pernah_ada_di_kalender(client):
    draf = KegiatanFactory(terbit=False)
    bangil = draf.kecamatan

    assert client.get(reverse("kegiatan:ics", args=[draf.slug])).status_code == 404
    assert not _baca(client.get(reverse("kegiatan:kalender_ics"))).events
    assert not _baca(
        client.get(reverse("kegiatan:kalender_kecamatan_ics", args=[bangil.slug]))
    ).events
