"""The event pages run the same number of queries with 5 and with 300 events."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from aspirasi.models import Aspirasi, Status
from kegiatan.models import Kegiatan, KehadiranOPD, LayananKegiatan, SesiAgenda, StanUMKM
from tests.factories import KecamatanFactory, LayananFactory, OPDFactory
from tests.factories_aspirasi import kode_ke

pytestmark = pytest.mark.django_db


@pytest.fixture
def data():
    return {
        "kecamatan": KecamatanFactory(slug="bangil-uji"),
        "kecamatan_lain": KecamatanFactory(),
        "opd": [OPDFactory() for _ in range(3)],
        "layanan": [LayananFactory() for _ in range(3)],
    }


def _isi(data, dari, sampai):
    """Events ``dari``..``sampai``-1: even ones in the past, odd ones ahead, each with an
    agenda, attendance, services, a stand; every third with two aspirasi (one published)."""
    hari_ini = timezone.localdate()
    kegiatan = Kegiatan.objects.bulk_create(
        [
            Kegiatan(
                jenis=Kegiatan.Jenis.KENDUREN_MAS if i % 3 else Kegiatan.Jenis.NGANTOR,
                judul=f"Kegiatan Massal {i}",
                slug=f"kegiatan-massal-{i}",
                tanggal_mulai=hari_ini + datetime.timedelta(days=(i + 1) * (1 if i % 2 else -1)),
                tanggal_selesai=hari_ini
                + datetime.timedelta(days=(i + 1) * (1 if i % 2 else -1) + 1),
                kecamatan=data["kecamatan"] if i % 2 else data["kecamatan_lain"],
                tempat="Alun-alun",
                terbit=i % 7 != 6,
                status=Kegiatan.Status.SELESAI if i % 2 == 0 else Kegiatan.Status.DIRENCANAKAN,
                jumlah_pengunjung=100 + i,
            )
            for i in range(dari, sampai)
        ]
    )
    SesiAgenda.objects.bulk_create(
        [
            SesiAgenda(kegiatan=k, hari_ke=h, jam_mulai=j, jam_selesai=s, judul="Sesi")
            for k in kegiatan
            for h, j, s in [(1, datetime.time(15), datetime.time(17)), (2, datetime.time(8), None)]
        ]
    )
    KehadiranOPD.objects.bulk_create(
        [
            KehadiranOPD(kegiatan=k, opd=o, kehadiran=KehadiranOPD.Kehadiran.HADIR)
            for k in kegiatan
            for o in data["opd"]
        ]
    )
    LayananKegiatan.objects.bulk_create(
        [
            LayananKegiatan(kegiatan=k, layanan=la, jumlah_dilayani=5)
            for k in kegiatan
            for la in data["layanan"]
        ]
    )
    StanUMKM.objects.bulk_create(
        [StanUMKM(kegiatan=k, nama_usaha="Usaha", produk="Keripik") for k in kegiatan]
    )
    aspirasi = []
    for n, k in enumerate(kegiatan):
        if (dari + n) % 3:
            continue
        for terbit in (True, False):
            aspirasi.append(
                Aspirasi(
                    kode=kode_ke(2 * (dari + n) + terbit),
                    jenis=Aspirasi.Jenis.PERTANYAAN,
                    judul=f"Pertanyaan {dari + n}",
                    isi="Isi uji.",
                    opd=data["opd"][0],
                    kegiatan=k,
                    kanal=Aspirasi.Kanal.KENDUREN_MAS,
                    status=Status.DIJAWAB,
                    dijawab_pertama_pada=timezone.now(),
                    tenggat_jawaban=timezone.now(),
                    hari_kerja_sampai_jawaban=0,
                    diterbitkan=terbit,
                )
            )
    Aspirasi.objects.bulk_create(aspirasi)
    return kegiatan


def _hitung_query(client, url, data=None):
    client.get(url, data or {})  # warm the per-process caches (the demo-data banner flag)
    with CaptureQueriesContext(connection) as ctx:
        respons = client.get(url, data or {})
    assert respons.status_code == 200
    return len(ctx.captured_queries)


def _daftar():
    return reverse("kegiatan:daftar")


HALAMAN = [
    ("daftar", _daftar, None),
    ("daftar-saring", _daftar, {"kecamatan": "bangil-uji", "jenis": "kenduren_mas"}),
    ("daftar-halaman-2", _daftar, {"halaman": "2"}),
    ("daftar-bulan-depan", _daftar, {"bulan": "2027-01"}),
    ("detail-lewat", lambda: reverse("kegiatan:detail", args=["kegiatan-massal-0"]), None),
    ("detail-mendatang", lambda: reverse("kegiatan:detail", args=["kegiatan-massal-1"]), None),
    ("kalender-ics", lambda: reverse("kegiatan:kalender_ics"), None),
    (
        "kalender-kecamatan-ics",
        lambda: reverse("kegiatan:kalender_kecamatan_ics", args=["bangil-uji"]),
        None,
    ),
    ("beranda", lambda: "/", None),
]


@pytest.mark.parametrize(("nama", "url", "parameter"), HALAMAN, ids=[h[0] for h in HALAMAN])
def test_jumlah_query_sama_dengan_5_dan_300_kegiatan(client, data, nama, url, parameter):
    _isi(data, 0, 5)
    sedikit = _hitung_query(client, url(), parameter)

    _isi(data, 5, 300)
    banyak = _hitung_query(client, url(), parameter)

    assert sedikit == banyak, f"{nama}: {sedikit} query dengan 5 kegiatan, {banyak} dengan 300"
