"""Answer templates are kept per OPD; the action pages work under the strict CSP (no
inline script). Local days off: tests/layanan/test_hari_kerja.py."""

import re

import pytest
from django.urls import reverse

from aspirasi.models import TemplateJawaban
from tests.factories import OPDFactory, petugas_opd
from tests.factories_aspirasi import aspirasi_diteruskan, template_jawaban
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _sandi_cepat(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def url(model, nama, *args):
    return reverse(f"admin:aspirasi_{model}_{nama}", args=args)


def test_petugas_hanya_mengelola_template_jawaban_opd_sendiri(client):
    opd_a, opd_b = OPDFactory(), OPDFactory()
    milik_a = template_jawaban(opd_a, judul="Jawaban A")
    milik_b = template_jawaban(opd_b, judul="Jawaban B", isi="Isi B asli")
    masuk_staf(client, petugas_opd(opd_a))

    daftar = client.get(url("templatejawaban", "changelist"))
    assert list(daftar.context["cl"].result_list) == [milik_a]
    assert client.get(url("templatejawaban", "change", milik_b.pk)).status_code == 302
    client.post(
        url("templatejawaban", "change", milik_b.pk),
        {"opd": opd_b.pk, "judul": "Jawaban B", "isi": "Diubah OPD A"},
    )
    # A crafted POST creating a template for OPD B fails validation.
    respons = client.post(
        url("templatejawaban", "add"), {"opd": opd_b.pk, "judul": "Sisipan", "isi": "x"}
    )
    assert respons.status_code == 200
    assert not TemplateJawaban.objects.filter(judul="Sisipan").exists()
    milik_b.refresh_from_db()
    assert milik_b.isi == "Isi B asli"

    respons = client.post(
        url("templatejawaban", "add"), {"opd": opd_a.pk, "judul": "Baru A", "isi": "Terima kasih."}
    )
    assert respons.status_code == 302
    assert TemplateJawaban.objects.get(judul="Baru A").opd == opd_a


@pytest.mark.parametrize("aksi", ["jawab", "disposisi", "catatan"])
def test_halaman_tindakan_tanpa_skrip_sebaris_dengan_csp_ketat(client, aksi):
    opd = OPDFactory()
    aspirasi = aspirasi_diteruskan(opd)
    template_jawaban(opd)
    masuk_staf(client, petugas_opd(opd))

    respons = client.get(
        reverse("admin:aspirasi_aspirasi_aksi", kwargs={"object_id": aspirasi.pk, "aksi": aksi})
    )

    assert respons.status_code == 200
    assert "script-src 'self'" in respons["Content-Security-Policy"]
    assert "unsafe-inline" not in respons["Content-Security-Policy"]
    html = respons.content.decode()
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []
    assert 'name="csrfmiddlewaretoken"' in html
