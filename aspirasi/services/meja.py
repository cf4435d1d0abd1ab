"""Intake at field events (the event desk): questions taken down on site and facility-visit
findings become aspirasi, routed at once, all or nothing."""

from __future__ import annotations

import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from aspirasi.models import Aspirasi
from aspirasi.services import alur


def kanal_kegiatan(kegiatan) -> str:
    """The intake channel of a question raised at ``kegiatan``. Events of kind "lainnya"
    are counted as assisted intake at a counter (telepon/loket)."""
    return {
        "kenduren_mas": Aspirasi.Kanal.KENDUREN_MAS,
        "ngantor_di_kecamatan": Aspirasi.Kanal.NGANTOR,
        "sambang_desa": Aspirasi.Kanal.SAMBANG_DESA,
    }.get(kegiatan.jenis, Aspirasi.Kanal.TELEPON_LOKET)


@transaction.atomic
def catat_di_kegiatan(
    *,
    kegiatan,
    opd,
    jenis: str,
    judul: str,
    isi: str,
    oleh,
    layanan=None,
    kecamatan=None,
    desa=None,
    privasi: str = Aspirasi.Privasi.BIASA,
    nama_pelapor: str = "",
    telepon_pelapor: str = "",
    email_pelapor: str = "",
    jawaban_langsung: str | None = None,
    token_kirim: uuid.UUID | None = None,
    waktu=None,
) -> Aspirasi:
    """A resident's question taken down at an event desk: recorded with the event and its
    channel, routed at once to ``opd`` and, when it was answered on the spot, answered —
    all or nothing. The same ``token_kirim`` never makes two (a double-tapped button)."""
    waktu = waktu or timezone.now()
    if token_kirim is not None:
        ada = Aspirasi.objects.filter(token_kirim=token_kirim).first()
        if ada is not None:
            return ada
    aspirasi = alur.kirim_aspirasi(
        token_kirim=token_kirim,
        waktu=waktu,
        jenis=jenis,
        judul=judul,
        isi=isi,
        layanan=layanan,
        opd=None,
        kecamatan=kecamatan or kegiatan.kecamatan,
        desa=desa if (desa or kecamatan) else kegiatan.desa,
        kanal=kanal_kegiatan(kegiatan),
        kegiatan=kegiatan,
        privasi=privasi,
        nama_pelapor=nama_pelapor,
        telepon_pelapor=telepon_pelapor,
        email_pelapor=email_pelapor,
    )
    aspirasi = alur.teruskan(
        aspirasi=aspirasi,
        opd=opd,
        oleh=oleh,
        catatan=_("Dicatat di meja aspirasi %(kegiatan)s.") % {"kegiatan": kegiatan.judul},
        waktu=waktu,
    )
    if jawaban_langsung and jawaban_langsung.strip():
        alur.jawab(aspirasi=aspirasi, isi=jawaban_langsung.strip(), oleh=oleh, waktu=waktu)
        aspirasi.refresh_from_db()
    return aspirasi


@transaction.atomic
def temuan_jadi_aspirasi(
    *,
    kunjungan,
    opd,
    judul: str,
    isi: str,
    oleh,
    jenis: str = Aspirasi.Jenis.PENGADUAN,
    token_kirim: uuid.UUID | None = None,
    waktu=None,
) -> Aspirasi:
    """A facility-visit finding that needs action becomes an aspirasi (kanal temuan
    kunjungan) routed to the responsible OPD, on the same deadline clock as any other.
    No reporter identity: the finding is the government's own."""
    waktu = waktu or timezone.now()
    if token_kirim is not None:
        ada = Aspirasi.objects.filter(token_kirim=token_kirim).first()
        if ada is not None:
            return ada
    kegiatan = kunjungan.kegiatan
    aspirasi = alur.kirim_aspirasi(
        token_kirim=token_kirim,
        waktu=waktu,
        jenis=jenis,
        judul=judul,
        isi=isi,
        kecamatan=kegiatan.kecamatan,
        desa=kegiatan.desa,
        kanal=Aspirasi.Kanal.TEMUAN_KUNJUNGAN,
        kegiatan=kegiatan,
        kunjungan=kunjungan,
        privasi=Aspirasi.Privasi.BIASA,
    )
    return alur.teruskan(
        aspirasi=aspirasi,
        opd=opd,
        oleh=oleh,
        catatan=_("Temuan kunjungan %(nama)s.") % {"nama": kunjungan.nama},
        waktu=waktu,
    )
