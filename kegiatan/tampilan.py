"""HTML of the repeated pieces of the public event pages: event cards, event times and the
month grid.

They were ``{% include %}``s rendered once per card or cell, which cost more than all the
queries of /kegiatan/ together. Here each list is made in one Python call from the
``selectors.KOLOM_KARTU`` dicts, with the markup the templates had: every value from the
database goes through ``escape()``, UI text through ``gettext`` (the same msgids as the
templates, so the catalog keeps working), made once per process and language.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from django.utils import timezone
from django.utils.dates import MONTHS, WEEKDAYS
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext

from kegiatan import ical
from kegiatan.models import Kegiatan
from layanan.tautan import UrlSlug
from pasuruan_portal.html_cepat import escape


@dataclass(frozen=True)
class _Teks:
    """The UI text of the cards and the grid in one language, escaped: it depends only on
    the code and the translation catalog, so it is made once per process and language."""

    hari: tuple[str, ...]  # Monday first, as date.weekday()
    bulan: tuple[str, ...]  # index 1..12
    jenis: dict
    batal: str
    contoh: str
    di_kecamatan: str  # "Kecamatan %(nama)s", not escaped: blocktranslate does not either
    wib: str
    hari_ini: str
    kepala_kalender: str
    judul_bulan: str  # "Kegiatan bulan %(bulan)s", not escaped (as blocktranslate)

    def panjang(self, nilai, dengan_jam: bool = False) -> str:
        """``date:"l, j F Y"`` (with ``dengan_jam``: ``date:"l, j F Y, H.i"``)."""
        teks = f"{self.hari[nilai.weekday()]}, {nilai.day} {self.bulan[nilai.month]} {nilai.year}"
        if dengan_jam:
            teks += f", {nilai.hour:02d}.{nilai.minute:02d}"
        return teks


# (abbreviation, full name) of the grid's column heads, Monday first.
_KOLOM_HARI = [
    ("Sen", "Senin"),
    ("Sel", "Selasa"),
    ("Rab", "Rabu"),
    ("Kam", "Kamis"),
    ("Jum", "Jumat"),
    ("Sab", "Sabtu"),
    ("Min", "Minggu"),
]


@functools.lru_cache(maxsize=8)
def _teks_bahasa(bahasa) -> _Teks:
    # str() before escape(): escape() of a lazy text is lazy again (translated at every use).
    kepala = "".join(
        f'<th scope="col"><abbr title="{escape(gettext(nama))}">{escape(gettext(singkat))}'
        "</abbr></th>"
        for singkat, nama in _KOLOM_HARI
    )
    return _Teks(
        hari=tuple(escape(str(WEEKDAYS[i])) for i in range(7)),
        bulan=("", *(escape(str(MONTHS[i])) for i in range(1, 13))),
        jenis={nilai: escape(str(label)) for nilai, label in Kegiatan.Jenis.choices},
        batal=f' <span class="label-batal">{escape(gettext("Dibatalkan"))}</span>',
        contoh=f' <span class="label-contoh">{escape(gettext("Data contoh"))}</span>',
        di_kecamatan=gettext("Kecamatan %(nama)s"),
        wib=escape(gettext("WIB")),
        hari_ini=f' <span class="visually-hidden">({escape(gettext("hari ini"))})</span>',
        kepala_kalender=f"<tr>{kepala}</tr>",
        judul_bulan=gettext("Kegiatan bulan %(bulan)s"),
    )


def _teks() -> _Teks:
    return _teks_bahasa(get_language())


def _waktu(waktu: ical.Waktu, teks: _Teks, zona) -> str:
    if waktu.berjam:
        # As the ``date`` filter does: shown in the active time zone.
        mulai, selesai = waktu.mulai.astimezone(zona), waktu.selesai.astimezone(zona)
        html = f'<time datetime="{mulai.isoformat()}">{teks.panjang(mulai, True)}</time>'
        if mulai.date() == selesai.date():
            html += (
                f'–<time datetime="{selesai.isoformat()}">'
                f"{selesai.hour:02d}.{selesai.minute:02d}</time>"
            )
        else:
            html += (
                f' – <time datetime="{selesai.isoformat()}">{teks.panjang(selesai, True)}</time>'
            )
        return f"{html} {teks.wib}"
    akhir = waktu.hari_terakhir
    html = f'<time datetime="{waktu.mulai.isoformat()}">{teks.panjang(waktu.mulai)}</time>'
    if akhir != waktu.mulai:
        html += f' – <time datetime="{akhir.isoformat()}">{teks.panjang(akhir)}</time>'
    return html


def waktu(waktu: ical.Waktu) -> SafeString:
    """When an event takes place: ``<time>`` elements, with the hours if it has an agenda."""
    html = _waktu(waktu, _teks(), timezone.get_current_timezone())
    return mark_safe(html)  # noqa: S308  # nosec: no text from the DB


def _tanggal(kegiatan: dict, teks: _Teks) -> str:
    mulai, selesai = kegiatan["tanggal_mulai"], kegiatan["tanggal_selesai"]
    html = f'<time datetime="{mulai.isoformat()}">{teks.panjang(mulai)}</time>'
    if selesai != mulai:
        html += f' – <time datetime="{selesai.isoformat()}">{teks.panjang(selesai)}</time>'
    return html


def kartu(daftar, *, dengan_jam: bool = False, kelas_li: str = "") -> SafeString:
    """One ``<li>`` with an event card per event (``selectors.KOLOM_KARTU`` dicts; with
    ``dengan_jam`` they need ``sesi`` too, for the hours of the agenda)."""
    teks = _teks()
    zona = timezone.get_current_timezone()
    li = f'<li class="{escape(kelas_li)}">' if kelas_li else "<li>"
    url = UrlSlug("kegiatan:detail")
    bagian = []
    for k in daftar:
        if dengan_jam:
            waktu = ical.waktu_dari_sesi(k["tanggal_mulai"], k["tanggal_selesai"], k["sesi"])
            kapan = _waktu(waktu, teks, zona)
        else:
            kapan = _tanggal(k, teks)
        tempat = f"{escape(k['tempat'])}, " if k["tempat"] else ""
        if k["desa__nama"]:
            tempat += f"{escape(k['desa__nama'])}, "
        bagian.append(
            f"{li}"
            '<article class="kartu-layanan kartu-kegiatan">'
            f'<h3><a href="{escape(url(k["slug"]))}">{escape(k["judul"])}</a></h3>'
            f'<p class="mb-1"><span class="label-jenis">'
            f"{teks.jenis.get(k['jenis']) or escape(k['jenis'])}</span>"
            f"{teks.batal if k['status'] == Kegiatan.Status.DIBATALKAN else ''}"
            f"{teks.contoh if k['contoh'] else ''}</p>"
            f'<p class="mb-1">{kapan}</p>'
            f'<p class="meta-kecil mb-0">{tempat}'
            f"{teks.di_kecamatan % {'nama': escape(k['kecamatan__nama'])}}</p>"
            "</article></li>\n"
        )
    # Every value from the database was escaped above.
    return mark_safe("".join(bagian))  # noqa: S308  # nosec


def navigasi_kalender(bulan, parameter: str) -> SafeString:
    """The links to the previous and next month of the grid, keeping the other filters
    (``parameter``: the query string without ``bulan`` and ``halaman``)."""
    teks = _teks()
    awalan = f"?{escape(parameter)}&amp;" if parameter else "?"
    bagian = []
    for tanggal, rel in ((bulan.sebelumnya, "prev"), (bulan.berikutnya, "next")):
        if tanggal is None:
            continue
        nama = f"{teks.bulan[tanggal.month]} {tanggal.year}"
        isi = (
            f'<span aria-hidden="true">‹</span> {nama}'
            if rel == "prev"
            else f'{nama} <span aria-hidden="true">›</span>'
        )
        bagian.append(
            f'<a class="btn btn-outline-secondary" href="{awalan}bulan='
            f'{tanggal.year:04d}-{tanggal.month:02d}#kalender" rel="{rel}">{isi}</a>'
        )
    # The parameters went through escape(); the rest is our own markup and month names.
    return mark_safe("\n    ".join(bagian))  # noqa: S308  # nosec


def tabel_kalender(bulan) -> SafeString:
    """The month grid of a ``kalender.Bulan``: one cell per day (Monday first), with links
    to its events."""
    teks = _teks()
    saat_ini = ' aria-current="date"'
    url = UrlSlug("kegiatan:detail")
    judul = teks.judul_bulan % {"bulan": f"{teks.bulan[bulan.awal.month]} {bulan.awal.year}"}
    baris = [
        '<table class="kalender-kegiatan">'
        f'<caption id="keterangan-kalender">{judul}</caption>'
        f"<thead>{teks.kepala_kalender}</thead><tbody>\n"
    ]
    for pekan in bulan.minggu:
        baris.append("<tr>")
        for hari in pekan:
            t = hari.tanggal
            iso = t.isoformat()
            sel = [
                f'<td class="{hari.kelas}" data-tanggal="{iso}"'
                f"{saat_ini if hari.hari_ini else ''}>"
                f'<span class="tanggal"><time datetime="{iso}">'
                f'<span class="visually-hidden">{teks.hari[t.weekday()]} </span>{t.day}'
                f'<span class="visually-hidden"> {teks.bulan[t.month]}</span></time>'
                f"{teks.hari_ini if hari.hari_ini else ''}</span>"
            ]
            if hari.kegiatan:
                sel.append("<ul>")
                for k in hari.kegiatan:
                    sel.append(
                        f'<li><a href="{escape(url(k["slug"]))}">{escape(k["judul"])}</a>'
                        f"{teks.batal if k['status'] == Kegiatan.Status.DIBATALKAN else ''}</li>"
                    )
                sel.append("</ul>")
            sel.append("</td>")
            baris.append("".join(sel))
        baris.append("</tr>\n")
    baris.append("</tbody></table>")
    # Every value from the database was escaped above.
    return mark_safe("".join(baris))  # noqa: S308  # nosec
