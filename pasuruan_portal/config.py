"""The one typed place where configuration is read from the environment.

Every setting that may differ between a laptop, CI and production is read here,
with its type and default, so ``settings.py`` never touches ``os.environ``.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

# Shipped so that `make run` works with zero set-up; refused whenever DEBUG is off.
DEV_SECRET_KEY = "django-insecure-pengembangan-lokal-saja-jangan-dipakai-di-produksi"  # noqa: S105


@dataclass(frozen=True)
class Config:
    debug: bool
    secret_key: str
    allowed_hosts: list[str]
    csrf_trusted_origins: list[str]
    database: dict
    database_replika: dict | None
    redis_url: str
    email: dict
    default_from_email: str
    server_email: str
    admins: list[tuple[str, str]]
    secure_ssl_redirect: bool
    hsts_seconds: int
    admin_url: str
    proksi_tepercaya: list[str]
    login_batas_gagal: int
    login_jeda_menit: int
    sesi_staf_diam_menit: int
    static_root: Path
    media_root: Path
    media_storage: dict
    log_level: str
    site_url: str
    tenggat: dict
    batas_kirim: tuple[int, int]
    batas_lacak: tuple[int, int]
    batas_draf: tuple[int, int]
    tasks_backend: str
    pesan_maks_percobaan: int
    halaman_cache_detik: int
    singgahan_data_detik: int
    singgahan_token_detik: int
    db_pernyataan_siap: bool
    tolok_ukur: bool


def _check_production(cfg: Config) -> None:
    """Refuse to start with an unsafe production configuration."""
    if cfg.debug:
        return
    problems = []
    if cfg.secret_key == DEV_SECRET_KEY or cfg.secret_key.startswith("django-insecure"):
        problems.append(
            "SECRET_KEY wajib diisi dengan kunci rahasia asli (bukan kunci pengembangan)."
        )
    elif len(cfg.secret_key) < 50 or len(set(cfg.secret_key)) < 5:
        problems.append("SECRET_KEY terlalu pendek/lemah: minimal 50 karakter acak.")
    if not cfg.allowed_hosts:
        problems.append("ALLOWED_HOSTS wajib diisi (mis. layanan.pasuruankab.go.id).")
    if "*" in cfg.allowed_hosts:
        problems.append("ALLOWED_HOSTS tidak boleh '*' di produksi.")
    if not cfg.site_url.startswith("https://"):
        problems.append(
            "SITE_URL wajib diisi alamat publik HTTPS (mis. https://layanan.pasuruankab.go.id);"
            " dipakai untuk tautan kanonik, peta situs dan email."
        )
    endpoint = cfg.media_storage.get("OPTIONS", {}).get("endpoint_url") or ""
    if endpoint.startswith("http://"):
        problems.append(
            "S3_ENDPOINT_URL harus https:// di produksi: lampiran warga dan kunci akses "
            "tidak boleh lewat jaringan tanpa enkripsi."
        )
    if problems:
        raise ImproperlyConfigured("Konfigurasi produksi tidak aman: " + " ".join(problems))


# Background tasks (django-tasks): queued in the database and run by `manage.py db_worker`
# in production; run at once, in the same process, in tests.
TASKS_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}


def _tasks_backend(env: environ.Env) -> str:
    nama = env.str("TASKS_BACKEND", default="database").strip().lower()
    if nama not in TASKS_BACKENDS:
        raise ImproperlyConfigured(
            f"TASKS_BACKEND harus salah satu dari: {', '.join(TASKS_BACKENDS)} (bukan {nama!r})."
        )
    return TASKS_BACKENDS[nama]


# Django's PostgreSQL backend with a health check without a round trip
# (pasuruan_portal/postgresql/base.py).
ENGINE_POSTGRESQL = "pasuruan_portal.postgresql"


def _koneksi_persisten(env: environ.Env, database: dict) -> dict:
    if database["ENGINE"] == "django.db.backends.postgresql":
        database["ENGINE"] = ENGINE_POSTGRESQL
        database["CONN_MAX_AGE"] = env.int("DB_CONN_MAX_AGE", default=60)
        database["CONN_HEALTH_CHECKS"] = True
    return database


def _database_replika(env: environ.Env, utama: dict) -> dict | None:
    """The read replica for dashboard and transparency reads (pasuruan_portal/basis_data.py)."""
    if not env.str("DATABASE_REPLICA_URL", default=""):
        return None
    replika = _koneksi_persisten(env, env.db_url("DATABASE_REPLICA_URL"))
    if replika["ENGINE"] != utama["ENGINE"]:
        raise ImproperlyConfigured(
            "DATABASE_REPLICA_URL harus jenis basis data yang sama dengan DATABASE_URL "
            "(replika PostgreSQL dari server utama)."
        )
    if replika["ENGINE"] == ENGINE_POSTGRESQL:
        # An unreachable replica must fail fast: the dashboard then reads from the primary.
        replika.setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)
    # Tests have no replica: the alias reads the test database of default.
    replika["TEST"] = {"MIRROR": "default"}
    return replika


# Attachments (aspirasi/lampiran.py) go through default_storage: a folder that every app
# server shares (NFS) or an S3-compatible bucket.
PENYIMPANAN_MEDIA = ("file", "s3")


def _media_storage(env: environ.Env) -> dict:
    jenis = env.str("MEDIA_STORAGE", default="file").strip().lower()
    if jenis not in PENYIMPANAN_MEDIA:
        raise ImproperlyConfigured(
            f"MEDIA_STORAGE harus salah satu dari: {', '.join(PENYIMPANAN_MEDIA)} "
            f"(bukan {jenis!r})."
        )
    if jenis == "file":
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    bucket = env.str("S3_BUCKET", default="")
    kunci = env.str("S3_ACCESS_KEY_ID", default="")
    rahasia = env.str("S3_SECRET_ACCESS_KEY", default="")
    masalah = []
    if not bucket:
        masalah.append("S3_BUCKET wajib diisi.")
    if bool(kunci) != bool(rahasia):
        masalah.append(
            "S3_ACCESS_KEY_ID dan S3_SECRET_ACCESS_KEY diisi keduanya (atau keduanya kosong "
            "bila kredensial datang dari peran/instance server)."
        )
    if masalah:
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 belum lengkap: " + " ".join(masalah))
    opsi = {
        "bucket_name": bucket,
        "endpoint_url": env.str("S3_ENDPOINT_URL", default="") or None,
        "region_name": env.str("S3_REGION", default="") or None,
        "access_key": kunci or None,
        "secret_key": rahasia or None,
        # Private objects: no ACL is sent, so they keep the bucket's (private) default;
        # an explicit "private" ACL is refused by buckets with ACLs disabled (AWS default).
        "default_acl": None,
        # Any URL ever generated is signed and expires; the app itself never hands one out
        # (staff download through aspirasi:lampiran, which checks permissions).
        "querystring_auth": True,
        "querystring_expire": 300,
        "file_overwrite": False,
    }
    gaya = env.str("S3_ADDRESSING_STYLE", default="")
    if gaya:
        if gaya not in ("path", "virtual"):
            raise ImproperlyConfigured("S3_ADDRESSING_STYLE harus path atau virtual.")
        opsi["addressing_style"] = gaya
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": opsi}


def load() -> Config:
    env = environ.Env()
    debug = env.bool("DEBUG", default=False)
    default_db = f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    database = _koneksi_persisten(env, env.db_url("DATABASE_URL", default=default_db))
    admins_raw = env.list("ADMINS", default=[])
    admins = [(a.split("@")[0], a) for a in admins_raw if "@" in a]
    cfg = Config(
        debug=debug,
        secret_key=env.str("SECRET_KEY", default=DEV_SECRET_KEY),
        allowed_hosts=env.list(
            "ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"] if debug else []
        ),
        csrf_trusted_origins=env.list("CSRF_TRUSTED_ORIGINS", default=[]),
        database=database,
        database_replika=_database_replika(env, database),
        redis_url=env.str("REDIS_URL", default=""),
        email=env.email_url("EMAIL_URL", default="consolemail://"),
        default_from_email=env.str(
            "DEFAULT_FROM_EMAIL", default="Portal Layanan Publik <noreply@pasuruankab.go.id>"
        ),
        server_email=env.str("SERVER_EMAIL", default="portal@pasuruankab.go.id"),
        admins=admins,
        secure_ssl_redirect=env.bool("SECURE_SSL_REDIRECT", default=not debug),
        hsts_seconds=env.int("SECURE_HSTS_SECONDS", default=0 if debug else 31536000),
        admin_url=_admin_url(env),
        proksi_tepercaya=_proksi_tepercaya(env),
        login_batas_gagal=_bilangan_positif(env, "AXES_FAILURE_LIMIT", 5),
        login_jeda_menit=_bilangan_positif(env, "AXES_COOLOFF_MENIT", 30),
        sesi_staf_diam_menit=_bilangan_positif(env, "STAF_SESI_DIAM_MENIT", 30),
        static_root=Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles"))),
        media_root=Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media"))),
        media_storage=_media_storage(env),
        log_level=env.str("LOG_LEVEL", default="INFO"),
        site_url=env.str("SITE_URL", default="http://127.0.0.1:8000" if debug else "").rstrip("/"),
        # Working days; national rules change (PermenPANRB 62/2018 was replaced in 2025).
        tenggat={
            "verifikasi": env.int("TENGGAT_VERIFIKASI_HARI_KERJA", default=3),
            "jawaban": env.int("TENGGAT_JAWABAN_HARI_KERJA", default=5),
            "tutup_otomatis": env.int("TENGGAT_TUTUP_OTOMATIS_HARI_KERJA", default=10),
        },
        batas_kirim=_batas(env, "ASPIRASI_BATAS_KIRIM", "5/600"),
        batas_lacak=_batas(env, "ASPIRASI_BATAS_LACAK", "20/600"),
        batas_draf=_batas(env, "ASPIRASI_BATAS_DRAF", "30/600"),
        tasks_backend=_tasks_backend(env),
        # Attempts at one notification email before it is marked failed; with the backoff
        # of 1, 2, 4 … 60 minutes, 24 attempts span about 19 hours of mail-server outage.
        pesan_maks_percobaan=_bilangan_positif(env, "PESAN_MAKS_PERCOBAAN", 24),
        halaman_cache_detik=_bilangan_tidak_negatif(env, "HALAMAN_CACHE_DETIK", 300),
        singgahan_data_detik=_bilangan_tidak_negatif(env, "SINGGAHAN_DATA_DETIK", 300),
        singgahan_token_detik=_bilangan_tidak_negatif(env, "SINGGAHAN_TOKEN_DETIK", 1),
        db_pernyataan_siap=env.bool("DB_PERNYATAAN_SIAP", default=True),
        # Benchmarks only (bench/halaman.sh): serves /tolok-ukur/minimal/. Never on unless
        # set explicitly.
        tolok_ukur=env.bool("TOLOK_UKUR", default=False),
    )
    _check_production(cfg)
    return cfg


def _batas(env: environ.Env, nama: str, bawaan: str) -> tuple[int, int]:
    """A rate limit written as "requests/seconds", e.g. "5/600"."""
    teks = env.str(nama, default=bawaan)
    try:
        jumlah, detik = (int(bagian) for bagian in teks.split("/"))
    except ValueError:
        raise ImproperlyConfigured(f"{nama} harus berbentuk jumlah/detik, mis. {bawaan}") from None
    if jumlah < 1 or detik < 1:
        raise ImproperlyConfigured(f"{nama} harus bernilai positif, mis. {bawaan}")
    return jumlah, detik


def _bilangan_positif(env: environ.Env, nama: str, bawaan: int) -> int:
    try:
        nilai = env.int(nama, default=bawaan)
    except ValueError:
        raise ImproperlyConfigured(f"{nama} harus bilangan bulat, mis. {bawaan}") from None
    if nilai < 1:
        raise ImproperlyConfigured(f"{nama} harus bernilai positif, mis. {bawaan}")
    return nilai


def _bilangan_tidak_negatif(env: environ.Env, nama: str, bawaan: int) -> int:
    try:
        nilai = env.int(nama, default=bawaan)
    except ValueError:
        raise ImproperlyConfigured(f"{nama} harus bilangan bulat, mis. {bawaan}") from None
    if nilai < 0:
        raise ImproperlyConfigured(f"{nama} tidak boleh negatif (0 mematikan), mis. {bawaan}")
    return nilai


def _admin_url(env: environ.Env) -> str:
    """The admin's path prefix, e.g. "admin/" or "kantor/staf/": a relative URL path."""
    nilai = env.str("ADMIN_URL", default="admin/")
    if not re.fullmatch(r"([A-Za-z0-9._~-]+/)+", nilai) or any(
        bagian in {".", ".."} for bagian in nilai.split("/")
    ):
        raise ImproperlyConfigured(
            "ADMIN_URL harus berupa jalur relatif yang berakhiran '/', tanpa '/' di awal, "
            f"mis. admin/ atau kantor/staf/ (bukan {nilai!r})."
        )
    return nilai


def _proksi_tepercaya(env: environ.Env) -> list[str]:
    """Proxies (nginx) whose X-Forwarded-For is believed; the same variable gunicorn reads."""
    daftar = [a.strip() for a in env.str("FORWARDED_ALLOW_IPS", default="127.0.0.1,::1").split(",")]
    daftar = [a for a in daftar if a]
    for alamat in daftar:
        if alamat == "*":
            continue
        try:
            ipaddress.ip_network(alamat, strict=False)
        except ValueError:
            raise ImproperlyConfigured(
                f"FORWARDED_ALLOW_IPS berisi alamat yang tidak sah: {alamat!r} "
                "(tulis IP atau jaringan CIDR dipisah koma, mis. 127.0.0.1,10.0.0.0/24)."
            ) from None
    return daftar
