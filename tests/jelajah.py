"""Crawling the public site, shared by the privacy and the security-header tests.

``buat_aspirasi_penanda`` stores answered aspirasi whose reporters carry marker names,
emails and phones (``PENANDA``); ``jelajahi`` follows every same-site link from start pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlparse

from django.conf import settings
from django.urls import reverse

from aspirasi import services
from aspirasi.models import Aspirasi
from tests.factories import OPDFactory, petugas_opd, verifikator

PENANDA = [
    "Ratna Penandarahasia",
    "ratna.penanda@rahasia.test",
    "081299990001",
    "Budi Penandabiasa",
    "budi.penanda@biasa.test",
    "081299990002",
    "Penandaanonim",
]


def buat_aspirasi_penanda() -> list[str]:
    """A rahasia, a biasa and an anonim aspirasi, routed and answered; returns their codes.
    The biasa and anonim ones are published to the Q&A."""
    opd = OPDFactory(slug="opd-privasi", nama="Dinas Uji Privasi")
    v, p = verifikator(), petugas_opd(opd)
    data = [
        (
            Aspirasi.Privasi.RAHASIA,
            "Ratna Penandarahasia",
            "ratna.penanda@rahasia.test",
            "081299990001",
        ),
        (Aspirasi.Privasi.BIASA, "Budi Penandabiasa", "budi.penanda@biasa.test", "081299990002"),
        (Aspirasi.Privasi.ANONIM, "Penandaanonim", "", ""),
    ]
    kode = []
    for privasi, nama, email, telepon in data:
        a = services.kirim_aspirasi(
            jenis=Aspirasi.Jenis.PENGADUAN,
            judul=f"Jalan rusak ({privasi})",
            isi="Jalan desa berlubang di dekat balai desa.",
            privasi=privasi,
            nama_pelapor=nama,
            email_pelapor=email,
            telepon_pelapor=telepon,
        )
        services.teruskan(aspirasi=a, opd=opd, oleh=v)
        services.jawab(aspirasi=a, isi="Sudah dijadwalkan perbaikan.", oleh=p)
        if privasi != Aspirasi.Privasi.RAHASIA:
            Aspirasi.objects.filter(pk=a.pk).update(diterbitkan=True)
        kode.append(a.kode)
    return kode


@dataclass
class Halaman:
    status: int
    lokasi: str  # Location header of a redirect, else ""
    isi: str
    respons: object


def _tautan(url: str, respons, isi: str) -> list[str]:
    jenis = respons.headers.get("Content-Type", "")
    if "text/html" in jenis:
        return [urljoin(url, h.replace("&amp;", "&")) for h in re.findall(r'href="([^"#]+)', isi)]
    if "xml" in jenis:  # sitemap.xml: absolute addresses on SITE_URL
        return [
            loc.replace(settings.SITE_URL, "", 1)
            for loc in re.findall(r"<loc>([^<]+)</loc>", isi)
            if loc.startswith(settings.SITE_URL + "/")
        ]
    return []


def jelajahi(client, awal, batas: int = 400, **kwargs_get) -> dict[str, Halaman]:
    """Follow every same-site link from the start pages (public pages only: the admin,
    static and media are left out), at most ``batas`` pages, breadth first."""
    dikecualikan = (reverse("admin:index"), settings.STATIC_URL, settings.MEDIA_URL)
    antre, halaman = list(awal), {}
    while antre and len(halaman) < batas:
        url = antre.pop(0)
        if url in halaman:
            continue
        respons = client.get(url, **kwargs_get)
        isi = respons.content.decode("utf-8", "replace")
        halaman[url] = Halaman(
            respons.status_code, respons.headers.get("Location", ""), isi, respons
        )
        for mutlak in _tautan(url, respons, isi):
            bagian = urlparse(mutlak)
            if (
                bagian.netloc
                or not bagian.path.startswith("/")
                or bagian.path.startswith(dikecualikan)
            ):
                continue
            antre.append(bagian.path + (f"?{bagian.query}" if bagian.query else ""))
    return halaman
