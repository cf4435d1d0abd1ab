"""pasuruan_portal/postgresql: the health check of a persistent connection costs no round
trip while the connection is fine, and still sees a connection the server has ended."""

import select
import time

import psycopg
import pytest
from django.db import connections
from django.db.backends.postgresql import base as django_base

from pasuruan_portal.postgresql.base import DatabaseWrapper

pytestmark = [
    pytest.mark.skipif(
        connections["default"].vendor != "postgresql", reason="server PostgreSQL sungguhan"
    ),
    # Outside a test transaction: a persistent connection between requests is idle. The
    # rows of the data migrations are restored afterwards, as the other such tests expect.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def koneksi():
    koneksi = connections["default"]
    assert isinstance(koneksi, DatabaseWrapper)
    koneksi.ensure_connection()
    yield koneksi
    koneksi.close()


@pytest.fixture
def select_1(monkeypatch):
    """Django's own check (SELECT 1), counted."""
    panggilan = []
    asli = django_base.DatabaseWrapper.is_usable

    def dihitung(self):
        panggilan.append(self.alias)
        return asli(self)

    monkeypatch.setattr(django_base.DatabaseWrapper, "is_usable", dihitung)
    return panggilan


def _akhiri_dari_luar(koneksi):
    pid = koneksi.connection.info.backend_pid
    dsn = koneksi.connection.info.dsn
    with psycopg.connect(dsn, autocommit=True) as lain:
        lain.execute("SELECT pg_terminate_backend(%s)", [pid])
    # The server's goodbye reaches the socket a moment later.
    batas = time.monotonic() + 5
    while time.monotonic() < batas:
        if select.select([koneksi.connection.pgconn.socket], [], [], 0.05)[0]:
            return
    pytest.fail("the terminated connection never became readable")


def test_koneksi_sehat_lolos_tanpa_select_1(koneksi, select_1):
    assert koneksi.is_usable() is True
    assert select_1 == []


def test_koneksi_yang_diakhiri_server_tidak_dipakai_lagi(koneksi, select_1):
    _akhiri_dari_luar(koneksi)
    assert koneksi.is_usable() is False


def test_permintaan_berikutnya_tersambung_ulang_setelah_server_mengakhiri_koneksi(koneksi):
    from django.db import close_old_connections

    from layanan.models import Layanan

    Layanan.objects.count()
    lama = koneksi.connection.info.backend_pid
    _akhiri_dari_luar(koneksi)

    # What Django does at the start of a request (the test client skips it), then the
    # request's first query: the check runs, the ended connection is replaced.
    close_old_connections()
    assert Layanan.objects.count() == 0

    assert koneksi.connection.info.backend_pid != lama


def test_koneksi_tertutup_tidak_sehat(koneksi):
    koneksi.connection.close()
    assert koneksi.is_usable() is False


def _disiapkan(koneksi):
    with koneksi.cursor() as c:
        c.execute("SELECT statement FROM pg_prepared_statements")
        return [baris[0] for baris in c.fetchall()]


def _layanan_per_slug(slug):
    from layanan.models import Layanan

    return Layanan.objects.filter(slug=slug).values("nama")


def test_kueri_precompiled_disiapkan_sekali_per_koneksi_dan_tetap_tercatat(
    koneksi, django_assert_num_queries
):
    from layanan.models import Layanan
    from pasuruan_portal import precompiled
    from tests.factories import LayananFactory

    layanan = LayananFactory(nama="Akta Kelahiran")
    with django_assert_num_queries(3) as kueri:  # still seen by Django's query logging
        for slug in (layanan.slug, "tidak-ada", layanan.slug):
            precompiled.rows(Layanan, _layanan_per_slug, precompiled.Param(slug))
    assert "'tidak-ada'" in kueri.captured_queries[1]["sql"]  # logged with its values

    disiapkan = [s for s in _disiapkan(koneksi) if '"layanan_layanan"."slug" = $1' in s]
    assert len(disiapkan) == 1
    assert precompiled.rows(Layanan, _layanan_per_slug, precompiled.Param(layanan.slug)) == [
        {"nama": "Akta Kelahiran"}
    ]
    # Django's own queries bind on the client and are never prepared.
    Layanan.objects.filter(nama="Akta Kelahiran").count()
    assert not [s for s in _disiapkan(koneksi) if "COUNT(" in s]


def test_tanpa_pernyataan_siap_tidak_ada_yang_disiapkan(koneksi, settings):
    from layanan.models import Layanan
    from pasuruan_portal import precompiled

    settings.DB_PERNYATAAN_SIAP = False
    koneksi.close()
    precompiled.rows(Layanan, _layanan_per_slug, precompiled.Param("x"))
    assert _disiapkan(koneksi) == []
