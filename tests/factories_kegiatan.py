"""Event test data."""

import datetime

import factory
from django.utils import timezone

from kegiatan.models import Kegiatan, KehadiranOPD, LayananKegiatan, SesiAgenda, StanUMKM
from tests.factories import KecamatanFactory, LayananFactory, OPDFactory


class KegiatanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Kegiatan

    jenis = Kegiatan.Jenis.KENDUREN_MAS
    judul = factory.Sequence(lambda n: f"Kenduren Mas Uji {n}")
    slug = factory.Sequence(lambda n: f"kegiatan-uji-{n}")
    # A different day for each event: one kecamatan has at most one event of a kind a day.
    tanggal_mulai = factory.Sequence(
        lambda n: timezone.localdate() + datetime.timedelta(days=7 + n)
    )
    tanggal_selesai = factory.LazyAttribute(lambda o: o.tanggal_mulai + datetime.timedelta(days=1))
    kecamatan = factory.SubFactory(KecamatanFactory)
    tempat = "Alun-alun Uji"
    terbit = True


class SesiAgendaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SesiAgenda

    kegiatan = factory.SubFactory(KegiatanFactory)
    hari_ke = 1
    jam_mulai = datetime.time(15, 0)
    jam_selesai = datetime.time(17, 30)
    judul = "Gebyar UMKM"


class KehadiranOPDFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KehadiranOPD

    kegiatan = factory.SubFactory(KegiatanFactory)
    opd = factory.SubFactory(OPDFactory)
    kehadiran = KehadiranOPD.Kehadiran.HADIR


class LayananKegiatanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LayananKegiatan

    kegiatan = factory.SubFactory(KegiatanFactory)
    layanan = factory.SubFactory(LayananFactory)
    jumlah_dilayani = 10


class StanUMKMFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StanUMKM

    kegiatan = factory.SubFactory(KegiatanFactory)
    nama_usaha = factory.Sequence(lambda n: f"Usaha Uji {n}")
    produk = "Keripik tempe"


def kegiatan_lengkap(**kwargs):
    """An event with a two-day agenda (day 1 15.00-17.30, day 2 08.00-14.00)."""
    kegiatan = KegiatanFactory(**kwargs)
    SesiAgendaFactory(kegiatan=kegiatan)
    SesiAgendaFactory(
        kegiatan=kegiatan,
        hari_ke=2,
        jam_mulai=datetime.time(8, 0),
        jam_selesai=datetime.time(14, 0),
        judul="Pelayanan OPD",
    )
    return kegiatan
