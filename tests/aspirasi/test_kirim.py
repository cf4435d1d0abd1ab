"""Sending an aspirasi: form → periksa kembali → kirim → confirmation, and abuse of it."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from aspirasi.forms import normalisasi_telepon
from aspirasi.models import Aspirasi, RiwayatStatus
from tests.factories import DesaFactory, KecamatanFactory, LayananFactory, OPDFactory

pytestmark = pytest.mark.django_db

URL_KIRIM = reverse("aspirasi:kirim")
URL_PERIKSA = reverse("aspirasi:periksa")
URL_TERKIRIM = reverse("aspirasi:terkirim")
NAMA = "Penanda Sukmawati"
EMAIL = "penanda.sukma@contoh.test"
TELEPON = "0812 7777 3131"


@pytest.fixture
def wilayah():
    bangil = KecamatanFactory(nama="Bangil")
    desa = DesaFactory(kecamatan=bangil, nama="Kalianyar")
    lain = DesaFactory(kecamatan=KecamatanFactory(nama="Gempol"), nama="Kepulungan")
    return bangil, desa, lain


def _token(client, url=URL_KIRIM):
    html = client.get(url).content.decode()
    return re.search(r'name="token" value="([0-9a-f-]{36})"', html).group(1)


def _data(client, wilayah, **ubah):
    kecamatan, desa, _lain = wilayah
    data = {
        "token": _token(client),
        "jenis": "pertanyaan",
        "judul": "Jam buka perekaman KTP-el di MPP",
        "isi": "Apakah perekaman KTP-el di MPP Maslahat buka hari Sabtu?",
        "opd": "",
        "kecamatan": kecamatan.pk,
        "desa": desa.pk,
        "privasi": "biasa",
        "nama": NAMA,
        "email": EMAIL,
        "telepon": TELEPON,
        "setuju": "on",
        "situs_web": "",
    }
    data.update(ubah)
    return data


def _kirim_penuh(client, wilayah, **ubah):
    data = _data(client, wilayah, **ubah)
    respons = client.post(URL_KIRIM, data)
    assert respons.status_code == 302, respons.content.decode()[:2000]
    assert respons.url == URL_PERIKSA
    return client.post(URL_PERIKSA, {"token": data["token"]}), data["token"]


def test_alur_lengkap_formulir_periksa_kirim_konfirmasi_dengan_kode(client, wilayah):
    layanan = LayananFactory(nama="Perekaman KTP-el")
    halaman = client.get(URL_KIRIM, {"layanan": layanan.slug})
    assert "Perekaman KTP-el" in halaman.content.decode()
    data = _data(client, wilayah, layanan=layanan.slug)

    respons = client.post(URL_KIRIM, data)
    assert respons.status_code == 302
    assert respons.url == URL_PERIKSA
    assert Aspirasi.objects.count() == 0

    periksa = client.get(URL_PERIKSA).content.decode()
    assert "Periksa kembali" in periksa
    assert "Jam buka perekaman KTP-el di MPP" in periksa
    assert periksa.count(">Ubah<") >= 8
    assert f'href="{URL_KIRIM}#id_judul"' in periksa
    assert f"{layanan.opd.nama} (penanggung jawab layanan ini)" in periksa

    respons = client.post(URL_PERIKSA, {"token": data["token"]})
    assert respons.status_code == 302
    assert respons.url == URL_TERKIRIM
    aspirasi = Aspirasi.objects.get()
    assert aspirasi.layanan == layanan
    assert aspirasi.opd == layanan.opd  # the service's OPD when the resident did not choose
    assert aspirasi.telepon_pelapor == "081277773131"
    assert aspirasi.kanal == Aspirasi.Kanal.WEB
    assert RiwayatStatus.objects.filter(aspirasi=aspirasi).count() == 1

    konfirmasi = client.get(URL_TERKIRIM).content.decode()
    potongan = "-".join(
        f'<span class="d-inline-block">{p}</span>' for p in aspirasi.kode.split("-")
    )
    assert potongan in konfirmasi
    assert "Apa yang terjadi selanjutnya" in konfirmasi
    assert f"?kode={aspirasi.kode}" in konfirmasi
    assert NAMA not in konfirmasi
    assert '<svg role="img"' in konfirmasi  # the QR code to the tracking page
    assert f"Kode QR menuju halaman lacak {aspirasi.kode}" in konfirmasi
    assert EMAIL not in konfirmasi
    assert aspirasi.kode not in respons.url


def test_konfirmasi_tidak_terbaca_oleh_sesi_lain(client, wilayah):
    _kirim_penuh(client, wilayah)
    kode = Aspirasi.objects.get().kode

    lain = Client().get(URL_TERKIRIM).content.decode()

    assert kode not in lain
    assert "Terima kasih" in lain


def test_tombol_ubah_kembali_ke_formulir_dengan_isian_tetap(client, wilayah):
    data = _data(client, wilayah)
    client.post(URL_KIRIM, data)

    html = client.get(URL_KIRIM).content.decode()

    assert 'value="Jam buka perekaman KTP-el di MPP"' in html
    assert "Apakah perekaman KTP-el di MPP Maslahat buka hari Sabtu?" in html
    assert f'value="{data["token"]}"' in html


def test_kirim_dua_kali_hanya_membuat_satu_aspirasi(client, wilayah):
    respons, token = _kirim_penuh(client, wilayah)

    kedua = client.post(URL_PERIKSA, {"token": token})

    assert respons.url == kedua.url == URL_TERKIRIM
    assert Aspirasi.objects.count() == 1
    assert Aspirasi.objects.get().kode in client.get(URL_TERKIRIM).content.decode()


def test_form_lama_dikirim_ulang_tetap_satu_aspirasi(client, wilayah):
    data = _data(client, wilayah)
    client.post(URL_KIRIM, data)
    client.post(URL_PERIKSA, {"token": data["token"]})

    # The back button, then the whole form once more with the same token.
    client.post(URL_KIRIM, data)
    client.post(URL_PERIKSA, {"token": data["token"]})

    assert Aspirasi.objects.count() == 1


def test_honeypot_terisi_pura_pura_berhasil_tanpa_menyimpan(client, wilayah):
    respons = client.post(URL_KIRIM, _data(client, wilayah, situs_web="http://spam.example"))

    assert respons.status_code == 302
    assert respons.url == URL_TERKIRIM
    assert "Terima kasih" in client.get(URL_TERKIRIM).content.decode()
    assert client.get(URL_PERIKSA).status_code == 302
    assert Aspirasi.objects.count() == 0


def test_halaman_kirim_memuat_honeypot_tersembunyi_dan_persetujuan(client):
    html = client.get(URL_KIRIM).content.decode()

    honeypot = re.search(r'<div class="visually-hidden" aria-hidden="true">.*?</div>', html, re.S)
    assert honeypot is not None
    assert 'tabindex="-1"' in honeypot.group(0)
    assert 'autocomplete="off"' in honeypot.group(0)
    assert "UU 27/2022" in html
    assert reverse("aspirasi:privasi") in html
    assert "NIK" not in re.sub(r"Jangan tulis NIK|tidak meminta NIK", "", html)


def test_periksa_tanpa_draf_kembali_ke_formulir(client):
    assert client.get(URL_PERIKSA).url == URL_KIRIM
    assert client.post(URL_PERIKSA, {"token": "x"}).url == URL_KIRIM


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        (
            {"jenis": "", "judul": "", "isi": "", "kecamatan": "", "privasi": "", "setuju": ""},
            [
                "Pilih jenis aspirasi.",
                "Tuliskan judul singkat.",
                "Tuliskan pertanyaan, pengaduan atau saran Anda.",
                "Pilih kecamatan.",
                "Pilih siapa yang boleh membaca aspirasi Anda.",
                "Centang persetujuan",
            ],
        ),
        ({"isi": "a" * 100_000}, ["Uraian paling banyak 5.000 karakter"]),
        ({"judul": "j" * 100_000}, ["Judul paling banyak 200 karakter"]),
        ({"email": "bukan-email"}, ["Tulis alamat email dengan benar"]),
        ({"telepon": "12345"}, ["Tulis nomor HP Indonesia"]),
        ({"telepon": "0812"}, ["Tulis nomor HP Indonesia"]),
        ({"email": "", "telepon": ""}, ["Isi email atau nomor HP"]),
        ({"nama": ""}, ["Tuliskan nama Anda"]),
        ({"jenis": "hack"}, ["Pilihan tidak dikenali"]),
        ({"kecamatan": "999999"}, ["Pilihan tidak dikenali"]),
        ({"token": "bukan-uuid"}, ["Formulir ini sudah tidak berlaku"]),
        ({"isi": "   "}, ["Tuliskan pertanyaan, pengaduan atau saran Anda."]),
        ({"judul": "nol\x00byte"}, ["Karakter null tidak diizinkan"]),
    ],
)
def test_isian_salah_memberi_pesan_jelas_dan_tidak_menyimpan(client, wilayah, ubah, pesan):
    respons = client.post(URL_KIRIM, _data(client, wilayah, **ubah))

    html = respons.content.decode()
    assert respons.status_code == 200
    assert 'role="alert"' in html
    assert "Ada yang perlu diperbaiki" in html
    assert "<title>Galat:" in html
    for p in pesan:
        # In the summary and at the field (a hidden field has only the summary).
        assert html.count(p) >= (1 if "token" in ubah else 2), p
    if "token" in ubah:
        assert re.search(r'name="token" value="[0-9a-f-]{36}"', html)  # a fresh one
    assert client.get(URL_PERIKSA).status_code == 302
    assert Aspirasi.objects.count() == 0


def test_ringkasan_galat_menaut_ke_bidang(client, wilayah):
    html = client.post(
        URL_KIRIM, _data(client, wilayah, judul="", jenis="", email="x")
    ).content.decode()

    assert 'href="#id_judul"' in html
    assert 'href="#id_jenis_0"' in html
    assert 'href="#id_email"' in html
    assert 'aria-describedby="id_judul_error"' in html or "id_judul_error" in html
    assert 'aria-invalid="true"' in html


def test_pilihan_privasi_tetap_terpilih_dan_dijelaskan_saat_ada_galat(client, wilayah):
    html = client.post(
        URL_KIRIM, _data(client, wilayah, privasi="rahasia", judul="")
    ).content.decode()

    radio = re.search(r'<input type="radio" name="privasi" value="rahasia"[^>]*>', html).group(0)
    assert "checked" in radio
    assert 'aria-describedby="id_privasi_1_hint"' in radio
    assert "Tidak pernah ditampilkan kepada umum" in html


def test_desa_dari_kecamatan_lain_ditolak(client, wilayah):
    _kecamatan, _desa, desa_lain = wilayah

    html = client.post(URL_KIRIM, _data(client, wilayah, desa=desa_lain.pk)).content.decode()

    assert "tidak berada di Kecamatan Bangil" in html
    assert Aspirasi.objects.count() == 0


def test_anonim_tidak_menyimpan_nama_dan_kontak_yang_terlanjur_diisi(client, wilayah):
    _kirim_penuh(client, wilayah, privasi="anonim", email="salah-tapi-diabaikan")

    aspirasi = Aspirasi.objects.get()
    assert aspirasi.privasi == "anonim"
    assert (aspirasi.nama_pelapor, aspirasi.email_pelapor, aspirasi.telepon_pelapor) == ("", "", "")


def test_anonim_tidak_perlu_kontak(client, wilayah):
    respons, _token = _kirim_penuh(client, wilayah, privasi="anonim", nama="", email="")

    assert respons.url == URL_TERKIRIM
    assert "tidak bisa mengabari" in client.get(URL_TERKIRIM).content.decode()


def test_script_di_setiap_bidang_ditampilkan_sebagai_teks(client, wilayah):
    skrip = "<script>alert(1)</script>"
    data = _data(
        client,
        wilayah,
        judul=skrip,
        isi=skrip,
        nama=skrip,
        email=skrip,
        telepon=skrip,
        opd=skrip,
        kecamatan=skrip,
        desa=skrip,
        privasi=skrip,
        jenis=skrip,
        layanan=skrip,
        token=skrip,
    )

    html = client.post(URL_KIRIM, data).content.decode()
    assert skrip not in html
    assert "&lt;script&gt;" in html
    assert Aspirasi.objects.count() == 0

    # Valid where text is allowed: stored as typed, shown escaped on every page after.
    respons, _token = _kirim_penuh(client, wilayah, judul=skrip, isi=skrip, nama=skrip)
    assert respons.url == URL_TERKIRIM
    aspirasi = Aspirasi.objects.get()
    assert aspirasi.judul == skrip
    lacak = client.get(reverse("aspirasi:lacak"), {"kode": aspirasi.kode}).content.decode()
    assert skrip not in lacak
    assert "&lt;script&gt;" in lacak


def test_periksa_meloloskan_script_sebagai_teks(client, wilayah):
    skrip = "<script>alert(1)</script>"
    client.post(URL_KIRIM, _data(client, wilayah, judul=skrip, isi=skrip, nama=skrip))

    html = client.get(URL_PERIKSA).content.decode()

    assert skrip not in html
    assert html.count("&lt;script&gt;") >= 3


def test_tanpa_token_csrf_ditolak_403_bukan_500(wilayah):
    penyerang = Client(enforce_csrf_checks=True)
    data = _data(penyerang, wilayah)

    respons = penyerang.post(URL_KIRIM, data)
    assert respons.status_code == 403
    assert "Formulir tidak dapat dikirim" in respons.content.decode()
    assert penyerang.post(URL_PERIKSA, {"token": data["token"]}).status_code == 403
    assert Aspirasi.objects.count() == 0


def test_batas_pengiriman_per_ip_memberi_pesan_429(client, wilayah, settings):
    settings.ASPIRASI_BATAS_KIRIM = (2, 600)
    _kirim_penuh(client, wilayah)
    _kirim_penuh(client, wilayah)

    respons = client.post(URL_KIRIM, _data(client, wilayah))

    assert respons.status_code == 429
    html = respons.content.decode()
    assert "Terlalu banyak aspirasi dikirim" in html
    assert 'name="judul"' in html  # the form, with what was typed
    assert Aspirasi.objects.count() == 2
    # Another client is not affected.
    lain = Client(REMOTE_ADDR="10.9.8.7")
    assert lain.post(URL_KIRIM, _data(lain, wilayah)).status_code == 302


def test_batas_juga_berlaku_di_langkah_kirim(client, wilayah, settings):
    settings.ASPIRASI_BATAS_KIRIM = (1, 600)
    data = _data(client, wilayah)
    client.post(URL_KIRIM, data)  # this draft waits on its check page
    _kirim_penuh(Client(), wilayah)  # another tab on the same network uses up the window

    respons = client.post(URL_PERIKSA, {"token": data["token"]})

    assert respons.status_code == 429
    assert "Terlalu banyak aspirasi dikirim" in respons.content.decode()
    assert Aspirasi.objects.count() == 1


def test_banjir_langkah_pertama_dibatasi_tanpa_menyimpan_apa_pun(client, wilayah, settings):
    settings.ASPIRASI_BATAS_DRAF = (3, 600)
    data = _data(client, wilayah, judul="")  # invalid: nothing would be saved anyway

    status = [client.post(URL_KIRIM, data).status_code for _ in range(4)]

    assert status == [200, 200, 200, 429]
    assert Aspirasi.objects.count() == 0


def test_jawaban_serupa_ditawarkan_sebelum_mengirim(client, wilayah):
    from aspirasi import services
    from tests.factories import petugas_opd, verifikator

    layanan = LayananFactory(nama="Perekaman KTP-el")
    lama = services.kirim_aspirasi(
        jenis="pertanyaan",
        judul="Perekaman KTP-el hari Sabtu",
        isi="Apakah buka?",
        privasi="biasa",
        layanan=layanan,
        nama_pelapor=NAMA,
    )
    services.teruskan(aspirasi=lama, opd=layanan.opd, oleh=verifikator())
    services.jawab(aspirasi=lama, isi="Buka pukul 08.00–12.00.", oleh=petugas_opd(layanan.opd))
    Aspirasi.objects.filter(pk=lama.pk).update(diterbitkan=True)
    rahasia = services.kirim_aspirasi(
        jenis="pertanyaan", judul="KTP-el rahasia", isi="x", privasi="rahasia"
    )
    client.post(URL_KIRIM, _data(client, wilayah, layanan=layanan.slug))

    html = client.get(URL_PERIKSA).content.decode()

    assert "Mungkin sudah terjawab" in html
    assert reverse("aspirasi:tanya_jawab_detail", args=[lama.pk]) in html
    assert rahasia.judul not in html
    assert lama.kode not in html
    assert NAMA in html  # the resident's own name on their own check page only


def test_jawaban_serupa_dicari_dari_kata_judul(client, wilayah):
    from aspirasi import selectors, services
    from tests.factories import petugas_opd, verifikator

    opd = OPDFactory()
    lama = services.kirim_aspirasi(
        jenis="pertanyaan", judul="Jalan rusak di Kalianyar", isi="x", privasi="biasa"
    )
    services.teruskan(aspirasi=lama, opd=opd, oleh=verifikator())
    services.jawab(aspirasi=lama, isi="Diperbaiki bulan depan.", oleh=petugas_opd(opd))
    Aspirasi.objects.filter(pk=lama.pk).update(diterbitkan=True)

    assert selectors.jawaban_serupa(judul="Kapan jalan Kalianyar diperbaiki?") == [lama]
    assert selectors.jawaban_serupa(judul="Akta kelahiran") == []
    assert selectors.jawaban_serupa() == []


@pytest.mark.parametrize(
    ("teks", "hasil"),
    [
        ("081234567890", "081234567890"),
        ("0812-3456-7890", "081234567890"),
        ("+62 812 3456 7890", "081234567890"),
        ("62812345678", "0812345678"),
        ("(0812) 345.678", "0812345678"),
        ("0812345", None),
        ("08123456789012345", None),
        ("0343 123456", None),
        ("+1 202 555 0100", None),
        ("08abc", None),
        ("", None),
    ],
)
def test_normalisasi_nomor_hp(teks, hasil):
    assert normalisasi_telepon(teks) == hasil


def test_halaman_layanan_punya_tombol_tanya_tentang_layanan_ini(client):
    layanan = LayananFactory()

    html = client.get(layanan.get_absolute_url()).content.decode()

    assert "Tanya tentang layanan ini" in html
    assert f'href="{URL_KIRIM}?layanan={layanan.slug}"' in html


def test_tautan_layanan_yang_tidak_terbit_diabaikan(client):
    html = client.get(URL_KIRIM, {"layanan": "tidak-ada"}).content.decode()

    assert 'name="layanan" id="id_layanan"' in html
    assert "Tentang layanan" not in html
