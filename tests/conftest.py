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
    from layanan.context_processors import lupakan_data_contoh
    from pasuruan_portal import singgahan_data

    def bersihkan():
        cache.clear()
        # What a process keeps in memory: views not yet added to the cache
        # (catat_kunjungan_tertunda) and the demo-data flag of the banner.
        services.lupakan_kunjungan_proses()
        singgahan_data.lupakan()
        lupakan_data_contoh()

    bersihkan()
    yield
    bersihkan()
