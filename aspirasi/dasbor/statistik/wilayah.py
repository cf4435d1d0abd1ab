"""Per kecamatan, or per desa of the chosen kecamatan."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from aspirasi.dasbor.statistik.hitung import Baris, _per
from aspirasi.dasbor.statistik.saringan import Saringan, aspirasi_tersaring
from layanan.models import Desa, Kecamatan


def per_wilayah(user, saringan: Saringan, *, qs=None, sekarang=None, hari_ini=None):
    """Per kecamatan; once a kecamatan is chosen, per desa of it. Returns (level, rows)
    with level ``kecamatan`` or ``desa``; rows by most received, then name."""
    sekarang = sekarang or timezone.now()
    hari_ini = hari_ini or timezone.localdate(sekarang)
    qs = aspirasi_tersaring(user, saringan) if qs is None else qs
    tingkat, kunci, model = (
        ("desa", "desa_id", Desa)
        if saringan.kecamatan_id is not None
        else ("kecamatan", "kecamatan_id", Kecamatan)
    )
    angka = _per(qs, kunci, sekarang)
    nama = {
        obj.pk: obj.nama
        for obj in model.objects.filter(pk__in=[k for k in angka if k is not None]).only("nama")
    }
    hasil = []
    for k, a in angka.items():
        a.isi_umur(hari_ini)
        hasil.append(Baris(k, nama[k] if k is not None else str(_("Tanpa lokasi")), a))
    hasil.sort(key=lambda b: (-b.angka.diterima, b.kunci is None, b.nama))
    return tingkat, hasil
