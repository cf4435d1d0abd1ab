import pytest


@pytest.fixture(autouse=True)
def _static_tanpa_manifest(settings):
    # Tests do not run collectstatic; the manifest storage is exercised by `check --deploy`
    # and the browser tests serve files straight from static/.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _cache_bersih():
    from django.core.cache import cache

    from layanan import services

    cache.clear()
    # Views a worker holds in memory before adding them to the cache (catat_kunjungan_tertunda).
    services._kunjungan_proses.clear()
    yield
    cache.clear()
    services._kunjungan_proses.clear()
