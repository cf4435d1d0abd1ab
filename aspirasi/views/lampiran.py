"""Download of an attachment by staff: the only way a stored lampiran leaves the server.

The storage (MEDIA_ROOT or a private bucket) has no public URL; the file is read through
the storage API (``berkas.open``). This view answers 404 to anyone who may not see the
aspirasi (so nobody learns whether an attachment exists) and sends the file as a download
under a neutral name, never rendered inline by the browser."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from aspirasi import lampiran as berkas_lampiran
from aspirasi.admin import akses
from aspirasi.models import Aspirasi, Lampiran
from aspirasi.views.izin import halaman_staf


def boleh_unduh(user, aspirasi: Aspirasi) -> bool:
    """Staff who may see the aspirasi; for a rahasia item only the verifikator (and
    superuser) and the staff of the OPD it is routed to."""
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    if aspirasi.privasi == Aspirasi.Privasi.RAHASIA:
        opd_id = getattr(user, "opd_id", None)
        return (
            user.is_superuser
            or akses.boleh_verifikasi(user)
            or (opd_id is not None and opd_id == aspirasi.opd_id)
        )
    return akses.boleh_lihat(user, aspirasi)


@halaman_staf
@require_GET
def unduh_lampiran(request, pk: int):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    lampiran = get_object_or_404(
        Lampiran.objects.select_related("aspirasi").only(
            "berkas",
            "jenis_konten",
            "aspirasi__privasi",
            "aspirasi__opd_id",
            "aspirasi__kecamatan_id",
        ),
        pk=pk,
    )
    if not boleh_unduh(request.user, lampiran.aspirasi):
        raise Http404
    try:
        berkas = lampiran.berkas.open("rb")
    except (FileNotFoundError, ValueError) as galat:
        raise Http404 from galat
    ekstensi = berkas_lampiran.EKSTENSI.get(lampiran.jenis_konten, "")
    respons = FileResponse(
        berkas,
        as_attachment=True,
        filename=f"lampiran-{lampiran.aspirasi_id}-{lampiran.pk}{ekstensi}",
        content_type=lampiran.jenis_konten,
    )
    respons["X-Content-Type-Options"] = "nosniff"
    respons["Cache-Control"] = "private, no-store"
    respons["Content-Security-Policy"] = "default-src 'none'; sandbox"
    respons["Referrer-Policy"] = "no-referrer"
    return respons
