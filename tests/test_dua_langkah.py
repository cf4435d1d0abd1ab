"""Two-step sign-in (TOTP) for superusers, Verifikator and Pimpinan, tried from the side of
someone who has a staff password but not the phone."""

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from layanan.models import OPD
from pasuruan_portal.dua_langkah.aturan import wajib_dua_langkah
from tests.factories import OPDFactory, PenggunaFactory, petugas_opd, verifikator
from tests.factories_aspirasi import pimpinan
from tests.factories_kegiatan import KegiatanFactory
from tests.masuk import kode_sekarang, masuk_staf, perangkat_totp

pytestmark = pytest.mark.django_db

SANDI = "sandi-uji-yang-panjang-123"


@pytest.fixture(autouse=True)
def _sandi_cepat(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def superuser():
    return PenggunaFactory(is_superuser=True)


PERAN_WAJIB = {"verifikator": verifikator, "pimpinan": pimpinan, "superuser": superuser}


@pytest.fixture(params=sorted(PERAN_WAJIB))
def staf_wajib(request):
    return PERAN_WAJIB[request.param]()


@pytest.fixture
def opd():
    return OPDFactory(nama="Dinas Kependudukan dan Pencatatan Sipil")


def url_admin(opd):
    return {
        "beranda admin": reverse("admin:index"),
        "daftar OPD": reverse("admin:layanan_opd_changelist"),
        "ubah OPD": reverse("admin:layanan_opd_change", args=[opd.pk]),
        "tambah OPD": reverse("admin:layanan_opd_add"),
        "daftar pengguna": reverse("admin:layanan_pengguna_changelist"),
        "ganti kata sandi": reverse("admin:password_change"),
        "perangkat TOTP": reverse("admin:otp_totp_totpdevice_changelist"),
    }


def url_staf():
    kegiatan = KegiatanFactory()
    return {
        "dasbor": reverse("aspirasi:dasbor"),
        "dasbor daftar": reverse("aspirasi:dasbor_daftar"),
        "dasbor ekspor": reverse("aspirasi:dasbor_csv"),
        "meja": reverse("aspirasi:meja", args=[kegiatan.slug]),
        "laporan meja": reverse("aspirasi:meja_laporan", args=[kegiatan.slug]),
    }


def tujuan(respons):
    """(path, next) of a redirect."""
    lokasi = urlsplit(respons["Location"])
    return lokasi.path, parse_qs(lokasi.query).get("next", [None])[0]


def kirim_kode(client, nama_url, kode, next_=None):
    data = {"kode": kode}
    if next_ is not None:
        data["next"] = next_
    return client.post(reverse(nama_url), data)


# --- who must ---------------------------------------------------------------------------


def test_superuser_verifikator_dan_pimpinan_wajib_dua_langkah_petugas_lain_tidak(opd):
    assert wajib_dua_langkah(superuser())
    assert wajib_dua_langkah(verifikator())
    assert wajib_dua_langkah(pimpinan())
    assert not wajib_dua_langkah(petugas_opd(opd))
    assert not wajib_dua_langkah(PenggunaFactory(grup="Pengelola Kegiatan"))
    assert not wajib_dua_langkah(PenggunaFactory(grup="Camat/Lurah"))


# --- without a second factor: nothing behind the password alone ---------------------------


def test_verifikator_tanpa_faktor_kedua_tidak_bisa_membuka_admin(client, staf_wajib, opd):
    client.force_login(staf_wajib)
    for nama, url in url_admin(opd).items():
        respons = client.get(url)
        assert respons.status_code == 302, nama
        assert tujuan(respons) == (reverse("dua_langkah:daftar"), url), nama


def test_tanpa_faktor_kedua_halaman_staf_di_luar_admin_juga_tertutup(client, staf_wajib):
    client.force_login(staf_wajib)
    for nama, url in url_staf().items():
        respons = client.get(url)
        assert respons.status_code == 302, nama
        assert tujuan(respons) == (reverse("dua_langkah:daftar"), url), nama


def test_tanpa_faktor_kedua_lampiran_rahasia_warga_tidak_bisa_diunduh(
    client, staf_wajib, settings, tmp_path
):
    from aspirasi.models import Aspirasi
    from tests.aspirasi.test_lampiran import lampiran_untuk
    from tests.factories import KecamatanFactory

    settings.MEDIA_ROOT = tmp_path
    lampiran = lampiran_untuk(OPDFactory(), KecamatanFactory(), Aspirasi.Privasi.RAHASIA)
    url = reverse("aspirasi:lampiran", args=[lampiran.pk])
    client.force_login(staf_wajib)

    respons = client.get(url)

    assert respons.status_code == 302
    assert tujuan(respons) == (reverse("dua_langkah:daftar"), url)
    assert not hasattr(respons, "streaming_content")


def test_post_ke_admin_tanpa_faktor_kedua_tidak_mengubah_apa_pun(client, staf_wajib, opd):
    client.force_login(staf_wajib)
    korban = PenggunaFactory(username="korban")

    ubah = client.post(
        reverse("admin:layanan_opd_change", args=[opd.pk]),
        {"nama": "Diubah penyerang", "singkatan": "X", "slug": "x"},
    )
    hapus = client.post(
        reverse("admin:layanan_opd_changelist"),
        {"action": "delete_selected", "_selected_action": [opd.pk], "post": "yes"},
    )
    jadikan_super = client.post(
        reverse("admin:layanan_pengguna_change", args=[korban.pk]),
        {"username": "korban", "is_superuser": "on", "is_staff": "on", "is_active": "on"},
    )

    for respons in (ubah, hapus, jadikan_super):
        assert respons.status_code == 302
        assert tujuan(respons)[0] == reverse("dua_langkah:daftar")
    opd.refresh_from_db()
    assert opd.nama == "Dinas Kependudukan dan Pencatatan Sipil"
    assert OPD.objects.filter(pk=opd.pk).exists()
    korban.refresh_from_db()
    assert not korban.is_superuser


def test_punya_aplikasi_tetapi_sesi_belum_diverifikasi_diarahkan_ke_halaman_kode(
    client, staf_wajib, opd
):
    perangkat_totp(staf_wajib)
    client.force_login(staf_wajib)
    for nama, url in {**url_admin(opd), **url_staf()}.items():
        respons = client.get(url)
        assert respons.status_code == 302, nama
        assert tujuan(respons) == (reverse("dua_langkah:kode"), url), nama


def test_login_dan_logout_admin_tetap_terbuka_sebelum_langkah_kedua(client, staf_wajib):
    client.force_login(staf_wajib)
    assert client.get(reverse("admin:login")).status_code == 302  # already signed in
    respons = client.post(reverse("admin:logout"))
    assert respons.status_code == 200
    assert "_auth_user_id" not in client.session


def test_petugas_opd_tanpa_perangkat_tetap_bisa_membuka_admin(client, opd):
    client.force_login(petugas_opd(opd))
    respons = client.get(reverse("admin:index"))
    assert respons.status_code == 200
    # …and is offered two-step sign-in by choice.
    assert reverse("dua_langkah:daftar") in respons.content.decode()


def test_petugas_yang_mengaktifkan_sukarela_juga_diminta_kode(client, opd):
    petugas = petugas_opd(opd)
    perangkat_totp(petugas)
    client.force_login(petugas)
    respons = client.get(reverse("admin:index"))
    assert tujuan(respons) == (reverse("dua_langkah:kode"), reverse("admin:index"))


# --- the full sign-in, password then code ------------------------------------------------


def test_masuk_dengan_kata_sandi_lalu_kode_benar_membuka_admin(client):
    staf = verifikator(username="verif")
    perangkat = perangkat_totp(staf)

    respons = client.post(
        reverse("admin:login"),
        {"username": "verif", "password": SANDI, "next": reverse("admin:index")},
        follow=True,
    )
    assert respons.redirect_chain[-1][0].startswith(reverse("dua_langkah:kode"))
    assert "Masukkan kode verifikasi" in respons.content.decode()

    respons = kirim_kode(client, "dua_langkah:kode", kode_sekarang(perangkat), "/admin/")
    assert respons.status_code == 302
    assert respons["Location"] == reverse("admin:index")
    assert client.get(reverse("admin:index")).status_code == 200
    assert client.get(reverse("aspirasi:dasbor")).status_code == 200


def test_kode_benar_mengganti_kunci_sesi(client):
    staf = verifikator()
    perangkat = perangkat_totp(staf)
    client.force_login(staf)
    kunci_lama = client.session.session_key

    kirim_kode(client, "dua_langkah:kode", kode_sekarang(perangkat))

    assert client.session.session_key != kunci_lama
    assert client.session[DEVICE_ID_SESSION_KEY] == perangkat.persistent_id


def test_kode_salah_ditolak_dengan_pesan_jelas(client, staf_wajib):
    perangkat = perangkat_totp(staf_wajib)
    client.force_login(staf_wajib)
    salah = f"{(int(kode_sekarang(perangkat)) + 1) % 1_000_000:06d}"

    respons = kirim_kode(client, "dua_langkah:kode", salah)

    assert respons.status_code == 200
    assert "Kode salah, kedaluwarsa atau sudah pernah dipakai" in respons.content.decode()
    assert DEVICE_ID_SESSION_KEY not in client.session
    assert client.get(reverse("admin:index")).status_code == 302


def test_setelah_kode_salah_kode_benar_pun_ditahan_sampai_jeda_lewat(client):
    staf = verifikator()
    perangkat = perangkat_totp(staf)
    client.force_login(staf)
    for _ in range(3):
        kirim_kode(client, "dua_langkah:kode", "000000")
    perangkat.refresh_from_db()
    # The first wrong code counted; the next ones came during the wait and were not checked.
    assert perangkat.throttling_failure_count >= 1

    ditahan = kirim_kode(client, "dua_langkah:kode", kode_sekarang(perangkat))

    assert ditahan.status_code == 200
    assert "Terlalu banyak kode yang salah" in ditahan.content.decode()
    assert client.get(reverse("admin:index")).status_code == 302

    # The wait passes (2^(n-1) seconds): the right code now works.
    TOTPDevice.objects.filter(pk=perangkat.pk).update(
        throttling_failure_timestamp=timezone.now() - timedelta(hours=1)
    )
    respons = kirim_kode(client, "dua_langkah:kode", kode_sekarang(perangkat))
    assert respons.status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


def test_jeda_bertambah_dua_kali_lipat_setiap_kode_salah(client, settings):
    staf = verifikator()
    perangkat = perangkat_totp(staf)
    client.force_login(staf)
    for n in range(1, 6):
        TOTPDevice.objects.filter(pk=perangkat.pk).update(throttling_failure_timestamp=None)
        kirim_kode(client, "dua_langkah:kode", "000000")
        perangkat.refresh_from_db()
        assert perangkat.throttling_failure_count == n
        boleh, info = perangkat.verify_is_allowed()
        assert not boleh
        jeda = (info["locked_until"] - perangkat.throttling_failure_timestamp).total_seconds()
        assert jeda == settings.OTP_TOTP_THROTTLE_FACTOR * 2 ** (n - 1)


def test_kode_yang_sudah_dipakai_tidak_bisa_dipakai_lagi(client):
    staf = verifikator()
    perangkat = perangkat_totp(staf)
    kode = kode_sekarang(perangkat)
    client.force_login(staf)
    assert kirim_kode(client, "dua_langkah:kode", kode).status_code == 302

    # The attacker who watched the code being typed, in a session of their own.
    client.logout()
    client.force_login(staf)
    respons = kirim_kode(client, "dua_langkah:kode", kode)

    assert respons.status_code == 200
    assert "sudah pernah dipakai" in respons.content.decode()
    assert client.get(reverse("admin:index")).status_code == 302


def test_kode_lama_dari_jendela_sebelumnya_juga_ditolak_setelah_kode_baru(client):
    staf = verifikator()
    perangkat = perangkat_totp(staf)
    client.force_login(staf)
    assert kirim_kode(client, "dua_langkah:kode", kode_sekarang(perangkat)).status_code == 302
    client.logout()
    client.force_login(staf)
    respons = kirim_kode(client, "dua_langkah:kode", kode_sekarang(perangkat, geser=-1))
    assert respons.status_code == 200


def test_kode_cadangan_membuka_admin_hanya_sekali(client):
    staf = verifikator()
    perangkat_totp(staf)
    cadangan = StaticDevice.objects.create(user=staf, name="Kode cadangan")
    StaticToken.objects.create(device=cadangan, token="abcd2345")
    client.force_login(staf)

    assert kirim_kode(client, "dua_langkah:kode", "ABCD 2345").status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200

    client.logout()
    client.force_login(staf)
    respons = kirim_kode(client, "dua_langkah:kode", "abcd2345")
    assert respons.status_code == 200
    assert client.get(reverse("admin:index")).status_code == 302


def test_kode_dari_perangkat_orang_lain_tidak_berlaku(client):
    staf = verifikator()
    perangkat_totp(staf)
    perangkat_lain = perangkat_totp(verifikator())
    client.force_login(staf)

    respons = kirim_kode(client, "dua_langkah:kode", kode_sekarang(perangkat_lain))

    assert respons.status_code == 200
    assert client.get(reverse("admin:index")).status_code == 302


def test_perangkat_orang_lain_di_sesi_tidak_dianggap_terverifikasi(client):
    # A device id planted in the session (e.g. an old session) must belong to this user.
    staf = verifikator()
    perangkat_totp(staf)
    lain = perangkat_totp(verifikator())
    client.force_login(staf)
    sesi = client.session
    sesi[DEVICE_ID_SESSION_KEY] = lain.persistent_id
    sesi.save()

    assert tujuan(client.get(reverse("admin:index")))[0] == reverse("dua_langkah:kode")


# --- enrolment ----------------------------------------------------------------------------


def test_pendaftaran_menampilkan_qr_dan_kunci_lalu_kode_benar_mengaktifkan(client, staf_wajib):
    client.force_login(staf_wajib)
    respons = client.get(reverse("admin:index"), follow=True)
    isi = respons.content.decode()
    assert respons.redirect_chain[-1][0].startswith(reverse("dua_langkah:daftar"))
    assert '<svg role="img"' in isi
    assert "<script" not in isi
    perangkat = TOTPDevice.objects.get(user=staf_wajib)
    assert not perangkat.confirmed
    # The key, in base32 groups of four, for typing it in by hand.
    kunci = "".join(respons.context["kunci"].split())
    assert TOTP(__import__("base64").b32decode(kunci)).token() == TOTP(perangkat.bin_key).token()
    assert respons.context["kunci"] in isi

    # Reloading keeps the same key: the QR code scanned a moment ago stays valid.
    client.get(reverse("dua_langkah:daftar"))
    assert TOTPDevice.objects.filter(user=staf_wajib).count() == 1

    respons = kirim_kode(client, "dua_langkah:daftar", kode_sekarang(perangkat), "/admin/")

    assert respons.status_code == 200
    perangkat.refresh_from_db()
    assert perangkat.confirmed
    kode_cadangan = respons.context["kode_cadangan"]
    assert len(kode_cadangan) == 10
    for kode in kode_cadangan:
        assert kode in respons.content.decode()
    assert StaticToken.objects.filter(device__user=staf_wajib).count() == 10
    assert client.get(reverse("admin:index")).status_code == 200


def test_kode_salah_tidak_mengaktifkan_perangkat(client):
    staf = verifikator()
    client.force_login(staf)
    client.get(reverse("dua_langkah:daftar"))

    respons = kirim_kode(client, "dua_langkah:daftar", "123456")

    assert respons.status_code == 200
    assert "Kode salah" in respons.content.decode()
    assert not TOTPDevice.objects.get(user=staf).confirmed
    assert not StaticDevice.objects.filter(user=staf).exists()
    assert client.get(reverse("admin:index")).status_code == 302


def test_pendaftaran_tidak_bisa_mengonfirmasi_perangkat_pengguna_lain(client):
    korban = verifikator()
    perangkat_korban = perangkat_totp(korban, confirmed=False)
    penyerang = verifikator()
    client.force_login(penyerang)
    client.get(reverse("dua_langkah:daftar"))

    respons = client.post(
        reverse("dua_langkah:daftar"),
        {
            "kode": kode_sekarang(perangkat_korban),
            "device": perangkat_korban.persistent_id,
            "user": korban.pk,
        },
    )

    assert respons.status_code == 200
    perangkat_korban.refresh_from_db()
    assert not perangkat_korban.confirmed
    assert not TOTPDevice.objects.filter(user=penyerang, confirmed=True).exists()
    assert DEVICE_ID_SESSION_KEY not in client.session


def test_pemegang_kata_sandi_saja_tidak_bisa_mengganti_aplikasi_yang_sudah_ada(client):
    staf = verifikator()
    lama = perangkat_totp(staf)
    client.force_login(staf)

    respons = client.get(reverse("dua_langkah:daftar"))

    assert tujuan(respons)[0] == reverse("dua_langkah:kode")
    assert list(TOTPDevice.objects.filter(user=staf)) == [lama]
    assert kirim_kode(client, "dua_langkah:daftar", "123456").status_code == 302
    assert list(TOTPDevice.objects.filter(user=staf)) == [lama]


def test_halaman_dua_langkah_meminta_masuk_dulu(client):
    for nama in ("dua_langkah:daftar", "dua_langkah:kode"):
        respons = client.get(reverse(nama))
        assert respons.status_code == 302
        assert urlsplit(respons["Location"]).path == reverse("admin:login")
        assert client.post(reverse(nama), {"kode": "123456"}).status_code == 302
    assert not TOTPDevice.objects.exists()


def test_halaman_dua_langkah_tidak_disimpan_di_cache(client):
    client.force_login(verifikator())
    respons = client.get(reverse("dua_langkah:daftar"))
    assert "no-store" in respons["Cache-Control"]


# --- next: back where the user was going, never to another site --------------------------


@pytest.mark.parametrize(
    "next_",
    [
        "https://jahat.example/admin/",
        "//jahat.example/",
        "/\\jahat.example",
        "\\\\jahat.example",
        "https:jahat.example",
        "javascript:alert(1)",
        "http://testserver@jahat.example/",
    ],
)
def test_next_ke_situs_lain_ditolak(client, next_):
    staf = verifikator()
    perangkat = perangkat_totp(staf)
    client.force_login(staf)

    halaman = client.get(reverse("dua_langkah:kode"), {"next": next_})
    respons = kirim_kode(client, "dua_langkah:kode", kode_sekarang(perangkat), next_)

    assert f'value="{reverse("admin:index")}"' in halaman.content.decode()
    assert respons.status_code == 302
    assert respons["Location"] == reverse("admin:index")


def test_next_lokal_dipertahankan_sampai_setelah_kode(client):
    staf = pimpinan()
    perangkat = perangkat_totp(staf)
    client.force_login(staf)
    tujuan_awal = reverse("aspirasi:dasbor") + "?periode=30"

    dialihkan = client.get(tujuan_awal)
    _, next_ = tujuan(dialihkan)
    respons = kirim_kode(client, "dua_langkah:kode", kode_sekarang(perangkat), next_)

    assert next_ == tujuan_awal
    assert respons["Location"] == tujuan_awal


# --- odd input: a clear message, never a 500 ----------------------------------------------


@pytest.mark.parametrize(
    "isian",
    [
        {},
        {"kode": ""},
        {"kode": "   "},
        {"kode": "1" * 10_000},
        {"kode": "12345"},
        {"kode": "1234567"},
        {"kode": "12a456"},
        {"kode": "١٢٣٤٥٦"},
        {"kode": "<script>alert(1)</script>"},
        {"kode": "12\x0034"},
        {"kode": ["123456", "654321"]},
        {"kode": "' OR 1=1 --"},
        {"kode": "12345678"},
    ],
    ids=lambda isian: repr(isian)[:30],
)
@pytest.mark.parametrize("halaman", ["dua_langkah:kode", "dua_langkah:daftar"])
def test_isian_aneh_mendapat_pesan_jelas_tanpa_galat(client, halaman, isian):
    staf = verifikator()
    if halaman == "dua_langkah:kode":
        perangkat_totp(staf)
    client.force_login(staf)

    respons = client.post(reverse(halaman), isian)

    assert respons.status_code == 200
    isi = respons.content.decode()
    assert 'class="errornote"' in isi
    assert "<script>alert(1)</script>" not in isi
    assert DEVICE_ID_SESSION_KEY not in client.session
    assert not TOTPDevice.objects.filter(user=staf, confirmed=True, name="Aplikasi autentikator")


# --- the superuser resets a lost phone --------------------------------------------------


def test_hanya_superuser_yang_melihat_dan_menghapus_perangkat(client, opd):
    petugas = petugas_opd(opd)
    from django.contrib.auth.models import Permission

    petugas.user_permissions.add(
        *Permission.objects.filter(content_type__app_label__in=["otp_totp", "otp_static"])
    )
    korban = verifikator()
    perangkat = perangkat_totp(korban)
    masuk_staf(client, petugas)

    assert client.get(reverse("admin:otp_totp_totpdevice_changelist")).status_code == 403
    hapus = reverse("admin:otp_totp_totpdevice_delete", args=[perangkat.pk])
    assert client.post(hapus, {"post": "yes"}).status_code == 403
    assert TOTPDevice.objects.filter(pk=perangkat.pk).exists()


def test_superuser_menyetel_ulang_faktor_kedua_pengguna_lain(client):
    admin_ = superuser()
    korban = verifikator()
    perangkat = perangkat_totp(korban)
    StaticDevice.objects.create(user=korban, name="Kode cadangan")
    masuk_staf(client, admin_)

    daftar = client.get(reverse("admin:otp_totp_totpdevice_changelist"))
    assert daftar.status_code == 200
    assert korban.username in daftar.content.decode()
    # The secret is never shown, not even to a superuser.
    lihat = client.get(reverse("admin:otp_totp_totpdevice_change", args=[perangkat.pk]))
    assert perangkat.key not in lihat.content.decode()
    assert client.get(reverse("admin:otp_totp_totpdevice_add")).status_code == 403
    config = reverse("admin:otp_totp_totpdevice_config", args=[perangkat.pk])
    assert client.get(config).status_code == 403

    respons = client.post(
        reverse("admin:layanan_pengguna_changelist"),
        {"action": "setel_ulang_dua_langkah", "_selected_action": [korban.pk]},
    )
    assert respons.status_code == 302
    assert not TOTPDevice.objects.filter(user=korban).exists()
    assert not StaticDevice.objects.filter(user=korban).exists()

    client.force_login(korban)
    assert tujuan(client.get(reverse("admin:index")))[0] == reverse("dua_langkah:daftar")


def test_daftar_pengguna_menunjukkan_siapa_yang_sudah_memakai_dua_langkah(client):
    masuk_staf(client, superuser())
    dengan = verifikator(username="dengan-aplikasi")
    perangkat_totp(dengan)
    verifikator(username="tanpa-aplikasi")

    respons = client.get(reverse("admin:layanan_pengguna_changelist"), {"dua_langkah": "tidak"})

    isi = respons.content.decode()
    assert "tanpa-aplikasi" in isi
    assert "dengan-aplikasi" not in isi


# --- demo accounts: tried without a phone, only with DEBUG --------------------------------


def test_akun_demo_mendapat_aplikasi_demo_dan_kode_demo_membuka_admin(client, settings, opd):
    from io import StringIO

    from django.core.management import call_command

    settings.DEBUG = True
    verif = verifikator(username="verifikator")
    PenggunaFactory(username="admin", is_superuser=True)
    petugas_opd(opd, username="petugas.dispendukcapil")
    verifikator(username="bukan-akun-demo")

    call_command("muat_demo_dua_langkah", stdout=StringIO())
    call_command("muat_demo_dua_langkah", stdout=StringIO())  # again: nothing doubled

    demo = TOTPDevice.objects.filter(name="Demo", confirmed=True)
    assert sorted(demo.values_list("user__username", flat=True)) == ["admin", "verifikator"]
    keluaran = StringIO()
    call_command("kode_demo", "verifikator", stdout=keluaran, stderr=StringIO())
    kode = keluaran.getvalue().strip()
    assert kode == kode_sekarang(demo.get(user=verif))

    client.force_login(verif)
    assert kirim_kode(client, "dua_langkah:kode", kode).status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


def test_kode_demo_menolak_tanpa_debug_dan_untuk_aplikasi_sungguhan(settings):
    from django.core.management import CommandError, call_command

    staf = verifikator(username="verifikator")
    perangkat_totp(staf, name="Aplikasi autentikator")

    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG=1"):
        call_command("kode_demo", "verifikator")
    with pytest.raises(CommandError, match="DEBUG=1"):
        call_command("muat_demo_dua_langkah")
    assert not TOTPDevice.objects.filter(name="Demo").exists()

    settings.DEBUG = True
    with pytest.raises(CommandError, match="tidak punya aplikasi autentikator demo"):
        call_command("kode_demo", "verifikator")


def test_perintah_setel_ulang_untuk_superuser_terakhir_yang_kehilangan_ponsel(client):
    from io import StringIO

    from django.core.management import CommandError, call_command

    admin_ = superuser()
    perangkat_totp(admin_)
    StaticDevice.objects.create(user=admin_, name="Kode cadangan")

    keluaran = StringIO()
    call_command("setel_ulang_dua_langkah", admin_.username, stdout=keluaran)

    assert "2 perangkat dihapus" in keluaran.getvalue()
    assert not TOTPDevice.objects.filter(user=admin_).exists()
    assert not StaticDevice.objects.filter(user=admin_).exists()
    client.force_login(admin_)
    assert tujuan(client.get(reverse("admin:index")))[0] == reverse("dua_langkah:daftar")
    with pytest.raises(CommandError, match="tidak ada"):
        call_command("setel_ulang_dua_langkah", "tidak-ada")
