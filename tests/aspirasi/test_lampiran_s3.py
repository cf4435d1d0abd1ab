"""Attachments on S3-compatible storage (MEDIA_STORAGE=s3), so app servers keep no files.

The bucket is moto's in-process fake of S3, not a real server (none is reachable here):
this shows that the portal's attachment code runs entirely through the storage API with
the options config.py builds, not that a given MinIO or AWS bucket accepts them.
"""

import datetime

import boto3
import environ
import pytest
from moto import mock_aws

from aspirasi import lampiran as berkas_lampiran
from aspirasi.models import Lampiran
from pasuruan_portal import config
from tests.aspirasi.test_kirim import URL_PERIKSA, wilayah
from tests.aspirasi.test_lampiran import PDF_KECIL, kirim_form, semua_berkas, unggah
from tests.factories import verifikator
from tests.masuk import masuk_staf

pytestmark = pytest.mark.django_db

__all__ = ["wilayah"]

BUCKET = "lampiran-portal"


@pytest.fixture
def s3(settings, monkeypatch, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    for nama, nilai in {
        "MEDIA_STORAGE": "s3",
        "S3_BUCKET": BUCKET,
        "S3_REGION": "us-east-1",
        "S3_ACCESS_KEY_ID": "uji",
        "S3_SECRET_ACCESS_KEY": "uji-rahasia",
    }.items():
        monkeypatch.setenv(nama, nilai)
    with mock_aws():
        klien = boto3.client("s3", region_name="us-east-1")
        klien.create_bucket(Bucket=BUCKET)
        settings.STORAGES = {
            **settings.STORAGES,
            "default": config._media_storage(environ.Env()),
        }
        yield klien


def _kunci(klien) -> list[str]:
    return sorted(o["Key"] for o in klien.list_objects_v2(Bucket=BUCKET).get("Contents", []))


def test_lampiran_tersimpan_di_bucket_bukan_di_disk_server(client, wilayah, s3, tmp_path):
    respons, token = kirim_form(
        client, wilayah, [unggah(PDF_KECIL, "surat.pdf", "application/pdf")]
    )
    assert respons.status_code == 302
    # Between the form and "Kirim" the file waits in the bucket too (another server may
    # answer the next step).
    [sementara] = _kunci(s3)
    assert sementara.startswith(f"{berkas_lampiran.FOLDER_SEMENTARA}/")

    client.post(URL_PERIKSA, {"token": token})
    lampiran = Lampiran.objects.get()
    assert _kunci(s3) == [lampiran.berkas.name]
    assert lampiran.berkas.name.startswith(f"{berkas_lampiran.FOLDER_LAMPIRAN}/")
    assert semua_berkas(tmp_path) == []


def test_objek_lampiran_tidak_bisa_dibaca_publik(client, wilayah, s3):
    _respons, token = kirim_form(
        client, wilayah, [unggah(PDF_KECIL, "surat.pdf", "application/pdf")]
    )
    client.post(URL_PERIKSA, {"token": token})
    nama = Lampiran.objects.get().berkas.name
    penerima = [
        g["Grantee"].get("URI", "") for g in s3.get_object_acl(Bucket=BUCKET, Key=nama)["Grants"]
    ]
    assert not [u for u in penerima if u.endswith(("/AllUsers", "/AuthenticatedUsers"))]


def test_petugas_mengunduh_lampiran_dari_bucket_lewat_view_berizin(client, wilayah, s3):
    _respons, token = kirim_form(
        client, wilayah, [unggah(PDF_KECIL, "surat.pdf", "application/pdf")]
    )
    client.post(URL_PERIKSA, {"token": token})
    lampiran = Lampiran.objects.get()
    url = berkas_lampiran.url_unduh(lampiran)

    assert client.get(url).status_code == 302  # anonymous: to the login
    masuk_staf(client, verifikator())
    respons = client.get(url)
    assert respons.status_code == 200
    assert b"".join(respons.streaming_content) == PDF_KECIL

    s3.delete_object(Bucket=BUCKET, Key=lampiran.berkas.name)
    assert client.get(url).status_code == 404


def test_berkas_sementara_di_bucket_dihapus_dan_dibersihkan(s3):
    catatan = berkas_lampiran.simpan_sementara(berkas_lampiran.periksa(unggah(PDF_KECIL)))
    assert berkas_lampiran.sah_di_sesi(catatan)
    assert berkas_lampiran.baca_sementara(catatan).isi == PDF_KECIL
    berkas_lampiran.hapus_sementara([catatan])
    assert not berkas_lampiran.sah_di_sesi(catatan)

    berkas_lampiran.simpan_sementara(berkas_lampiran.periksa(unggah(PDF_KECIL)))
    nanti = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=2)
    assert (
        berkas_lampiran.bersihkan_sementara(
            lebih_tua_dari=datetime.timedelta(days=1), sekarang=nanti
        )
        == 1
    )
    assert _kunci(s3) == []
