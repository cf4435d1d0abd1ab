import json

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from layanan import selectors, services
from layanan.filters import SaringanLayanan, pilihan_saringan
from layanan.models import (
    OPD,
    Layanan,
    Pemda,
    Persyaratan,
)
from layanan.pencarian import cari_layanan
from pasuruan_portal.singgahan_halaman import halaman_publik


@halaman_publik("katalog", "kegiatan")
@require_GET
def beranda(request):
    return render(
        request,
        "layanan/beranda.html",
        {
            "kategori": selectors.kategori_dengan_jumlah_terbit(),
            "terpopuler": selectors.terpopuler(8),
            # Only what the notice shows: no pemda join, no long texts.
            "opd_pindah": selectors.opd_pindah(4),
        },
    )


@halaman_publik("katalog", parameter=("q", "kategori", "opd", "pemda", "gratis", "halaman"))
@require_GET
def layanan_daftar(request):
    form = SaringanLayanan(request.GET or None)
    saring = form.saringan()
    q = saring.pop("q", "").strip()
    if q:
        # Counted on the filtered services alone: the card columns join OPD and kategori,
        # which a COUNT does not need (on 3,000 services ten times slower with the joins).
        daftar = cari_layanan(q, selectors.tersaring(**saring))
    else:
        # Without a search (most visits): from precompiled SQL.
        daftar = selectors.DaftarTersaring(**saring)
    halaman = Paginator(daftar, settings.LAYANAN_PER_HALAMAN).get_page(request.GET.get("halaman"))
    if q:
        halaman.object_list = halaman.object_list.untuk_kartu()
    parameter = request.GET.copy()
    parameter.pop("halaman", None)
    return render(
        request,
        "layanan/layanan_daftar.html",
        {
            "form": form,
            "pilihan_saringan": pilihan_saringan(form),
            "halaman": halaman,
            "parameter": parameter.urlencode(),
            "q": q,
        },
    )


def _persyaratan():
    return Prefetch("persyaratan", queryset=Persyaratan.objects.order_by("layanan_id", "urutan"))


def _json_ld(layanan, unit_layanan):
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": layanan.nama,
        "description": layanan.ringkasan,
        "url": settings.SITE_URL + layanan.get_absolute_url(),
        "serviceType": layanan.kategori.nama,
        "provider": {
            "@type": "GovernmentOrganization",
            "name": layanan.opd.nama,
            "address": layanan.opd.alamat,
        },
        "areaServed": {"@type": "AdministrativeArea", "name": layanan.opd.pemda.nama},
        "availableChannel": [
            {
                "@type": "ServiceChannel",
                "name": unit["nama"],
                "serviceLocation": {
                    "@type": "Place",
                    "name": unit["nama"],
                    "address": unit["alamat"],
                },
            }
            for unit in unit_layanan
        ],
        "offers": {"@type": "Offer", "price": layanan.biaya, "priceCurrency": "IDR"},
    }
    if layanan.tautan_daring:
        data["availableChannel"].append(
            {"@type": "ServiceChannel", "serviceUrl": layanan.tautan_daring}
        )
    teks = json.dumps(data, ensure_ascii=False)
    # Inside <script>, these characters could end the element early.
    return teks.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _kunjungan_dari_singgahan(request, slug):
    services.catat_kunjungan_tertunda(slug=slug)


# Related answers (aspirasi) are shown on the page too.
@halaman_publik("katalog", "aspirasi", pada_hit=_kunjungan_dari_singgahan)
@require_GET
def layanan_detail(request, slug):
    layanan = selectors.halaman_layanan(slug)
    if layanan is None:
        raise Http404
    services.catat_kunjungan(layanan=layanan)
    isi = selectors.isi_halaman(layanan.pk)
    return render(
        request,
        "layanan/layanan_detail.html",
        {"layanan": layanan, "json_ld": _json_ld(layanan, isi["unit_layanan"]), **isi},
    )


@halaman_publik("katalog")
@require_GET
def layanan_daftar_periksa(request, slug):
    layanan = get_object_or_404(
        Layanan.objects.terbit().untuk_daftar().prefetch_related(_persyaratan()), slug=slug
    )
    return render(request, "layanan/layanan_daftar_periksa.html", {"layanan": layanan})


@halaman_publik("katalog")
@require_GET
def opd_daftar(request):
    pemda = Pemda.objects.prefetch_related(
        Prefetch(
            "opd",
            queryset=OPD.objects.aktif()
            .annotate(
                jumlah_layanan=Count("layanan", filter=Q(layanan__status=Layanan.Status.TERBIT))
            )
            .order_by("jenis", "nama"),
        )
    )
    return render(request, "layanan/opd_daftar.html", {"daftar_pemda": pemda})


# Its answer record and related answers (aspirasi) are shown on the page too.
@halaman_publik("katalog", "aspirasi")
@require_GET
def opd_detail(request, slug):
    opd = get_object_or_404(
        OPD.objects.aktif()
        .select_related("pemda", "kecamatan")
        .prefetch_related(
            Prefetch(
                "layanan",
                queryset=Layanan.objects.terbit().select_related("kategori").order_by("nama"),
                to_attr="layanan_terbit",
            ),
            "unit_layanan",
        ),
        slug=slug,
    )
    return render(request, "layanan/opd_detail.html", {"opd": opd})


@require_GET
def robots_txt(request):
    baris = ["User-agent: *"]
    # The well-known /admin/ is asked to be skipped; a custom ADMIN_URL is not advertised.
    if settings.ADMIN_URL == "admin/":
        baris.append(f"Disallow: {reverse('admin:index')}")
    baris += [f"Sitemap: {settings.SITE_URL}/sitemap.xml", ""]
    isi = "\n".join(baris)
    return HttpResponse(isi, content_type="text/plain; charset=utf-8")
