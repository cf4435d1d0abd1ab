"""Per OPD: the answer figures and the attendance at events, worst first."""

from __future__ import annotations

import datetime

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from aspirasi.admin.akses import saring_kehadiran
from aspirasi.dasbor.statistik.hitung import Angka, Baris, _per
from aspirasi.dasbor.statistik.saringan import (
    PUBLIK,
    TANPA_OPD,
    Saringan,
    aspirasi_tersaring,
)
from kegiatan.models import Kegiatan, KehadiranOPD
from layanan.models import OPD


def kehadiran_tersaring(user, saringan: Saringan, hari_ini: datetime.date):
    """Attendance rows of events that started in the period (up to today), not cancelled,
    in the reader's scope and filters (jenis and kanal do not apply to events)."""
    qs = KehadiranOPD.objects.all()
    qs = qs if user is PUBLIK else saring_kehadiran(user, qs)
    qs = qs.filter(
        kegiatan__tanggal_mulai__gte=saringan.dari,
        kegiatan__tanggal_mulai__lte=min(saringan.sampai, hari_ini),
    ).exclude(kegiatan__status=Kegiatan.Status.DIBATALKAN)
    if saringan.pemda_id is not None:
        qs = qs.filter(opd__pemda_id=saringan.pemda_id)
    if saringan.kecamatan_id is not None:
        qs = qs.filter(kegiatan__kecamatan_id=saringan.kecamatan_id)
    if saringan.desa_id is not None:
        qs = qs.filter(kegiatan__desa_id=saringan.desa_id)
    if saringan.opd == TANPA_OPD:
        return qs.none()
    if saringan.opd is not None:
        qs = qs.filter(opd_id=saringan.opd)
    return qs


def kehadiran_per_opd(user, saringan: Saringan, hari_ini: datetime.date) -> dict:
    """``{opd_id: (hadir, diundang)}``."""
    return {
        baris["opd_id"]: (baris["hadir"], baris["diundang"])
        for baris in kehadiran_tersaring(user, saringan, hari_ini)
        .order_by()
        .values("opd_id")
        .annotate(
            hadir=Count("pk", filter=Q(kehadiran=KehadiranOPD.Kehadiran.HADIR)),
            diundang=Count("pk"),
        )
    }


def urutan_terburuk(baris: Baris):
    """Worst first: most overdue, then most unanswered, then the oldest unanswered item,
    then the lowest on-time share; ties by name."""
    a = baris.angka
    persen = a.tepat_persen
    return (
        -a.lewat,
        -a.belum,
        -(a.umur_tertua if a.umur_tertua is not None else -1),
        persen if persen is not None else 101,
        baris.nama,
    )


def per_opd(
    user, saringan: Saringan, *, qs=None, sekarang=None, hari_ini=None, angka=None
) -> list[Baris]:
    """One row per OPD with items or attendance in view (and one for items not yet routed),
    worst first. ``angka``: the figures per OPD when already computed (``_per_dan_total``)."""
    sekarang = sekarang or timezone.now()
    hari_ini = hari_ini or timezone.localdate(sekarang)
    qs = aspirasi_tersaring(user, saringan) if qs is None else qs
    if angka is None:
        angka = _per(qs, "opd_id", sekarang)
    for opd_id, (hadir, diundang) in kehadiran_per_opd(user, saringan, hari_ini).items():
        angka.setdefault(opd_id, Angka())
        angka[opd_id].hadir, angka[opd_id].diundang = hadir, diundang
    nama = {
        opd.pk: opd
        for opd in OPD.objects.filter(pk__in=[k for k in angka if k is not None]).only(
            "nama", "singkatan"
        )
    }
    hasil = []
    for opd_id, a in angka.items():
        a.isi_umur(hari_ini)
        if opd_id is None:
            hasil.append(Baris(TANPA_OPD, str(_("Belum diteruskan ke OPD")), a))
        else:
            opd = nama[opd_id]
            hasil.append(Baris(opd_id, opd.nama, a, opd.singkatan))
    return sorted(hasil, key=urutan_terburuk)
