"""Kegiatan admin from every side (acceptance 5): the Pengelola Kegiatan manages events;
a Petugas OPD cannot add, change or delete an event, nor touch another OPD's attendance
(through the Kehadiran OPD admin or a crafted inline POST on the event), but may confirm
their own OPD's invitation. Every refusal leaves the database as it was."""

import datetime
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from kegiatan.models import Kegiatan, KehadiranOPD, LayananKegiatan
from tests.factories import (
    KecamatanFactory,
    LayananFactory,
    OPDFactory,
    PenggunaFactory,
    petugas_opd,
    verifikator,
)
from tests.factories_aspirasi import pimpinan
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _sandi_cepat(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def buat_kegiatan(**ubah):
    data = {
        "jenis": Kegiatan.Jenis.KENDUREN_MAS,
        "judul": "Kenduren Mas Bangil",
        "slug": "kenduren-mas-bangil",
        "tanggal_mulai": datetime.date(2026, 12, 8),
        "tanggal_selesai": datetime.date(2026, 12, 9),
        "kecamatan": ubah.pop("kecamatan", None) or KecamatanFactory(nama="Bangil"),
        "tempat": "Alun-alun Bangil",
    }
    data.update(ubah)
    return Kegiatan.objects.create(**data)


@pytest.fixture
def opd_a():
    return OPDFactory(nama="Dinas Kependudukan dan Pencatatan Sipil", singkatan="Dispendukcapil")


@pytest.fixture
def opd_b():
    return OPDFactory(nama="Dinas Kesehatan", singkatan="Dinkes")


@pytest.fixture
def kegiatan(opd_a, opd_b):
    k = buat_kegiatan()
    KehadiranOPD.objects.create(kegiatan=k, opd=opd_a, kehadiran="hadir")
    KehadiranOPD.objects.create(kegiatan=k, opd=opd_b, kehadiran="tidak_hadir", catatan="")
    return k


@pytest.fixture
def pengguna(opd_a, opd_b):
    return {
        "pengelola": PenggunaFactory(grup="Pengelola Kegiatan"),
        "petugas_a": petugas_opd(opd_a),
        "petugas_b": petugas_opd(opd_b),
        "verifikator": verifikator(),
        "pimpinan": pimpinan(),
    }


def url(model, nama, *args):
    return reverse(f"admin:kegiatan_{model}_{nama}", args=args)


def potret_kegiatan(k):
    k = Kegiatan.objects.get(pk=k.pk)
    return (
        k.judul,
        k.status,
        k.terbit,
        k.tanggal_mulai,
        sorted(k.kehadiran.values_list("opd_id", "wajib", "dikonfirmasi", "kehadiran", "catatan")),
        k.agenda.count(),
    )


def potret_kehadiran():
    return sorted(
        KehadiranOPD.objects.values_list(
            "pk", "kegiatan_id", "opd_id", "wajib", "dikonfirmasi", "kehadiran", "catatan"
        )
    )


def data_kegiatan(k, **ubah):
    """A full change-form POST of the event with its inlines, as the admin renders it."""
    kehadiran = list(k.kehadiran.order_by("pk"))
    data = {
        "jenis": k.jenis,
        "judul": k.judul,
        "slug": k.slug,
        "deskripsi": "",
        "status": k.status,
        "tanggal_mulai": k.tanggal_mulai.isoformat(),
        "tanggal_selesai": k.tanggal_selesai.isoformat(),
        "kecamatan": k.kecamatan_id,
        "desa": "",
        "tempat": k.tempat,
        "jumlah_pengunjung": "",
    }
    for awalan in ("agenda", "layanan_kegiatan", "kunjungan", "stan_umkm"):
        data.update({f"{awalan}-TOTAL_FORMS": 0, f"{awalan}-INITIAL_FORMS": 0})
    data.update(
        {"kehadiran-TOTAL_FORMS": len(kehadiran), "kehadiran-INITIAL_FORMS": len(kehadiran)}
    )
    for i, baris in enumerate(kehadiran):
        data.update(
            {
                f"kehadiran-{i}-id": baris.pk,
                f"kehadiran-{i}-kegiatan": k.pk,
                f"kehadiran-{i}-opd": baris.opd_id,
                f"kehadiran-{i}-wajib": "on" if baris.wajib else "",
                f"kehadiran-{i}-dikonfirmasi": "on" if baris.dikonfirmasi else "",
                f"kehadiran-{i}-kehadiran": baris.kehadiran,
                f"kehadiran-{i}-catatan": baris.catatan,
            }
        )
    data.update(ubah)
    return data


# --- the organiser -------------------------------------------------------------------------
def test_pengelola_kegiatan_mengubah_kegiatan_dan_kehadiran_lewat_inline(
    client, pengguna, kegiatan, opd_b
):
    masuk_staf(client, pengguna["pengelola"])
    assert client.get(url("kegiatan", "changelist")).status_code == 200
    assert client.get(url("kegiatan", "change", kegiatan.pk)).status_code == 200
    assert client.get(url("kegiatan", "add")).status_code == 200

    data = data_kegiatan(kegiatan, judul="Kenduren Mas Bangil (diubah)")
    data["kehadiran-1-kehadiran"] = "izin"
    respons = client.post(url("kegiatan", "change", kegiatan.pk), data)

    assert respons.status_code == 302, respons.context["adminform"].form.errors
    kegiatan.refresh_from_db()
    assert kegiatan.judul == "Kenduren Mas Bangil (diubah)"
    assert KehadiranOPD.objects.get(kegiatan=kegiatan, opd=opd_b).kehadiran == "izin"


def test_pengelola_menerbitkan_draf_lewat_aksi(client, pengguna):
    draf = buat_kegiatan(terbit=False)
    batal = buat_kegiatan(
        slug="batal",
        terbit=False,
        status="dibatalkan",
        kecamatan=draf.kecamatan,
        tanggal_mulai=datetime.date(2026, 12, 22),
        tanggal_selesai=datetime.date(2026, 12, 22),
    )
    masuk_staf(client, pengguna["pengelola"])

    respons = client.post(
        url("kegiatan", "changelist"),
        {"action": "terbitkan", "_selected_action": [draf.pk, batal.pk]},
    )

    assert respons.status_code == 302
    draf.refresh_from_db()
    batal.refresh_from_db()
    assert draf.terbit is True
    assert batal.terbit is False  # a cancelled event is not announced


def test_daftar_kegiatan_jumlah_kueri_tetap(client, pengguna, django_assert_max_num_queries):
    masuk_staf(client, pengguna["pengelola"])
    kec = KecamatanFactory()
    for i in range(3):
        buat_kegiatan(
            slug=f"k{i}",
            kecamatan=kec,
            tanggal_mulai=datetime.date(2026, 1, 1 + i),
            tanggal_selesai=datetime.date(2026, 1, 1 + i),
        )
    with CaptureQueriesContext(connection) as sedikit:
        assert client.get(url("kegiatan", "changelist")).status_code == 200
    for i in range(3, 30):
        buat_kegiatan(
            slug=f"k{i}",
            kecamatan=KecamatanFactory(),
            tanggal_mulai=datetime.date(2026, 2, 1) + datetime.timedelta(days=i),
            tanggal_selesai=datetime.date(2026, 2, 1) + datetime.timedelta(days=i),
        )
    with django_assert_max_num_queries(len(sedikit.captured_queries) + 1):
        assert client.get(url("kegiatan", "changelist")).status_code == 200


# --- everyone else on the event ------------------------------------------------------------
@pytest.mark.parametrize("peran", ["petugas_a", "petugas_b", "verifikator", "pimpinan"])
def test_selain_pengelola_hanya_melihat_kegiatan(client, pengguna, kegiatan, peran):
    sebelum = potret_kegiatan(kegiatan)
    masuk_staf(client, pengguna[peran])

    assert client.get(url("kegiatan", "changelist")).status_code == 200
    halaman = client.get(url("kegiatan", "change", kegiatan.pk))
    assert halaman.status_code == 200
    assert 'name="judul"' not in halaman.content.decode()  # read only
    assert client.get(url("kegiatan", "add")).status_code == 403
    assert (
        client.post(url("kegiatan", "add"), data_kegiatan(kegiatan, slug="baru")).status_code == 403
    )
    assert (
        client.post(
            url("kegiatan", "change", kegiatan.pk), data_kegiatan(kegiatan, judul="X")
        ).status_code
        == 403
    )
    assert client.get(url("kegiatan", "delete", kegiatan.pk)).status_code == 403
    assert client.post(url("kegiatan", "delete", kegiatan.pk), {"post": "yes"}).status_code == 403
    respons = client.post(
        url("kegiatan", "changelist"), {"action": "terbitkan", "_selected_action": [kegiatan.pk]}
    )
    assert respons.status_code in (200, 302)

    assert potret_kegiatan(kegiatan) == sebelum
    assert Kegiatan.objects.count() == 1


def test_petugas_opd_tidak_bisa_mengubah_kehadiran_opd_lain_lewat_inline_rekayasa(
    client, pengguna, kegiatan, opd_b
):
    """OPD A posts the event form with OPD B's row marked present and confirmed."""
    sebelum = potret_kehadiran()
    masuk_staf(client, pengguna["petugas_a"])
    data = data_kegiatan(kegiatan)
    data["kehadiran-1-kehadiran"] = "hadir"
    data["kehadiran-1-dikonfirmasi"] = "on"
    data["kehadiran-1-catatan"] = "diubah OPD lain"
    data["kehadiran-0-kehadiran"] = "hadir"
    data["kehadiran-0-dikonfirmasi"] = "on"

    assert client.post(url("kegiatan", "change", kegiatan.pk), data).status_code == 403
    assert potret_kehadiran() == sebelum


# --- the Kehadiran OPD page ------------------------------------------------------------------
def test_petugas_opd_hanya_melihat_kehadiran_opdnya(client, pengguna, kegiatan, opd_a, opd_b):
    milik_a = KehadiranOPD.objects.get(opd=opd_a)
    milik_b = KehadiranOPD.objects.get(opd=opd_b)
    masuk_staf(client, pengguna["petugas_a"])

    respons = client.get(url("kehadiranopd", "changelist"))
    assert respons.status_code == 200
    assert list(respons.context["cl"].result_list) == [milik_a]
    assert client.get(url("kehadiranopd", "change", milik_a.pk)).status_code == 200
    # Another OPD's row: as if it did not exist.
    assert client.get(url("kehadiranopd", "change", milik_b.pk)).status_code == 302
    assert client.get(url("kehadiranopd", "add")).status_code == 403


def test_petugas_opd_mengonfirmasi_kehadiran_opdnya_sendiri(client, pengguna, kegiatan, opd_a):
    milik_a = KehadiranOPD.objects.get(opd=opd_a)
    masuk_staf(client, pengguna["petugas_a"])
    halaman = client.get(url("kehadiranopd", "change", milik_a.pk)).content.decode()
    assert 'name="dikonfirmasi"' in halaman
    assert 'name="catatan"' in halaman
    assert 'name="kehadiran"' not in halaman  # set by the organiser

    respons = client.post(
        url("kehadiranopd", "change", milik_a.pk),
        {
            "dikonfirmasi": "on",
            "catatan": "Mobil layanan KTP-el datang pukul 07.30.",
            # Crafted: the row's other fields are read only and must not move.
            "kehadiran": "tidak_hadir",
            "opd": pengguna["petugas_b"].opd_id,
            "wajib": "",
        },
    )

    assert respons.status_code == 302
    milik_a.refresh_from_db()
    assert milik_a.dikonfirmasi is True
    assert milik_a.catatan == "Mobil layanan KTP-el datang pukul 07.30."
    assert (milik_a.opd_id, milik_a.kehadiran, milik_a.wajib) == (opd_a.pk, "hadir", True)


def test_petugas_opd_tidak_bisa_mengubah_atau_menghapus_kehadiran_opd_lain(
    client, pengguna, kegiatan, opd_b
):
    milik_b = KehadiranOPD.objects.get(opd=opd_b)
    sebelum = potret_kehadiran()
    masuk_staf(client, pengguna["petugas_a"])

    respons = client.post(
        url("kehadiranopd", "change", milik_b.pk),
        {"dikonfirmasi": "on", "catatan": "diubah OPD lain"},
    )
    assert respons.status_code in (302, 403, 404)
    assert client.post(url("kehadiranopd", "delete", milik_b.pk), {"post": "yes"}).status_code in (
        302,
        403,
    )
    assert (
        client.post(
            url("kehadiranopd", "add"),
            {"kegiatan": kegiatan.pk, "opd": pengguna["petugas_a"].opd_id, "kehadiran": "hadir"},
        ).status_code
        == 403
    )
    assert potret_kehadiran() == sebelum


def test_petugas_opd_tidak_bisa_menghapus_kehadiran_opdnya(client, pengguna, kegiatan, opd_a):
    milik_a = KehadiranOPD.objects.get(opd=opd_a)
    sebelum = potret_kehadiran()
    masuk_staf(client, pengguna["petugas_a"])
    assert (
        client.post(url("kehadiranopd", "delete", milik_a.pk), {"post": "yes"}).status_code == 403
    )
    assert potret_kehadiran() == sebelum


@pytest.mark.parametrize("peran", ["verifikator", "pimpinan"])
def test_verifikator_dan_pimpinan_tidak_mengubah_kehadiran(client, pengguna, kegiatan, peran):
    baris = KehadiranOPD.objects.first()
    sebelum = potret_kehadiran()
    masuk_staf(client, pengguna[peran])
    client.post(url("kehadiranopd", "change", baris.pk), {"dikonfirmasi": "on", "catatan": "x"})
    assert potret_kehadiran() == sebelum


# --- services offered at the event: autocomplete ------------------------------------------
def cari_layanan(client, term, field=("kegiatan", "layanankegiatan", "layanan")):
    app_label, model_name, field_name = field
    respons = client.get(
        reverse("admin:autocomplete"),
        {"app_label": app_label, "model_name": model_name, "field_name": field_name, "term": term},
    )
    assert respons.status_code == 200
    return sorted(r["text"] for r in json.loads(respons.content)["results"])


@pytest.fixture
def katalog(opd_a, opd_b):
    return {
        "ktp_a": LayananFactory(opd=opd_a, nama="Perekaman KTP-el"),
        "draf_a": LayananFactory(opd=opd_a, nama="Perekaman KTP-el draf", status="draf"),
        "sehat_b": LayananFactory(opd=opd_b, nama="Perekaman Surat Sehat"),
        "draf_b": LayananFactory(opd=opd_b, nama="Perekaman rahasia draf", status="draf"),
    }


def test_inline_layanan_memakai_autocomplete_bukan_daftar_seluruh_katalog(
    client, pengguna, kegiatan, katalog
):
    LayananKegiatan.objects.create(kegiatan=kegiatan, layanan=katalog["ktp_a"], jumlah_dilayani=3)
    masuk_staf(client, pengguna["pengelola"])

    halaman = client.get(url("kegiatan", "change", kegiatan.pk)).content.decode()

    pilihan = re.search(
        r'<select name="layanan_kegiatan-0-layanan"[^>]*>(.*?)</select>', halaman, re.S
    )
    assert pilihan is not None
    assert "admin-autocomplete" in pilihan.group(0)
    assert 'data-field-name="layanan"' in pilihan.group(0)
    # Only the chosen service is rendered, labelled with its OPD; not the whole catalog.
    assert "Dispendukcapil — Perekaman KTP-el" in pilihan.group(1)
    assert "Perekaman Surat Sehat" not in pilihan.group(1)


def test_pengelola_mencari_layanan_terbit_semua_opd_tanpa_draf(client, pengguna, katalog):
    masuk_staf(client, pengguna["pengelola"])
    assert cari_layanan(client, "Perekaman") == ["Perekaman KTP-el", "Perekaman Surat Sehat"]
    assert cari_layanan(client, "dinkes sehat") == ["Perekaman Surat Sehat"]


def test_petugas_opd_melihat_katalog_terbit_di_kegiatan_dan_tetap_hanya_opdnya_di_lain_tempat(
    client, pengguna, katalog
):
    masuk_staf(client, pengguna["petugas_a"])
    # Picking a service for an event: the public catalog, never another OPD's draft.
    assert cari_layanan(client, "Perekaman") == ["Perekaman KTP-el", "Perekaman Surat Sehat"]
    # Picking the service of a requirement: still only their own OPD's (drafts included).
    assert cari_layanan(client, "Perekaman", ("layanan", "persyaratan", "layanan")) == [
        "Perekaman KTP-el",
        "Perekaman KTP-el draf",
    ]


def test_layanan_draf_lewat_post_rekayasa_ditolak_dan_tidak_tersimpan(
    client, pengguna, kegiatan, katalog
):
    masuk_staf(client, pengguna["pengelola"])
    data = data_kegiatan(kegiatan)
    data.update(
        {
            "layanan_kegiatan-TOTAL_FORMS": 1,
            "layanan_kegiatan-0-kegiatan": kegiatan.pk,
            "layanan_kegiatan-0-layanan": katalog["draf_b"].pk,
            "layanan_kegiatan-0-jumlah_dilayani": 5,
        }
    )
    respons = client.post(url("kegiatan", "change", kegiatan.pk), data)

    assert respons.status_code == 200
    (formset,) = [
        f.formset
        for f in respons.context["inline_admin_formsets"]
        if f.formset.prefix == "layanan_kegiatan"
    ]
    assert "layanan" in formset.errors[0]
    assert not LayananKegiatan.objects.exists()

    data["layanan_kegiatan-0-layanan"] = katalog["sehat_b"].pk
    assert client.post(url("kegiatan", "change", kegiatan.pk), data).status_code == 302
    assert LayananKegiatan.objects.get().layanan == katalog["sehat_b"]


# --- links to the event desk and the leaders' report ---------------------------------------
def tautan_admin(client, kegiatan):
    """{name: href} of the desk/report links on the event's admin page."""
    halaman = client.get(url("kegiatan", "change", kegiatan.pk)).content.decode()
    return {
        nama: href for href, nama in re.findall(r'<a href="([^"]+)" data-tautan="(\w+)">', halaman)
    }


@pytest.mark.parametrize(
    ("peran", "harapan"),
    [
        ("pengelola", {"meja", "laporan"}),
        ("pimpinan", {"laporan"}),
        ("verifikator", {"meja", "laporan"}),
        ("petugas_a", set()),
    ],
)
def test_halaman_kegiatan_di_admin_menautkan_meja_dan_laporan_sesuai_izin(
    client, pengguna, kegiatan, peran, harapan
):
    masuk_staf(client, pengguna[peran])
    tautan = tautan_admin(client, kegiatan)

    assert set(tautan) == harapan
    alamat = {
        "meja": reverse("aspirasi:meja", args=[kegiatan.slug]),
        "laporan": reverse("aspirasi:meja_laporan", args=[kegiatan.slug]),
    }
    for nama, href in tautan.items():
        assert href == alamat[nama]
        assert client.get(href).status_code == 200  # the link leads to a page they may open


def test_halaman_pembuat_jadwal_terpasang_di_admin_kegiatan(client, pengguna):
    masuk_staf(client, pengguna["pengelola"])
    assert client.get(reverse("admin:kegiatan_kegiatan_buat_jadwal")).status_code == 200
    masuk_staf(client, pengguna["petugas_a"])
    assert client.get(reverse("admin:kegiatan_kegiatan_buat_jadwal")).status_code == 403
