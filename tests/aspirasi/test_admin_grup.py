"""Staff roles for aspirasi come from a data migration (so every deployment has them)."""

import pytest
from django.contrib.auth.models import Group, Permission

pytestmark = pytest.mark.django_db


def izin(nama):
    return set(
        Group.objects.get(name=nama)
        .permissions.filter(content_type__app_label="aspirasi")
        .values_list("codename", flat=True)
    )


def test_semua_peran_aspirasi_ada():
    nama = set(Group.objects.values_list("name", flat=True))
    assert {"Verifikator", "Petugas OPD", "Pimpinan", "Camat/Lurah", "Pengelola Kegiatan"} <= nama


def test_tidak_ada_grup_yang_boleh_menghapus_aspirasi_atau_riwayatnya():
    terlarang = {"delete_aspirasi", "delete_riwayatstatus", "delete_jawaban", "delete_disposisi"}
    assert not Permission.objects.filter(group__isnull=False, codename__in=terlarang).exists()


def test_verifikator_memverifikasi_menerbitkan_dan_melihat_semua():
    assert {
        "verifikasi_aspirasi",
        "lihat_semua_aspirasi",
        "terbitkan_aspirasi",
        "delete_templatejawaban",
    } <= izin("Verifikator")


def test_petugas_opd_menjawab_tanpa_izin_verifikasi_atau_lihat_semua():
    petugas = izin("Petugas OPD")
    assert {"view_aspirasi", "change_aspirasi", "add_jawaban", "add_catataninternal"} <= petugas
    assert {"add_templatejawaban", "change_templatejawaban"} <= petugas
    assert not petugas & {"verifikasi_aspirasi", "lihat_semua_aspirasi", "terbitkan_aspirasi"}


def test_pimpinan_camat_dan_pengelola_kegiatan_tidak_mengubah():
    assert {"view_aspirasi", "lihat_semua_aspirasi"} <= izin("Pimpinan")
    assert "lihat_semua_aspirasi" not in izin("Camat/Lurah")
    assert izin("Pengelola Kegiatan") == {"view_aspirasi", "add_aspirasi"}
    for nama in ("Pimpinan", "Camat/Lurah", "Pengelola Kegiatan"):
        assert not {i for i in izin(nama) if i.startswith(("change_", "delete_"))}
