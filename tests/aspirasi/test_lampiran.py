"""Attachments: checked by content, images re-encoded without EXIF, random names, kept
private, moved into ``Lampiran`` rows only when the aspirasi is sent, and downloaded only by
staff who may see the aspirasi."""

import datetime
import io
import os
import re
import time

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from PIL import Image

from aspirasi import lampiran as berkas_lampiran
from aspirasi import services
from aspirasi.models import Aspirasi, Lampiran
from tests.aspirasi.test_kirim import URL_KIRIM, URL_PERIKSA, URL_TERKIRIM, _data, wilayah
from tests.factories import KecamatanFactory, OPDFactory, PenggunaFactory, petugas_opd, verifikator
from tests.factories_aspirasi import aspirasi_diteruskan, camat, pimpinan
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db

__all__ = ["wilayah"]  # the fixture, re-used from test_kirim

NAMA_ASLI = "foto-rumah-budi-santoso"
PDF_KECIL = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return tmp_path


def jpeg_dengan_gps(ukuran=(64, 48)) -> bytes:
    gambar = Image.new("RGB", ukuran, (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to display
    exif[0x010F] = "KameraMerekRahasia"
    exif[0x8825] = {1: "S", 2: (7.0, 38.0, 12.5), 3: "E", 4: (112.0, 47.0, 3.0)}  # GPSInfo
    keluaran = io.BytesIO()
    gambar.save(keluaran, "JPEG", exif=exif.tobytes(), comment=b"komentar pribadi")
    return keluaran.getvalue()


def png(ukuran=(40, 30), mode="RGBA") -> bytes:
    keluaran = io.BytesIO()
    Image.new(mode, ukuran).save(keluaran, "PNG")
    return keluaran.getvalue()


def unggah(isi: bytes, nama=f"{NAMA_ASLI}.jpg", jenis="image/jpeg"):
    return SimpleUploadedFile(nama, isi, content_type=jenis)


def semua_berkas(akar) -> list[str]:
    return sorted(
        os.path.relpath(os.path.join(d, f), akar) for d, _s, fs in os.walk(akar) for f in fs
    )


def kirim_form(client, wilayah, berkas, **ubah):
    data = _data(client, wilayah, **ubah)
    data["lampiran"] = berkas
    return client.post(URL_KIRIM, data), data["token"]


# --- checks by content ---------------------------------------------------------------------


def test_jpeg_dengan_gps_disimpan_ulang_tanpa_exif_dan_tegak(client, wilayah, _media):
    respons, token = kirim_form(client, wilayah, [unggah(jpeg_dengan_gps())])
    assert respons.status_code == 302
    client.post(URL_PERIKSA, {"token": token})

    lampiran = Lampiran.objects.get()
    assert lampiran.jenis_konten == "image/jpeg"
    with lampiran.berkas.open("rb") as f:
        isi = f.read()
    assert lampiran.ukuran == len(isi)
    gambar = Image.open(io.BytesIO(isi))
    assert gambar.format == "JPEG"
    exif = gambar.getexif()
    assert 0x8825 not in exif
    assert not exif.get_ifd(0x8825)
    assert len(exif) == 0
    assert "comment" not in gambar.info
    assert b"KameraMerekRahasia" not in isi
    assert gambar.size == (48, 64)  # orientation applied before the EXIF was dropped


def test_gambar_besar_diperkecil_sisi_terpanjang_4000(settings):
    hasil = berkas_lampiran.periksa(unggah(jpeg_dengan_gps(ukuran=(4600, 200))))
    gambar = Image.open(io.BytesIO(hasil.isi))
    assert max(gambar.size) == 4000


@pytest.mark.parametrize(
    ("isi", "nama", "jenis"),
    [
        (png(), "denah.png", "image/png"),
        (png(mode="P"), "denah.png", "image/png"),
        (PDF_KECIL, "surat.pdf", "application/pdf"),
    ],
)
def test_png_dan_pdf_diterima(client, wilayah, isi, nama, jenis):
    respons, token = kirim_form(client, wilayah, [unggah(isi, nama, "application/octet-stream")])
    assert respons.status_code == 302
    client.post(URL_PERIKSA, {"token": token})

    lampiran = Lampiran.objects.get()
    assert lampiran.jenis_konten == jenis
    assert lampiran.berkas.name.endswith(os.path.splitext(nama)[1])
    if jenis == "application/pdf":
        with lampiran.berkas.open("rb") as f:
            assert f.read() == PDF_KECIL  # a PDF is kept byte for byte


def _ditolak(client, wilayah, berkas, pesan, _media):
    respons, _token = kirim_form(client, wilayah, berkas)
    assert respons.status_code == 200
    html = respons.content.decode()
    assert pesan in html
    assert 'href="#id_lampiran"' in html  # in the error summary, linked to the field
    assert client.session.get("aspirasi_draf") is None
    assert Aspirasi.objects.count() == 0
    assert Lampiran.objects.count() == 0
    assert semua_berkas(_media) == []
    return html


def test_berkas_10_mb_ditolak_dengan_pesan_jelas_tanpa_menyimpan(client, wilayah, _media):
    besar = b"\xff\xd8\xff\xe0" + b"\0" * (10 * 1024 * 1024)
    html = _ditolak(client, wilayah, [unggah(besar)], "Berkas terlalu besar (10,0 MB)", _media)
    assert "Paling besar 5 MB per berkas" in html


@pytest.mark.parametrize(
    "isi",
    [
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\0" * 200,
        b"\x7fELF\x02\x01\x01\x00" + b"\0" * 200,
    ],
    ids=["exe", "elf"],
)
def test_program_berganti_nama_jpg_ditolak(client, wilayah, isi, _media):
    _ditolak(client, wilayah, [unggah(isi)], "bukan JPEG, PNG atau PDF", _media)


def test_teks_berganti_nama_pdf_ditolak(client, wilayah, _media):
    teks = unggah(b"Ini hanya teks biasa.\n", "surat.pdf", "application/pdf")
    _ditolak(client, wilayah, [teks], "bukan JPEG, PNG atau PDF", _media)


def test_pdf_terpotong_ditolak(client, wilayah, _media):
    terpotong = unggah(b"%PDF-1.7\n" + b"x" * 5000, "surat.pdf", "application/pdf")
    _ditolak(client, wilayah, [terpotong], "rusak atau tidak lengkap", _media)


def test_jpeg_rusak_ditolak(client, wilayah, _media):
    rusak = unggah(jpeg_dengan_gps()[:200])
    _ditolak(client, wilayah, [rusak], "rusak atau tidak bisa dibaca", _media)


@pytest.mark.parametrize(
    "isi",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        b"\xff\xd8\xff\xe1" + bytes(range(256)) * 8,
        png()[:60],
        jpeg_dengan_gps()[:-300],
    ],
    ids=["png_sampah", "jpeg_sampah", "png_terpotong", "jpeg_terpotong"],
)
def test_gambar_sampah_ditolak_tanpa_galat_server(isi):
    with pytest.raises(berkas_lampiran.LampiranTidakSah):
        berkas_lampiran.periksa(unggah(isi))


def test_empat_berkas_ditolak(client, wilayah, _media):
    berkas = [unggah(png(), f"f{i}.png", "image/png") for i in range(4)]
    _ditolak(client, wilayah, berkas, "Paling banyak 3 berkas", _media)


@pytest.mark.parametrize("sisi", [8000, 12000], ids=["di_atas_batas", "dua_kali_batas"])
def test_bom_dekompresi_ditolak(client, wilayah, sisi, _media):
    bom = png(ukuran=(sisi, sisi), mode="1")
    assert len(bom) < 5 * 1024 * 1024
    _ditolak(client, wilayah, [unggah(bom, "kecil.png", "image/png")], "terlalu besar", _media)


def test_pesan_menyebut_nomor_berkas_tanpa_nama_asli(client, wilayah, _media):
    berkas = [unggah(png(), "a.png", "image/png"), unggah(b"MZ" + b"\0" * 99)]
    html = _ditolak(client, wilayah, berkas, "Berkas ke-2:", _media)
    assert NAMA_ASLI not in html


# --- the flow through periksa kembali ------------------------------------------------------


def test_alur_lengkap_dengan_lampiran_membuat_tepat_barisnya(client, wilayah, _media):
    berkas = [
        unggah(jpeg_dengan_gps()),
        unggah(png(), f"{NAMA_ASLI}.png", "image/png"),
        unggah(PDF_KECIL, f"{NAMA_ASLI}.pdf", "application/pdf"),
    ]
    respons, token = kirim_form(client, wilayah, berkas)
    assert respons.url == URL_PERIKSA
    assert Lampiran.objects.count() == 0
    sementara = semua_berkas(_media)
    assert len(sementara) == 3
    assert all(re.fullmatch(r"sementara/[0-9a-f]{32}", j) for j in sementara)

    periksa = client.get(URL_PERIKSA).content.decode()
    assert "3 berkas: Gambar JPEG" in periksa
    assert "Gambar PNG" in periksa
    assert "Dokumen PDF, 1 KB" in periksa
    assert f'href="{URL_KIRIM}#id_lampiran"' in periksa
    assert NAMA_ASLI not in periksa

    respons = client.post(URL_PERIKSA, {"token": token})
    assert respons.url == URL_TERKIRIM

    aspirasi = Aspirasi.objects.get()
    assert aspirasi.lampiran.count() == 3
    assert sorted(aspirasi.lampiran.values_list("jenis_konten", flat=True)) == [
        "application/pdf",
        "image/jpeg",
        "image/png",
    ]
    tersimpan = semua_berkas(_media)
    assert len(tersimpan) == 3  # the temporary copies are gone
    for jalur in tersimpan:
        assert re.fullmatch(r"lampiran/\d{4}/\d{2}/[0-9a-f]{32}\.(jpg|png|pdf)", jalur)
        assert "foto" not in jalur
        assert "budi" not in jalur
        assert "santoso" not in jalur

    # Pressing "Kirim" again neither duplicates the aspirasi nor its attachments.
    client.post(URL_PERIKSA, {"token": token})
    assert Lampiran.objects.count() == 3


def test_ubah_tanpa_memilih_berkas_baru_mempertahankan_lampiran(client, wilayah, _media):
    data = _data(client, wilayah)
    client.post(URL_KIRIM, {**data, "lampiran": [unggah(PDF_KECIL, "a.pdf")]})

    formulir = client.get(URL_KIRIM).content.decode()
    assert "tetap disimpan (1 berkas)" in formulir
    assert 'enctype="multipart/form-data"' in formulir

    client.post(URL_KIRIM, {**data, "judul": "Judul yang diubah"})
    assert "1 berkas: Dokumen PDF" in client.get(URL_PERIKSA).content.decode()
    client.post(URL_PERIKSA, {"token": data["token"]})

    assert Aspirasi.objects.get().judul == "Judul yang diubah"
    assert Lampiran.objects.get().jenis_konten == "application/pdf"


def test_berkas_baru_menggantikan_lampiran_sebelumnya(client, wilayah, _media):
    data = _data(client, wilayah)
    client.post(URL_KIRIM, {**data, "lampiran": [unggah(PDF_KECIL, "a.pdf")]})
    client.post(URL_KIRIM, {**data, "lampiran": [unggah(png(), "b.png"), unggah(png(), "c.png")]})
    assert len(semua_berkas(_media)) == 2  # the replaced temporary file is removed

    client.post(URL_PERIKSA, {"token": data["token"]})

    assert list(Lampiran.objects.values_list("jenis_konten", flat=True)) == ["image/png"] * 2


def test_hapus_lampiran_mengirim_tanpa_lampiran(client, wilayah, _media):
    data = _data(client, wilayah)
    client.post(URL_KIRIM, {**data, "lampiran": [unggah(PDF_KECIL, "a.pdf")]})
    client.post(URL_KIRIM, {**data, "hapus_lampiran": "on"})
    assert "Tidak ada" in client.get(URL_PERIKSA).content.decode()

    client.post(URL_PERIKSA, {"token": data["token"]})

    assert Aspirasi.objects.count() == 1
    assert Lampiran.objects.count() == 0
    assert semua_berkas(_media) == []


def test_isian_lain_salah_meminta_memilih_berkas_lagi(client, wilayah, _media):
    respons, _token = kirim_form(client, wilayah, [unggah(PDF_KECIL, "a.pdf")], judul="")
    html = respons.content.decode()
    assert "Pilih lagi berkas lampiran Anda" in html
    assert semua_berkas(_media) == []


def test_lampiran_sementara_hilang_tidak_mengirim_dan_memberi_tahu(client, wilayah, _media):
    respons, token = kirim_form(client, wilayah, [unggah(PDF_KECIL, "a.pdf")])
    for jalur in semua_berkas(_media):
        os.remove(_media / jalur)

    respons = client.post(URL_PERIKSA, {"token": token})

    assert respons.status_code == 200
    assert "sudah kedaluwarsa" in respons.content.decode()
    assert Aspirasi.objects.count() == 0
    # Sending again now goes through, without the lost file.
    client.post(URL_PERIKSA, {"token": token})
    assert Aspirasi.objects.count() == 1
    assert Lampiran.objects.count() == 0


def test_gagal_di_tengah_tidak_menyimpan_apa_pun(wilayah, _media, monkeypatch):
    catatan = [
        berkas_lampiran.simpan_sementara(berkas_lampiran.BerkasValid(PDF_KECIL, "application/pdf"))
        for _ in range(2)
    ]
    asli = berkas_lampiran.baca_sementara
    panggilan = []

    def baca_lalu_gagal(c):
        panggilan.append(c)
        if len(panggilan) == 2:
            raise OSError("disk penuh")
        return asli(c)

    monkeypatch.setattr(berkas_lampiran, "baca_sementara", baca_lalu_gagal)
    with pytest.raises(OSError):
        services.kirim_aspirasi(
            jenis=Aspirasi.Jenis.PENGADUAN,
            judul="Jalan berlubang",
            isi="Jalan di depan pasar berlubang.",
            kecamatan=wilayah[0],
            privasi=Aspirasi.Privasi.ANONIM,
            lampiran=catatan,
        )

    assert Aspirasi.objects.count() == 0
    assert Lampiran.objects.count() == 0
    assert not any(j.startswith("lampiran/") for j in semua_berkas(_media))


def test_perintah_bersihkan_menghapus_berkas_sementara_lama_saja(_media):
    lama = berkas_lampiran.simpan_sementara(berkas_lampiran.BerkasValid(PDF_KECIL, "x"))
    baru = berkas_lampiran.simpan_sementara(berkas_lampiran.BerkasValid(PDF_KECIL, "x"))
    dua_hari_lalu = time.time() - 2 * 24 * 3600
    os.utime(_media / "sementara" / lama["nama"], (dua_hari_lalu, dua_hari_lalu))
    (_media / "sementara" / "bukan-milik-kami.txt").write_text("biarkan")

    keluaran = io.StringIO()
    call_command("bersihkan_lampiran_sementara", stdout=keluaran)

    assert "1 berkas" in keluaran.getvalue()
    assert semua_berkas(_media) == sorted(
        ["sementara/bukan-milik-kami.txt", f"sementara/{baru['nama']}"]
    )


def test_bersihkan_tanpa_folder_sementara_aman(_media):
    assert berkas_lampiran.bersihkan_sementara(lebih_tua_dari=datetime.timedelta(hours=1)) == 0


# --- download by staff ---------------------------------------------------------------------


@pytest.fixture
def opd_a():
    return OPDFactory(nama="Dinas Pekerjaan Umum dan Penataan Ruang", singkatan="DPUPR")


@pytest.fixture
def kecamatan():
    return KecamatanFactory(nama="Rembang")


def lampiran_untuk(opd, kecamatan, privasi=Aspirasi.Privasi.BIASA) -> Lampiran:
    aspirasi = aspirasi_diteruskan(opd, privasi=privasi, kecamatan=kecamatan)
    lampiran = Lampiran(aspirasi=aspirasi, jenis_konten="application/pdf", ukuran=len(PDF_KECIL))
    lampiran.berkas.save(berkas_lampiran.nama_acak("application/pdf"), ContentFile(PDF_KECIL))
    return lampiran


def url_unduh(lampiran):
    return reverse("aspirasi:lampiran", args=[lampiran.pk])


def test_anonim_diarahkan_ke_login(client, opd_a, kecamatan):
    lampiran = lampiran_untuk(opd_a, kecamatan)
    respons = client.get(url_unduh(lampiran))
    assert respons.status_code == 302
    assert respons.url.startswith(reverse("admin:login"))


def _unduh(client, pengguna, lampiran):
    masuk_staf(client, pengguna)
    return client.get(url_unduh(lampiran))


def test_petugas_opd_tujuan_mengunduh_sebagai_lampiran(client, opd_a, kecamatan):
    lampiran = lampiran_untuk(opd_a, kecamatan)

    respons = _unduh(client, petugas_opd(opd_a), lampiran)

    assert respons.status_code == 200
    assert b"".join(respons.streaming_content) == PDF_KECIL
    assert respons["Content-Type"] == "application/pdf"
    assert respons["Content-Disposition"].startswith("attachment;")
    assert (
        f'filename="lampiran-{lampiran.aspirasi_id}-{lampiran.pk}.pdf"'
        in (respons["Content-Disposition"])
    )
    assert respons["X-Content-Type-Options"] == "nosniff"
    assert respons["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("privasi", [Aspirasi.Privasi.BIASA, Aspirasi.Privasi.RAHASIA])
def test_petugas_opd_lain_mendapat_404(client, opd_a, kecamatan, privasi):
    lampiran = lampiran_untuk(opd_a, kecamatan, privasi)
    respons = _unduh(client, petugas_opd(OPDFactory(singkatan="Dishub")), lampiran)
    assert respons.status_code == 404


def test_id_yang_tidak_ada_juga_404(client, opd_a):
    masuk_staf(client, verifikator())
    assert client.get(reverse("aspirasi:lampiran", args=[999999])).status_code == 404


def test_pengguna_bukan_staf_mendapat_404(client, opd_a, kecamatan):
    lampiran = lampiran_untuk(opd_a, kecamatan)
    warga = PenggunaFactory(is_staff=False, opd=opd_a)
    assert _unduh(client, warga, lampiran).status_code == 404


@pytest.mark.parametrize(
    ("peran", "biasa", "rahasia"),
    [
        ("petugas_tujuan", 200, 200),
        ("verifikator", 200, 200),
        ("superuser", 200, 200),
        ("pimpinan", 200, 404),
        ("camat_wilayah", 200, 404),
        ("camat_lain", 404, 404),
    ],
)
def test_matriks_unduh_biasa_dan_rahasia(client, opd_a, kecamatan, peran, biasa, rahasia):
    pengguna = {
        "petugas_tujuan": lambda: petugas_opd(opd_a),
        "verifikator": verifikator,
        "superuser": lambda: PenggunaFactory(is_superuser=True),
        "pimpinan": pimpinan,
        "camat_wilayah": lambda: camat(kecamatan),
        "camat_lain": lambda: camat(KecamatanFactory(nama="Grati")),
    }[peran]()
    lampiran_biasa = lampiran_untuk(opd_a, kecamatan)
    lampiran_rahasia = lampiran_untuk(opd_a, kecamatan, Aspirasi.Privasi.RAHASIA)

    assert _unduh(client, pengguna, lampiran_biasa).status_code == biasa
    assert _unduh(client, pengguna, lampiran_rahasia).status_code == rahasia


def test_media_tidak_dilayani_secara_publik(client, opd_a, kecamatan):
    lampiran = lampiran_untuk(opd_a, kecamatan)
    masuk_staf(client, PenggunaFactory(is_superuser=True))
    assert client.get(f"/media/{lampiran.berkas.name}").status_code == 404


def test_berkas_aspirasi_yang_dihapus_dibersihkan_perintah_cron(opd_a, kecamatan, _media):
    lampiran = lampiran_untuk(opd_a, kecamatan)
    tetap = lampiran_untuk(opd_a, kecamatan)
    lampiran.aspirasi.delete()
    assert Lampiran.objects.count() == 1

    dihapus = berkas_lampiran.bersihkan_yatim(lebih_tua_dari=datetime.timedelta(0))

    assert dihapus == 1
    assert semua_berkas(_media) == [tetap.berkas.name]


def test_url_unduh_untuk_admin(opd_a, kecamatan):
    lampiran = lampiran_untuk(opd_a, kecamatan)
    assert berkas_lampiran.url_unduh(lampiran) == f"/aspirasi/lampiran/{lampiran.pk}/"


@pytest.mark.parametrize(
    ("peran", "privasi", "terlihat"),
    [
        ("petugas_opd", Aspirasi.Privasi.BIASA, True),
        ("petugas_opd", Aspirasi.Privasi.RAHASIA, True),
        ("verifikator", Aspirasi.Privasi.RAHASIA, True),
        ("camat", Aspirasi.Privasi.BIASA, False),
    ],
)
def test_halaman_admin_menautkan_unduhan_terperiksa_bukan_media(
    client, opd_a, kecamatan, peran, privasi, terlihat
):
    lampiran = lampiran_untuk(opd_a, kecamatan, privasi=privasi)
    pengguna = {
        "petugas_opd": lambda: petugas_opd(opd_a),
        "verifikator": verifikator,
        "camat": lambda: camat(kecamatan),
    }[peran]()
    masuk_staf(client, pengguna)

    html = client.get(
        reverse("admin:aspirasi_aspirasi_change", args=[lampiran.aspirasi_id])
    ).content.decode()

    assert (url_unduh(lampiran) in html) is terlihat
    assert "/media/" not in html
    assert lampiran.berkas.name not in html
