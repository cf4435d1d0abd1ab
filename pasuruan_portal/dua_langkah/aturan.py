"""Who must sign in with a second factor. The one place this rule is written."""

from __future__ import annotations

from django_otp.plugins.otp_totp.models import TOTPDevice

# Staff groups whose members see every OPD's aspirasi and reporters' identities, or publish
# the catalog: a stolen password alone must not be enough for them.
GRUP_WAJIB = ("Verifikator", "Pimpinan")


def wajib_dua_langkah(user) -> bool:
    """Superusers and members of Verifikator or Pimpinan must verify a second factor."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=GRUP_WAJIB).exists()


def punya_aplikasi_autentikator(user) -> bool:
    """Has a confirmed TOTP device (an authenticator app that was shown to work)."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()
