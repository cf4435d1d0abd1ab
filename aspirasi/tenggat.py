"""The deadlines of an aspirasi, in working days from the ``ASPIRASI_TENGGAT`` setting.

Aspirasi's own rule on top of ``layanan.hari_kerja``, which only knows what a working day
is (the same calendar decides kegiatan's schedule).
"""

from __future__ import annotations

import datetime

from django.conf import settings

from layanan.hari_kerja import tambah_hari_kerja


def tenggat_verifikasi(mulai: datetime.datetime) -> datetime.datetime:
    """When a new item must have been checked and routed."""
    return tambah_hari_kerja(mulai, settings.ASPIRASI_TENGGAT["verifikasi"])


def tenggat_jawaban(mulai: datetime.datetime) -> datetime.datetime:
    """When an item routed (or reopened) at ``mulai`` must have been answered."""
    return tambah_hari_kerja(mulai, settings.ASPIRASI_TENGGAT["jawaban"])


def tenggat_tutup_otomatis(mulai: datetime.datetime) -> datetime.datetime:
    """When an item answered at ``mulai`` closes by itself unless the reporter reacts."""
    return tambah_hari_kerja(mulai, settings.ASPIRASI_TENGGAT["tutup_otomatis"])
