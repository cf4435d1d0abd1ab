"""Django settings: configuration only. Values come from ``config.load()``."""

from datetime import timedelta

from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from pasuruan_portal import config

CFG = config.load()
BASE_DIR = config.BASE_DIR

DEBUG = CFG.debug
SECRET_KEY = CFG.secret_key
ALLOWED_HOSTS = CFG.allowed_hosts
CSRF_TRUSTED_ORIGINS = CFG.csrf_trusted_origins
SITE_URL = CFG.site_url

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "csp",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_filters",
    "import_export",
    "simple_history",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_otp",
    # django_otp.plugins.otp_totp and otp_static, with Indonesian admin headings.
    "pasuruan_portal.dua_langkah.apps.AplikasiAutentikatorConfig",
    "pasuruan_portal.dua_langkah.apps.KodeCadanganConfig",
    "layanan",
    "kegiatan",
    "aspirasi",
    # After django-otp's plugins: its admin replaces theirs.
    "pasuruan_portal.dua_langkah",
]

MIDDLEWARE = [
    # First, so every later step (rate limits, login lockout, logs) sees the real client.
    "pasuruan_portal.keamanan.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): has this session passed the second step?
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "pasuruan_portal.keamanan.StaffIdleTimeoutMiddleware",
    # Superusers, Verifikator and Pimpinan: no admin or staff page before the second step.
    "pasuruan_portal.dua_langkah.middleware.DuaLangkahMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # The data version tokens of the public pages' reference data, read once per request.
    "pasuruan_portal.singgahan_data.SinggahanDataMiddleware",
    # Last, as django-axes asks: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "pasuruan_portal.urls"
WSGI_APPLICATION = "pasuruan_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "layanan.context_processors.portal",
            ],
            # Django's i18n tags with a {% translate %} that keeps its text per language;
            # the project's templates load it instead of i18n.
            "libraries": {"i18n_cepat": "pasuruan_portal.i18n_cepat"},
            # {% extends %} that collects the root template's blocks once, not per render.
            "builtins": ["pasuruan_portal.extends_cepat"],
        },
    },
]

DATABASES = {"default": CFG.database}
# DATABASE_REPLICA_URL: dashboard and transparency reads go to a read replica
# (pasuruan_portal/basis_data.py); everything else, and every write, to default.
if CFG.database_replika:
    DATABASES["replika"] = CFG.database_replika
DATABASE_ROUTERS = ["pasuruan_portal.basis_data.ReplicaRouter"]
# The dashboard's covering index (INCLUDE columns) is a PostgreSQL optimisation; SQLite, the
# zero-setup development database, builds it as a plain index, which is all it needs.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    SILENCED_SYSTEM_CHECKS = ["models.W040"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "layanan.Pengguna"

# OWASP ASVS 4.0 V2.1 (level 2): at least 12 characters, no upper limit below 64 (Django
# sets none), spaces and passphrases allowed, no composition rules (so no
# NumericPasswordValidator, which is one), common/breached passwords refused (Django's list
# of 20,000), nothing close to the user's own name or email.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# django-axes checks a login before the password is, then ModelBackend logs in.
AUTHENTICATION_BACKENDS = [
    "pasuruan_portal.keamanan.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]

if CFG.redis_url:
    CACHES = {
        "default": {
            # Django's RedisCache; while Redis is unreachable it acts as an empty cache
            # instead of failing the request (pasuruan_portal/cache_redis.py).
            "BACKEND": "pasuruan_portal.cache_redis.RedisCacheTahanGangguan",
            "LOCATION": CFG.redis_url,
            "KEY_PREFIX": "portal",
            # Redis sits next to the app servers: a reply takes a millisecond. A dead or
            # unreachable Redis must cost each request little, not seconds.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# With Redis: sessions are read from the cache and written through to the database.
# Staff stay signed in and residents keep their aspirasi draft across a Redis restart
# (the database has every session), and during a short database outage a session is
# still read from Redis, so the 503 page can show the draft being reviewed. Since Django
# 5.1 a failing cache write is logged, not raised: Redis down does not break sessions.
if CFG.redis_url:
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia"))]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = CFG.static_root
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = CFG.media_root
STORAGES = {
    # MEDIA_STORAGE: a folder every app server shares (MEDIA_ROOT on NFS) or S3.
    "default": CFG.media_storage,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "pasuruan_portal.statis.StatisTerkompresi"
        )
    },
}

# Email: EMAIL_URL such as smtp+tls://user:pass@mail.pasuruankab.go.id:587
globals().update(CFG.email)
DEFAULT_FROM_EMAIL = CFG.default_from_email
SERVER_EMAIL = CFG.server_email
# An unreachable mail server must not hold the worker (and the outbox row it locked)
# for ever: each attempt gives up after this many seconds and is retried later.
EMAIL_TIMEOUT = 30
ADMINS = CFG.admins

# Security headers. HSTS and the SSL redirect only apply over HTTPS.
SECURE_SSL_REDIRECT = CFG.secure_ssl_redirect
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# A load balancer probes the app servers over plain HTTP: answer it, do not redirect.
SECURE_REDIRECT_EXEMPT = [r"^kesehatan/$", r"^kesehatan/hidup/$"]
SECURE_HSTS_SECONDS = CFG.hsts_seconds
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False
# A cell starting with "=" must not run as a formula when an exported sheet is opened.
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = True

LOGIN_URL = "admin:login"
# The admin's path (ADMIN_URL, default "admin/"); code reverses admin URLs, never writes it.
ADMIN_URL = CFG.admin_url

# Staff login lockout (django-axes), counted in the database so every gunicorn worker and
# server shares it. Locked per user name *and* client address together: one attacker
# cannot lock a colleague out (by user name alone) nor a whole office behind one NAT
# address (by address alone). The address is REMOTE_ADDR, made real behind nginx by
# TrustedProxyMiddleware.
AXES_FAILURE_LIMIT = CFG.login_batas_gagal
AXES_COOLOFF_TIME = timedelta(minutes=CFG.login_jeda_menit)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "pasuruan_portal.keamanan.respons_terkunci"
AXES_ALLOWED_CORS_ORIGINS = CFG.site_url or "null"
PROKSI_TEPERCAYA = CFG.proksi_tepercaya
# Two-step sign-in (django-otp, pasuruan_portal/dua_langkah/). Who must use it is
# dua_langkah.aturan.wajib_dua_langkah. After n wrong codes in a row no code is checked for
# 2^(n-1) seconds (times this factor; 10 wrong codes: 8.5 minutes), until a right one; a
# code accepted once is never accepted again.
OTP_TOTP_ISSUER = "Portal Layanan Publik Kab. Pasuruan"
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
# The device admin never shows a user's secret key or QR code.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
# Signed-in staff are logged out after this many idle minutes (StaffIdleTimeoutMiddleware).
STAF_SESI_DIAM_MENIT = CFG.sesi_staf_diam_menit

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": CFG.log_level},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # One line per task state change drowns everything else; failures still show.
        "django_tasks": {"level": "WARNING"},
        # django-axes announces its configuration at every start; lockouts still show.
        "axes.apps": {"level": "WARNING"},
    },
}

# Background tasks (notifications): TASKS_BACKEND=database in production, with the worker
# `manage.py db_worker`; immediate in tests. Tasks are enqueued on commit by aspirasi.services.
TASKS = {"default": {"BACKEND": CFG.tasks_backend}}
# Notification emails live in the outbox (aspirasi.PesanKeluar) until sent; after this many
# failed attempts a message is marked "gagal" (see aspirasi/services/pesan.py).
PESAN_MAKS_PERCOBAAN = CFG.pesan_maks_percobaan

# Deadlines of an aspirasi, in working days (see aspirasi/tenggat.py).
ASPIRASI_TENGGAT = CFG.tenggat
# Rate limits per client: (requests, seconds). Counted in the cache (Redis in production).
ASPIRASI_BATAS_KIRIM = CFG.batas_kirim
ASPIRASI_BATAS_LACAK = CFG.batas_lacak
ASPIRASI_BATAS_DRAF = CFG.batas_draf

# Layanan per page on /layanan/.
LAYANAN_PER_HALAMAN = 20

# Leaders' dashboard: the period shown when none is chosen, and rows per page of its lists.
DASBOR_PERIODE_BAWAAN_HARI = 90
DASBOR_PER_HALAMAN = 50
# /transparansi/ figures are cached; aspirasi changes invalidate them at once (see
# aspirasi/dasbor/singgahan.py), attendance edits and passing deadlines within this time.
TRANSPARANSI_CACHE_DETIK = 300
# Public pages cached whole for visitors without a session (pasuruan_portal/
# singgahan_halaman.py): writes invalidate them at once; this is the longest an entry lives
# (time-dependent content: upcoming events). 0 switches the page cache off.
HALAMAN_CACHE_DETIK = CFG.halaman_cache_detik
# Reference data of the public pages (filter options, category tiles, counts) kept in each
# process while its data area is unchanged (pasuruan_portal/singgahan_data.py); this is the
# longest an entry lives (writes outside the services and the admin). 0 switches it off.
SINGGAHAN_DATA_DETIK = CFG.singgahan_data_detik
# How long a process trusts the version tokens it read for that data before asking Redis
# again: a change made in another process shows there within this time (at once in the
# process that made it). 0: read once per request.
SINGGAHAN_TOKEN_DETIK = CFG.singgahan_token_detik
# The public pages' precompiled queries are prepared on the PostgreSQL server, once per
# connection (pasuruan_portal/postgresql). Off (DB_PERNYATAAN_SIAP=0) behind a pooler that
# cannot keep prepared statements (PgBouncer in transaction mode before 1.21).
DB_PERNYATAAN_SIAP = CFG.db_pernyataan_siap
# Views of a layanan page served from the page cache are counted in the worker's memory and
# added to the shared counter at most this often (layanan/services.py): a Redis round trip
# per cached view would cost a cached page a third of its speed.
KUNJUNGAN_JEDA_DETIK = 5
# Views of rendered layanan pages are written to the rows at most this often per process:
# an UPDATE and its commit per view costs a rendered page a third of its speed.
KUNJUNGAN_TULIS_DETIK = 5
# Benchmarks only: a minimal view behind the same middleware (bench/halaman.sh).
TOLOK_UKUR = CFG.tolok_ukur
