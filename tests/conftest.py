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

    cache.clear()
    yield
    cache.clear()
