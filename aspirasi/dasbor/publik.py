"""The public answer record (/transparansi/ and each OPD's page), from the cache."""

from aspirasi.dasbor import singgahan, statistik


def catatan_transparansi() -> dict:
    """Per-OPD figures of the last 12 months, computed once per data version."""
    return singgahan.ambil_atau_hitung("per_opd", statistik.transparansi)


def catatan_opd(opd_id: int):
    """One OPD's row of the public record, or None when nothing reached it."""
    return next((b for b in catatan_transparansi()["per_opd"] if b.kunci == opd_id), None)
