"""Public event pages and iCalendar feeds. Thin: queries live in ``selectors``."""

import datetime
import json

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from kegiatan import ical, kalender, selectors
from kegiatan.models import Kegiatan
from layanan.models import Kecamatan
from pasuruan_portal import singgahan_data
from pasuruan_portal.singgahan_halaman import halaman_publik
from pasuruan_portal.widgets import FastSelect, PilihanTetap

KEGIATAN_LEWAT_PER_HALAMAN = 10


def _buat_pilihan_kecamatan():
    per_slug = {k["slug"]: k for k in selectors.kecamatan()}
    pilihan = PilihanTetap(
        [("", _("Semua kecamatan")), *((slug, k["nama"]) for slug, k in per_slug.items())]
    )
    return per_slug, pilihan


def _pilihan_kecamatan():
    """The kecamatan by slug and the select's choices, kept while the catalog is unchanged:
    the same PilihanTetap on every visit keeps its rendered options."""
    return singgahan_data.dibaca(("katalog",), "pilihan_kecamatan", _buat_pilihan_kecamatan)


class SaringanKegiatan(forms.Form):
    jenis = forms.ChoiceField(
        label=_("Jenis kegiatan"),
        required=False,
        choices=PilihanTetap([("", _("Semua jenis")), *Kegiatan.Jenis.choices]),
        widget=FastSelect(attrs={"class": "form-select"}),
    )
    # A plain ChoiceField over (slug, nama) rows rather than a ModelChoiceField: one query
    # for both validating and rendering, no model instances. Same message as before.
    kecamatan = forms.ChoiceField(
        label=_("Kecamatan"),
        required=False,
        error_messages={
            "invalid_choice": forms.ModelChoiceField.default_error_messages["invalid_choice"]
        },
        widget=FastSelect(attrs={"class": "form-select"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._kecamatan, self.fields["kecamatan"].choices = _pilihan_kecamatan()

    def nilai(self):
        """Valid filters only: a bad value is ignored (and reported), never a 500. The
        kecamatan comes as its ``id``/``slug``/``nama`` dict (or None)."""
        self.is_valid()
        for nama in self.errors:
            if nama in self.fields:
                self.fields[nama].widget.attrs["class"] = "form-select is-invalid"
        data = getattr(self, "cleaned_data", {})
        return {
            "jenis": data.get("jenis") or "",
            "kecamatan": self._kecamatan.get(data.get("kecamatan") or ""),
        }


@halaman_publik("kegiatan", "katalog", parameter=("jenis", "kecamatan", "bulan", "halaman"))
@require_GET
def daftar(request):
    saringan = SaringanKegiatan(request.GET or None)
    nilai = saringan.nilai() if saringan.is_bound else {"jenis": "", "kecamatan": None}
    saring = {
        "jenis": nilai["jenis"],
        "kecamatan_id": nilai["kecamatan"]["id"] if nilai["kecamatan"] else None,
    }
    hari_ini = timezone.localdate()

    bulan = kalender.buat_bulan(kalender.baca_bulan(request.GET.get("bulan"), hari_ini), hari_ini)
    di_kalender, akan_datang = selectors.untuk_daftar(*bulan.rentang, hari_ini=hari_ini, **saring)
    kalender.isi_bulan(bulan, di_kalender)

    halaman = Paginator(
        selectors.SudahLewat(hari_ini=hari_ini, **saring), KEGIATAN_LEWAT_PER_HALAMAN
    ).get_page(request.GET.get("halaman"))

    parameter = request.GET.copy()
    for kunci in ("halaman", "bulan"):
        parameter.pop(kunci, None)
    return render(
        request,
        "kegiatan/daftar.html",
        {
            "saringan": saringan,
            "disaring": bool(nilai["jenis"] or nilai["kecamatan"]),
            "kecamatan_terpilih": nilai["kecamatan"],
            "akan_datang": akan_datang,
            "halaman": halaman,
            "bulan": bulan,
            "parameter": parameter.urlencode(),
            "hari_ini": hari_ini,
        },
    )


def _json_ld(kegiatan, waktu):
    alamat = {
        "@type": "PostalAddress",
        "addressLocality": f"Kecamatan {kegiatan.kecamatan.nama}",
        "addressRegion": "Jawa Timur",
        "addressCountry": "ID",
    }
    if kegiatan.desa_id:
        alamat["streetAddress"] = kegiatan.desa.nama
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": kegiatan.judul,
        "description": kegiatan.deskripsi or kegiatan.get_jenis_display(),
        "url": settings.SITE_URL + kegiatan.get_absolute_url(),
        "startDate": waktu.mulai.isoformat(),
        "endDate": (waktu.selesai if waktu.berjam else waktu.hari_terakhir).isoformat(),
        "eventStatus": "https://schema.org/EventCancelled"
        if kegiatan.status == Kegiatan.Status.DIBATALKAN
        else "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "isAccessibleForFree": True,
        "location": {
            "@type": "Place",
            "name": kegiatan.tempat or f"Kecamatan {kegiatan.kecamatan.nama}",
            "address": alamat,
        },
        "organizer": {"@type": "GovernmentOrganization", "name": kegiatan.kecamatan.pemda.nama},
    }
    teks = json.dumps(data, ensure_ascii=False)
    # Inside <script>, these characters could end the element early.
    return teks.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _hari_agenda(kegiatan):
    """Agenda grouped by day, each day with its date."""
    hari = {}
    for sesi in kegiatan.agenda.all():
        tanggal = kegiatan.tanggal_mulai + datetime.timedelta(days=sesi.hari_ke - 1)
        hari.setdefault((sesi.hari_ke, tanggal), []).append(sesi)
    return [{"hari_ke": k[0], "tanggal": k[1], "sesi": v} for k, v in sorted(hari.items())]


# The questions raised at the event (aspirasi) are shown on the page too.
@halaman_publik("kegiatan", "katalog", "aspirasi")
@require_GET
def detail(request, slug):
    kegiatan = selectors.detail(slug)
    if kegiatan is None:
        raise Http404
    hari_ini = timezone.localdate()
    waktu = ical.waktu_kegiatan(kegiatan)
    sudah_lewat = kegiatan.tanggal_selesai < hari_ini or kegiatan.status == Kegiatan.Status.SELESAI
    layanan = list(kegiatan.layanan_kegiatan.all())
    kehadiran = list(kegiatan.kehadiran.all())
    if sudah_lewat:
        opd = [k.opd for k in kehadiran if k.kehadiran == k.Kehadiran.HADIR]
    else:
        opd = [
            k.opd
            for k in kehadiran
            if k.kehadiran not in (k.Kehadiran.TIDAK_HADIR, k.Kehadiran.IZIN)
        ]
    return render(
        request,
        "kegiatan/detail.html",
        {
            "kegiatan": kegiatan,
            "waktu": waktu,
            "sudah_lewat": sudah_lewat,
            "dibatalkan": kegiatan.status == Kegiatan.Status.DIBATALKAN,
            "agenda": _hari_agenda(kegiatan),
            "layanan": layanan,
            "total_dilayani": sum(lk.jumlah_dilayani for lk in layanan),
            "opd": opd,
            "stan": list(kegiatan.stan_umkm.all()),
            "json_ld": _json_ld(kegiatan, waktu),
        },
    )


def _respons_ical(isi: bytes, nama_berkas: str) -> HttpResponse:
    respons = HttpResponse(isi, content_type="text/calendar; charset=utf-8")
    respons["Content-Disposition"] = f'inline; filename="{nama_berkas}"'
    respons["Cache-Control"] = "public, max-age=900"
    return respons


@require_GET
def kalender_semua(request):
    isi = ical.kalender(
        selectors.untuk_feed(), nama=str(_("Kegiatan Pemerintah Kabupaten Pasuruan"))
    )
    return _respons_ical(isi, "kegiatan-pasuruan.ics")


@require_GET
def kalender_kecamatan(request, slug):
    kecamatan = get_object_or_404(Kecamatan, slug=slug)
    isi = ical.kalender(
        selectors.untuk_feed(kecamatan=kecamatan),
        nama=str(_("Kegiatan di Kecamatan %(nama)s") % {"nama": kecamatan.nama}),
    )
    return _respons_ical(isi, f"kegiatan-{kecamatan.slug}.ics")


@require_GET
def kalender_satu(request, slug):
    kegiatan = list(selectors.publik().prefetch_related("agenda").filter(slug=slug))
    if not kegiatan:
        raise Http404
    return _respons_ical(ical.kalender(kegiatan, nama=kegiatan[0].judul), f"{slug}.ics")
