"""layanan/selectors.py (precompiled reads of the public pages) gives what the QuerySets
and the filter form it replaced gave."""

import itertools

import pytest

from layanan import selectors
from layanan.filters import SaringanLayanan
from layanan.models import OPD, KategoriLayanan, Layanan, Pemda
from tests.factories import (
    KategoriLayananFactory,
    LayananFactory,
    OPDFactory,
    PemdaFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def katalog():
    pemda = [PemdaFactory(), PemdaFactory()]
    opd = [OPDFactory(pemda=pemda[0]), OPDFactory(pemda=pemda[1]), OPDFactory(aktif=False)]
    kategori = [KategoriLayananFactory(), KategoriLayananFactory(), KategoriLayananFactory()]
    for i, (o, k) in enumerate(itertools.product(opd, kategori)):
        LayananFactory(opd=o, kategori=k, biaya=0 if i % 2 else 1000 * i, nama=f"Layanan {i:02}")
    LayananFactory(opd=opd[0], kategori=kategori[0], status=Layanan.Status.DRAF)
    return {"pemda": pemda, "opd": opd, "kategori": kategori}


def test_daftar_tersaring_sama_dengan_orm_untuk_setiap_saringan_dari_formulir(katalog):
    pilihan = {
        "kategori": [None, *katalog["kategori"]],
        "opd": [None, *katalog["opd"][:2]],
        "pemda": [None, *katalog["pemda"]],
        "gratis": [None, True],
    }
    for kategori, opd, pemda, gratis in itertools.product(*pilihan.values()):
        data = {
            k: v.slug if hasattr(v, "slug") else "true"
            for k, v in {"kategori": kategori, "opd": opd, "pemda": pemda, "gratis": gratis}.items()
            if v is not None
        }
        harapan = Layanan.objects.terbit()
        if kategori:
            harapan = harapan.filter(kategori=kategori)
        if opd:
            harapan = harapan.filter(opd=opd)
        if pemda:
            harapan = harapan.filter(opd__pemda=pemda)
        if gratis:
            harapan = harapan.filter(biaya=0)
        harapan = list(harapan.order_by("nama").untuk_kartu())
        saring = SaringanLayanan(data or None).saringan()
        daftar = selectors.DaftarTersaring(**saring)

        assert daftar.count() == len(harapan), data
        assert daftar[0:100] == harapan, data
        assert daftar[1:3] == harapan[1:3], data
        assert list(selectors.tersaring(**saring).order_by("nama").untuk_kartu()) == harapan


def test_saringan_yang_salah_dilaporkan_dan_yang_benar_tetap_berlaku(katalog):
    form = SaringanLayanan({"kategori": "tidak-ada", "pemda": katalog["pemda"][0].slug})
    saring = form.saringan()
    assert saring == {"pemda": katalog["pemda"][0]}
    assert list(form.errors) == ["kategori"]


def test_opsi_sama_dengan_queryset_saringan(katalog):
    form = SaringanLayanan()
    for nama, model, metode in (
        ("kategori", KategoriLayanan, "all"),
        ("opd", OPD, "aktif"),
        ("pemda", Pemda, "all"),
    ):
        field = form.fields[nama]
        assert selectors.opsi(model, metode, field.to_field_name) == list(
            field.queryset.values_list(field.to_field_name, "nama")
        )
    assert katalog["opd"][2].slug not in [s for s, _ in selectors.opsi(OPD, "aktif", "slug")]


def test_bacaan_beranda_sama_dengan_queryset(katalog):
    OPD.objects.filter(pk=katalog["opd"][0].pk).update(
        tanggal_pindah="2026-01-05", alamat_sebelumnya="Jl. Lama 1"
    )
    OPD.objects.filter(pk=katalog["opd"][1].pk).update(
        tanggal_pindah="2026-03-01", alamat_sebelumnya="Jl. Lama 2"
    )
    Layanan.objects.filter(nama="Layanan 03").update(dilihat=50)

    assert selectors.kategori_dengan_jumlah_terbit() == (
        KategoriLayanan.objects.dengan_jumlah_terbit()
    )
    assert selectors.terpopuler(8) == list(Layanan.objects.terpopuler().untuk_kartu()[:8])
    assert selectors.terpopuler(8)[0].nama == "Layanan 03"
    assert [o["slug"] for o in selectors.opd_pindah(4)] == [
        katalog["opd"][1].slug,
        katalog["opd"][0].slug,
    ]


@pytest.mark.parametrize("bahasa", ["id", "en"])
@pytest.mark.parametrize("berbayar", [False, True])
def test_halaman_layanan_sama_dengan_render_dari_objek_model(client, settings, bahasa, berbayar):
    """The page rendered from ``halaman_layanan`` is byte for byte the page the template
    gives for the model instance (with its OPD, pemda, category and change time)."""
    from django.template.loader import render_to_string
    from django.utils import translation

    from layanan import views

    settings.HALAMAN_CACHE_DETIK = 0
    opd = OPDFactory(
        nama="Dinas <b>Uji</b> & Co",
        alamat="Jl. “Raya” 1",
        email="uji@pasuruankab.go.id",
        telepon="0343 123",
    )
    layanan = LayananFactory(
        opd=opd,
        nama="Izin <script>alert(1)</script>",
        biaya=150000 if berbayar else 0,
        keterangan_biaya="Sesuai Perda" if berbayar else "",
        tautan_daring="https://layanan.pasuruankab.go.id/izin" if berbayar else "",
        contoh=berbayar,
        pengguna=Layanan.Pengguna.choices[-1][0] if berbayar else Layanan.Pengguna.SEMUA,
    )
    layanan.nama = layanan.nama + " baru"
    layanan.save()  # a second history row: terakhir_diubah is the newer one

    with translation.override(bahasa):
        respons = client.get(layanan.get_absolute_url(), HTTP_ACCEPT_LANGUAGE=bahasa)
        objek = Layanan.objects.terbit().untuk_daftar().dengan_waktu_perubahan().get(pk=layanan.pk)
        isi = selectors.isi_halaman(layanan.pk)
        harapan = render_to_string(
            "layanan/layanan_detail.html",
            {"layanan": objek, "json_ld": views._json_ld(objek, isi["unit_layanan"]), **isi},
            request=respons.wsgi_request,
        )

    assert respons.status_code == 200
    assert respons.content.decode() == harapan
    assert "&lt;script&gt;" in harapan and "<script>alert" not in harapan


def test_halaman_layanan_draf_atau_tidak_ada_none():
    draf = LayananFactory(status=Layanan.Status.DRAF)
    assert selectors.halaman_layanan(draf.slug) is None
    assert selectors.halaman_layanan("tidak-ada") is None


@pytest.mark.django_db
def test_isi_halaman_sama_dengan_queryset_tiap_daftar():
    from django.db.models import F

    from layanan.models import LangkahProsedur, Persyaratan, UnitLayanan
    from tests.factories import KecamatanFactory, UnitLayananFactory

    layanan = LayananFactory()
    lain = LayananFactory()
    for urutan, uraian in [(13, "KTP <asli>"), (11, "KK"), (12, "Surat & pengantar")]:
        Persyaratan.objects.create(
            layanan=layanan, urutan=urutan, uraian=uraian, keterangan=f"ket {urutan}"
        )
        LangkahProsedur.objects.create(layanan=layanan, urutan=urutan, uraian=f"Langkah {uraian}")
    Persyaratan.objects.create(layanan=lain, urutan=11, uraian="Bukan milik layanan ini")
    for nama, kecamatan in [("Unit Zeta", KecamatanFactory()), ("Unit Alfa", None)]:
        unit = UnitLayananFactory(
            nama=nama, alamat=f"Jl. {nama}", jam_layanan="08.00-15.00", kecamatan=kecamatan
        )
        unit.layanan.add(layanan)

    isi = selectors.isi_halaman(layanan.pk)

    assert isi["persyaratan"] == list(
        Persyaratan.objects.filter(layanan=layanan)
        .order_by("urutan")
        .values("uraian", "keterangan")
    )
    assert isi["langkah"] == list(
        LangkahProsedur.objects.filter(layanan=layanan).order_by("urutan").values("uraian")
    )
    assert isi["unit_layanan"] == list(
        UnitLayanan.objects.filter(layanan=layanan)
        .order_by("nama")
        .values("nama", "alamat", "jam_layanan", kecamatan_nama=F("kecamatan__nama"))
    )
    assert [u["nama"] for u in isi["unit_layanan"]] == ["Unit Alfa", "Unit Zeta"]
    kosong = LayananFactory()
    kosong.persyaratan.all().delete()
    LangkahProsedur.objects.filter(layanan=kosong).delete()
    assert selectors.isi_halaman(kosong.pk) == {
        "persyaratan": [],
        "langkah": [],
        "unit_layanan": [],
    }
