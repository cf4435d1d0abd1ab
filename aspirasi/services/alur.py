"""Writes of the aspirasi workflow. Every status change goes through ``_pindah_status``,
which refuses illegal transitions and appends to the status history."""

from __future__ import annotations

import uuid

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from aspirasi import lampiran as berkas_lampiran
from aspirasi import notifikasi, tenggat
from aspirasi.dasbor import singgahan
from aspirasi.kode import buat_kode
from aspirasi.models import (
    Aspirasi,
    CatatanInternal,
    Disposisi,
    Jawaban,
    Lampiran,
    PesanKeluar,
    RiwayatStatus,
    Status,
    TambahanWarga,
    Tanggapan,
)
from aspirasi.models.aspirasi import IDENTITAS_PELAPOR
from aspirasi.services import pesan
from layanan import hari_kerja


class TransisiTidakSah(Exception):
    """The requested status change is not allowed from the current status."""


def _kunci(aspirasi: Aspirasi) -> Aspirasi:
    # Row lock so two staff acting at once cannot both move the same item.
    return Aspirasi.objects.select_for_update().get(pk=aspirasi.pk)


def _pindah_status(aspirasi: Aspirasi, ke: Status, *, oleh=None, catatan: str = "", waktu=None):
    dari = Status(aspirasi.status)
    if ke not in aspirasi.transisi_sah():
        raise TransisiTidakSah(
            _("Status tidak bisa diubah dari “%(dari)s” ke “%(ke)s”.")
            % {"dari": dari.label, "ke": ke.label}
        )
    aspirasi.status = ke
    riwayat = RiwayatStatus.objects.create(
        aspirasi=aspirasi,
        dari=dari,
        ke=ke,
        oleh=oleh,
        catatan=catatan,
        waktu=waktu or timezone.now(),
    )
    # Every status change alters the dashboard figures: the cached public page goes stale.
    transaction.on_commit(singgahan.data_berubah, robust=True)
    return riwayat


# --- notifications: built and stored in the outbox in the transaction of the change ---------
# Called once the change is complete (after ``aspirasi.save()``), so the message tells the
# state it caused: the new OPD, the new deadline.


def _kabari_warga_status(riwayat: RiwayatStatus) -> None:
    if riwayat.ke == Status.DIJAWAB:  # the first answer is told by the answer's own email
        return
    pesan.simpan(
        notifikasi.pesan_status(riwayat), jenis=PesanKeluar.Jenis.STATUS, aspirasi=riwayat.aspirasi
    )


def _kabari_petugas_opd(aspirasi: Aspirasi, opd, *, dibuka_kembali: bool = False) -> None:
    for email in notifikasi.pesan_penugasan(aspirasi, opd, dibuka_kembali=dibuka_kembali):
        pesan.simpan(email, jenis=PesanKeluar.Jenis.PENUGASAN, aspirasi=aspirasi)


@transaction.atomic
def kirim_aspirasi(
    *, token_kirim: uuid.UUID | None = None, waktu=None, lampiran=(), **data
) -> Aspirasi:
    """Record a new aspirasi with a fresh tracking code; the same token never makes two.

    ``lampiran``: session records of checked temporary files (``aspirasi.lampiran``); they
    become ``Lampiran`` rows in the same transaction. If any is missing or not what it was
    recorded as, ``LampiranTidakSah`` is raised and nothing is kept."""
    if len(lampiran) > berkas_lampiran.MAKS_JUMLAH:
        raise berkas_lampiran.LampiranTidakSah(_("Paling banyak 3 lampiran."))
    if token_kirim is not None:
        ada = Aspirasi.objects.filter(token_kirim=token_kirim).first()
        if ada is not None:
            return ada
    waktu = waktu or timezone.now()
    if data.get("privasi") == Aspirasi.Privasi.ANONIM:
        data.update(dict.fromkeys(IDENTITAS_PELAPOR, ""))
    for _percobaan in range(5):
        try:
            with transaction.atomic():
                aspirasi = Aspirasi.objects.create(
                    kode=buat_kode(),
                    token_kirim=token_kirim,
                    dibuat=waktu,
                    status=Status.BARU,
                    tenggat=tenggat.tenggat_verifikasi(waktu),
                    **data,
                )
            break
        except IntegrityError:
            if (
                token_kirim is not None
                and Aspirasi.objects.filter(token_kirim=token_kirim).exists()
            ):
                return Aspirasi.objects.get(token_kirim=token_kirim)
            continue  # a 40-bit code collided: draw another
    else:  # pragma: no cover - 5 collisions in a row would mean a broken random source
        raise RuntimeError("Tidak dapat membuat kode lacak yang unik.")
    RiwayatStatus.objects.create(aspirasi=aspirasi, dari="", ke=Status.BARU, waktu=waktu)
    transaction.on_commit(singgahan.data_berubah, robust=True)
    if lampiran:
        simpan_lampiran(aspirasi=aspirasi, lampiran=lampiran, waktu=waktu)
    pesan.simpan(
        notifikasi.pesan_diterima(aspirasi), jenis=PesanKeluar.Jenis.DITERIMA, aspirasi=aspirasi
    )
    return aspirasi


def simpan_lampiran(*, aspirasi: Aspirasi, lampiran, waktu=None) -> list[Lampiran]:
    """Move checked temporary files into ``Lampiran`` rows of ``aspirasi`` under random
    names. Call inside the transaction that creates the aspirasi: on any failure the files
    already written are removed again and the exception rolls the rows back."""
    waktu = waktu or timezone.now()
    disimpan: list[Lampiran] = []
    try:
        for catatan in lampiran:
            berkas = berkas_lampiran.baca_sementara(catatan)
            baris = Lampiran(
                aspirasi=aspirasi,
                jenis_konten=berkas.jenis_konten,
                ukuran=berkas.ukuran,
                waktu=waktu,
            )
            baris.berkas.save(
                berkas_lampiran.nama_acak(berkas.jenis_konten),
                ContentFile(berkas.isi),
                save=False,
            )
            disimpan.append(baris)
            baris.save()
    except BaseException:
        for baris in disimpan:
            baris.berkas.storage.delete(baris.berkas.name)
        raise
    # The temporary copies are no longer needed once the rows are committed.
    transaction.on_commit(lambda: berkas_lampiran.hapus_sementara(lampiran), robust=True)
    return disimpan


@transaction.atomic
def teruskan(*, aspirasi: Aspirasi, opd, oleh, catatan: str = "", waktu=None) -> Aspirasi:
    """Route to an OPD (either Pemda); starts the first-answer clock."""
    aspirasi = _kunci(aspirasi)
    waktu = waktu or timezone.now()
    dari_opd = aspirasi.opd
    if aspirasi.status == Status.DITERUSKAN and dari_opd == opd:
        raise TransisiTidakSah(_("Aspirasi sudah berada di OPD ini."))
    riwayat = _pindah_status(aspirasi, Status.DITERUSKAN, oleh=oleh, catatan=catatan, waktu=waktu)
    if dari_opd is not None and dari_opd != opd:
        Disposisi.objects.create(
            aspirasi=aspirasi,
            dari_opd=dari_opd,
            ke_opd=opd,
            alasan=catatan or _("Diteruskan oleh verifikator."),
            oleh=oleh,
            waktu=waktu,
        )
    aspirasi.opd = opd
    aspirasi.diteruskan_pada = waktu
    aspirasi.tenggat = tenggat.tenggat_jawaban(waktu)
    aspirasi.tenggat_tutup = None
    aspirasi.save()
    # The previous OPD's assignment mail that has not gone out yet is no longer true.
    PesanKeluar.objects.filter(
        aspirasi=aspirasi, jenis=PesanKeluar.Jenis.PENUGASAN, status=PesanKeluar.Status.MENUNGGU
    ).delete()
    _kabari_warga_status(riwayat)
    _kabari_petugas_opd(aspirasi, opd)
    return aspirasi


@transaction.atomic
def disposisi(*, aspirasi: Aspirasi, ke_opd, alasan: str, oleh, waktu=None) -> Aspirasi:
    """An OPD forwards a wrongly routed item to another OPD, with a reason."""
    if not alasan.strip():
        raise ValueError(_("Alasan disposisi wajib diisi."))
    return teruskan(aspirasi=aspirasi, opd=ke_opd, oleh=oleh, catatan=alasan, waktu=waktu)


@transaction.atomic
def tolak(*, aspirasi: Aspirasi, alasan: str, oleh, duplikat_dari=None, waktu=None) -> Aspirasi:
    if not alasan.strip():
        raise ValueError(_("Alasan penolakan wajib diisi: warga akan membacanya."))
    aspirasi = _kunci(aspirasi)
    riwayat = _pindah_status(aspirasi, Status.DITOLAK, oleh=oleh, catatan=alasan, waktu=waktu)
    aspirasi.alasan_penolakan = alasan
    aspirasi.duplikat_dari = duplikat_dari
    aspirasi.tenggat = None
    aspirasi.save()
    _kabari_warga_status(riwayat)
    return aspirasi


@transaction.atomic
def jawab(
    *, aspirasi: Aspirasi, isi: str, oleh, jenis=Jawaban.Jenis.JAWABAN, waktu=None
) -> Jawaban:
    """Answer or follow up. The first answer moves the item to ``dijawab``."""
    if not isi.strip():
        raise ValueError(_("Isi jawaban wajib diisi."))
    aspirasi = _kunci(aspirasi)
    waktu = waktu or timezone.now()
    if aspirasi.status in (Status.BARU, Status.DITOLAK):
        raise TransisiTidakSah(_("Aspirasi harus diteruskan ke OPD sebelum dijawab."))
    if aspirasi.status == Status.DITERUSKAN:
        _pindah_status(aspirasi, Status.DIJAWAB, oleh=oleh, waktu=waktu)
        if aspirasi.dijawab_pertama_pada is None:
            aspirasi.dijawab_pertama_pada = waktu
            # Kept for the dashboard: the deadline this answer was measured against and the
            # working days since the item reached its OPD (the start of that deadline).
            aspirasi.tenggat_jawaban = aspirasi.tenggat
            aspirasi.hari_kerja_sampai_jawaban = hari_kerja.hari_kerja_di_antara(
                aspirasi.diteruskan_pada, waktu
            )
        aspirasi.tenggat = None
        aspirasi.tenggat_tutup = tenggat.tenggat_tutup_otomatis(waktu)
        aspirasi.save()
    jawaban = Jawaban.objects.create(
        aspirasi=aspirasi, isi=isi, opd=aspirasi.opd, oleh=oleh, jenis=jenis, waktu=waktu
    )
    pesan.simpan(
        notifikasi.pesan_jawaban(jawaban), jenis=PesanKeluar.Jenis.JAWABAN, aspirasi=aspirasi
    )
    transaction.on_commit(singgahan.data_berubah, robust=True)
    return jawaban


@transaction.atomic
def ubah_status(*, aspirasi: Aspirasi, ke: Status, oleh, catatan: str = "", waktu=None):
    """Move along the machine (ditindaklanjuti, selesai) where no other service applies."""
    if ke in (Status.DITERUSKAN, Status.DITOLAK, Status.DIJAWAB):
        raise TransisiTidakSah(_("Gunakan tindakan teruskan, tolak atau jawab."))
    aspirasi = _kunci(aspirasi)
    waktu = waktu or timezone.now()
    riwayat = _pindah_status(aspirasi, ke, oleh=oleh, catatan=catatan, waktu=waktu)
    if ke == Status.SELESAI:
        aspirasi.selesai_pada = waktu
        aspirasi.tenggat_tutup = None
    aspirasi.save()
    _kabari_warga_status(riwayat)
    return aspirasi


@transaction.atomic
def beri_tanggapan(*, aspirasi: Aspirasi, penilaian: str, alasan: str = "", waktu=None):
    """The resident's verdict: puas closes it; sebagian/tidak puas reopens it at the OPD."""
    aspirasi = _kunci(aspirasi)
    waktu = waktu or timezone.now()
    if aspirasi.status not in (Status.DIJAWAB, Status.DITINDAKLANJUTI, Status.SELESAI):
        raise TransisiTidakSah(_("Tanggapan hanya bisa diberikan setelah ada jawaban."))
    if penilaian != Tanggapan.Penilaian.PUAS and not alasan.strip():
        raise ValueError(_("Tuliskan apa yang belum terjawab."))
    Tanggapan.objects.create(aspirasi=aspirasi, penilaian=penilaian, alasan=alasan, waktu=waktu)
    riwayat = None
    if penilaian == Tanggapan.Penilaian.PUAS:
        if aspirasi.status != Status.SELESAI:
            riwayat = _pindah_status(
                aspirasi, Status.SELESAI, catatan=_("Warga puas."), waktu=waktu
            )
            aspirasi.selesai_pada = waktu
            aspirasi.tenggat_tutup = None
    else:
        riwayat = _pindah_status(aspirasi, Status.DITERUSKAN, catatan=alasan, waktu=waktu)
        aspirasi.selesai_pada = None
        aspirasi.tenggat_tutup = None
        aspirasi.tenggat = tenggat.tenggat_jawaban(waktu)
    aspirasi.save()
    if riwayat is not None:
        _kabari_warga_status(riwayat)
        if riwayat.ke == Status.DITERUSKAN:
            _kabari_petugas_opd(aspirasi, aspirasi.opd, dibuka_kembali=True)
    return aspirasi


def tutup_otomatis(*, waktu=None) -> int:
    """Close answered items the resident did not reply to in time (cron-friendly)."""
    waktu = waktu or timezone.now()
    jumlah = 0
    for pk in Aspirasi.objects.siap_ditutup_otomatis(waktu).values_list("pk", flat=True):
        with transaction.atomic():
            aspirasi = Aspirasi.objects.select_for_update().get(pk=pk)
            if aspirasi.status != Status.DIJAWAB:
                continue
            riwayat = _pindah_status(
                aspirasi,
                Status.SELESAI,
                catatan=_("Ditutup otomatis: tidak ada tanggapan warga."),
                waktu=waktu,
            )
            aspirasi.selesai_pada = waktu
            aspirasi.tenggat_tutup = None
            aspirasi.save()
            _kabari_warga_status(riwayat)
            jumlah += 1
    return jumlah


@transaction.atomic
def tambah_informasi(*, aspirasi: Aspirasi, isi: str, waktu=None) -> TambahanWarga:
    """The resident adds information from the tracking page (not after a rejection)."""
    if not isi.strip():
        raise ValueError(_("Tuliskan informasi tambahan Anda."))
    aspirasi = _kunci(aspirasi)
    if aspirasi.status == Status.DITOLAK:
        raise TransisiTidakSah(_("Aspirasi yang ditolak tidak bisa ditambah informasinya."))
    return TambahanWarga.objects.create(aspirasi=aspirasi, isi=isi, waktu=waktu or timezone.now())


TERJAWAB = (Status.DIJAWAB, Status.DITINDAKLANJUTI, Status.SELESAI)


def boleh_diterbitkan(aspirasi: Aspirasi) -> bool:
    """Answered, and not rahasia: rahasia content is never public."""
    return aspirasi.status in TERJAWAB and aspirasi.privasi != Aspirasi.Privasi.RAHASIA


@transaction.atomic
def terbitkan(*, aspirasi: Aspirasi, terbit: bool = True) -> Aspirasi:
    """Publish to (or withdraw from) the public Q&A; the verifikator decides."""
    aspirasi = _kunci(aspirasi)
    if terbit and (aspirasi.diterbitkan or not boleh_diterbitkan(aspirasi)):
        raise TransisiTidakSah(_("Aspirasi ini tidak dapat diterbitkan."))
    if not terbit and not aspirasi.diterbitkan:
        raise TransisiTidakSah(_("Aspirasi ini tidak sedang diterbitkan."))
    aspirasi.diterbitkan = terbit
    aspirasi.save(update_fields=["diterbitkan", "diperbarui"])
    transaction.on_commit(singgahan.data_berubah, robust=True)
    return aspirasi


@transaction.atomic
def tindak_lanjut(*, aspirasi: Aspirasi, isi: str, oleh, waktu=None) -> Jawaban:
    """A follow-up the resident sees; moves an answered item to ``ditindaklanjuti``."""
    aspirasi = _kunci(aspirasi)
    if aspirasi.status != Status.DITINDAKLANJUTI:
        ubah_status(aspirasi=aspirasi, ke=Status.DITINDAKLANJUTI, oleh=oleh, waktu=waktu)
    return jawab(
        aspirasi=aspirasi, isi=isi, oleh=oleh, jenis=Jawaban.Jenis.TINDAK_LANJUT, waktu=waktu
    )


@transaction.atomic
def tambah_catatan(*, aspirasi: Aspirasi, isi: str, oleh) -> CatatanInternal:
    """A staff note the resident never sees."""
    if not isi.strip():
        raise ValueError(_("Isi catatan wajib diisi."))
    return CatatanInternal.objects.create(aspirasi=aspirasi, isi=isi, oleh=oleh)
