"""Admin page of the schedule generator: /admin/kegiatan/kegiatan/buat-jadwal/.

Wired in by ``KegiatanAdmin.urls_tambahan`` (kegiatan/admin.py)::

    def urls_tambahan(self):
        return admin_jadwal.urls(self.admin_site)

"Pratinjau" is a dry run (nothing is written); "Buat draf" creates the drafts and shows
what was created, skipped (already there) and refused because of a conflict. Needs
``kegiatan.add_kegiatan``.
"""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils.translation import gettext as _

from kegiatan import penjadwal
from kegiatan.forms_jadwal import FormJadwal
from kegiatan.models import Kegiatan

NAMA_URL = "kegiatan_kegiatan_buat_jadwal"


def _url_ubah(kegiatan):
    if kegiatan is None:
        return ""
    try:
        return reverse("admin:kegiatan_kegiatan_change", args=[kegiatan.pk])
    except NoReverseMatch:  # KegiatanAdmin not registered (e.g. a trimmed admin site)
        return ""


def buat_jadwal_view(request, admin_site):
    if not request.user.has_perm("kegiatan.add_kegiatan"):
        raise PermissionDenied
    hasil = rencana = None
    dibuat = False
    if request.method == "POST":
        form = FormJadwal(request.POST)
        if form.is_valid():
            rencana = form.rencana()
            if request.POST.get("aksi") == "buat":
                hasil = penjadwal.buat_jadwal(
                    rencana=rencana, dengan_agenda=form.cleaned_data["dengan_agenda"]
                )
                dibuat = True
            else:
                hasil = penjadwal.periksa_jadwal(rencana=rencana)
    else:
        form = FormJadwal()

    status = {}
    if hasil is not None:
        for r in hasil.dibuat:
            kunci = (r.kecamatan.pk, r.tanggal_mulai if dibuat else r.mulai)
            status[kunci] = ("dibuat" if dibuat else "baru", r if dibuat else None, [])
        for r, ada in hasil.dilewati:
            status[(r.kecamatan.pk, r.mulai)] = ("ada", ada, [])
        for r, lawan in hasil.bentrok:
            status[(r.kecamatan.pk, r.mulai)] = ("bentrok", None, lawan)
    baris = []
    for r in rencana or []:
        keadaan, kegiatan, lawan = status.get((r.kecamatan.pk, r.mulai), ("", None, []))
        baris.append((r, keadaan, _url_ubah(kegiatan), lawan))

    context = {
        **admin_site.each_context(request),
        "title": _("Buat jadwal kegiatan"),
        "opts": Kegiatan._meta,
        "form": form,
        "baris": baris,
        "hasil": hasil,
        "dibuat": dibuat,
    }
    return TemplateResponse(request, "admin/kegiatan/buat_jadwal.html", context)


def urls(admin_site):
    """URL patterns for ``KegiatanAdmin.get_urls`` (placed before the default ones)."""
    return [
        path(
            "buat-jadwal/",
            admin_site.admin_view(lambda request: buat_jadwal_view(request, admin_site)),
            name=NAMA_URL,
        )
    ]
