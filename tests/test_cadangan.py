"""Backup and restore, the way docs/penerapan.md tells the operator to do it.

Committed data is dumped with ``pg_dump --format=custom``, restored with
``pg_restore --no-owner`` into a database made by ``createdb``, and then every table of
every installed model (and ``django_migrations``) must hold the same rows: same count and
same checksum over the rows' text, plus the same sequence positions. The attachment files
go through the documented ``tar`` of ``MEDIA_ROOT`` and must match the restored rows.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import tarfile
import uuid

import psycopg
import pytest
from django.apps import apps
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.urls import reverse
from psycopg import sql

from aspirasi import lampiran as berkas_lampiran
from aspirasi import services
from aspirasi.models import Aspirasi, Lampiran, Tanggapan
from kegiatan.models import KunjunganFasilitas
from layanan.models import HariLibur
from tests.factories import (
    DesaFactory,
    KecamatanFactory,
    LayananFactory,
    OPDFactory,
    UnitLayananFactory,
    petugas_opd,
    verifikator,
)
from tests.factories_aspirasi import aspirasi_baru, aspirasi_dijawab, pimpinan, template_jawaban
from tests.factories_kegiatan import (
    KehadiranOPDFactory,
    LayananKegiatanFactory,
    StanUMKMFactory,
    kegiatan_lengkap,
)

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="cadangan/pemulihan memakai pg_dump/pg_restore PostgreSQL",
    ),
    # The dump is taken by another process, so the rows must really be committed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TEKS_ANEH = "Kecamatan Purwosari — ‘tes’ ñ"
PDF = b"%PDF-1.4\n% lampiran uji cadangan \xe2\x80\x94\n%%EOF\n"


def _isi_data(tmp_path, settings, client):
    """A bit of everything the portal stores, through the same factories and services as
    the rest of the suite, with non-ASCII text in the places residents type it."""
    settings.MEDIA_ROOT = tmp_path / "media"
    kecamatan = KecamatanFactory(nama=TEKS_ANEH)
    desa = DesaFactory(kecamatan=kecamatan, nama="Desa Kali‘rejo” ñ — 東")
    opd = OPDFactory(nama="Dinas Pekerjaan Umum — Bina Marga ‘tes’")
    opd_lain = OPDFactory()
    UnitLayananFactory(opd=opd, nama="Mal Pelayanan Publik — Raci")
    layanan = LayananFactory(opd=opd, nama="Izin Mendirikan Bangunan ‘PBG’ — ñ")
    layanan.unit_layanan.add(UnitLayananFactory(opd=opd))
    layanan.ringkasan = "Diubah sekali supaya ada dua baris riwayat — ‘tes’."
    layanan.save()  # a second django-simple-history row
    HariLibur.objects.get_or_create(
        tanggal="2031-12-26", defaults={"keterangan": "Cuti bersama Natal — ‘tes’"}
    )

    petugas = petugas_opd(opd, first_name="Siti ‘Aisyah’", last_name="Ñúñez — 東")
    verif = verifikator()
    pimpinan()
    petugas.user_permissions.add(Permission.objects.get(codename="view_layanan"))

    kegiatan = kegiatan_lengkap(kecamatan=kecamatan, desa=desa, tempat=TEKS_ANEH)
    KehadiranOPDFactory(kegiatan=kegiatan, opd=opd)
    LayananKegiatanFactory(kegiatan=kegiatan, layanan=layanan)
    StanUMKMFactory(kegiatan=kegiatan, produk="Keripik tempe ‘pedas’ — ñ")
    kunjungan = KunjunganFasilitas.objects.create(
        kegiatan=kegiatan, jenis=KunjunganFasilitas.Jenis.choices[0][0], nama="Puskesmas ‘X’"
    )
    services.temuan_jadi_aspirasi(
        kunjungan=kunjungan, opd=opd, judul="Atap bocor — ñ", isi="Bocor.", oleh=verif
    )
    services.catat_di_kegiatan(
        kegiatan=kegiatan,
        opd=opd,
        jenis=Aspirasi.Jenis.PERTANYAAN,
        judul="Syarat KTP ‘el’?",
        isi=TEKS_ANEH,
        oleh=verif,
        jawaban_langsung="Cukup membawa KK — ‘tes’.",
    )

    dijawab = aspirasi_dijawab(
        opd, oleh=petugas, judul=TEKS_ANEH, isi=f"{TEKS_ANEH}\nbaris kedua", kecamatan=kecamatan
    )
    services.beri_tanggapan(
        aspirasi=dijawab, penilaian=Tanggapan.Penilaian.TIDAK_PUAS, alasan="Belum ‘jelas’ — ñ"
    )
    services.tambah_catatan(aspirasi=dijawab, isi="Catatan internal — ñ", oleh=petugas)
    services.tambah_informasi(aspirasi=dijawab, isi="Tambahan warga ‘foto’")
    services.disposisi(aspirasi=dijawab, ke_opd=opd_lain, alasan="Bukan kewenangan — ñ", oleh=verif)
    services.tolak(aspirasi=aspirasi_baru(), alasan="Ganda ‘tes’", oleh=verif)
    template_jawaban(opd, isi="Terima kasih — ‘tes’ ñ")
    for _ in range(2):
        lampiran = Lampiran(aspirasi=dijawab, jenis_konten="application/pdf", ukuran=len(PDF))
        lampiran.berkas.save(berkas_lampiran.nama_acak("application/pdf"), ContentFile(PDF))

    LogEntry.objects.create(
        user=verif,
        content_type=ContentType.objects.get_for_model(Aspirasi),
        object_id=str(dijawab.pk),
        object_repr=TEKS_ANEH,
        action_flag=ADDITION,
        change_message="Ditambahkan — ‘tes’",
    )
    client.force_login(petugas)  # a session row, where sessions live in the database
    client.logout()
    # A failed staff login: django-axes rows.
    client.post(reverse("admin:login"), {"username": petugas.username, "password": "salah"})


def _tabel():
    """Every table behind an installed model, m2m through tables included, with the
    column to order rows by; plus Django's own migration record."""
    tabel = {}
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed:
            continue
        tabel[meta.db_table] = meta.pk.column
    rekam = MigrationRecorder.Migration._meta
    tabel[rekam.db_table] = rekam.pk.column
    return dict(sorted(tabel.items()))


def _pg(settings_dict):
    """Arguments and environment for the PostgreSQL client programs."""
    argumen = []
    for opsi, kunci in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings_dict.get(kunci):
            argumen.append(f"{opsi}={settings_dict[kunci]}")
    lingkungan = dict(os.environ)
    if settings_dict.get("PASSWORD"):
        lingkungan["PGPASSWORD"] = settings_dict["PASSWORD"]
    return argumen, lingkungan


def _sambung(settings_dict, nama):
    return psycopg.connect(
        dbname=nama,
        host=settings_dict.get("HOST") or None,
        port=settings_dict.get("PORT") or None,
        user=settings_dict.get("USER") or None,
        password=settings_dict.get("PASSWORD") or None,
        autocommit=True,
    )


def _sidik(koneksi, tabel):
    """Per table: row count and md5 over every row's text in primary-key order."""
    hasil = {}
    with koneksi.cursor() as kursor:
        # Row text depends on these; both sides are read with the same.
        kursor.execute(
            "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 3"
        )
        for nama, pk in tabel.items():
            kursor.execute(
                sql.SQL(
                    "SELECT count(*), md5(coalesce(string_agg(b::text, '|' ORDER BY b.{pk}), ''))"
                    " FROM {tabel} AS b"
                ).format(pk=sql.Identifier(pk), tabel=sql.Identifier(nama))
            )
            hasil[nama] = kursor.fetchone()
        kursor.execute(
            "SELECT schemaname, sequencename, last_value FROM pg_sequences ORDER BY 1, 2"
        )
        hasil["(urutan)"] = kursor.fetchall()
    return hasil


def test_cadangan_dipulihkan_ke_basis_data_baru_berisi_semua_baris_dan_lampiran(
    tmp_path, settings, client
):
    _isi_data(tmp_path, settings, client)
    sd = connection.settings_dict
    argumen, lingkungan = _pg(sd)
    tabel = _tabel()
    berkas_dump = tmp_path / "portal.dump"
    berkas_media = tmp_path / "media.tar.gz"
    pulih = f"{sd['NAME']}_pulih_{uuid.uuid4().hex[:8]}"

    # The documented commands (docs/penerapan.md, "Cadangan").
    subprocess.run(
        ["pg_dump", *argumen, "--format=custom", f"--file={berkas_dump}", sd["NAME"]],
        env=lingkungan,
        check=True,
    )
    with tarfile.open(berkas_media, "w:gz") as tar:
        tar.add(settings.MEDIA_ROOT, arcname=".")
    subprocess.run(["createdb", *argumen, pulih], env=lingkungan, check=True)
    try:
        subprocess.run(
            [
                "pg_restore",
                *argumen,
                "--no-owner",
                "--exit-on-error",
                f"--dbname={pulih}",
                str(berkas_dump),
            ],
            env=lingkungan,
            check=True,
        )
        media_pulih = tmp_path / "media-pulih"
        with tarfile.open(berkas_media) as tar:
            tar.extractall(media_pulih, filter="data")

        with _sambung(sd, sd["NAME"]) as asal, _sambung(sd, pulih) as baru:
            sidik_asal, sidik_baru = _sidik(asal, tabel), _sidik(baru, tabel)
            with baru.cursor() as kursor:
                kursor.execute("SELECT berkas FROM aspirasi_lampiran ORDER BY id")
                nama_lampiran = [baris[0] for baris in kursor.fetchall()]
                # The text came back as text, not as mangled bytes.
                kursor.execute(
                    "SELECT count(*) FROM layanan_kecamatan WHERE nama = %s", [TEKS_ANEH]
                )
                kecamatan_aneh = kursor.fetchone()[0]
    finally:
        subprocess.run(["dropdb", *argumen, "--if-exists", pulih], env=lingkungan, check=True)

    berbeda = {
        t: (sidik_asal[t], sidik_baru.get(t))
        for t in sidik_asal
        if sidik_asal[t] != sidik_baru.get(t)
    }
    assert berbeda == {}, f"Tabel yang berbeda setelah pemulihan (asal, pulih): {berbeda}"

    # The comparison means something only if the data reached the tables that matter.
    kosong = [
        t
        for t in (
            "layanan_kecamatan",
            "layanan_historicallayanan",
            "layanan_layanan_unit_layanan",
            "layanan_pengguna_groups",
            "layanan_pengguna_user_permissions",
            "kegiatan_kunjunganfasilitas",
            "aspirasi_jawaban",
            "aspirasi_riwayatstatus",
            "aspirasi_disposisi",
            "aspirasi_tanggapan",
            "aspirasi_lampiran",
            "django_admin_log",
            "axes_accessattempt",
            "auth_group",
            "django_migrations",
        )
        if sidik_asal[t][0] == 0
    ]
    assert kosong == []
    assert sidik_asal["aspirasi_lampiran"][0] == len(nama_lampiran) == 2
    assert sidik_asal["layanan_historicallayanan"][0] >= 2
    assert kecamatan_aneh == 1

    # Each restored attachment row finds its file, byte for byte, in the restored media.
    for nama in nama_lampiran:
        asli = (settings.MEDIA_ROOT / nama).read_bytes()
        dipulihkan = (media_pulih / nama).read_bytes()
        assert hashlib.sha256(dipulihkan).digest() == hashlib.sha256(asli).digest()
