"""Helpers for the browser tests: axe-core runs, request recording, transfer sizes."""

import gzip
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

LEBAR_LAYAR = (375, 1280)
TINGGI_LAYAR = {375: 812, 1280: 900}
FOLDER_TANGKAPAN_LAYAR = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

# Every public page of the catalog; the paths that depend on data come from DataDemo.
NAMA_HALAMAN_PUBLIK = [
    "beranda",
    "daftar-layanan",
    "cari-ktp",
    "detail-layanan",
    "daftar-periksa",
    "daftar-opd",
    "detail-opd-pindah",
    "halaman-404",
]


@dataclass(frozen=True)
class DataDemo:
    slug_layanan: str
    slug_opd_pindah: str

    def halaman_publik(self):
        """Every public page as (name, path, expected status), in NAMA_HALAMAN_PUBLIK order."""
        return [
            ("beranda", "/", 200),
            ("daftar-layanan", "/layanan/", 200),
            ("cari-ktp", "/layanan/?q=ktp", 200),
            ("detail-layanan", f"/layanan/{self.slug_layanan}/", 200),
            ("daftar-periksa", f"/layanan/{self.slug_layanan}/daftar-periksa/", 200),
            ("daftar-opd", "/opd/", 200),
            ("detail-opd-pindah", f"/opd/{self.slug_opd_pindah}/", 200),
            ("halaman-404", "/layanan/layanan-yang-tidak-pernah-ada/", 404),
        ]

    def halaman(self, nama):
        return next(h for h in self.halaman_publik() if h[0] == nama)


# axe-core's default rule set (WCAG 2.0/2.1/2.2 A and AA plus best practices) and, on top,
# the WCAG 2.2 AA rules axe ships disabled by default: target-size (2.5.8).
OPSI_AXE = {
    "resultTypes": ["violations"],
    "rules": {"target-size": {"enabled": True}},
}


def jalankan_axe(page):
    """Run axe-core on the current page; return (number of violations, readable report)."""
    from axe_playwright_python.sync_playwright import Axe

    hasil = Axe().run(page, options=OPSI_AXE)
    return hasil.violations_count, laporan_pelanggaran(hasil.response["violations"])


def laporan_pelanggaran(pelanggaran):
    baris = []
    for v in pelanggaran:
        baris.append(f"- {v['id']} ({v['impact']}): {v['help']} — {v['helpUrl']}")
        for node in v["nodes"][:10]:
            target = ", ".join(str(t) for t in node["target"])
            baris.append(f"    elemen: {target}")
            baris.append(f"      html: {node['html'][:200]}")
            if node.get("failureSummary"):
                ringkas = " ".join(node["failureSummary"].split())
                baris.append(f"      sebab: {ringkas[:400]}")
        if len(v["nodes"]) > 10:
            baris.append(f"    … dan {len(v['nodes']) - 10} elemen lain")
    return "\n".join(baris)


def asal(url):
    bagian = urlsplit(url)
    return f"{bagian.scheme}://{bagian.netloc}"


@dataclass
class Rekaman:
    """Every request and response a page made, recorded from its first byte."""

    permintaan: list = field(default_factory=list)
    respons: list = field(default_factory=list)

    def url_asal_lain(self, asal_sendiri):
        return [
            r.url
            for r in self.permintaan
            if not r.url.startswith("data:") and asal(r.url) != asal_sendiri
        ]


def rekam(page):
    rekaman = Rekaman()
    page.on("request", lambda r: rekaman.permintaan.append(r))
    page.on("response", lambda r: rekaman.respons.append(r))
    return rekaman


@dataclass(frozen=True)
class Transfer:
    url: str
    jenis: str
    status: int
    ukuran_asli: int
    ukuran_gzip: int
    ukuran_header: int

    @property
    def total(self):
        return self.ukuran_gzip + self.ukuran_header


def ukur_transfer(rekaman):
    """Sizes of every response as production would send it.

    The test server does not compress; in production whitenoise serves pre-compressed
    static files (and the HTML goes through the front proxy's gzip). So each body counts
    at its gzip size (never more than the raw size), plus the response headers.
    """
    hasil = []
    for respons in rekaman.respons:
        try:
            isi = respons.body()
        except Exception:  # redirects and aborted requests have no body
            isi = b""
        ukuran_gzip = min(len(gzip.compress(isi, compresslevel=9)), len(isi)) if isi else 0
        ukuran_header = respons.request.sizes()["responseHeadersSize"]
        hasil.append(
            Transfer(
                url=respons.url,
                jenis=respons.request.resource_type,
                status=respons.status,
                ukuran_asli=len(isi),
                ukuran_gzip=ukuran_gzip,
                ukuran_header=max(ukuran_header, 0),
            )
        )
    return hasil


def tabel_transfer(daftar):
    baris = [f"{'gzip':>8} {'asli':>8} {'header':>7}  jenis       url"]
    for t in daftar:
        baris.append(
            f"{t.ukuran_gzip:>8} {t.ukuran_asli:>8} {t.ukuran_header:>7}  {t.jenis:<10}  {t.url}"
        )
    total = sum(t.total for t in daftar)
    baris.append(f"total (gzip + header): {total} B = {total / 1024:.1f} KB")
    return "\n".join(baris)


# --- two-step sign-in: the code typed as a person would ------------------------------------

# Demo accounts that must pass the second step (pasuruan_portal.dua_langkah.aturan).
AKUN_DEMO_WAJIB_DUA_LANGKAH = {"admin", "verifikator", "pimpinan"}


def _kode_totp(kunci: bytes, t: int) -> str:
    from django_otp.oath import TOTP

    totp = TOTP(kunci)
    totp.time = t * totp.step
    return f"{totp.token():06d}"


def _langkah_sekarang() -> int:
    import time

    return int(time.time()) // 30


def langkah_kedua(page, username):
    """After the password: enrol an authenticator app the first time (the key is read off
    the page, as an app would scan it) or type the app's current code, then arrive at
    ``next``. A code is accepted once only: a second sign-in in the same 30 s types the
    app's next code, which is still within the ±30 s the server accepts."""
    import re
    from base64 import b32decode

    from django_otp.plugins.otp_totp.models import TOTPDevice
    from playwright.sync_api import expect

    page.wait_for_url(re.compile(r"/dua-langkah/(daftar|kode)/"))
    if "/dua-langkah/daftar/" in page.url:
        kunci = b32decode(page.locator(".kunci code").inner_text().replace(" ", ""))
        page.get_by_label("Kode verifikasi").fill(_kode_totp(kunci, _langkah_sekarang()))
        page.get_by_role("button", name="Aktifkan").click()
        expect(page.get_by_role("heading", name="Verifikasi dua langkah aktif")).to_be_visible()
        page.get_by_role("link", name="Saya sudah menyimpannya, lanjutkan").click()
        return
    perangkat = TOTPDevice.objects.get(user__username=username, confirmed=True)
    t = max(_langkah_sekarang(), perangkat.last_t + 1)
    page.get_by_label("Kode verifikasi").fill(_kode_totp(perangkat.bin_key, t))
    page.get_by_role("button", name="Lanjutkan").click()
