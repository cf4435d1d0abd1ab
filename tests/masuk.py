"""Signing staff in for tests, second step included.

``client.force_login`` alone is the first step only: for a superuser, a Verifikator or a
Pimpinan every admin and staff page then answers with a redirect to the two-step pages
(pasuruan_portal.dua_langkah). Tests that are about something else sign in with
``masuk_staf``; tests about the second step itself use ``force_login`` on purpose.
"""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

NAMA_PERANGKAT_UJI = "Perangkat uji"


def perangkat_totp(user, *, confirmed=True, name=NAMA_PERANGKAT_UJI) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name=name, confirmed=confirmed)


def kode_sekarang(perangkat, *, geser: int = 0) -> str:
    """The code the user's authenticator app shows now (``geser`` steps of 30 s away)."""
    totp = TOTP(perangkat.bin_key, perangkat.step, perangkat.t0, perangkat.digits)
    totp.time = totp.time + geser * perangkat.step
    return f"{totp.token():0{perangkat.digits}d}"


def masuk_staf(client, user):
    """force_login, then mark the session verified with a confirmed TOTP device of the user
    (created if needed), exactly as ``django_otp.login`` does after a right code."""
    client.force_login(user)
    perangkat = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if perangkat is None:
        perangkat = perangkat_totp(user)
    sesi = client.session
    sesi[DEVICE_ID_SESSION_KEY] = perangkat.persistent_id
    sesi.save()
    return perangkat
