"""Who reaches which aspirasi in the admin, in one place.

- ``aspirasi.lihat_semua_aspirasi`` (Verifikator, Pimpinan) or superuser: every item.
- A user with an OPD (Petugas OPD): the items routed to that OPD.
- A user with a kecamatan (Camat/Lurah): the items located in that kecamatan, read only.
- Anyone else: nothing.

Working on an item (answering, follow-up, forwarding) is for the assigned OPD's staff;
triage and publishing are for holders of ``aspirasi.verifikasi_aspirasi``.
"""

from django.db.models import Q

from aspirasi.models import Aspirasi


def lihat_semua(user) -> bool:
    return user.is_active and (user.is_superuser or user.has_perm("aspirasi.lihat_semua_aspirasi"))


def saring_aspirasi(user, queryset, awalan: str = ""):
    """``queryset`` narrowed to the aspirasi ``user`` may see; ``awalan`` is the ORM path
    from the queryset's model to the aspirasi (``"aspirasi__"`` for a child row)."""
    if lihat_semua(user):
        return queryset
    syarat = Q()
    opd_id = getattr(user, "opd_id", None)
    kecamatan_id = getattr(user, "kecamatan_id", None)
    if opd_id is not None:
        syarat |= Q(**{f"{awalan}opd_id": opd_id})
    if kecamatan_id is not None:
        syarat |= Q(**{f"{awalan}kecamatan_id": kecamatan_id})
    if not syarat:
        return queryset.none()
    return queryset.filter(syarat)


def boleh_lihat(user, aspirasi: Aspirasi) -> bool:
    if lihat_semua(user):
        return True
    opd_id = getattr(user, "opd_id", None)
    kecamatan_id = getattr(user, "kecamatan_id", None)
    return (opd_id is not None and aspirasi.opd_id == opd_id) or (
        kecamatan_id is not None and aspirasi.kecamatan_id == kecamatan_id
    )


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
