"""Aspirasi test data. Items are made through the service functions, so their history and
deadlines are what the workflow really produces."""

import datetime
import itertools

from django.utils import timezone

from aspirasi import services
from aspirasi.kode import ALFABET
from aspirasi.models import Aspirasi, Status, TemplateJawaban
from tests.factories import PenggunaFactory, verifikator

_nomor = itertools.count(1)


def aspirasi_baru(**ubah):
    nomor = next(_nomor)
    data = {
        "jenis": Aspirasi.Jenis.PENGADUAN,
        "judul": f"Lampu jalan padam {nomor}",
        "isi": "Lampu penerangan jalan di depan balai desa padam sejak seminggu.",
        "privasi": Aspirasi.Privasi.BIASA,
        "nama_pelapor": "Warga Contoh",
        "email_pelapor": "warga@contoh.test",
    }
    data.update(ubah)
    return services.kirim_aspirasi(**data)


def aspirasi_diteruskan(opd, oleh=None, **ubah):
    aspirasi = aspirasi_baru(**ubah)
    return services.teruskan(aspirasi=aspirasi, opd=opd, oleh=oleh or verifikator())


def aspirasi_dijawab(opd, oleh=None, **ubah):
    aspirasi = aspirasi_diteruskan(opd, **ubah)
    services.jawab(aspirasi=aspirasi, isi="Sudah kami jadwalkan perbaikan.", oleh=oleh)
    return Aspirasi.objects.get(pk=aspirasi.pk)


def pimpinan(**kwargs):
    return PenggunaFactory(grup="Pimpinan", **kwargs)


def camat(kecamatan, **kwargs):
    return PenggunaFactory(grup="Camat/Lurah", kecamatan=kecamatan, **kwargs)


def template_jawaban(opd, **kwargs):
    data = {"judul": "Perbaikan PJU", "isi": "Terima kasih, laporan diteruskan ke tim PJU."}
    data.update(kwargs)
    return TemplateJawaban.objects.create(opd=opd, **data)


def kode_ke(n: int) -> str:
    """A distinct valid tracking code for bulk-created rows."""
    simbol = []
    for _ in range(8):
        n, sisa = divmod(n, len(ALFABET))
        simbol.append(ALFABET[sisa])
    acak = "".join(reversed(simbol))
    return f"PSR-{acak[:4]}-{acak[4:]}"


def buat_banyak(jumlah, opd, mulai=0, **ubah):
    """``jumlah`` rows with bulk_create: minimal fields, unique codes, some overdue."""
    sekarang = timezone.now()
    baris = [
        Aspirasi(
            kode=kode_ke(mulai + i),
            jenis=Aspirasi.Jenis.PERTANYAAN,
            judul=f"Pertanyaan massal {mulai + i}",
            isi="Isi uji.",
            opd=opd,
            status=Status.DITERUSKAN,
            tenggat=sekarang + datetime.timedelta(days=(i % 3) - 1),
            **ubah,
        )
        for i in range(jumlah)
    ]
    return Aspirasi.objects.bulk_create(baris)
