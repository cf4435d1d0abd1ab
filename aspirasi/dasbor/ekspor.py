"""Export of the dashboard view the reader is looking at, to XLSX and CSV.

The same ``statistik.Dasbor`` the page shows, as tables. Text that a spreadsheet would run
as a formula (starting with = + - @, a tab or a carriage return) is prefixed with an
apostrophe; numbers stay numbers. No reporter identity is ever part of a ``Dasbor``.
"""

from __future__ import annotations

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

AWALAN_RUMUS = ("=", "+", "-", "@", "\t", "\r")


def aman(nilai):
    """A cell value a spreadsheet shows as text, never evaluates."""
    if isinstance(nilai, str) and nilai.startswith(AWALAN_RUMUS):
        return "'" + nilai
    return nilai


def _kosong(nilai):
    return "" if nilai is None else nilai


def _kolom_angka(a) -> list:
    return [
        a.diterima,
        a.belum,
        a.lewat,
        _kosong(a.umur_tertua),
        _kosong(a.median_hari),
        _kosong(a.tepat_persen),
    ]


def _judul_angka() -> list[str]:
    return [
        _("Diterima"),
        _("Belum dijawab"),
        _("Lewat tenggat"),
        _("Umur tertua belum dijawab (hari)"),
        _("Median hari kerja sampai jawaban pertama"),
        _("Dijawab tepat waktu (%)"),
    ]


def bagian(d) -> list[tuple[str, list, list[list]]]:
    """(sheet title, header, rows) for each table of the dashboard."""
    s, r = d.saringan, d.ringkasan
    wilayah = _("Desa/kelurahan") if d.tingkat_wilayah == "desa" else _("Kecamatan")
    return [
        (
            _("Ringkasan"),
            [_("Angka"), _("Nilai")],
            [
                [_("Periode dari"), s.dari.isoformat()],
                [_("Periode sampai"), s.sampai.isoformat()],
                [_("Diterima"), r.diterima],
                [_("Belum dijawab"), r.belum],
                [_("Lewat tenggat"), r.lewat],
                [_("Dijawab tepat waktu (%)"), _kosong(r.tepat_persen)],
                [_("Median hari kerja sampai jawaban pertama"), _kosong(r.median_hari)],
                [_("Dihitung pada"), timezone.localtime(d.sekarang).strftime("%Y-%m-%d %H:%M")],
            ],
        ),
        (
            _("Per OPD"),
            [_("OPD"), *_judul_angka(), _("Hadir di kegiatan"), _("Diundang ke kegiatan")],
            [[b.nama, *_kolom_angka(b.angka), b.angka.hadir, b.angka.diundang] for b in d.per_opd],
        ),
        (
            _("Per wilayah"),
            [wilayah, *_judul_angka()],
            [[b.nama, *_kolom_angka(b.angka)] for b in d.per_wilayah],
        ),
        (
            _("Tren mingguan"),
            [_("Minggu mulai"), _("Diterima"), _("Dijawab")],
            [[m.mulai.isoformat(), m.diterima, m.dijawab] for m in d.tren],
        ),
        (
            _("Lewat tenggat"),
            [_("Kode"), _("Judul"), _("OPD"), _("Kecamatan"), _("Diterima"), _("Tenggat")],
            [
                [
                    a.kode,
                    a.judul,
                    a.opd.nama if a.opd else "",
                    a.kecamatan.nama if a.kecamatan else "",
                    timezone.localtime(a.dibuat).strftime("%Y-%m-%d"),
                    timezone.localtime(a.tenggat).strftime("%Y-%m-%d") if a.tenggat else "",
                ]
                for a in d.lewat_tenggat
            ],
        ),
    ]


def ke_xlsx(d) -> bytes:
    buku = Workbook()
    buku.remove(buku.active)
    for judul, kepala, baris in bagian(d):
        lembar = buku.create_sheet(title=judul[:31])
        lembar.append([aman(k) for k in kepala])
        for isi in baris:
            lembar.append([aman(v) for v in isi])
    keluaran = io.BytesIO()
    buku.save(keluaran)
    return keluaran.getvalue()


def ke_csv(d) -> str:
    """All tables in one file, each after a line with its title and separated by a blank
    line (a CSV holds one sheet)."""
    keluaran = io.StringIO()
    penulis = csv.writer(keluaran)
    for i, (judul, kepala, baris) in enumerate(bagian(d)):
        if i:
            penulis.writerow([])
        penulis.writerow([aman(judul)])
        penulis.writerow([aman(k) for k in kepala])
        for isi in baris:
            penulis.writerow([aman(v) for v in isi])
    return keluaran.getvalue()
