"""The query count of list and detail pages must not grow with the number of rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import (
    KategoriLayananFactory,
    LayananFactory,
    OPDFactory,
    UnitLayananFactory,
)

pytestmark = pytest.mark.django_db


def _isi_katalog(jumlah):
    opd = OPDFactory(slug="opd-uji-query")
    opd_lain = OPDFactory()
    kategori = [KategoriLayananFactory() for _ in range(3)]
    unit = [UnitLayananFactory(opd=opd) for _ in range(3)]
    for i in range(jumlah):
        layanan = LayananFactory(
            opd=opd if i % 2 else opd_lain,
            kategori=kategori[i % 3],
            nama=f"Layanan Akta Uji {i}",
            kata_kunci="akta, uji",
        )
        layanan.unit_layanan.add(*unit)
    return opd


def _hitung_query(client, url, data=None):
    client.get(url, data or {})  # warm the per-process caches (the demo-data banner flag)
    with CaptureQueriesContext(connection) as ctx:
        respons = client.get(url, data or {})
    assert respons.status_code == 200
    return len(ctx.captured_queries)


HALAMAN = [
    ("daftar", lambda opd: reverse("layanan:daftar"), None),
    ("daftar-cari", lambda opd: reverse("layanan:daftar"), {"q": "akta"}),
    ("daftar-saring", lambda opd: reverse("layanan:daftar"), {"opd": "opd-uji-query"}),
    ("daftar-halaman-2", lambda opd: reverse("layanan:daftar"), {"halaman": "2"}),
    ("detail", lambda opd: opd.layanan.first().get_absolute_url(), None),
    ("opd", lambda opd: opd.get_absolute_url(), None),
    ("daftar-opd", lambda opd: reverse("layanan:opd_daftar"), None),
    ("beranda", lambda opd: "/", None),
    ("sitemap", lambda opd: "/sitemap.xml", None),
]


@pytest.mark.parametrize(("nama", "url", "data"), HALAMAN, ids=[h[0] for h in HALAMAN])
def test_jumlah_query_sama_dengan_10_dan_500_layanan(client, nama, url, data):
    opd = _isi_katalog(10)
    sedikit = _hitung_query(client, url(opd), data)

    _isi_katalog_tambahan(opd, 490)
    banyak = _hitung_query(client, url(opd), data)

    assert sedikit == banyak, f"{nama}: {sedikit} query dengan 10 layanan, {banyak} dengan 500"


def _isi_katalog_tambahan(opd, jumlah):
    kategori = KategoriLayananFactory()
    unit = UnitLayananFactory(opd=opd)
    for i in range(jumlah):
        layanan = LayananFactory(opd=opd, kategori=kategori, nama=f"Layanan Akta Tambahan {i}")
        layanan.unit_layanan.add(unit)
