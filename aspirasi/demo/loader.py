"""Load the demo aspirasi through the real workflow. Idempotent: each item has a fixed
submission token, and an item that already exists is left exactly as it is."""

from __future__ import annotations

import datetime
import uuid

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from aspirasi import services
from aspirasi.demo.dasbor import muat_demo_dasbor
from aspirasi.demo.data import ASPIRASI
from aspirasi.models import Aspirasi, Status, Tanggapan
from kegiatan.models import Kegiatan, KunjunganFasilitas
from layanan.models import OPD, Kecamatan, Layanan

NAMESPACE = uuid.UUID("6f1f0d7e-4b7a-4f4e-9a55-3514a5b1c0de")


def _token(kunci: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, kunci)


def _petugas(opd):
    User = get_user_model()
    return User.objects.filter(opd=opd, is_active=True).order_by("pk").first()


def _verifikator():
    User = get_user_model()
    return (
        User.objects.filter(groups__name="Verifikator", is_active=True).order_by("pk").first()
        or User.objects.filter(is_superuser=True).order_by("pk").first()
    )


@transaction.atomic
def muat_demo_aspirasi(*, sekarang: datetime.datetime | None = None) -> dict[str, int]:
    sekarang = sekarang or timezone.now()
    verifikator = _verifikator()
    dibuat = 0
    for item in ASPIRASI:
        token = _token(item["kunci"])
        if Aspirasi.objects.filter(token_kirim=token).exists():
            continue
        dikirim = (sekarang - datetime.timedelta(days=item["hari"])).replace(
            hour=9, minute=15, second=0, microsecond=0
        )
        # Raised at a demo event: dated on its last day, linked to it (and to the visit).
        kegiatan = Kegiatan.objects.filter(slug=item.get("kegiatan") or "").first()
        kunjungan = None
        if kegiatan is not None:
            dikirim = timezone.make_aware(
                datetime.datetime.combine(kegiatan.tanggal_selesai, datetime.time(10, 30))
            )
            kunjungan = KunjunganFasilitas.objects.filter(
                kegiatan=kegiatan, nama=item.get("kunjungan") or ""
            ).first()
        opd = OPD.objects.get(slug=item["opd"]) if item.get("opd") else None
        aspirasi = services.kirim_aspirasi(
            token_kirim=token,
            waktu=dikirim,
            jenis=item["jenis"],
            judul=item["judul"],
            isi=item["isi"],
            layanan=Layanan.objects.filter(slug=item.get("layanan") or "").first(),
            kecamatan=Kecamatan.objects.filter(slug=item.get("kecamatan") or "").first(),
            kanal=item["kanal"],
            privasi=item["privasi"],
            nama_pelapor=item.get("nama", ""),
            email_pelapor=item.get("email", ""),
            telepon_pelapor=item.get("telepon", ""),
            kegiatan=kegiatan,
            kunjungan=kunjungan,
        )
        dibuat += 1
        _jalankan_skenario(aspirasi, item, opd, verifikator, dikirim)
    # Four months of history so the leaders' dashboard has a story to tell.
    dibuat += muat_demo_dasbor(sekarang=sekarang, verifikator=verifikator, petugas=_petugas)
    return {"dibuat": dibuat, "total": Aspirasi.objects.count()}


def _jalankan_skenario(aspirasi, item, opd, verifikator, dikirim):
    skenario = item["skenario"]
    if skenario == "baru":
        return
    if skenario == "ditolak":
        services.tolak(
            aspirasi=aspirasi,
            alasan=item["alasan"],
            oleh=verifikator,
            waktu=dikirim + datetime.timedelta(days=1),
        )
        return
    # Answered on the spot at an event desk: routed within minutes, not the next day.
    jeda_teruskan = (
        datetime.timedelta(minutes=5)
        if item.get("di_tempat")
        else datetime.timedelta(days=1, hours=2)
    )
    diteruskan = dikirim + jeda_teruskan
    services.teruskan(aspirasi=aspirasi, opd=opd, oleh=verifikator, waktu=diteruskan)
    if skenario == "diteruskan":
        return
    petugas = _petugas(opd)
    waktu = diteruskan
    for i, isi in enumerate(item.get("jawaban", [])):
        jeda = (
            datetime.timedelta(minutes=20)
            if item.get("di_tempat")
            else datetime.timedelta(days=2 + i * 2, hours=3)
        )
        waktu = diteruskan + jeda
        services.jawab(
            aspirasi=aspirasi,
            isi=isi,
            oleh=petugas,
            jenis="jawaban" if i == 0 else "tindak_lanjut",
            waktu=waktu,
        )
    if skenario == "ditindaklanjuti":
        services.ubah_status(
            aspirasi=aspirasi,
            ke=Status.DITINDAKLANJUTI,
            oleh=petugas,
            catatan="Ditangani di lapangan.",
            waktu=waktu + datetime.timedelta(hours=1),
        )
    if skenario == "selesai":
        services.beri_tanggapan(
            aspirasi=aspirasi,
            penilaian=item.get("tanggapan", Tanggapan.Penilaian.PUAS),
            waktu=waktu + datetime.timedelta(days=1),
        )
    if skenario == "dibuka_kembali":
        services.beri_tanggapan(
            aspirasi=aspirasi,
            penilaian=Tanggapan.Penilaian.TIDAK_PUAS,
            alasan=item["tanggapan_alasan"],
            waktu=waktu + datetime.timedelta(days=1),
        )
    if item.get("terbit") and aspirasi.privasi != Aspirasi.Privasi.RAHASIA:
        Aspirasi.objects.filter(pk=aspirasi.pk).update(diterbitkan=True)
