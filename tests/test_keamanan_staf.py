"""Staff login lockout (django-axes) and the real client address behind nginx.

Attacker's side: repeated wrong passwords lock the user name for that address, the right
password is then refused too, and neither a colleague nor the same user elsewhere is
locked out. Spoofed X-Forwarded-For headers do not let an attacker escape the count.
"""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.test import override_settings
from django.urls import reverse

from pasuruan_portal import config
from tests.factories import PenggunaFactory
from tests.test_keamanan import assert_header_keamanan
from tests.test_konfigurasi import env  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db

KATA_SANDI = "sandi-uji-yang-panjang-123"
PENYERANG = "203.0.113.66"
REKAN = "203.0.113.20"


def masuk(client, username, password, ip=PENYERANG, **meta):
    return client.post(
        reverse("admin:login") + "?next=" + reverse("admin:index"),
        {"username": username, "password": password, "next": reverse("admin:index")},
        REMOTE_ADDR=ip,
        secure=True,
        **meta,
    )


def gagal_sampai_terkunci(client, username, ip=PENYERANG, xff=None, **meta):
    """Five wrong passwords; ``xff(n)`` gives the n-th attempt's X-Forwarded-For."""
    hasil = []
    for n in range(5):
        if xff:
            meta["HTTP_X_FORWARDED_FOR"] = xff(n)
        hasil.append(masuk(client, username, "tebakan-salah-0000", ip, **meta))
    return hasil


def sudah_masuk(client) -> bool:
    return SESSION_KEY in client.session


@pytest.fixture
def staf():
    return PenggunaFactory(username="siti.verifikator")


def test_bawaan_lima_kali_gagal_jeda_tiga_puluh_menit_per_pengguna_dan_alamat():
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_COOLOFF_TIME.total_seconds() == 30 * 60
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]


def test_lima_kali_gagal_mengunci_dan_sandi_benar_pun_ditolak(client, staf):
    hasil = gagal_sampai_terkunci(client, staf.username)

    assert [r.status_code for r in hasil[:4]] == [200] * 4  # the form again, with an error
    assert hasil[4].status_code == 429
    benar = masuk(client, staf.username, KATA_SANDI)
    assert benar.status_code == 429
    assert not sudah_masuk(client)
    assert client.get(reverse("admin:index"), secure=True).status_code == 302
    assert AccessAttempt.objects.get(username=staf.username).failures_since_start >= 5


def test_halaman_terkunci_berbahasa_indonesia_tanpa_formulir(client, staf):
    respons = gagal_sampai_terkunci(client, staf.username)[-1]

    html = respons.content.decode()
    assert "Akun dikunci sementara" in html
    assert "Coba lagi setelah 30 menit" in html
    assert 'lang="id"' in html
    assert "<form" not in html
    assert 'name="password"' not in html
    assert_header_keamanan(respons)


def test_empat_kali_gagal_lalu_sandi_benar_berhasil_dan_hitungan_dimulai_lagi(client, staf):
    for _ in range(4):
        assert masuk(client, staf.username, "tebakan-salah-0000").status_code == 200
    assert masuk(client, staf.username, KATA_SANDI).status_code == 302
    assert sudah_masuk(client)
    client.logout()
    # The success reset the count: four more failures still do not lock.
    for _ in range(4):
        assert masuk(client, staf.username, "tebakan-salah-0000").status_code == 200
    assert masuk(client, staf.username, KATA_SANDI).status_code == 302


def test_pengguna_lain_dari_alamat_yang_sama_tidak_terkunci(client, staf):
    rekan = PenggunaFactory(username="budi.petugas")
    gagal_sampai_terkunci(client, staf.username)

    # A colleague behind the same office NAT address logs in as usual.
    assert masuk(client, rekan.username, KATA_SANDI).status_code == 302
    assert client.session[SESSION_KEY] == str(rekan.pk)


def test_pengguna_yang_sama_dari_alamat_lain_tidak_terkunci(client, staf):
    # Someone guessing Siti's password from afar cannot lock Siti out at her office.
    gagal_sampai_terkunci(client, staf.username, ip=PENYERANG)
    assert masuk(client, staf.username, KATA_SANDI, ip=REKAN).status_code == 302
    assert client.session[SESSION_KEY] == str(staf.pk)


def test_kunci_terbuka_lagi_setelah_masa_jeda(client, staf):
    gagal_sampai_terkunci(client, staf.username)
    assert masuk(client, staf.username, KATA_SANDI).status_code == 429

    # Move the attempts 31 minutes into the past.
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(minutes=31)
    )
    assert masuk(client, staf.username, KATA_SANDI).status_code == 302
    assert sudah_masuk(client)


@override_settings(AXES_FAILURE_LIMIT=3)
def test_batas_gagal_mengikuti_pengaturan(client, staf):
    hasil = [masuk(client, staf.username, "tebakan-salah-0000") for _ in range(3)]
    assert [r.status_code for r in hasil] == [200, 200, 429]


def test_batas_dan_jeda_dibaca_dari_variabel_lingkungan(env):  # noqa: F811
    env(DEBUG="1", AXES_FAILURE_LIMIT="8", AXES_COOLOFF_MENIT="15")
    cfg = config.load()
    assert (cfg.login_batas_gagal, cfg.login_jeda_menit) == (8, 15)


@pytest.mark.parametrize("nilai", ["0", "-1", "lima"])
def test_batas_gagal_tidak_sah_ditolak_saat_mulai(env, nilai):  # noqa: F811
    env(DEBUG="1", AXES_FAILURE_LIMIT=nilai)
    with pytest.raises(config.ImproperlyConfigured, match="AXES_FAILURE_LIMIT"):
        config.load()


# --- behind nginx: the client address ------------------------------------------------------

NGINX = "127.0.0.1"


def test_di_balik_nginx_alamat_klien_dari_x_forwarded_for(client, staf):
    gagal_sampai_terkunci(client, staf.username, ip=NGINX, HTTP_X_FORWARDED_FOR=PENYERANG)

    assert AccessAttempt.objects.get().ip_address == PENYERANG
    # A colleague coming through the same nginx is not the attacker.
    respons = masuk(client, staf.username, KATA_SANDI, ip=NGINX, HTTP_X_FORWARDED_FOR=REKAN)
    assert respons.status_code == 302


def test_x_forwarded_for_palsu_tidak_meloloskan_penyerang(client, staf):
    # nginx appends the address it saw; what the attacker wrote on the left is ignored.
    gagal_sampai_terkunci(client, staf.username, ip=NGINX, xff=lambda n: f"10.9.8.{n}, {PENYERANG}")
    respons = masuk(
        client, staf.username, KATA_SANDI, ip=NGINX, HTTP_X_FORWARDED_FOR=f"10.9.8.99, {PENYERANG}"
    )
    assert respons.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {PENYERANG}


def test_x_forwarded_for_dari_klien_langsung_diabaikan(client, staf):
    # Not through a trusted proxy: the header is the client's own words.
    gagal_sampai_terkunci(client, staf.username, ip=PENYERANG, xff=lambda n: f"198.51.100.{n}")
    assert masuk(client, staf.username, KATA_SANDI, ip=PENYERANG).status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {PENYERANG}


def test_x_forwarded_for_rusak_tidak_menjadi_alamat(client, staf):
    masuk(client, staf.username, "salah-sandi-0000", ip=NGINX, HTTP_X_FORWARDED_FOR="<script>")
    assert AccessAttempt.objects.get().ip_address == NGINX


def test_proksi_tepercaya_dibaca_dari_forwarded_allow_ips(env):  # noqa: F811
    env(DEBUG="1", FORWARDED_ALLOW_IPS="10.0.0.5,10.1.0.0/24")
    assert config.load().proksi_tepercaya == ["10.0.0.5", "10.1.0.0/24"]


def test_forwarded_allow_ips_tidak_sah_ditolak(env):  # noqa: F811
    env(DEBUG="1", FORWARDED_ALLOW_IPS="127.0.0.1,nginx.lokal")
    with pytest.raises(config.ImproperlyConfigured, match="FORWARDED_ALLOW_IPS"):
        config.load()


def test_batas_laju_aspirasi_juga_memakai_alamat_asli(client, settings, db):
    # The same middleware serves the residents' rate limit: two residents behind one nginx
    # are counted apart.
    settings.ASPIRASI_BATAS_LACAK = (2, 600)
    for _ in range(3):
        r = client.get("/aspirasi/lacak/?kode=PSR-AAAA-AAAA", HTTP_X_FORWARDED_FOR=PENYERANG)
    assert r.status_code == 429
    r = client.get("/aspirasi/lacak/?kode=PSR-AAAA-AAAA", HTTP_X_FORWARDED_FOR=REKAN)
    assert r.status_code != 429
