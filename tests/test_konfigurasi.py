"""Configuration read from the environment (pasuruan_portal/config.py).

``config.load()`` is called directly with a controlled environment; the last tests run
``manage.py`` in a subprocess the way an operator would on the production server.
"""

import os
import runpy
import secrets
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from pasuruan_portal import config

# Every variable read by config.py; each test starts from none of them set.
VARIABEL_KONFIGURASI = (
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "DATABASE_URL",
    "DATABASE_REPLICA_URL",
    "DB_CONN_MAX_AGE",
    "REDIS_URL",
    "ADMIN_URL",
    "FORWARDED_ALLOW_IPS",
    "AXES_FAILURE_LIMIT",
    "AXES_COOLOFF_MENIT",
    "STAF_SESI_DIAM_MENIT",
    "EMAIL_URL",
    "DEFAULT_FROM_EMAIL",
    "SERVER_EMAIL",
    "ADMINS",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "STATIC_ROOT",
    "MEDIA_ROOT",
    "MEDIA_STORAGE",
    "S3_BUCKET",
    "S3_ENDPOINT_URL",
    "S3_REGION",
    "S3_ACCESS_KEY_ID",
    "S3_SECRET_ACCESS_KEY",
    "S3_ADDRESSING_STYLE",
    "LOG_LEVEL",
    "SITE_URL",
    "HALAMAN_CACHE_DETIK",
    "TOLOK_UKUR",
)

HOST_PRODUKSI = "layanan.pasuruankab.go.id"


def kunci_acak() -> str:
    kunci = secrets.token_urlsafe(48)
    assert len(kunci) == 64
    return kunci


@pytest.fixture
def env(monkeypatch):
    """An environment with no configuration variable set; returns a setter."""
    for nama in VARIABEL_KONFIGURASI:
        monkeypatch.delenv(nama, raising=False)

    def atur(**nilai):
        for nama, isi in nilai.items():
            monkeypatch.setenv(nama, isi)

    return atur


@pytest.fixture
def env_produksi(env, tmp_path):
    env(
        DEBUG="0",
        SECRET_KEY=kunci_acak(),
        ALLOWED_HOSTS=HOST_PRODUKSI,
        SITE_URL=f"https://{HOST_PRODUKSI}",
    )
    return env


def env_subproses(tmp_path, **nilai) -> dict:
    """The current environment without any configuration variable, plus ``nilai``."""
    hasil = {k: v for k, v in os.environ.items() if k not in VARIABEL_KONFIGURASI}
    hasil.pop("DJANGO_SETTINGS_MODULE", None)
    # Set for the Playwright tests in this process; a production server never has it.
    hasil.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    hasil["STATIC_ROOT"] = str(tmp_path / "staticfiles")
    hasil["MEDIA_ROOT"] = str(tmp_path / "media")
    hasil.update(nilai)
    return hasil


def jalankan_manage(tmp_path, *argumen, **nilai_env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *argumen],
        cwd=config.BASE_DIR,
        env=env_subproses(tmp_path, **nilai_env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


# --- DEBUG off: the app refuses an unsafe configuration ---------------------------------


def test_produksi_menolak_kunci_rahasia_pengembangan(env):
    env(DEBUG="0", ALLOWED_HOSTS=HOST_PRODUKSI)
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY wajib diisi"):
        config.load()


def test_produksi_menolak_kunci_pengembangan_yang_ditulis_eksplisit(env):
    env(DEBUG="0", ALLOWED_HOSTS=HOST_PRODUKSI, SECRET_KEY=config.DEV_SECRET_KEY)
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY wajib diisi"):
        config.load()


def test_produksi_menolak_kunci_berawalan_django_insecure(env):
    env(DEBUG="0", ALLOWED_HOSTS=HOST_PRODUKSI, SECRET_KEY="django-insecure-" + kunci_acak())
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY wajib diisi"):
        config.load()


def test_produksi_menolak_kunci_rahasia_pendek(env):
    env(DEBUG="0", ALLOWED_HOSTS=HOST_PRODUKSI, SECRET_KEY="rahasia-pendek-sekali")
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY terlalu pendek"):
        config.load()


def test_produksi_menolak_kunci_panjang_tetapi_tidak_acak(env):
    env(DEBUG="0", ALLOWED_HOSTS=HOST_PRODUKSI, SECRET_KEY="ab" * 40)
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY terlalu pendek/lemah"):
        config.load()


def test_produksi_menolak_tanpa_allowed_hosts(env):
    env(DEBUG="0", SECRET_KEY=kunci_acak())
    with pytest.raises(ImproperlyConfigured, match="ALLOWED_HOSTS wajib diisi"):
        config.load()


def test_produksi_menolak_allowed_hosts_kosong(env):
    env(DEBUG="0", SECRET_KEY=kunci_acak(), ALLOWED_HOSTS="")
    with pytest.raises(ImproperlyConfigured, match="ALLOWED_HOSTS wajib diisi"):
        config.load()


@pytest.mark.parametrize("site_url", [None, "http://layanan.pasuruankab.go.id"])
def test_produksi_menolak_site_url_kosong_atau_tanpa_https(env, site_url):
    nilai = {"DEBUG": "0", "SECRET_KEY": kunci_acak(), "ALLOWED_HOSTS": HOST_PRODUKSI}
    if site_url:
        nilai["SITE_URL"] = site_url
    env(**nilai)

    with pytest.raises(ImproperlyConfigured, match="SITE_URL"):
        config.load()


def test_produksi_menolak_bintang_di_allowed_hosts(env):
    env(DEBUG="0", SECRET_KEY=kunci_acak(), ALLOWED_HOSTS=f"{HOST_PRODUKSI},*")
    with pytest.raises(ImproperlyConfigured, match="tidak boleh '\\*'"):
        config.load()


def test_debug_tidak_diisi_berarti_mode_produksi(env):
    # Forgetting DEBUG must fail safe: the production checks apply.
    env(ALLOWED_HOSTS=HOST_PRODUKSI)
    with pytest.raises(ImproperlyConfigured):
        config.load()


def test_semua_masalah_disebut_sekaligus(env):
    env(DEBUG="0")
    with pytest.raises(ImproperlyConfigured) as galat:
        config.load()
    assert "SECRET_KEY" in str(galat.value)
    assert "ALLOWED_HOSTS" in str(galat.value)


# --- accepted configurations -------------------------------------------------------------


def test_produksi_menerima_konfigurasi_yang_benar(env_produksi):
    env_produksi(
        ALLOWED_HOSTS=f"{HOST_PRODUKSI},www.{HOST_PRODUKSI}",
        CSRF_TRUSTED_ORIGINS=f"https://{HOST_PRODUKSI}",
        ADMINS="admin.portal@pasuruankab.go.id,bukan-alamat",
    )
    cfg = config.load()
    assert cfg.debug is False
    assert cfg.allowed_hosts == [HOST_PRODUKSI, f"www.{HOST_PRODUKSI}"]
    assert cfg.csrf_trusted_origins == [f"https://{HOST_PRODUKSI}"]
    assert cfg.secure_ssl_redirect is True
    assert cfg.hsts_seconds >= 31536000
    assert cfg.site_url == f"https://{HOST_PRODUKSI}"
    assert cfg.admins == [("admin.portal", "admin.portal@pasuruankab.go.id")]


def test_pengembangan_boleh_tanpa_kunci_dan_host(env):
    env(DEBUG="1")
    cfg = config.load()
    assert cfg.debug is True
    assert cfg.secret_key == config.DEV_SECRET_KEY
    assert "127.0.0.1" in cfg.allowed_hosts
    assert cfg.secure_ssl_redirect is False
    assert cfg.hsts_seconds == 0


def test_site_url_tanpa_garis_miring_di_akhir(env_produksi):
    env_produksi(SITE_URL=f"https://{HOST_PRODUKSI}/")
    assert config.load().site_url == f"https://{HOST_PRODUKSI}"


# --- database and cache ----------------------------------------------------------------


def test_tanpa_database_url_memakai_berkas_sqlite(env_produksi):
    db = config.load().database
    assert db["ENGINE"] == "django.db.backends.sqlite3"
    assert db["NAME"] == str(config.BASE_DIR / "db.sqlite3")


def test_database_url_postgresql_dengan_koneksi_persisten(env_produksi):
    env_produksi(DATABASE_URL="postgres://portal:sandi@db.internal:5432/portal")
    db = config.load().database
    assert db["ENGINE"] == "pasuruan_portal.postgresql"  # Django's, cheaper health check
    assert db["NAME"] == "portal"
    assert db["HOST"] == "db.internal"
    assert db["PORT"] == 5432
    assert db["USER"] == "portal"
    assert db["CONN_MAX_AGE"] == 60
    assert db["CONN_HEALTH_CHECKS"] is True


def test_db_conn_max_age_bisa_diatur(env_produksi):
    env_produksi(DATABASE_URL="postgres://portal@127.0.0.1/portal", DB_CONN_MAX_AGE="0")
    assert config.load().database["CONN_MAX_AGE"] == 0


def test_redis_url_memakai_cache_redis(env_produksi):
    env_produksi(REDIS_URL="redis://127.0.0.1:6379/1")
    assert config.load().redis_url == "redis://127.0.0.1:6379/1"
    # settings.py builds CACHES from it; run the module afresh (the live settings stay as
    # they are).
    cache = runpy.run_path(str(config.BASE_DIR / "pasuruan_portal" / "settings.py"))["CACHES"]
    assert cache["default"]["BACKEND"] == "pasuruan_portal.cache_redis.RedisCacheTahanGangguan"
    assert cache["default"]["LOCATION"] == "redis://127.0.0.1:6379/1"
    assert cache["default"]["OPTIONS"]["socket_timeout"] <= 1


def test_tanpa_redis_url_memakai_cache_memori_lokal(env_produksi):
    cache = runpy.run_path(str(config.BASE_DIR / "pasuruan_portal" / "settings.py"))["CACHES"]
    assert cache["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


def _settings() -> dict:
    # settings.py run afresh with the current environment (the live settings stay as they are).
    return runpy.run_path(str(config.BASE_DIR / "pasuruan_portal" / "settings.py"))


def test_tanpa_database_replica_url_hanya_satu_basis_data(env_produksi):
    assert config.load().database_replika is None
    assert set(_settings()["DATABASES"]) == {"default"}


def test_database_replica_url_menjadi_alias_replika_dengan_koneksi_persisten(env_produksi):
    env_produksi(
        DATABASE_URL="postgres://portal:sandi@db-utama.internal:5432/portal",
        DATABASE_REPLICA_URL="postgres://portal_baca:sandi@db-replika.internal:5432/portal",
    )
    replika = config.load().database_replika
    assert replika["ENGINE"] == "pasuruan_portal.postgresql"
    assert (replika["HOST"], replika["USER"]) == ("db-replika.internal", "portal_baca")
    assert replika["CONN_MAX_AGE"] == 60
    assert replika["CONN_HEALTH_CHECKS"] is True
    # An unreachable replica fails fast instead of holding the dashboard up.
    assert replika["OPTIONS"]["connect_timeout"] == 3
    # The test suite reads the test database of default through it.
    assert replika["TEST"]["MIRROR"] == "default"
    hasil = _settings()
    assert hasil["DATABASES"]["replika"]["HOST"] == "db-replika.internal"
    assert hasil["DATABASES"]["default"]["HOST"] == "db-utama.internal"
    assert hasil["DATABASE_ROUTERS"] == ["pasuruan_portal.basis_data.ReplicaRouter"]


def test_connect_timeout_replika_bisa_diatur_di_url(env_produksi):
    env_produksi(
        DATABASE_URL="postgres://portal@127.0.0.1/portal",
        DATABASE_REPLICA_URL="postgres://portal@10.0.0.12/portal?connect_timeout=1",
    )
    assert config.load().database_replika["OPTIONS"]["connect_timeout"] == 1


def test_replika_beda_jenis_basis_data_ditolak(env_produksi):
    env_produksi(
        DATABASE_URL="postgres://portal@127.0.0.1/portal",
        DATABASE_REPLICA_URL="sqlite:////tmp/replika.sqlite3",
    )
    with pytest.raises(ImproperlyConfigured, match="DATABASE_REPLICA_URL harus jenis"):
        config.load()


def test_dengan_redis_sesi_cached_db(env_produksi):
    env_produksi(REDIS_URL="redis://127.0.0.1:6379/1")
    assert _settings()["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"


def test_tanpa_redis_sesi_di_basis_data(env_produksi):
    # Django's default: django.contrib.sessions.backends.db.
    assert "SESSION_ENGINE" not in _settings()


# --- where uploaded files live ---------------------------------------------------------


def test_media_storage_bawaan_folder_media_root(env_produksi, tmp_path):
    env_produksi(MEDIA_ROOT=str(tmp_path / "nfs" / "media"))
    assert config.load().media_storage == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    hasil = _settings()
    assert hasil["STORAGES"]["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert str(hasil["MEDIA_ROOT"]) == str(tmp_path / "nfs" / "media")


def test_media_storage_s3_lengkap_dengan_objek_privat(env_produksi):
    env_produksi(
        MEDIA_STORAGE="s3",
        S3_BUCKET="lampiran-portal",
        S3_ENDPOINT_URL="https://minio.pasuruankab.go.id",
        S3_REGION="id-jatim-1",
        S3_ACCESS_KEY_ID="portal",
        S3_SECRET_ACCESS_KEY="rahasia-minio",
        S3_ADDRESSING_STYLE="path",
    )
    storage = _settings()["STORAGES"]["default"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    opsi = storage["OPTIONS"]
    assert opsi["bucket_name"] == "lampiran-portal"
    assert opsi["endpoint_url"] == "https://minio.pasuruankab.go.id"
    assert opsi["region_name"] == "id-jatim-1"
    assert (opsi["access_key"], opsi["secret_key"]) == ("portal", "rahasia-minio")
    assert opsi["addressing_style"] == "path"
    # No public-read ACL is ever sent; any URL is signed and short-lived.
    assert opsi["default_acl"] is None
    assert opsi["querystring_auth"] is True
    assert opsi["file_overwrite"] is False


def test_media_storage_s3_tanpa_kunci_memakai_kredensial_server(env_produksi):
    env_produksi(MEDIA_STORAGE="s3", S3_BUCKET="lampiran-portal")
    opsi = config.load().media_storage["OPTIONS"]
    assert (opsi["access_key"], opsi["secret_key"], opsi["endpoint_url"]) == (None, None, None)


@pytest.mark.parametrize(
    ("nilai", "pesan"),
    [
        ({}, "S3_BUCKET wajib diisi"),
        ({"S3_BUCKET": "b", "S3_ACCESS_KEY_ID": "portal"}, "S3_SECRET_ACCESS_KEY"),
        ({"S3_BUCKET": "b", "S3_SECRET_ACCESS_KEY": "rahasia"}, "S3_ACCESS_KEY_ID"),
        ({"S3_BUCKET": "b", "S3_ADDRESSING_STYLE": "miring"}, "S3_ADDRESSING_STYLE"),
    ],
)
def test_konfigurasi_s3_tidak_lengkap_ditolak(env_produksi, nilai, pesan):
    env_produksi(MEDIA_STORAGE="s3", **nilai)
    with pytest.raises(ImproperlyConfigured, match=pesan):
        config.load()


def test_produksi_menolak_endpoint_s3_tanpa_https(env_produksi):
    env_produksi(MEDIA_STORAGE="s3", S3_BUCKET="b", S3_ENDPOINT_URL="http://10.0.0.20:9000")
    with pytest.raises(ImproperlyConfigured, match="S3_ENDPOINT_URL harus https"):
        config.load()


def test_pengembangan_boleh_endpoint_s3_http_lokal(env):
    env(DEBUG="1", MEDIA_STORAGE="s3", S3_BUCKET="b", S3_ENDPOINT_URL="http://127.0.0.1:9000")
    assert config.load().media_storage["OPTIONS"]["endpoint_url"] == "http://127.0.0.1:9000"


def test_media_storage_tak_dikenal_ditolak(env_produksi):
    env_produksi(MEDIA_STORAGE="ftp")
    with pytest.raises(ImproperlyConfigured, match="MEDIA_STORAGE harus salah satu"):
        config.load()


def test_email_url_smtp_diurai(env_produksi):
    env_produksi(EMAIL_URL="smtp+tls://portal:sandi@mail.pasuruankab.go.id:587")
    email = config.load().email
    assert email["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert email["EMAIL_HOST"] == "mail.pasuruankab.go.id"
    assert email["EMAIL_PORT"] == 587
    assert email["EMAIL_USE_TLS"] is True


# --- manage.py as the operator runs it ---------------------------------------------------


def test_check_deploy_lulus_dengan_variabel_produksi(tmp_path):
    hasil = jalankan_manage(
        tmp_path,
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY=kunci_acak(),
        ALLOWED_HOSTS=HOST_PRODUKSI,
        SITE_URL=f"https://{HOST_PRODUKSI}",
        DATABASE_URL=f"sqlite:///{tmp_path / 'produksi.sqlite3'}",
        EMAIL_URL="smtp+tls://portal:sandi@mail.pasuruankab.go.id:587",
        ADMINS="admin.portal@pasuruankab.go.id",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr
    assert "no issues" in hasil.stdout


def test_check_deploy_memperingatkan_batas_laju_tanpa_cache_bersama(tmp_path):
    hasil = jalankan_manage(
        tmp_path,
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY=kunci_acak(),
        ALLOWED_HOSTS=HOST_PRODUKSI,
        SITE_URL=f"https://{HOST_PRODUKSI}",
        DATABASE_URL=f"sqlite:///{tmp_path / 'produksi.sqlite3'}",
    )
    assert hasil.returncode != 0
    assert "aspirasi.W001" in hasil.stdout + hasil.stderr


def test_manage_py_menolak_jalan_tanpa_secret_key_saat_debug_mati(tmp_path):
    hasil = jalankan_manage(
        tmp_path,
        "check",
        DEBUG="0",
        ALLOWED_HOSTS=HOST_PRODUKSI,
        DATABASE_URL=f"sqlite:///{tmp_path / 'produksi.sqlite3'}",
    )
    assert hasil.returncode != 0
    assert "Konfigurasi produksi tidak aman" in hasil.stderr
    assert "SECRET_KEY wajib diisi" in hasil.stderr


# --- page cache and the benchmark's minimal view ----------------------------------------


def test_singgahan_halaman_bawaan_lima_menit_dan_tampilan_tolok_ukur_mati(env_produksi):
    cfg = config.load()
    assert cfg.halaman_cache_detik == 300
    assert cfg.tolok_ukur is False


def test_singgahan_halaman_bisa_dimatikan_dengan_nol(env_produksi):
    env_produksi(HALAMAN_CACHE_DETIK="0", TOLOK_UKUR="1")
    cfg = config.load()
    assert cfg.halaman_cache_detik == 0
    assert cfg.tolok_ukur is True


@pytest.mark.parametrize("nilai", ["-1", "lima"])
def test_halaman_cache_detik_negatif_atau_bukan_angka_ditolak(env_produksi, nilai):
    env_produksi(HALAMAN_CACHE_DETIK=nilai)
    with pytest.raises(ImproperlyConfigured, match="HALAMAN_CACHE_DETIK"):
        config.load()
