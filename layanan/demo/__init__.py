"""Demo data for the portal: government structure, OPD, service catalog and staff accounts.

Everything here is loaded by ``python manage.py muat_demo`` through :func:`muat_demo`.
Real names (kecamatan, desa, OPD, laws) are kept real; contact details and anything else
invented are marked ``contoh=True`` so the public pages label them as demo data.
"""

from layanan.demo.loader import Ringkasan, muat_demo

__all__ = ["Ringkasan", "muat_demo"]
