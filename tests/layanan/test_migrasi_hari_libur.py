"""Moving HariLibur from aspirasi to layanan keeps the days already entered (both ways) and
keeps the Verifikator able to manage them."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from layanan.models import HariLibur

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SEBELUM = [("aspirasi", "0005_aspirasi_kegiatan_aspirasi_kunjungan")]
SESUDAH = [("aspirasi", "0006_hapus_hari_libur")]


def migrasi(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(target)
    return executor.loader.project_state(target).apps


@pytest.fixture
def migrasi_terakhir_dipulihkan():
    """Going back to aspirasi 0005 also unapplies every later migration (0007 … of other
    work): bring the schema back to the latest of every app, whatever the test did, or the
    tests after this one would meet missing columns."""
    yield
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.usefixtures("migrasi_terakhir_dipulihkan")
def test_hari_libur_lama_di_aspirasi_pindah_ke_layanan_dan_kembali():
    apps_lama = migrasi(SEBELUM)
    LamaHariLibur = apps_lama.get_model("aspirasi", "HariLibur")
    LamaHariLibur.objects.create(tanggal=datetime.date(2026, 12, 24), keterangan="Cuti bersama")
    LamaHariLibur.objects.create(tanggal=datetime.date(2026, 3, 20), keterangan="Libur lokal")

    migrasi(SESUDAH)

    assert list(HariLibur.objects.values_list("tanggal", "keterangan")) == [
        (datetime.date(2026, 3, 20), "Libur lokal"),
        (datetime.date(2026, 12, 24), "Cuti bersama"),
    ]
    assert "aspirasi_harilibur" not in connection.introspection.table_names()

    # Rolling back puts the rows into the recreated aspirasi table.
    apps_lama = migrasi(SEBELUM)
    assert apps_lama.get_model("aspirasi", "HariLibur").objects.count() == 2


def test_verifikator_memegang_izin_hari_libur_layanan_bukan_aspirasi():
    kode = set(
        Group.objects.get(name="Verifikator")
        .permissions.filter(codename__endswith="_harilibur")
        .values_list("content_type__app_label", "codename")
    )
    assert kode == {
        ("layanan", "view_harilibur"),
        ("layanan", "add_harilibur"),
        ("layanan", "change_harilibur"),
        ("layanan", "delete_harilibur"),
    }


def test_skema_kembali_ke_migrasi_terakhir_setelah_uji_migrasi():
    # Runs after the test above (file order): every app is at its latest migration again.
    executor = MigrationExecutor(connection)
    assert executor.migration_plan(executor.loader.graph.leaf_nodes()) == []
