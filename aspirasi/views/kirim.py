"""Send an aspirasi: form → periksa kembali → kirim → confirmation (post/redirect/get).

The draft lives in the session between the steps, never in a URL; the confirmation shows
only the codes this session sent, so nobody else can read it.
"""

from __future__ import annotations

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from aspirasi import lampiran as berkas_lampiran
from aspirasi import selectors, services, tenggat
from aspirasi.forms import PENJELASAN_PRIVASI, AspirasiForm, token_baru
from aspirasi.models import Aspirasi
from aspirasi.views import batas
from layanan.models import Layanan
from pasuruan_portal.gangguan import simpan_isian

SESI_DRAF = "aspirasi_draf"
SESI_TERKIRIM = "aspirasi_terkirim"  # {token: kode} of what this session sent (last few)
SESI_TERAKHIR = "aspirasi_terakhir"  # kode shown on the confirmation page
SIMPAN_TERKIRIM = 5


def _pesan_batas():
    return _(
        "Terlalu banyak aspirasi dikirim dari jaringan Anda dalam waktu singkat. "
        "Tunggu sekitar %(menit)d menit lalu coba lagi, atau hubungi kami lewat telepon."
    ) % {"menit": max(1, batas.aturan("kirim")[1] // 60)}


def _layanan(slug):
    if not slug:
        return None
    return Layanan.objects.terbit().select_related("opd").filter(slug=slug).first()


def _lampiran_draf(request) -> list[dict]:
    """The attachments waiting in the session draft whose temporary file still exists."""
    draf = request.session.get(SESI_DRAF) or {}
    return [c for c in draf.get("lampiran") or [] if berkas_lampiran.sah_di_sesi(c)]


def _render_form(request, form, *, status=200, pesan_batas=None):
    slug = form["layanan"].value()
    pilih_lagi = (
        form.is_bound
        and bool(request.FILES.getlist("lampiran"))
        and bool(form.errors)
        and "lampiran" not in form.errors
    )
    return render(
        request,
        "aspirasi/kirim.html",
        {
            "form": form,
            "layanan": _layanan(slug if isinstance(slug, str) else ""),
            "pesan_batas": pesan_batas,
            "lampiran_tersimpan": [berkas_lampiran.uraian(c) for c in _lampiran_draf(request)],
            "pilih_lagi": pilih_lagi,
        },
        status=status,
    )


def _draf_baru(request, form) -> dict:
    """The session draft from a valid form. New files replace the earlier ones; without
    new files the earlier ones stay (unless the resident asked to remove them)."""
    lama_draf = request.session.get(SESI_DRAF) or {}
    lama = _lampiran_draf(request)
    draf = form.untuk_sesi()
    baru = form.cleaned_data.get("lampiran") or []
    if baru or form.cleaned_data.get("hapus_lampiran") or lama_draf.get("token") != draf["token"]:
        berkas_lampiran.hapus_sementara(lama)
        lama = []
    draf["lampiran"] = [berkas_lampiran.simpan_sementara(b) for b in baru] or lama
    return draf


@simpan_isian(AspirasiForm)
@never_cache
@require_http_methods(["GET", "POST"])
def kirim(request):
    if request.method == "POST":
        if request.POST.get("situs_web"):
            # Honeypot filled: a bot. Pretend success, keep nothing.
            berkas_lampiran.hapus_sementara(_lampiran_draf(request))
            request.session.pop(SESI_DRAF, None)
            request.session.pop(SESI_TERAKHIR, None)
            return redirect("aspirasi:terkirim")
        # Step 1 stores uploads and a session, so it has its own, looser flood limit.
        if batas.sudah_penuh(request, "kirim") or batas.hitung(request, "draf"):
            # Refused before any uploaded file is even looked at.
            form = AspirasiForm(request.POST)
            return _render_form(request, form, status=429, pesan_batas=_pesan_batas())
        form = AspirasiForm(request.POST, request.FILES)
        if form.is_valid():
            request.session[SESI_DRAF] = _draf_baru(request, form)
            return redirect("aspirasi:periksa")
        if "token" in form.errors:
            # Tampered or truncated: give the next attempt a valid one.
            form.data = form.data.copy()
            form.data["token"] = token_baru()
        return _render_form(request, form)

    awal = dict(request.session.get(SESI_DRAF) or {"token": token_baru()})
    awal.pop("lampiran", None)
    layanan = _layanan(request.GET.get("layanan", "")[:200])
    if layanan is not None:
        awal["layanan"] = layanan.slug
    return _render_form(request, AspirasiForm(initial=awal))


def _nama_opd(d):
    if d.get("opd"):
        return d["opd"].nama
    if d.get("layanan"):
        return _("%(opd)s (penanggung jawab layanan ini)") % {"opd": d["layanan"].opd.nama}
    return _("Saya tidak tahu")


def _baris_ringkasan(form, lampiran):
    d = form.cleaned_data
    tidak_diisi = _("Tidak diisi")
    baris = [
        (_("Jenis"), Aspirasi.Jenis(d["jenis"]).label, "id_jenis_0"),
        (_("Judul"), d["judul"], "id_judul"),
        (_("Uraian"), d["isi"], "id_isi"),
    ]
    if d.get("layanan"):
        baris.append((_("Tentang layanan"), d["layanan"].nama, None))
    baris += [
        (_("Perangkat daerah"), _nama_opd(d), "id_opd"),
        (_("Kecamatan"), d["kecamatan"].nama, "id_kecamatan"),
        (_("Desa/kelurahan"), str(d["desa"]) if d.get("desa") else tidak_diisi, "id_desa"),
        (
            _("Siapa yang boleh membaca"),
            f"{Aspirasi.Privasi(d['privasi']).label}: {PENJELASAN_PRIVASI[d['privasi']]}",
            "id_privasi_0",
        ),
    ]
    if d["privasi"] == Aspirasi.Privasi.ANONIM:
        baris.append((_("Nama dan kontak"), _("Tidak disimpan (anonim)"), "id_privasi_0"))
    else:
        baris += [
            (_("Nama"), d["nama"], "id_nama"),
            (_("Email"), d["email"] or tidak_diisi, "id_email"),
            (_("Nomor HP"), d["telepon"] or tidak_diisi, "id_telepon"),
        ]
    if lampiran:
        nilai = _("%(jumlah)d berkas: %(daftar)s") % {
            "jumlah": len(lampiran),
            "daftar": "; ".join(berkas_lampiran.uraian(c) for c in lampiran),
        }
    else:
        nilai = _("Tidak ada")
    baris.append((_("Lampiran"), nilai, "id_lampiran"))
    return baris


def _draf_sesi(request):
    # Shown on the 503 page while the database is down (readable when sessions are cached).
    return request.session.get(SESI_DRAF)


@simpan_isian(AspirasiForm, draf=_draf_sesi)
@never_cache
@require_http_methods(["GET", "POST"])
def periksa(request):
    draf = request.session.get(SESI_DRAF)
    if request.method == "POST":
        # A second press of "Kirim" after the first one went through: same confirmation.
        token = request.POST.get("token", "")
        if token and token in (request.session.get(SESI_TERKIRIM) or {}):
            request.session[SESI_TERAKHIR] = request.session[SESI_TERKIRIM][token]
            return redirect("aspirasi:terkirim")
    if not draf:
        return redirect("aspirasi:kirim")
    form = AspirasiForm(data=draf)
    if not form.is_valid():
        # Something changed since (e.g. the service was withdrawn): back to the form.
        return _render_form(request, form)

    lampiran_ada = _lampiran_draf(request)
    lampiran_hilang = len(lampiran_ada) < len(draf.get("lampiran") or [])
    if lampiran_hilang:
        draf = {**draf, "lampiran": lampiran_ada}
        request.session[SESI_DRAF] = draf

    pesan_batas = None
    status = 200
    if request.method == "POST":
        if request.POST.get("token") != draf["token"]:
            return redirect("aspirasi:periksa")  # a stale page of an older draft
        if lampiran_hilang:
            pass  # show what is left and let the resident decide; nothing is sent
        elif batas.sudah_penuh(request, "kirim"):
            pesan_batas, status = _pesan_batas(), 429
        else:
            token = form.cleaned_data["token"]
            baru = not Aspirasi.objects.filter(token_kirim=token).exists()
            lampiran = draf.get("lampiran") or []
            try:
                aspirasi = services.kirim_aspirasi(**form.untuk_layanan_kirim(), lampiran=lampiran)
            except berkas_lampiran.LampiranTidakSah as galat:
                # A waiting file expired or went missing: nothing was saved; choose again.
                berkas_lampiran.hapus_sementara(lampiran)
                request.session[SESI_DRAF] = {**draf, "lampiran": []}
                form.add_error("lampiran", str(galat))
                return _render_form(request, form)
            berkas_lampiran.hapus_sementara(lampiran)  # also when the token was sent before
            if baru:
                batas.hitung(request, "kirim")
            terkirim = dict(request.session.get(SESI_TERKIRIM) or {})
            terkirim[draf["token"]] = aspirasi.kode
            request.session[SESI_TERKIRIM] = dict(list(terkirim.items())[-SIMPAN_TERKIRIM:])
            request.session[SESI_TERAKHIR] = aspirasi.kode
            request.session.pop(SESI_DRAF, None)
            return redirect("aspirasi:terkirim")

    d = form.cleaned_data
    return render(
        request,
        "aspirasi/periksa.html",
        {
            "form": form,
            "baris": _baris_ringkasan(form, lampiran_ada),
            "serupa": selectors.jawaban_serupa(
                layanan=d.get("layanan"), opd=d.get("opd"), judul=d["judul"]
            ),
            "pesan_batas": pesan_batas,
            "lampiran_hilang": lampiran_hilang,
        },
        status=status,
    )


@never_cache
@require_GET
def terkirim(request):
    kode = request.session.get(SESI_TERAKHIR)
    aspirasi = None
    if kode and kode in (request.session.get(SESI_TERKIRIM) or {}).values():
        aspirasi = (
            Aspirasi.objects.defer(*selectors.IDENTITAS)
            .select_related("opd")
            .filter(kode=kode)
            .first()
        )
    perkiraan_jawaban = None
    if aspirasi is not None and aspirasi.tenggat:
        perkiraan_jawaban = tenggat.tenggat_jawaban(aspirasi.tenggat)
    return render(
        request,
        "aspirasi/terkirim.html",
        {
            "aspirasi": aspirasi,
            "potongan_kode": aspirasi.kode.split("-") if aspirasi else [],
            "perkiraan_jawaban": perkiraan_jawaban,
            "hari": settings.ASPIRASI_TENGGAT,
        },
    )


@require_GET
def privasi(request):
    return render(request, "aspirasi/privasi.html")
