"""pasuruan_portal/precompiled.py: the rows, named rows and counts of QuerySets compiled once
per process are the ORM's, fresh at every call, and a ``Param`` does not compile (or keep)
one SQL text per value."""

import pytest

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
