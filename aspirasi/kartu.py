"""HTML of the repeated pieces of the public Q&A: the /tanya-jawab/ cards and the
"already answered" list on the service and OPD pages.

One Python call per list instead of a template include per card (an include plus the
``url``/``date`` tags cost more per card than the rest of the list page). The markup is that
of the templates they replaced; every value from the database is escaped. Only what the
rows hold is shown: the selectors never load the reporter's identity or the tracking code.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from aspirasi.models import Aspirasi
from kegiatan.templatetags.kegiatan_publik import potong
from pasuruan_portal.html_cepat import escape

_e = escape

_PENANDA_PK = 987654321


class _Teks:
    """What every item of one list shares: the detail URL pattern, the translated labels
    and month names, the active time zone; looked up once per list, not once per item."""

    def __init__(self):
        contoh = reverse("aspirasi:tanya_jawab_detail", args=[_PENANDA_PK])
        awal, _tengah, akhir = contoh.partition(str(_PENANDA_PK))
        self.url_awal, self.url_akhir = _e(awal), _e(akhir)
        self.jenis = {nilai: _e(str(label)) for nilai, label in Aspirasi.Jenis.choices}
        self.zona = timezone.get_current_timezone()
        self._bulan = {}

    def url(self, pk) -> str:
        """``{% url 'aspirasi:tanya_jawab_detail' pk %}``."""
        return f"{self.url_awal}{int(pk)}{self.url_akhir}"

    def label_jenis(self, nilai) -> str:
        return self.jenis.get(nilai) or _e(nilai)

    def waktu(self, nilai):
        """The value in the active time zone, as templates show a datetime."""
        return timezone.localtime(nilai, self.zona)

    def tanggal(self, nilai) -> str:
        """``date:"j F Y"`` of a local datetime."""
        bulan = self._bulan.get(nilai.month)
        if bulan is None:
            bulan = self._bulan[nilai.month] = str(MONTHS[nilai.month])
        return f"{nilai.day} {bulan} {nilai.year}"


def kartu_tanya_jawab(daftar) -> SafeString:
    """The ``<li>`` cards of a /tanya-jawab/ page (rows of ``selectors.kartu_tanya_jawab``)."""
    teks = _Teks()
    judul_jawaban = _("Jawaban %(opd)s")
    bagian = []
    for item in daftar:
        meta = teks.label_jenis(item["jenis"])
        if item["layanan__nama"]:
            meta += f" — {_e(item['layanan__nama'])}"
        if item["opd__nama"]:
            meta += f" — {_e(item['opd__nama'])}"
        bagian.append(
            f'<li><article class="kartu-layanan" id="tj-{int(item["pk"])}">\n'
            f'  <h3><a href="{teks.url(item["pk"])}">{_e(item["judul"])}</a></h3>\n'
            f'  <p class="meta-kecil mb-2">{meta}</p>\n'
            f'  <p class="mb-2">{_e(potong(item["isi"], 300))}</p>\n'
        )
        jawaban = item.get("jawaban")
        if jawaban:
            waktu = teks.waktu(jawaban["waktu"])
            oleh = judul_jawaban % {"opd": _e(jawaban["opd__nama"] or "")}
            bagian.append(
                '  <div class="border-start border-4 border-success ps-3">\n'
                f'    <p class="meta-kecil mb-1">{oleh}, <time datetime="{waktu.isoformat()}">'
                f"{teks.tanggal(waktu)}</time></p>\n"
                f'    <p class="mb-0 teks-panjang">{_e(potong(jawaban["isi"], 500))}</p>\n'
                "  </div>\n"
            )
        bagian.append("</article></li>\n")
    # Safe: every database value above was escaped; the rest is our markup and our
    # translated strings (trusted, as {% blocktranslate %} trusts them).
    return mark_safe("".join(bagian))  # noqa: S308  # nosec


def tanya_jawab_terkait(daftar, opd=None) -> SafeString:
    """The "Pertanyaan yang sudah dijawab" section (rows of ``selectors.terkait``);
    nothing at all when there is no row."""
    if not daftar:
        return SafeString("")  # nosec
    teks = _Teks()
    bagian = [
        '<section class="mt-4" aria-labelledby="judul-tanya-jawab-terkait">\n'
        '  <h2 id="judul-tanya-jawab-terkait" class="h4">'
        f"{_e(_('Pertanyaan yang sudah dijawab'))}</h2>\n"
        '  <ul class="list-unstyled">\n'
    ]
    dijawab = _("dijawab %(tanggal)s")
    for item in daftar:
        meta = teks.label_jenis(item["jenis"])
        if item["dijawab_pertama_pada"]:
            tanggal = teks.tanggal(teks.waktu(item["dijawab_pertama_pada"]))
            meta += ", " + dijawab % {"tanggal": _e(tanggal)}
        bagian.append(
            f'    <li class="mb-2"><a href="{teks.url(item["pk"])}">{_e(item["judul"])}</a>\n'
            f'      <span class="meta-kecil">— {meta}</span></li>\n'
        )
    semua = _e(reverse("aspirasi:tanya_jawab"))
    if opd is not None:
        semua += f"?opd={_e(opd.slug)}"
    bagian.append(
        f'  </ul>\n  <p><a href="{semua}">{_e(_("Lihat semua tanya-jawab"))}</a></p>\n</section>\n'
    )
    # Safe: as above, database values escaped, the rest our markup and translations.
    return mark_safe("".join(bagian))  # noqa: S308  # nosec
