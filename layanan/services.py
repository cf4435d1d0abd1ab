"""Writes with side effects for the catalog."""

from django.db import transaction
from django.db.models import F

from layanan.models import Layanan


@transaction.atomic
def catat_kunjungan(*, layanan: Layanan) -> None:
    """Count a public view of a service (feeds "layanan terpopuler" on the beranda)."""
    # F() keeps concurrent views from overwriting each other; no history row for a view.
    Layanan.objects.filter(pk=layanan.pk).update(dilihat=F("dilihat") + 1)
