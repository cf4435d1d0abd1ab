"""Attachments (lampiran) of an aspirasi: checked by content, images re-encoded, kept private.

- Accepted: JPEG, PNG and PDF, at most ``MAKS_UKURAN`` each, at most ``MAKS_JUMLAH``.
  The type is decided by the bytes (magic numbers, Pillow, the PDF header and trailer),
  never by the file name or the browser's content type.
- Images are decoded and saved again from their pixels only (EXIF orientation applied
  first): no EXIF, GPS, XMP, ICC or comments survive; the longest side is at most
  ``MAKS_SISI`` px; decompression bombs are refused.
- Nothing of the resident's file name is kept: files get random names, on disk and in URLs.
- Between the form and the final "Kirim" a checked file waits in ``sementara/`` of the
  default (private) storage; ``bersihkan_lampiran_sementara`` removes what was abandoned.
- Files live in the default storage (``MEDIA_STORAGE``: ``MEDIA_ROOT`` on a folder every
  app server shares, or a private S3 bucket), only ever through the storage API, never
  served publicly: staff download them through ``aspirasi:lampiran``, which checks who
  may see the aspirasi.
"""

from __future__ import annotations

import datetime
import io
import re
import secrets
import warnings
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAKS_JUMLAH = 3
MAKS_UKURAN = 5 * 1024 * 1024
MAKS_SISI = 4000
# Pillow warns above this many pixels and refuses above twice as many; we refuse both.
MAKS_PIKSEL = 50_000_000
Image.MAX_IMAGE_PIXELS = MAKS_PIKSEL

JPEG, PNG, PDF = "image/jpeg", "image/png", "application/pdf"
EKSTENSI = {JPEG: ".jpg", PNG: ".png", PDF: ".pdf"}
LABEL = {JPEG: "JPEG", PNG: "PNG", PDF: "PDF"}
FOLDER_SEMENTARA = "sementara"
_NAMA_SEMENTARA = re.compile(r"^[0-9a-f]{32}$")
FOLDER_LAMPIRAN = "lampiran"  # matches Lampiran.berkas upload_to
_NAMA_TERSIMPAN = re.compile(r"^[0-9a-f]{32}\.(jpg|png|pdf)$")


class LampiranTidakSah(ValueError):
    """The file is not an acceptable attachment; the message is for the resident."""


@dataclass(frozen=True)
class BerkasValid:
    """A checked attachment, ready to store: the bytes to keep and their type."""

    isi: bytes
    jenis_konten: str

    @property
    def ukuran(self) -> int:
        return len(self.isi)


def _ukuran_mb(ukuran: int) -> str:
    return f"{ukuran / (1024 * 1024):.1f}".replace(".", ",")


def jenis_dari_isi(awal: bytes) -> str | None:
    """The type of a file from its first bytes, or None when it is none of ours."""
    if awal.startswith(b"\xff\xd8\xff"):
        return JPEG
    if awal.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if awal.startswith(b"%PDF-"):
        return PDF
    return None


def _pesan_jenis():
    return _("Berkas ini bukan JPEG, PNG atau PDF. Pilih foto (JPEG/PNG) atau dokumen PDF.")


def periksa(berkas) -> BerkasValid:
    """Check an uploaded file (a Django ``UploadedFile``) and return what may be stored.

    Raises ``LampiranTidakSah`` with a message for the resident."""
    ukuran = berkas.size or 0
    if ukuran > MAKS_UKURAN:
        raise LampiranTidakSah(
            _("Berkas terlalu besar (%(ukuran)s MB). Paling besar 5 MB per berkas.")
            % {"ukuran": _ukuran_mb(ukuran)}
        )
    if ukuran == 0:
        raise LampiranTidakSah(_("Berkas kosong. Pilih berkas lain."))
    berkas.seek(0)
    isi = berkas.read(MAKS_UKURAN + 1)
    if len(isi) > MAKS_UKURAN:  # the declared size lied
        raise LampiranTidakSah(_("Berkas terlalu besar. Paling besar 5 MB per berkas."))
    jenis = jenis_dari_isi(isi[:16])
    if jenis is None:
        raise LampiranTidakSah(_pesan_jenis())
    if jenis == PDF:
        return BerkasValid(_periksa_pdf(isi), PDF)
    return BerkasValid(_kodekan_ulang(isi, jenis), jenis)


def _periksa_pdf(isi: bytes) -> bytes:
    if b"%%EOF" not in isi[-2048:]:
        raise LampiranTidakSah(
            _("Berkas PDF ini rusak atau tidak lengkap. Simpan ulang sebagai PDF lalu coba lagi.")
        )
    return isi


def _buka(isi: bytes, jenis: str) -> Image.Image:
    gambar = Image.open(io.BytesIO(isi), formats=["JPEG" if jenis == JPEG else "PNG"])
    lebar, tinggi = gambar.size
    if lebar * tinggi > MAKS_PIKSEL:
        raise Image.DecompressionBombError(f"{lebar}x{tinggi}")
    return gambar


def _kodekan_ulang(isi: bytes, jenis: str) -> bytes:
    rusak = _("Gambar ini rusak atau tidak bisa dibaca. Pilih gambar lain.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            _buka(isi, jenis).verify()
            # verify() leaves the image unusable: open it again to read the pixels.
            gambar = _buka(isi, jenis)
            if jenis == JPEG:
                gambar.draft("RGB", (MAKS_SISI, MAKS_SISI))  # decode big JPEGs scaled down
            gambar.load()
            gambar = ImageOps.exif_transpose(gambar)
            boleh = ("RGB", "L") if jenis == JPEG else ("RGB", "RGBA", "L", "LA")
            if gambar.mode not in boleh:
                ada_alfa = jenis == PNG and (
                    "A" in gambar.getbands() or "transparency" in gambar.info
                )
                gambar = gambar.convert("RGBA" if ada_alfa else "RGB")
            gambar.thumbnail((MAKS_SISI, MAKS_SISI), Image.Resampling.LANCZOS)
            # Pixels only: a fresh image carries no info (EXIF, XMP, ICC, comments, text).
            bersih = Image.new(gambar.mode, gambar.size)
            bersih.paste(gambar)
            keluaran = io.BytesIO()
            if jenis == JPEG:
                bersih.save(keluaran, "JPEG", quality=85, optimize=True)
            else:
                bersih.save(keluaran, "PNG", optimize=True)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as galat:
        raise LampiranTidakSah(
            _(
                "Ukuran gambar ini (jumlah piksel) terlalu besar untuk diproses. "
                "Perkecil gambarnya lalu coba lagi."
            )
        ) from galat
    except LampiranTidakSah:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as galat:
        raise LampiranTidakSah(rusak) from galat
    except Exception as galat:  # malformed input can surface as almost anything in a decoder
        raise LampiranTidakSah(rusak) from galat
    hasil = keluaran.getvalue()
    if len(hasil) > MAKS_UKURAN:
        raise LampiranTidakSah(
            _("Gambar ini terlalu besar setelah diproses. Perkecil gambarnya lalu coba lagi.")
        )
    return hasil


# --- temporary storage between the form and the final "Kirim" ------------------------------


def simpan_sementara(berkas: BerkasValid) -> dict:
    """Store a checked file privately under a random name; returns its session record."""
    nama = secrets.token_hex(16)
    default_storage.save(f"{FOLDER_SEMENTARA}/{nama}", ContentFile(berkas.isi))
    return {"nama": nama, "jenis_konten": berkas.jenis_konten, "ukuran": berkas.ukuran}


def _jalur_sementara(catatan: dict) -> str:
    nama = str(catatan.get("nama", ""))
    if not _NAMA_SEMENTARA.match(nama):
        raise LampiranTidakSah(_("Lampiran tidak dikenali. Pilih lagi berkas Anda."))
    return f"{FOLDER_SEMENTARA}/{nama}"


def sah_di_sesi(catatan) -> bool:
    """A session record points at an existing temporary file of an accepted type."""
    try:
        return (
            isinstance(catatan, dict)
            and catatan.get("jenis_konten") in EKSTENSI
            and default_storage.exists(_jalur_sementara(catatan))
        )
    except LampiranTidakSah:
        return False


def baca_sementara(catatan: dict) -> BerkasValid:
    """The bytes of a temporary file, checked again against its recorded type."""
    jalur = _jalur_sementara(catatan)
    if not default_storage.exists(jalur):
        raise LampiranTidakSah(
            _("Lampiran Anda sudah kedaluwarsa. Pilih lagi berkasnya lalu lanjutkan.")
        )
    with default_storage.open(jalur, "rb") as f:
        isi = f.read(MAKS_UKURAN + 1)
    jenis = catatan.get("jenis_konten")
    if jenis not in EKSTENSI or jenis_dari_isi(isi[:16]) != jenis or len(isi) > MAKS_UKURAN:
        raise LampiranTidakSah(_("Lampiran tidak dikenali. Pilih lagi berkas Anda."))
    return BerkasValid(isi, jenis)


def hapus_sementara(daftar) -> None:
    for catatan in daftar or []:
        try:
            default_storage.delete(_jalur_sementara(catatan))
        except (LampiranTidakSah, OSError):
            continue


def bersihkan_sementara(*, lebih_tua_dari: datetime.timedelta, sekarang=None) -> int:
    """Delete temporary files older than ``lebih_tua_dari``: drafts that were abandoned or
    whose sending failed. Returns how many were deleted."""
    sekarang = sekarang or timezone.now()
    try:
        _folder, nama_nama = default_storage.listdir(FOLDER_SEMENTARA)
    except FileNotFoundError:
        return 0
    jumlah = 0
    for nama in nama_nama:
        if not _NAMA_SEMENTARA.match(nama):
            continue
        jalur = f"{FOLDER_SEMENTARA}/{nama}"
        try:
            if sekarang - default_storage.get_modified_time(jalur) >= lebih_tua_dari:
                default_storage.delete(jalur)
                jumlah += 1
        except FileNotFoundError:
            continue  # sent (and removed) meanwhile
    return jumlah


def url_unduh(lampiran) -> str:
    """The staff download link of a stored ``Lampiran`` (never ``berkas.url``)."""
    return reverse("aspirasi:lampiran", args=[lampiran.pk])


def bersihkan_yatim(*, lebih_tua_dari: datetime.timedelta, sekarang=None) -> int:
    """Delete stored attachment files that no Lampiran row refers to any more (their row or
    aspirasi was deleted). Run from cron rather than a delete signal, so deleting stays a
    plain database operation; the age guard spares a file whose row is being written."""
    from aspirasi.models import Lampiran

    sekarang = sekarang or timezone.now()
    dipakai = set(Lampiran.objects.values_list("berkas", flat=True))
    jumlah = 0
    try:
        daftar_tahun, _berkas = default_storage.listdir(FOLDER_LAMPIRAN)
    except FileNotFoundError:
        return 0
    for tahun in daftar_tahun:
        for bulan in default_storage.listdir(f"{FOLDER_LAMPIRAN}/{tahun}")[0]:
            folder = f"{FOLDER_LAMPIRAN}/{tahun}/{bulan}"
            for nama in default_storage.listdir(folder)[1]:
                jalur = f"{folder}/{nama}"
                if not _NAMA_TERSIMPAN.match(nama) or jalur in dipakai:
                    continue
                try:
                    if sekarang - default_storage.get_modified_time(jalur) >= lebih_tua_dari:
                        default_storage.delete(jalur)
                        jumlah += 1
                except FileNotFoundError:
                    continue
    return jumlah


def nama_acak(jenis_konten: str) -> str:
    """A random file name for a stored attachment; ``upload_to`` adds the folder."""
    return secrets.token_hex(16) + EKSTENSI[jenis_konten]


def uraian(catatan: dict) -> str:
    """``Foto JPEG, 1,2 MB`` — how the resident sees an attachment (no file name)."""
    jenis = catatan["jenis_konten"]
    ukuran = catatan["ukuran"]
    if ukuran < 1024 * 1024:
        besar = _("%(kb)s KB") % {"kb": max(1, round(ukuran / 1024))}
    else:
        besar = _("%(mb)s MB") % {"mb": _ukuran_mb(ukuran)}
    if jenis == PDF:
        return _("Dokumen PDF, %(besar)s") % {"besar": besar}
    return _("Gambar %(jenis)s, %(besar)s") % {"jenis": LABEL[jenis], "besar": besar}
