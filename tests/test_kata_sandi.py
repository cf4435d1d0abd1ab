"""Staff passwords at OWASP ASVS 4.0 level 2 (V2.1): at least 12 characters, at least 64
allowed and long passphrases welcome, no composition rules, common/breached passwords
and passwords like the user's own name refused."""

import pytest
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.urls import reverse

from layanan.models import Pengguna
from tests.factories import PenggunaFactory
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db

FRASA_64 = "sapi perah di lereng bromo makan rumput segar tiap pagi hari ini"
FRASA_PANJANG = (
    "Kenduren Mas datang ke Bangil dua minggu sekali, membawa layanan KTP, akta dan "
    "perizinan ke warga; jagongan malamnya bersama Bupati dan Wakil Bupati. 🚐"
)


def galat(kata_sandi, user=None) -> list[str]:
    try:
        password_validation.validate_password(kata_sandi, user)
    except ValidationError as e:
        return e.messages
    return []


@pytest.fixture
def pengguna():
    return PenggunaFactory.build(
        username="rahmawati.dispendukcapil",
        first_name="Siti",
        last_name="Rahmawati",
        email="siti.rahmawati@pasuruankab.go.id",
    )


def test_sebelas_karakter_ditolak_dua_belas_diterima():
    assert galat("jkT8#qw2Lm9")  # 11
    assert galat("jkT8#qw2Lm9z") == []  # 12


def test_frasa_sandi_64_karakter_dan_lebih_panjang_diterima():
    assert len(FRASA_64) == 64
    assert galat(FRASA_64) == []
    assert len(FRASA_PANJANG) > 128
    assert galat(FRASA_PANJANG) == []


@pytest.mark.parametrize(
    "kata_sandi",
    [
        "semuahurufkecilsaja",  # letters only
        "SEMUA HURUF BESAR DAN SPASI",
        "739104826153",  # digits only: a composition rule would refuse it
        "kopi tubruk tanpa gula",
    ],
)
def test_tanpa_aturan_komposisi(kata_sandi):
    assert galat(kata_sandi) == []


@pytest.mark.parametrize(
    "kata_sandi", ["qwerty123456", "1q2w3e4r5t6y", "123456789123", "qwertyqwerty"]
)
def test_kata_sandi_umum_ditolak_walau_cukup_panjang(kata_sandi):
    assert len(kata_sandi) >= 12
    assert galat(kata_sandi)


@pytest.mark.parametrize(
    "kata_sandi", ["rahmawati.dispendukcapil", "siti.rahmawati@pasuruankab", "SitiRahmawati"]
)
def test_kata_sandi_mirip_nama_atau_email_ditolak(pengguna, kata_sandi):
    assert len(kata_sandi) >= 12
    assert galat(kata_sandi, pengguna)


def test_pesan_penolakan_berbahasa_indonesia():
    pesan = " ".join(galat("pendek"))
    assert "terlalu pendek" in pesan
    assert "12 karakter" in pesan


def test_admin_menerima_frasa_panjang_saat_mengganti_sandi(client):
    admin = PenggunaFactory(is_superuser=True)
    petugas = PenggunaFactory()
    masuk_staf(client, admin)

    respons = client.post(
        reverse("admin:auth_user_password_change", args=[petugas.pk]),
        {"password1": FRASA_PANJANG, "password2": FRASA_PANJANG},
        secure=True,
    )

    assert respons.status_code == 302
    petugas.refresh_from_db()
    assert petugas.check_password(FRASA_PANJANG)


def test_admin_menolak_sandi_umum_dan_tidak_mengubah_apa_pun(client):
    admin = PenggunaFactory(is_superuser=True)
    petugas = PenggunaFactory()
    hash_lama = petugas.password
    masuk_staf(client, admin)

    respons = client.post(
        reverse("admin:auth_user_password_change", args=[petugas.pk]),
        {"password1": "qwerty123456", "password2": "qwerty123456"},
        secure=True,
    )

    assert respons.status_code == 200
    assert "terlalu umum" in respons.content.decode()
    assert Pengguna.objects.get(pk=petugas.pk).password == hash_lama
