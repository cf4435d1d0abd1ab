"""Row-level permissions in the admin, tested from the attacker's side: a Petugas OPD of
OPD A trying to see or change OPD B's data through list, URL, filter, search, action,
autocomplete, history and crafted POSTs. Every attempt must leave B's rows unchanged."""

import json

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from layanan.models import OPD, Layanan, Persyaratan, UnitLayanan
from tests.factories import (
    KategoriLayananFactory,
    LayananFactory,
    OPDFactory,
    PenggunaFactory,
    UnitLayananFactory,
    petugas_opd,
    verifikator,
)
from tests.layanan.test_admin import data_form_layanan, data_layanan_baru, url_admin
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db


def beri_izin(pengguna, *codenames):
    for codename in codenames:
        pengguna.user_permissions.add(
            Permission.objects.get(content_type__app_label="layanan", codename=codename)
        )
    # Drop the cached permissions so the new ones count.
    for atribut in ("_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        pengguna.__dict__.pop(atribut, None)


@pytest.fixture
def opd_a():
    return OPDFactory(nama="Dinas Kesehatan", singkatan="Dinkes")


@pytest.fixture
def opd_b():
    return OPDFactory(nama="Dinas Sosial", singkatan="Dinsos")


@pytest.fixture
def layanan_a(opd_a):
    return LayananFactory(opd=opd_a, nama="Surat Keterangan Sehat", status="draf")


@pytest.fixture
def layanan_b(opd_b):
    return LayananFactory(opd=opd_b, nama="Surat Keterangan Tidak Mampu", status="terbit")


@pytest.fixture
def petugas_a(opd_a):
    return petugas_opd(opd_a)


@pytest.fixture
def klien_a(client, petugas_a):
    masuk_staf(client, petugas_a)
    return client


def snapshot(layanan):
    layanan = Layanan.objects.get(pk=layanan.pk)
    return (
        layanan.nama,
        layanan.opd_id,
        layanan.status,
        layanan.jangka_waktu,
        list(layanan.persyaratan.values_list("urutan", "uraian")),
        layanan.history.count(),
    )


# --- list, search, filter ---------------------------------------------------------------
def test_petugas_hanya_melihat_layanan_opd_sendiri_di_daftar(klien_a, layanan_a, layanan_b):
    respons = klien_a.get(url_admin(Layanan, "changelist"))
    assert respons.status_code == 200
    assert list(respons.context["cl"].result_list) == [layanan_a]
    assert layanan_b.nama not in respons.content.decode()


def test_petugas_tanpa_opd_tidak_melihat_apa_pun(client, layanan_a, layanan_b):
    masuk_staf(client, PenggunaFactory(grup="Petugas OPD", opd=None))
    respons = client.get(url_admin(Layanan, "changelist"))
    assert respons.status_code == 200
    assert list(respons.context["cl"].result_list) == []
    assert client.get(url_admin(Layanan, "change", layanan_a.pk)).status_code == 302


def test_pencarian_petugas_tidak_menemukan_layanan_opd_lain(klien_a, layanan_a, layanan_b):
    respons = klien_a.get(url_admin(Layanan, "changelist"), {"q": "Tidak Mampu"})
    assert list(respons.context["cl"].result_list) == []
    respons = klien_a.get(url_admin(Layanan, "changelist"), {"q": "Dinsos"})
    assert list(respons.context["cl"].result_list) == []


def test_filter_opd_hanya_menampilkan_opd_sendiri(client, opd_a, layanan_a, layanan_b):
    # The OPD filter only offers OPDs with rows the user may see: for a Petugas just their
    # own (Django hides a filter with a single choice), for a Verifikator every OPD.
    masuk_staf(client, petugas_opd(opd_a))
    respons = client.get(url_admin(Layanan, "changelist"))
    filter_opd = [
        f for f in respons.context["cl"].filter_specs if f.title == "OPD penanggung jawab"
    ]
    for spesifikasi in filter_opd:
        assert [pk for pk, _nama in spesifikasi.lookup_choices] == [opd_a.pk]
    assert "Dinas Sosial" not in respons.content.decode()

    masuk_staf(client, verifikator())
    respons = client.get(url_admin(Layanan, "changelist"))
    (filter_opd,) = [
        f for f in respons.context["cl"].filter_specs if f.title == "OPD penanggung jawab"
    ]
    assert {pk for pk, _nama in filter_opd.lookup_choices} == {opd_a.pk, layanan_b.opd_id}


def test_filter_opd_lain_lewat_parameter_url_tidak_membocorkan_data(
    klien_a, opd_b, layanan_a, layanan_b
):
    respons = klien_a.get(url_admin(Layanan, "changelist"), {"opd__id__exact": opd_b.pk})
    assert respons.status_code in (200, 302)
    if respons.status_code == 200:
        assert layanan_b not in list(respons.context["cl"].result_list)
        assert layanan_b.nama not in respons.content.decode()


def test_autocomplete_layanan_hanya_memuat_opd_sendiri(klien_a, layanan_a, layanan_b):
    respons = klien_a.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "layanan",
            "model_name": "persyaratan",
            "field_name": "layanan",
            "term": "Surat",
        },
    )
    assert respons.status_code == 200
    hasil = [r["text"] for r in json.loads(respons.content)["results"]]
    assert hasil == [layanan_a.nama]


# --- change, history and delete URLs ----------------------------------------------------
def test_petugas_opd_lain_tidak_bisa_membuka_layanan_lewat_url(klien_a, layanan_b):
    respons = klien_a.get(url_admin(Layanan, "change", layanan_b.pk))
    assert respons.status_code == 302
    assert respons.url == reverse("admin:index")


def test_petugas_opd_lain_tidak_bisa_mengubah_layanan_lewat_url(klien_a, layanan_b):
    sebelum = snapshot(layanan_b)
    data = data_form_layanan(layanan_b, nama="Diubah oleh OPD lain", jangka_waktu="99 hari")
    respons = klien_a.post(url_admin(Layanan, "change", layanan_b.pk), data)
    assert respons.status_code in (302, 403, 404)
    assert snapshot(layanan_b) == sebelum


def test_petugas_opd_lain_tidak_bisa_membuka_riwayat(klien_a, layanan_b):
    assert klien_a.get(url_admin(Layanan, "history", layanan_b.pk)).status_code == 404
    versi = layanan_b.history.first()
    url_versi = reverse(
        "admin:layanan_layanan_simple_history", args=[layanan_b.pk, versi.history_id]
    )
    assert klien_a.get(url_versi).status_code == 404


def test_petugas_tidak_bisa_mengembalikan_versi_layanan_opd_lain(klien_a, layanan_b):
    sebelum = snapshot(layanan_b)
    versi = layanan_b.history.first()
    url_versi = reverse(
        "admin:layanan_layanan_simple_history", args=[layanan_b.pk, versi.history_id]
    )
    respons = klien_a.post(url_versi, data_form_layanan(layanan_b, nama="Dipulihkan"))
    assert respons.status_code == 404
    assert snapshot(layanan_b) == sebelum


def test_riwayat_layanan_opd_lain_yang_sudah_dihapus_tetap_tertutup(klien_a, layanan_b):
    pk = layanan_b.pk
    layanan_b.delete()
    assert klien_a.get(url_admin(Layanan, "history", pk)).status_code == 404


def test_petugas_melihat_riwayat_layanan_opd_sendiri(klien_a, layanan_a):
    assert klien_a.get(url_admin(Layanan, "history", layanan_a.pk)).status_code == 200


@pytest.mark.parametrize("dengan_izin_hapus", [False, True])
def test_petugas_tidak_bisa_menghapus_layanan_opd_lain(
    klien_a, petugas_a, layanan_b, dengan_izin_hapus
):
    if dengan_izin_hapus:
        beri_izin(petugas_a, "delete_layanan")
    url = url_admin(Layanan, "delete", layanan_b.pk)
    assert klien_a.get(url).status_code in (302, 403, 404)
    assert klien_a.post(url, {"post": "yes"}).status_code in (302, 403, 404)
    assert Layanan.objects.filter(pk=layanan_b.pk).exists()


# --- bulk actions -----------------------------------------------------------------------
def test_aksi_massal_dengan_id_opd_lain_tidak_mengubah_data(klien_a, petugas_a, layanan_a, opd_b):
    # Even a Petugas who may publish for their own OPD cannot touch B's rows.
    beri_izin(petugas_a, "terbitkan_layanan")
    draf_b = LayananFactory(opd=opd_b, status="draf")
    terbit_b = LayananFactory(opd=opd_b, status="terbit")
    sebelum = [snapshot(draf_b), snapshot(terbit_b)]
    for aksi in ("terbitkan", "jadikan_draf", "delete_selected"):
        klien_a.post(
            url_admin(Layanan, "changelist"),
            {"action": aksi, "_selected_action": [draf_b.pk, terbit_b.pk], "post": "yes"},
        )
    assert [snapshot(draf_b), snapshot(terbit_b)] == sebelum


def test_aksi_massal_campuran_hanya_mengubah_layanan_opd_sendiri(
    klien_a, petugas_a, layanan_a, opd_b
):
    beri_izin(petugas_a, "terbitkan_layanan")
    draf_b = LayananFactory(opd=opd_b, status="draf")
    klien_a.post(
        url_admin(Layanan, "changelist"),
        {"action": "terbitkan", "_selected_action": [layanan_a.pk, draf_b.pk]},
    )
    assert Layanan.objects.get(pk=layanan_a.pk).status == "terbit"
    assert Layanan.objects.get(pk=draf_b.pk).status == "draf"


def test_petugas_tanpa_izin_terbit_tidak_bisa_memakai_aksi_terbitkan(klien_a, layanan_a):
    respons = klien_a.get(url_admin(Layanan, "changelist"))
    form_aksi = respons.context["action_form"]
    assert form_aksi is None or "terbitkan" not in dict(form_aksi.fields["action"].choices)
    klien_a.post(
        url_admin(Layanan, "changelist"),
        {"action": "terbitkan", "_selected_action": [layanan_a.pk]},
    )
    assert Layanan.objects.get(pk=layanan_a.pk).status == "draf"


# --- the OPD field and the status -------------------------------------------------------
def test_pilihan_opd_di_form_hanya_opd_sendiri(klien_a, opd_a, opd_b):
    respons = klien_a.get(url_admin(Layanan, "add"))
    form = respons.context["adminform"].form
    assert list(form.fields["opd"].queryset) == [opd_a]
    assert form.initial["opd"] == opd_a.pk


def test_petugas_tidak_bisa_menambah_layanan_untuk_opd_lain(klien_a, opd_b):
    data = data_layanan_baru(opd_b, KategoriLayananFactory())
    respons = klien_a.post(url_admin(Layanan, "add"), data)
    assert respons.status_code == 200
    assert "opd" in respons.context["adminform"].form.errors
    assert not Layanan.objects.filter(slug=data["slug"]).exists()


def test_petugas_tidak_bisa_memindahkan_layanan_ke_opd_lain(klien_a, layanan_a, opd_b):
    sebelum = snapshot(layanan_a)
    data = data_form_layanan(layanan_a, opd=opd_b.pk, jangka_waktu="2 hari kerja")
    respons = klien_a.post(url_admin(Layanan, "change", layanan_a.pk), data)
    assert respons.status_code == 200
    assert snapshot(layanan_a) == sebelum


def test_layanan_baru_dari_petugas_berstatus_draf_meski_post_terbit(klien_a, opd_a):
    data = data_layanan_baru(opd_a, KategoriLayananFactory(), status="terbit")
    respons = klien_a.post(url_admin(Layanan, "add"), data)
    assert respons.status_code == 302
    layanan = Layanan.objects.get(slug=data["slug"])
    assert layanan.opd == opd_a
    assert layanan.status == "draf"


def test_status_hanya_dibaca_bagi_petugas_tanpa_izin_terbit(klien_a, layanan_a):
    respons = klien_a.get(url_admin(Layanan, "change", layanan_a.pk))
    assert "status" not in respons.context["adminform"].form.fields


def test_petugas_tidak_bisa_menerbitkan_lewat_post_ubah(klien_a, layanan_a):
    data = data_form_layanan(layanan_a, status="terbit", jangka_waktu="2 hari kerja")
    respons = klien_a.post(url_admin(Layanan, "change", layanan_a.pk), data)
    assert respons.status_code == 302
    layanan_a.refresh_from_db()
    assert layanan_a.jangka_waktu == "2 hari kerja"
    assert layanan_a.status == "draf"


def test_petugas_tidak_bisa_menerbitkan_dengan_memulihkan_versi_lama(klien_a, petugas_a, opd_a):
    layanan = LayananFactory(opd=opd_a, status="terbit")
    layanan.status = "draf"
    layanan.save()
    versi_terbit = layanan.history.earliest()
    assert versi_terbit.status == "terbit"
    url_versi = reverse(
        "admin:layanan_layanan_simple_history", args=[layanan.pk, versi_terbit.history_id]
    )
    respons = klien_a.post(url_versi, data_form_layanan(layanan, status="terbit"))
    assert respons.status_code == 302  # the revert of their own service is allowed …
    assert Layanan.objects.get(pk=layanan.pk).status == "draf"  # … but does not publish


def test_petugas_mengubah_layanan_terbit_tetap_terbit_dan_tercatat_di_riwayat(
    klien_a, petugas_a, opd_a
):
    layanan = LayananFactory(opd=opd_a, status="terbit", jangka_waktu="3 hari kerja")
    data = data_form_layanan(layanan, jangka_waktu="1 hari kerja")
    assert klien_a.post(url_admin(Layanan, "change", layanan.pk), data).status_code == 302
    layanan.refresh_from_db()
    assert layanan.status == "terbit"
    terakhir = layanan.history.first()
    assert terakhir.jangka_waktu == "1 hari kerja"
    assert terakhir.history_user == petugas_a


def test_petugas_dengan_izin_terbit_bisa_menerbitkan_layanan_opd_sendiri(
    klien_a, petugas_a, layanan_a
):
    beri_izin(petugas_a, "terbitkan_layanan")
    data = data_form_layanan(layanan_a, status="terbit")
    assert klien_a.post(url_admin(Layanan, "change", layanan_a.pk), data).status_code == 302
    assert Layanan.objects.get(pk=layanan_a.pk).status == "terbit"


def test_verifikator_melihat_dan_mengubah_layanan_semua_opd(client, layanan_a, layanan_b):
    masuk_staf(client, verifikator())
    respons = client.get(url_admin(Layanan, "changelist"))
    assert set(respons.context["cl"].result_list) == {layanan_a, layanan_b}
    data = data_form_layanan(layanan_b, jangka_waktu="2 hari kerja", status="draf")
    assert client.post(url_admin(Layanan, "change", layanan_b.pk), data).status_code == 302
    layanan_b.refresh_from_db()
    assert (layanan_b.jangka_waktu, layanan_b.status) == ("2 hari kerja", "draf")


# --- inlines ----------------------------------------------------------------------------
def test_petugas_tidak_bisa_mengubah_persyaratan_layanan_lain_lewat_inline(
    klien_a, layanan_a, layanan_b
):
    milik_b = layanan_b.persyaratan.first()
    data = data_form_layanan(
        layanan_a,
        persyaratan=[{"id": milik_b.pk, "urutan": 1, "uraian": "Dibajak", "keterangan": ""}],
    )
    data["persyaratan-INITIAL_FORMS"] = 1
    klien_a.post(url_admin(Layanan, "change", layanan_a.pk), data)
    assert Persyaratan.objects.get(pk=milik_b.pk).uraian == milik_b.uraian
    assert Persyaratan.objects.get(pk=milik_b.pk).layanan_id == layanan_b.pk


# --- OPD and unit layanan ---------------------------------------------------------------
def test_petugas_melihat_semua_opd_tetapi_opd_lain_hanya_baca(klien_a, opd_a, opd_b):
    respons = klien_a.get(url_admin(OPD, "changelist"))
    assert set(respons.context["cl"].result_list) >= {opd_a, opd_b}
    respons = klien_a.get(url_admin(OPD, "change", opd_b.pk))
    assert respons.status_code == 200
    assert respons.context["adminform"].form.fields == {}
    telepon = opd_b.telepon
    respons = klien_a.post(url_admin(OPD, "change", opd_b.pk), {"telepon": "0343-1"})
    assert respons.status_code == 403
    assert OPD.objects.get(pk=opd_b.pk).telepon == telepon


def test_grup_petugas_opd_bawaan_boleh_mengubah_kontak_opd_sendiri(klien_a, opd_a):
    respons = klien_a.get(url_admin(OPD, "change", opd_a.pk))

    assert respons.status_code == 200
    assert "telepon" in respons.context["adminform"].form.fields
    assert "nama" not in respons.context["adminform"].form.fields


def data_opd(opd, **ubah):
    data = {
        k: getattr(opd, k) or ""
        for k in (
            "pemda",
            "nama",
            "singkatan",
            "slug",
            "jenis",
            "alamat",
            "jam_layanan",
            "telepon",
            "email",
            "situs",
            "maklumat_pelayanan",
            "alamat_sebelumnya",
        )
    }
    data["pemda"] = opd.pemda_id
    data["tanggal_pindah"] = opd.tanggal_pindah or ""
    data["aktif"] = "on"
    data.update(ubah)
    return data


def test_petugas_dengan_izin_ubah_opd_hanya_mengubah_kontak_opd_sendiri(klien_a, petugas_a, opd_a):
    beri_izin(petugas_a, "change_opd")
    data = data_opd(
        opd_a,
        telepon="(0343) 123456",
        jam_layanan="Senin-Jumat 08.00-15.00",
        alamat_sebelumnya="Jalan Hayam Wuruk, Kota Pasuruan",
        tanggal_pindah="2024-01-15",
        maklumat_pelayanan="Kami siap melayani.",
        nama="Nama Dibajak",
        slug="slug-dibajak",
        aktif="",
    )
    respons = klien_a.post(url_admin(OPD, "change", opd_a.pk), data)
    assert respons.status_code == 302
    opd_a.refresh_from_db()
    assert opd_a.telepon == "(0343) 123456"
    assert opd_a.sudah_pindah
    assert opd_a.maklumat_pelayanan == "Kami siap melayani."
    # Identity fields are read-only for them.
    assert (opd_a.nama, opd_a.aktif) == ("Dinas Kesehatan", True)
    assert opd_a.slug != "slug-dibajak"


def test_petugas_dengan_izin_ubah_opd_tidak_bisa_mengubah_opd_lain(klien_a, petugas_a, opd_b):
    beri_izin(petugas_a, "change_opd", "add_opd")
    telepon = opd_b.telepon
    respons = klien_a.post(url_admin(OPD, "change", opd_b.pk), data_opd(opd_b, telepon="1"))
    assert respons.status_code == 403
    assert OPD.objects.get(pk=opd_b.pk).telepon == telepon
    # Nor create OPDs.
    assert klien_a.get(url_admin(OPD, "add")).status_code == 403


def test_petugas_tidak_bisa_mengubah_unit_layanan_opd_lain(klien_a, petugas_a, opd_b):
    beri_izin(petugas_a, "change_unitlayanan")
    unit = UnitLayananFactory(opd=opd_b)
    respons = klien_a.post(
        url_admin(UnitLayanan, "change", unit.pk),
        {"nama": "Dibajak", "slug": unit.slug, "jenis": unit.jenis, "opd": opd_b.pk},
    )
    assert respons.status_code == 403
    assert UnitLayanan.objects.get(pk=unit.pk).nama == unit.nama
    # Viewing (to pick it for a service) is allowed.
    assert klien_a.get(url_admin(UnitLayanan, "change", unit.pk)).status_code == 200
