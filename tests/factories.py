import factory
from django.contrib.auth.models import Group

from layanan.models import (
    OPD,
    Desa,
    KategoriLayanan,
    Kecamatan,
    LangkahProsedur,
    Layanan,
    Pemda,
    Pengguna,
    Persyaratan,
    UnitLayanan,
)


class PemdaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Pemda
        django_get_or_create = ("kode",)

    nama = "Pemerintah Kabupaten Pasuruan"
    kode = "35.14"
    jenis = Pemda.Jenis.KABUPATEN
    slug = "kabupaten-pasuruan"


class KecamatanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Kecamatan

    pemda = factory.SubFactory(PemdaFactory)
    kode = factory.Sequence(lambda n: f"35.{n:05d}")
    nama = factory.Sequence(lambda n: f"Kecamatan Uji {n}")
    slug = factory.Sequence(lambda n: f"kecamatan-uji-{n}")


class DesaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Desa

    kecamatan = factory.SubFactory(KecamatanFactory)
    kode = factory.Sequence(lambda n: f"35.14.{n:07d}")
    nama = factory.Sequence(lambda n: f"Desa Uji {n}")


class OPDFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OPD

    pemda = factory.SubFactory(PemdaFactory)
    nama = factory.Sequence(lambda n: f"Dinas Uji {n}")
    singkatan = factory.Sequence(lambda n: f"DU{n}")
    slug = factory.Sequence(lambda n: f"dinas-uji-{n}")
    jenis = OPD.Jenis.DINAS
    alamat = "Kompleks Perkantoran Raci, Jalan Raya Raci Km 9, Bangil"
    jam_layanan = "Senin–Kamis 07.30–15.30, Jumat 07.30–14.30"
    telepon = "(0343) 000000"


class UnitLayananFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = UnitLayanan

    nama = factory.Sequence(lambda n: f"Unit Layanan Uji {n}")
    slug = factory.Sequence(lambda n: f"unit-layanan-uji-{n}")
    jenis = UnitLayanan.Jenis.KANTOR_OPD
    opd = factory.SubFactory(OPDFactory)
    alamat = "Jalan Raya Raci Km 9, Bangil"
    jam_layanan = "Senin–Jumat 08.00–14.00"


class KategoriLayananFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KategoriLayanan

    nama = factory.Sequence(lambda n: f"Kategori Uji {n}")
    slug = factory.Sequence(lambda n: f"kategori-uji-{n}")


class LayananFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Layanan
        skip_postgeneration_save = True

    opd = factory.SubFactory(OPDFactory)
    kategori = factory.SubFactory(KategoriLayananFactory)
    nama = factory.Sequence(lambda n: f"Layanan Uji {n}")
    slug = factory.Sequence(lambda n: f"layanan-uji-{n}")
    ringkasan = "Layanan uji untuk pengujian otomatis."
    status = Layanan.Status.TERBIT
    jangka_waktu = "1 hari kerja"
    biaya = 0
    produk = "Dokumen uji"
    penanganan_pengaduan = "Melalui portal ini atau loket pengaduan."
    dasar_hukum = "Peraturan uji"
    sarana_prasarana = "Ruang tunggu, loket"
    kompetensi_pelaksana = "Memahami prosedur"
    pengawasan_internal = "Atasan langsung"
    jumlah_pelaksana = "2 orang"
    jaminan_pelayanan = "Maklumat pelayanan"
    jaminan_keamanan = "Data dijaga kerahasiaannya"
    evaluasi_kinerja = "Survei kepuasan masyarakat tiap semester"

    @factory.post_generation
    def isi_anak(self, create, extracted, **kwargs):
        if not create or extracted is False:
            return
        Persyaratan.objects.bulk_create(
            [Persyaratan(layanan=self, urutan=i, uraian=f"Syarat {i}") for i in (1, 2)]
        )
        LangkahProsedur.objects.bulk_create(
            [LangkahProsedur(layanan=self, urutan=i, uraian=f"Langkah {i}") for i in (1, 2)]
        )


class PenggunaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Pengguna
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"petugas{n}")
    email = factory.Sequence(lambda n: f"petugas{n}@contoh.test")
    is_staff = True
    password = factory.django.Password("sandi-uji-yang-panjang-123")

    @factory.post_generation
    def grup(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))


def petugas_opd(opd, **kwargs):
    return PenggunaFactory(opd=opd, grup="Petugas OPD", **kwargs)


def verifikator(**kwargs):
    return PenggunaFactory(grup="Verifikator", **kwargs)
