"""The large test data generator (manage.py buat_data_besar): valid, consistent, realistic."""

import datetime
import itertools
import statistics
from collections import Counter, defaultdict

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from aspirasi import services
from aspirasi.data_besar import buat_data_besar
from aspirasi.kode import normalisasi_kode
from aspirasi.models import Aspirasi, Disposisi, Jawaban, RiwayatStatus, Status, Tanggapan
from aspirasi.models.aspirasi import TRANSISI
from aspirasi.tenggat import tenggat_jawaban, tenggat_tutup_otomatis, tenggat_verifikasi
from kegiatan.models import Kegiatan, KehadiranOPD
from layanan import hari_kerja
from layanan.models import OPD, Kecamatan

pytestmark = pytest.mark.django_db

SAMPAI = datetime.datetime(2026, 11, 30, 16, 0, tzinfo=datetime.UTC)
TERJAWAB = {Status.DIJAWAB, Status.DITINDAKLANJUTI, Status.SELESAI}


def _buat(jumlah=2000, **ubah):
    return buat_data_besar(jumlah=jumlah, jumlah_opd=60, seed=7, sampai=SAMPAI, **ubah)


def _riwayat_per_aspirasi():
    hasil = defaultdict(list)
    for r in RiwayatStatus.objects.order_by("waktu", "pk"):
        hasil[r.aspirasi_id].append(r)
    return hasil


def test_jumlah_aspirasi_opd_dan_kode_lacak_unik_serta_sah():
    hasil = _buat()
    assert Aspirasi.objects.count() == 2000 == hasil.aspirasi
    kode = list(Aspirasi.objects.values_list("kode", flat=True))
    assert len(set(kode)) == 2000
    assert all(normalisasi_kode(k) == k for k in kode)
    # As in a real table, ids grow with the time received (recent rows stored together).
    dibuat = list(Aspirasi.objects.order_by("pk").values_list("dibuat", flat=True))
    assert dibuat == sorted(dibuat)
    assert dibuat[0] < SAMPAI - datetime.timedelta(days=700)
    assert hasil.opd == 60 == len(hasil.profil)
    opd = OPD.objects.filter(pk__in=hasil.profil)
    assert opd.count() == 60
    assert opd.filter(contoh=True).count() == 60  # all created here: demo data
    assert set(opd.values_list("pemda__kode", flat=True)) == {"35.14", "35.75"}
    # Every OPD gets work, and the 24 + 4 real kecamatan are there.
    assert Aspirasi.objects.values("opd").distinct().count() >= 50
    assert Kecamatan.objects.filter(pemda__kode="35.14").count() == 24
    assert Kecamatan.objects.filter(pemda__kode="35.75").count() == 4


def test_status_riwayat_dan_waktu_konsisten_seperti_layanan_aspirasi():
    _buat()
    riwayat = _riwayat_per_aspirasi()
    jawaban = defaultdict(list)
    for j in Jawaban.objects.order_by("waktu", "pk"):
        jawaban[j.aspirasi_id].append(j)
    dicek_tenggat = 0
    for a in Aspirasi.objects.all():
        langkah = riwayat[a.pk]
        assert langkah[0].dari == "" and langkah[0].ke == Status.BARU
        assert langkah[0].waktu == a.dibuat <= SAMPAI
        for sebelum, sesudah in itertools.pairwise(langkah):
            assert sesudah.dari == sebelum.ke
            assert Status(sesudah.ke) in TRANSISI[Status(sesudah.dari)]
            assert sesudah.waktu >= sebelum.waktu
        assert langkah[-1].ke == a.status
        assert langkah[-1].waktu <= SAMPAI
        pertama = next((r.waktu for r in langkah if r.ke == Status.DIJAWAB), None)
        assert a.dijawab_pertama_pada == pertama
        if a.status in TERJAWAB:
            assert pertama is not None
            assert jawaban[a.pk][0].jenis == Jawaban.Jenis.JAWABAN
            assert jawaban[a.pk][0].waktu == pertama
            assert jawaban[a.pk][0].opd_id == a.opd_id
        if a.status == Status.DITOLAK:
            assert a.alasan_penolakan and a.tenggat is None and langkah[-1].catatan
        if a.status == Status.SELESAI:
            assert a.selesai_pada == langkah[-1].waktu and a.tenggat_tutup is None
        else:
            assert a.selesai_pada is None
        if a.status != Status.BARU and a.status != Status.DITOLAK:
            assert a.opd_id is not None
            terusan = [
                r.waktu for r in langkah if r.ke == Status.DITERUSKAN and r.dari != "dijawab"
            ]
            assert a.diteruskan_pada == terusan[-1]
        # Deadlines as the real working-day calendar computes them (a sample: it queries).
        if dicek_tenggat < 300:
            dicek_tenggat += 1
            if a.status == Status.BARU:
                assert a.tenggat == tenggat_verifikasi(a.dibuat)
            if a.status == Status.DITERUSKAN:
                assert a.tenggat == tenggat_jawaban(langkah[-1].waktu)
            if a.status == Status.DIJAWAB:
                terakhir = jawaban[a.pk][-1].waktu
                assert a.tenggat is None
                assert a.tenggat_tutup == tenggat_tutup_otomatis(terakhir)
                assert a.tenggat_tutup > SAMPAI - datetime.timedelta(hours=1)
            if pertama is not None:
                # The routing in force at the first answer starts its clock (services.jawab).
                mulai = [
                    r.waktu for r in langkah if r.ke == Status.DITERUSKAN and r.waktu <= pertama
                ]
                assert a.tenggat_jawaban == tenggat_jawaban(mulai[-1])
                assert a.hari_kerja_sampai_jawaban == hari_kerja.hari_kerja_di_antara(
                    mulai[-1], pertama
                )
    # Every kind of outcome is present.
    assert set(Aspirasi.objects.values_list("status", flat=True)) == set(Status)
    assert Disposisi.objects.exists()
    assert Tanggapan.objects.filter(penilaian="tidak_puas").exists()


def test_opd_cepat_menjawab_lebih_cepat_dan_jarang_lewat_tenggat_dibanding_opd_lambat():
    hasil = _buat(jumlah=3000)
    hari = defaultdict(list)
    lewat = Counter()
    jumlah = Counter()
    for opd_id, hk, status, tenggat in Aspirasi.objects.exclude(opd=None).values_list(
        "opd_id", "hari_kerja_sampai_jawaban", "status", "tenggat"
    ):
        profil = hasil.profil[opd_id]
        jumlah[profil] += 1
        if hk is not None:
            hari[profil].append(hk)
        if status in (Status.BARU, Status.DITERUSKAN) and tenggat < SAMPAI:
            lewat[profil] += 1
    median = {p: statistics.median(v) for p, v in hari.items()}
    assert median["cepat"] < median["sedang"] < median["lambat"] <= median["abai"]
    porsi_lewat = {p: lewat[p] / jumlah[p] for p in jumlah}
    assert porsi_lewat["cepat"] < 0.02 < porsi_lewat["abai"]
    assert porsi_lewat["cepat"] < porsi_lewat["lambat"] < porsi_lewat["abai"]


def test_musim_ppdb_dan_musim_hujan_terlihat_dalam_data():
    _buat(jumlah=4000)
    per_bulan = defaultdict(Counter)
    for slug, dibuat in Aspirasi.objects.exclude(opd=None).values_list("opd__slug", "dibuat"):
        per_bulan[slug][timezone.localtime(dibuat).month] += 1
    ppdb = per_bulan["dispendik"]
    assert ppdb[6] + ppdb[7] > 3 * (ppdb[11] + ppdb[12])
    jalan = per_bulan["dpupr"]
    assert jalan[1] + jalan[2] > 3 * (jalan[7] + jalan[8])


def test_kanal_kegiatan_bertaut_ke_kegiatannya_dan_kehadiran_opd_terisi():
    hasil = _buat()
    kanal = Counter(Aspirasi.objects.values_list("kanal", flat=True))
    assert set(kanal) == set(Aspirasi.Kanal)
    assert kanal["web"] > kanal["telepon_loket"] > kanal["kenduren_mas"]
    for a in Aspirasi.objects.exclude(kegiatan=None).select_related("kegiatan", "kunjungan"):
        k = a.kegiatan
        assert k.tanggal_mulai <= timezone.localdate(a.dibuat) <= k.tanggal_selesai
        assert k.status != Kegiatan.Status.DIBATALKAN
        assert a.kanal == ("temuan_kunjungan" if a.kunjungan_id else services.kanal_kegiatan(k))
        if a.kunjungan_id:
            assert a.kunjungan.kegiatan_id == k.pk and a.privasi == "biasa"
            assert a.nama_pelapor == ""
        assert a.kecamatan_id == k.kecamatan_id
        # Taken down at the desk: routed at once.
        assert a.diteruskan_pada == a.dibuat
    assert (
        Aspirasi.objects.filter(kanal__in=["web", "telepon_loket"], kegiatan__isnull=False).count()
        == 0
    )
    # Attendance: recorded for held events only, slow OPDs miss more.
    lalu = KehadiranOPD.objects.filter(kegiatan__status=Kegiatan.Status.SELESAI)
    assert not lalu.filter(kehadiran="belum").exists()
    assert (
        not KehadiranOPD.objects.filter(kegiatan__status=Kegiatan.Status.DIRENCANAKAN)
        .exclude(kehadiran="belum")
        .exists()
    )
    hadir = defaultdict(Counter)
    for opd_id, status in lalu.values_list("opd_id", "kehadiran"):
        hadir[hasil.profil[opd_id]][status == "hadir"] += 1
    rasio = {p: c[True] / (c[True] + c[False]) for p, c in hadir.items()}
    assert rasio["cepat"] > rasio["abai"] + 0.3


def test_anonim_tanpa_identitas_dan_rahasia_tidak_diterbitkan():
    _buat()
    assert Aspirasi.objects.filter(privasi="anonim").exists()
    assert not Aspirasi.objects.filter(privasi="anonim").exclude(nama_pelapor="").exists()
    assert not Aspirasi.objects.filter(privasi="rahasia", diterbitkan=True).exists()
    assert Aspirasi.objects.filter(diterbitkan=True).exists()
    assert not Aspirasi.objects.filter(diterbitkan=True).exclude(status__in=TERJAWAB).exists()
    assert all(
        n.endswith("(contoh)")
        for n in Aspirasi.objects.exclude(nama_pelapor="").values_list("nama_pelapor", flat=True)
    )


def test_seed_sama_menghasilkan_data_sama():
    def jejak():
        return list(
            Aspirasi.objects.order_by("pk").values_list(
                "kode", "status", "dibuat", "opd__slug", "kanal", "kecamatan__kode", "tenggat"
            )
        )

    _buat(jumlah=500)
    pertama = jejak()
    Aspirasi.objects.all().delete()
    _buat(jumlah=500)  # OPDs and events now exist and are reused
    assert jejak() == pertama
    Aspirasi.objects.all().delete()
    buat_data_besar(jumlah=500, jumlah_opd=60, seed=8, sampai=SAMPAI)
    assert jejak() != pertama


def test_jalan_kedua_menambah_tanpa_bentrok_dan_layanan_biasa_tetap_jalan():
    _buat(jumlah=300)
    hasil = _buat(jumlah=300)  # same seed: codes already taken are drawn again
    assert hasil.kegiatan == 0
    assert Aspirasi.objects.count() == 600
    assert Aspirasi.objects.values("kode").distinct().count() == 600
    # The id sequence moved on: the normal workflow still inserts and answers.
    baru = services.kirim_aspirasi(
        jenis="pertanyaan", judul="Setelah data besar", isi="Uji.", privasi="anonim"
    )
    assert baru.pk > Aspirasi.objects.exclude(pk=baru.pk).order_by("-pk").first().pk
    menunggu = Aspirasi.objects.filter(status=Status.DITERUSKAN).first()
    services.jawab(aspirasi=menunggu, isi="Dijawab setelah data besar.", oleh=None)
    menunggu.refresh_from_db()
    assert menunggu.status == Status.DIJAWAB


def test_perintah_mencetak_ringkasan_dan_menolak_jumlah_tidak_sah(capsys):
    call_command("buat_data_besar", "--jumlah", "200", "--opd", "12", "--sampai", "2026-11-30")
    keluaran = capsys.readouterr().out
    assert "Dibuat 200 aspirasi" in keluaran and "12 OPD" in keluaran
    assert Aspirasi.objects.values("opd").exclude(opd=None).distinct().count() <= 12
    with pytest.raises(CommandError):
        call_command("buat_data_besar", "--jumlah", "0")
    with pytest.raises(CommandError):
        call_command("buat_data_besar", "--jumlah", "10", "--opd", "500")
    assert Aspirasi.objects.count() == 200  # the refused runs stored nothing


@pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY dan indeks: PostgreSQL")
def test_postgresql_indeks_dan_kunci_asing_kembali_utuh_setelah_copy():
    def skema():
        with connection.cursor() as c:
            c.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename LIKE 'aspirasi_%%' "
                "UNION ALL SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid::regclass::text LIKE 'aspirasi_%%' ORDER BY 1, 2"
            )
            return c.fetchall()

    sebelum = skema()
    _buat(jumlah=300)
    assert skema() == sebelum
