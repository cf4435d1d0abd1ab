"""Who reaches which aspirasi in the admin, in one place.

- ``aspirasi.lihat_semua_aspirasi`` (Verifikator, Pimpinan) or superuser: every item.
- A user with an OPD (Petugas OPD): the items routed to that OPD.
- A user with a kecamatan (Camat/Lurah): the items located in that kecamatan, read only.
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


def _syarat_peran(user, jalur_opd: str, jalur_kecamatan: str) -> Q | None:
    """The rows of the user's own OPD or own kecamatan; None when the user has neither."""
    syarat = Q()
    opd_id = getattr(user, "opd_id", None)
    kecamatan_id = getattr(user, "kecamatan_id", None)
    if opd_id is not None:
        syarat |= Q(**{jalur_opd: opd_id})
    if kecamatan_id is not None:
        syarat |= Q(**{jalur_kecamatan: kecamatan_id})
    return syarat or None


def saring_aspirasi(user, queryset, awalan: str = ""):
    """``queryset`` narrowed to the aspirasi ``user`` may see; ``awalan`` is the ORM path
    from the queryset's model to the aspirasi (``"aspirasi__"`` for a child row)."""
    if lihat_semua(user):
        return queryset
    syarat = _syarat_peran(user, f"{awalan}opd_id", f"{awalan}kecamatan_id")
    return queryset.none() if syarat is None else queryset.filter(syarat)


def saring_kehadiran(user, queryset):
    """OPD attendance rows (``kegiatan.KehadiranOPD``) by the same rule as the aspirasi: the
    user's own OPD, or the events held in the user's kecamatan."""
    if lihat_semua(user):
        return queryset
    syarat = _syarat_peran(user, "opd_id", "kegiatan__kecamatan_id")
    return queryset.none() if syarat is None else queryset.filter(syarat)


def punya_peran_dasbor(user) -> bool:
    """Sees something on the dashboard: everything, an OPD, or a kecamatan."""
    return (
        user.is_active
        and user.has_perm("aspirasi.view_aspirasi")
        and (
            lihat_semua(user)
            or getattr(user, "opd_id", None) is not None
            or getattr(user, "kecamatan_id", None) is not None
        )
    )


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
