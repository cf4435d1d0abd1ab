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
    "layanan",
    "kegiatan",
    "aspirasi",
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
    "django.contrib.messages.middleware.MessageMiddleware",
    "pasuruan_portal.keamanan.StaffIdleTimeoutMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
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
        },
    },
]

DATABASES = {"default": CFG.database}
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
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CFG.redis_url,
            "KEY_PREFIX": "portal",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

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
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Email: EMAIL_URL such as smtp+tls://user:pass@mail.pasuruankab.go.id:587
globals().update(CFG.email)
DEFAULT_FROM_EMAIL = CFG.default_from_email
SERVER_EMAIL = CFG.server_email
ADMINS = CFG.admins

# Security headers. HSTS and the SSL redirect only apply over HTTPS.
SECURE_SSL_REDIRECT = CFG.secure_ssl_redirect
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# A load balancer probes the app servers over plain HTTP: answer it, do not redirect.
SECURE_REDIRECT_EXEMPT = [r"^kesehatan/$"]
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
# Benchmarks only: a minimal view behind the same middleware (bench/halaman.sh).
TOLOK_UKUR = CFG.tolok_ukur
