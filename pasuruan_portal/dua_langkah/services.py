"""Writes of two-step sign-in: enrol an authenticator app, check a code, reset a user.

Every check locks the device row first (select_for_update): two requests carrying the
same code at the same moment cannot both pass, and the failure counter that throttles
guessing cannot be raced past.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

NAMA_APLIKASI = "Aplikasi autentikator"
NAMA_CADANGAN = "Kode cadangan"
JUMLAH_KODE_CADANGAN = 10

POLA_KODE_APLIKASI = re.compile(r"[0-9]{6}")
# django-otp's backup codes: 5 random bytes in lower-case base32.
POLA_KODE_CADANGAN = re.compile(r"[a-z2-7]{8}")


@dataclass
class HasilKode:
    """What a code check found: the device that accepted it, or why none did."""

    perangkat: Device | None = None
    # Set when too many wrong codes were entered: no code is checked before this moment.
    terkunci_sampai: datetime | None = None
    # Shown once, right after enrolment.
    kode_cadangan: list[str] = field(default_factory=list)

    @property
    def berhasil(self) -> bool:
        return self.perangkat is not None


def _kunci(perangkat) -> datetime | None:
    boleh, info = perangkat.verify_is_allowed()
    if boleh:
        return None
    return (info or {}).get("locked_until")


def _periksa(daftar, kode: str) -> HasilKode:
    """Try ``kode`` on each (locked) device still allowed to check one; if every device is
    waiting after earlier wrong codes, the code is not checked and the wait is reported."""
    terkunci = []
    for perangkat in daftar:
        sampai = _kunci(perangkat)
        if sampai is not None:
            terkunci.append(sampai)
            continue
        if perangkat.verify_token(kode):
            return HasilKode(perangkat=perangkat)
    if terkunci and len(terkunci) == len(daftar):
        return HasilKode(terkunci_sampai=min(terkunci))
    return HasilKode()


@transaction.atomic
def siapkan_aplikasi(*, pengguna) -> TOTPDevice:
    """The user's authenticator app waiting to be confirmed; created on first visit, then
    kept, so the QR code scanned a moment ago stays valid when the page is reloaded."""
    perangkat = (
        TOTPDevice.objects.select_for_update()
        .filter(user=pengguna, confirmed=False)
        .order_by("-pk")
        .first()
    )
    if perangkat is None:
        perangkat = TOTPDevice.objects.create(user=pengguna, name=NAMA_APLIKASI, confirmed=False)
    return perangkat


@transaction.atomic
def konfirmasi_aplikasi(*, pengguna, kode: str) -> HasilKode:
    """Confirm the user's own waiting app with a code it shows; on success replace any
    backup codes with new ones, returned once in ``kode_cadangan``."""
    if not POLA_KODE_APLIKASI.fullmatch(kode):
        return HasilKode()
    perangkat = (
        TOTPDevice.objects.select_for_update()
        .filter(user=pengguna, confirmed=False)
        .order_by("-pk")
        .first()
    )
    if perangkat is None:
        return HasilKode()
    hasil = _periksa([perangkat], kode)
    if not hasil.berhasil:
        return hasil
    perangkat.confirmed = True
    perangkat.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=pengguna, confirmed=False).delete()
    hasil.kode_cadangan = buat_kode_cadangan(pengguna=pengguna)
    return hasil


@transaction.atomic
def buat_kode_cadangan(*, pengguna) -> list[str]:
    """Ten new one-time backup codes; every earlier backup code stops working."""
    StaticDevice.objects.filter(user=pengguna).delete()
    perangkat = StaticDevice.objects.create(user=pengguna, name=NAMA_CADANGAN, confirmed=True)
    kode = [StaticToken.random_token() for _ in range(JUMLAH_KODE_CADANGAN)]
    StaticToken.objects.bulk_create(StaticToken(device=perangkat, token=k) for k in kode)
    return kode


@transaction.atomic
def periksa_kode(*, pengguna, kode: str) -> HasilKode:
    """Check a code from the user's confirmed app (6 digits) or a backup code (8 letters
    and digits, used up by this check)."""
    if POLA_KODE_APLIKASI.fullmatch(kode):
        model = TOTPDevice
    elif POLA_KODE_CADANGAN.fullmatch(kode):
        model = StaticDevice
    else:
        return HasilKode()
    daftar = list(
        model.objects.select_for_update().filter(user=pengguna, confirmed=True).order_by("pk")
    )
    if not daftar:
        return HasilKode()
    return _periksa(daftar, kode)


@transaction.atomic
def setel_ulang(*, pengguna) -> int:
    """Remove every second factor of the user (lost phone): at the next sign-in they
    enrol a new app. Returns the number of devices removed."""
    _, aplikasi = TOTPDevice.objects.filter(user=pengguna).delete()
    _, cadangan = StaticDevice.objects.filter(user=pengguna).delete()
    return aplikasi.get(TOTPDevice._meta.label, 0) + cadangan.get(StaticDevice._meta.label, 0)
