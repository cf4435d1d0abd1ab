"""One definition of "answered on site" (AspirasiQuerySet.di_kegiatan): the public event page
and the leaders' report count the same questions, with the Asia/Jakarta day boundaries."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from aspirasi import services
from aspirasi.models import Aspirasi, Status
from aspirasi.models.aspirasi import KapanDijawab
from kegiatan.models import Kegiatan, KunjunganFasilitas
from tests.factories import OPDFactory, PenggunaFactory
from tests.factories_aspirasi import pimpinan
from tests.factories_kegiatan import KegiatanFactory
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db

WIB = ZoneInfo("Asia/Jakarta")


def _pukul(tanggal, jam, menit=0):
    return datetime.datetime.combine(tanggal, datetime.time(jam, menit), tzinfo=WIB)


@pytest.fixture
def kegiatan_lewat():
    """A past two-day Kenduren Mas with one question of every kind."""
    hari_1 = timezone.localdate() - datetime.timedelta(days=10)
    kegiatan = KegiatanFactory(
        tanggal_mulai=hari_1,
        tanggal_selesai=hari_1 + datetime.timedelta(days=1),
        status=Kegiatan.Status.SELESAI,
    )
    akhir = kegiatan.tanggal_selesai
    opd = OPDFactory()
    pengelola = PenggunaFactory()

    def catat(judul, waktu, jawaban=None):
        return services.catat_di_kegiatan(
            kegiatan=kegiatan,
            opd=opd,
            jenis="pertanyaan",
            judul=judul,
            isi="Isi",
            oleh=pengelola,
            jawaban_langsung=jawaban,
            waktu=waktu,
        )

    def jawab(aspirasi, waktu):
        services.jawab(aspirasi=aspirasi, isi="Jawaban.", oleh=None, waktu=waktu)

    # Answered on the spot, day 1.
    catat("Langsung", _pukul(hari_1, 15, 30), "Dijawab langsung.")
    # Answered late on the last day: 23.30 WIB is 16.30 UTC, still the last day.
    jawab(catat("Malam terakhir", _pukul(akhir, 9)), _pukul(akhir, 23, 30))
    # Sent ahead of the event for it, answered before it began: the OPD came prepared.
    lebih_awal = services.kirim_aspirasi(
        jenis="pertanyaan",
        judul="Dikirim sebelum acara",
        isi="Isi",
        privasi=Aspirasi.Privasi.BIASA,
        kanal=Aspirasi.Kanal.WEB,
        kegiatan=kegiatan,
        waktu=_pukul(hari_1, 8) - datetime.timedelta(days=5),
    )
    services.teruskan(
        aspirasi=lebih_awal,
        opd=opd,
        oleh=pengelola,
        waktu=_pukul(hari_1, 9) - datetime.timedelta(days=5),
    )
    jawab(lebih_awal, _pukul(hari_1, 10) - datetime.timedelta(days=3))
    # 00.10 WIB the day after is 17.10 UTC of the last day: already "afterwards" in Jakarta.
    jawab(
        catat("Lewat tengah malam", _pukul(akhir, 10)),
        _pukul(akhir, 0, 10) + datetime.timedelta(days=1),
    )
    # Answered on site, then reopened by the resident: the first answer still counts.
    dibuka = catat("Dibuka lagi", _pukul(akhir, 11), "Jawaban pertama.")
    services.beri_tanggapan(
        aspirasi=dibuka,
        penilaian="tidak_puas",
        alasan="Belum jelas.",
        waktu=_pukul(akhir, 12) + datetime.timedelta(days=2),
    )
    catat("Belum", _pukul(akhir, 13))
    ditolak = catat("Ditolak", _pukul(akhir, 14))
    services.tolak(aspirasi=ditolak, alasan="Duplikat.", oleh=None, waktu=_pukul(akhir, 15))
    kunjungan = KunjunganFasilitas.objects.create(
        kegiatan=kegiatan, jenis="puskesmas", nama="Puskesmas Uji", temuan="Atap bocor"
    )
    services.temuan_jadi_aspirasi(
        kunjungan=kunjungan,
        opd=opd,
        judul="Temuan",
        isi="Atap bocor",
        oleh=pengelola,
        waktu=_pukul(akhir, 10),
    )
    return kegiatan


def test_kapan_dijawab_memakai_tanggal_jakarta_dan_jawaban_pertama(kegiatan_lewat):
    kapan = dict(
        Aspirasi.objects.di_kegiatan(kegiatan_lewat)
        .exclude(kanal=Aspirasi.Kanal.TEMUAN_KUNJUNGAN)
        .values_list("judul", "kapan_dijawab")
    )
    assert kapan == {
        "Langsung": KapanDijawab.DI_TEMPAT,
        "Malam terakhir": KapanDijawab.DI_TEMPAT,
        "Dikirim sebelum acara": KapanDijawab.DI_TEMPAT,
        "Lewat tengah malam": KapanDijawab.SESUDAHNYA,
        "Dibuka lagi": KapanDijawab.DI_TEMPAT,
        "Belum": KapanDijawab.BELUM,
        "Ditolak": KapanDijawab.DITOLAK,
    }
    assert Aspirasi.objects.get(judul="Dibuka lagi").status == Status.DITERUSKAN


def test_halaman_kegiatan_dan_laporan_pimpinan_menghitung_sama(client, kegiatan_lewat):
    html = client.get(kegiatan_lewat.get_absolute_url()).content.decode()
    halaman = dict(re.findall(r"<dt>([^<]+)</dt><dd>(\d+)</dd>", html))

    masuk_staf(client, pimpinan())
    respons = client.get(reverse("aspirasi:meja_laporan", args=[kegiatan_lewat.slug]))
    lap = respons.context["lap"]
    laporan_html = respons.content.decode()

    assert int(halaman["Ditanyakan"]) == lap.jumlah_pertanyaan == 7, (
        "pertanyaan (tanpa temuan kunjungan)"
    )
    assert int(halaman["Dijawab di tempat"]) == lap.dijawab_di_tempat == 4
    assert int(halaman["Dijawab sesudahnya"]) == lap.dijawab_sesudahnya == 1
    assert int(halaman["Belum dijawab"]) == lap.belum_dijawab == 1
    assert lap.ditolak == 1 and "1 tidak diproses" in html
    assert len(lap.temuan) == 1 and "1 temuan kunjungan" in html
    assert '<dd class="col-sm-6" id="angka-di-tempat">4</dd>' in laporan_html
