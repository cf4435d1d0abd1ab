"""pasuruan_portal/precompiled.py: the rows, named rows and counts of QuerySets compiled once
per process are the ORM's, fresh at every call, and a ``Param`` does not compile (or keep)
one SQL text per value."""

import pytest
from django.db import connection, connections

from layanan.models import Layanan
from pasuruan_portal import precompiled
from pasuruan_portal.precompiled import Param
from tests.factories import LayananFactory

pytestmark = pytest.mark.django_db


def _per_slug(slug):
    return Layanan.objects.filter(slug=slug).values("nama", "biaya")


def _per_pk(pk, biaya_maks):
    return Layanan.objects.filter(pk=pk, biaya__lte=biaya_maks).order_by("nama").values("nama")


def _pk_di(pks):
    return Layanan.objects.filter(pk__in=pks).order_by("nama").values_list("nama", "slug")


def _dua_kali(slug):
    return Layanan.objects.filter(slug=slug).exclude(nama=slug).values("nama")


def _semua(biaya_maks):
    return Layanan.objects.filter(biaya__lte=biaya_maks).order_by("nama")


def test_param_dikompilasi_sekali_dan_hasilnya_sama_dengan_orm():
    a = LayananFactory(nama="Akta", biaya=0)
    b = LayananFactory(nama="Biaya", biaya=5000)
    precompiled._compile.cache_clear()

    for layanan in (a, b, a):
        assert precompiled.rows(Layanan, _per_slug, Param(layanan.slug)) == list(
            _per_slug(layanan.slug)
        )
    assert precompiled.rows(Layanan, _per_slug, Param("tidak-ada")) == []
    assert precompiled._compile.cache_info().currsize == 1


def test_argumen_biasa_menjadi_bagian_kunci_dan_param_campuran():
    a = LayananFactory(nama="Akta", biaya=0)
    b = LayananFactory(nama="Biaya", biaya=5000)
    precompiled._compile.cache_clear()

    assert precompiled.rows(Layanan, _per_pk, Param(b.pk), 10000) == [{"nama": "Biaya"}]
    assert precompiled.rows(Layanan, _per_pk, Param(b.pk), 100) == []
    assert precompiled.rows(Layanan, _per_pk, Param(a.pk), 100) == [{"nama": "Akta"}]
    assert precompiled._compile.cache_info().currsize == 2


def test_param_tuple_untuk_in_per_panjang_dan_kosong_tanpa_kueri(django_assert_num_queries):
    a, b, c = (LayananFactory(nama=n) for n in ("Akta", "Biaya", "Cerai"))
    precompiled._compile.cache_clear()

    baris = precompiled.named_rows(Layanan, _pk_di, Param((c.pk, a.pk)))
    assert [(r.nama, r.slug) for r in baris] == list(_pk_di((a.pk, c.pk)))
    baris = precompiled.named_rows(Layanan, _pk_di, Param((b.pk, c.pk)))
    assert [r.nama for r in baris] == ["Biaya", "Cerai"]
    assert precompiled._compile.cache_info().currsize == 1
    with django_assert_num_queries(0):
        assert precompiled.named_rows(Layanan, _pk_di, Param(())) == []


def test_count_sama_dengan_orm_dan_membaca_baris_baru():
    LayananFactory(biaya=0)
    LayananFactory(biaya=9000)
    assert precompiled.count(Layanan, _semua, 100) == _semua(100).count() == 1

    LayananFactory(biaya=50)
    assert precompiled.count(Layanan, _semua, 100) == 2
    assert precompiled.count(Layanan, _semua, 10**6) == 3


def test_param_yang_bukan_satu_placeholder_ditolak():
    with pytest.raises(ValueError, match="not one placeholder"):
        precompiled.rows(Layanan, _dua_kali, Param("x"))


_hanya_postgresql = pytest.mark.skipif(
    connections["default"].vendor != "postgresql",
    reason="hanya PostgreSQL menyiapkan pernyataan di server",
)


def _nama_memuat(potongan, biaya_maks):
    return (
        Layanan.objects.filter(nama__contains=potongan, biaya__lte=biaya_maks)
        .order_by("nama")
        .values("nama")
    )


def _nama_dan_pk(nama, pk):
    return Layanan.objects.filter(nama=nama, pk=pk).values("nama")


@_hanya_postgresql
def test_konstanta_pernyataan_siap_ditulis_sebagai_literal_hanya_param_yang_parameter():
    # A constant that is an SQL parameter keeps PostgreSQL from using the generic plan of a
    # prepared statement (a new plan at every run); only Param values stay parameters.
    a = LayananFactory(nama="Diskon 50% o'clock \\ ;--", biaya=0)
    LayananFactory(nama="Diskon 50 persen", biaya=0)
    precompiled._compile.cache_clear()

    for potongan in ("50%", "o'clock \\", "'; DROP TABLE layanan_layanan; --", "%"):
        assert precompiled.rows(Layanan, _nama_memuat, potongan, 10) == list(
            _nama_memuat(potongan, 10)
        )
    assert precompiled.rows(Layanan, _nama_memuat, "50%", 10) == [{"nama": a.nama}]
    assert Layanan.objects.count() == 2

    sql, params, slots, _names, _conv = precompiled._compile(
        _nama_dan_pk, precompiled._key((a.nama, Param(a.pk))), "default", False, True
    )
    assert params == (precompiled._stand_in(precompiled._Slot(1, int)),)
    assert slots == {0: (1, None)}
    assert sql.count("%s") == 1
    assert "'Diskon 50%% o''clock" in sql
    assert precompiled.rows(Layanan, _nama_dan_pk, a.nama, Param(a.pk)) == [{"nama": a.nama}]


@_hanya_postgresql
def test_pernyataan_siap_memakai_rencana_generik_dengan_indeks_parsial():
    from aspirasi import selectors
    from aspirasi.models import Aspirasi

    precompiled._compile.cache_clear()
    sql, params, _slots, _names, _conv = precompiled._compile(
        selectors._halaman_tanya_jawab, (None, None, 0, 20), "default", False, True
    )
    assert params == ()
    for _ in range(6):  # PostgreSQL decides between custom and generic after five runs
        precompiled.rows(Aspirasi, selectors._halaman_tanya_jawab, None, None, 0, 20)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement = %s",
            [sql.replace("%%", "%")],
        )
        assert cursor.fetchall() == [(6, 0)]
