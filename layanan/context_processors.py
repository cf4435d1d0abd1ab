import threading
import time

from django.conf import settings

from layanan.models import Layanan

# Whether the catalog holds demo data (the banner on every page): asked of the database
# at most once per UMUR_DATA_CONTOH seconds per process, not on every page view. Demo data
# is loaded or removed by a command, a few times in the portal's life; the banner may lag
# that by this long.
UMUR_DATA_CONTOH = 300
_data_contoh = {"nilai": None, "sampai": 0.0}
_kunci = threading.Lock()


def _ada_data_contoh() -> bool:
    sekarang = time.monotonic()
    with _kunci:
        if _data_contoh["nilai"] is not None and sekarang < _data_contoh["sampai"]:
            return _data_contoh["nilai"]
    nilai = Layanan.objects.filter(contoh=True).exists()
    with _kunci:
        _data_contoh.update(nilai=nilai, sampai=sekarang + UMUR_DATA_CONTOH)
    return nilai


def lupakan_data_contoh() -> None:
    """Ask the database again at the next page (tests; after loading demo data)."""
    with _kunci:
        _data_contoh.update(nilai=None, sampai=0.0)


def portal(request):
    return {"SITE_URL": settings.SITE_URL, "DEMO_DATA": _ada_data_contoh()}
