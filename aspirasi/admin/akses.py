"""Who reaches which aspirasi in the admin, in one place.

- ``aspirasi.lihat_semua_aspirasi`` (Verifikator, Pimpinan) or superuser: every item.
- A user with an OPD (Petugas OPD): the items routed to that OPD.
- A user with a kecamatan (Camat): the items located in that kecamatan, read only.
- A user with a desa (Lurah/Kepala Desa): the items located in that desa, read only.
- Anyone else: nothing.

The leaders' dashboard (``aspirasi.dasbor``) uses the same rules, so its figures never
count an item its reader could not open in the admin.

Working on an item (answering, follow-up, forwarding) is for the assigned OPD's staff;
triage and publishing are for holders of ``aspirasi.verifikasi_aspirasi``.
"""

from django.db.models import Q

from aspirasi.models import Aspirasi


def lihat_semua(user) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm("aspirasi.lihat_semua_aspirasi"))


def _milik(user) -> dict[str, int]:
    """The user's own OPD and area as ``{aspirasi field: id}``. A Lurah (a desa on the
    account) sees that desa only, never the rest of the kecamatan."""
    milik = {}
    if getattr(user, "opd_id", None) is not None:
        milik["opd_id"] = user.opd_id
    if getattr(user, "desa_id", None) is not None:
        milik["desa_id"] = user.desa_id
    elif getattr(user, "kecamatan_id", None) is not None:
        milik["kecamatan_id"] = user.kecamatan_id
    return milik


def _saring(user, queryset, jalur: dict[str, str]):
    """``queryset`` narrowed to the rows of the user's own OPD or area; ``jalur`` maps each
    aspirasi field of ``_milik`` to its ORM path from the queryset's model."""
    if lihat_semua(user):
        return queryset
    syarat = Q()
    for kolom, nilai in _milik(user).items():
        syarat |= Q(**{jalur[kolom]: nilai})
    return queryset.filter(syarat) if syarat else queryset.none()


def saring_aspirasi(user, queryset, awalan: str = ""):
    """``queryset`` narrowed to the aspirasi ``user`` may see; ``awalan`` is the ORM path
    from the queryset's model to the aspirasi (``"aspirasi__"`` for a child row)."""
    kolom = ("opd_id", "kecamatan_id", "desa_id")
    return _saring(user, queryset, {k: f"{awalan}{k}" for k in kolom})


def saring_kehadiran(user, queryset):
    """OPD attendance rows (``kegiatan.KehadiranOPD``) by the same rule as the aspirasi: the
    user's own OPD, or the events held in the user's kecamatan (or desa)."""
    return _saring(
        user,
        queryset,
        {
            "opd_id": "opd_id",
            "kecamatan_id": "kegiatan__kecamatan_id",
            "desa_id": "kegiatan__desa_id",
        },
    )


def punya_peran_dasbor(user) -> bool:
    """Sees something on the dashboard: everything, an OPD, a kecamatan or a desa."""
    return (
        user.is_active
        and user.has_perm("aspirasi.view_aspirasi")
        and (lihat_semua(user) or bool(_milik(user)))
    )


def boleh_lihat(user, aspirasi: Aspirasi) -> bool:
    if lihat_semua(user):
        return True
    return any(getattr(aspirasi, kolom) == nilai for kolom, nilai in _milik(user).items())


def boleh_verifikasi(user) -> bool:
    return user.is_active and user.has_perm("aspirasi.verifikasi_aspirasi")


def boleh_terbitkan(user) -> bool:
    return user.is_active and user.has_perm("aspirasi.terbitkan_aspirasi")


def opd_penanggung_jawab(user, aspirasi: Aspirasi) -> bool:
    """The user is staff of the OPD the item is routed to (or a superuser)."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    opd_id = getattr(user, "opd_id", None)
    return (
        opd_id is not None
        and aspirasi.opd_id == opd_id
        and user.has_perm("aspirasi.change_aspirasi")
    )


def boleh_lihat_identitas(user, aspirasi: Aspirasi) -> bool:
    """Reporter identity: only the verifikator and the assigned OPD, whatever the privacy
    (anonim stores none). Pimpinan and Camat/Lurah see the content, never the person."""
    return boleh_verifikasi(user) or opd_penanggung_jawab(user, aspirasi)
