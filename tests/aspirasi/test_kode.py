import re
from io import BytesIO

import segno
from django.template import Context, Template

from aspirasi.kode import ALFABET, buat_kode, normalisasi_kode


def test_kode_lacak_pendek_berkelompok_tanpa_huruf_mirip():
    kode = {buat_kode() for _ in range(2000)}

    assert len(kode) == 2000
    for k in kode:
        assert re.fullmatch(r"PSR-[0-9A-Z]{4}-[0-9A-Z]{4}", k)
        assert not set(k[4:].replace("-", "")) & set("ILOU")


def test_alfabet_crockford_32_simbol():
    assert len(ALFABET) == len(set(ALFABET)) == 32


def test_kode_yang_diketik_warga_dinormalkan():
    assert normalisasi_kode("psr 7kq2 m9xd") == "PSR-7KQ2-M9XD"
    assert normalisasi_kode("7KQ2M9XD") == "PSR-7KQ2-M9XD"
    assert normalisasi_kode(" PSR-7KQ2-M9XD ") == "PSR-7KQ2-M9XD"
    # O and I read aloud as zero and one.
    assert normalisasi_kode("PSR-7KQ2-MOXI") == "PSR-7KQ2-M0X1"


def test_masukan_yang_bukan_kode_ditolak():
    for teks in ("", "PSR-123", "<script>", "PSR-7KQ2-M9XD-EXTRA", "x" * 1000, None):
        assert normalisasi_kode(teks) is None


def test_kode_qr_memuat_alamat_halaman_lacak(settings):
    svg = Template("{% load aspirasi_publik %}{% qr_lacak kode %}").render(
        Context({"kode": "PSR-7KQ2-M9XD"})
    )

    assert svg.startswith('<svg role="img"')
    assert "<script" not in svg
    # Same payload segno would encode for the tracking URL: the picture is that URL.
    harapan = segno.make(f"{settings.SITE_URL}/aspirasi/lacak/?kode=PSR-7KQ2-M9XD", error="m")
    keluaran = BytesIO()
    harapan.save(
        keluaran,
        kind="svg",
        scale=4,
        svgclass="qr-lacak",
        lineclass=None,
        xmldecl=False,
        svgns=False,
        nl=False,
        omitsize=False,
    )
    assert svg.split('d="', 1)[1].split('"', 1)[0] in keluaran.getvalue().decode()
