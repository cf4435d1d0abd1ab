"""Access to staff pages outside the admin (the event desk, the dashboard): one decorator so
every such page refuses the same way."""

from __future__ import annotations

from functools import wraps

from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied
from django.views.decorators.cache import never_cache


def perlu(syarat):
    """Staff only (anonymous users go to the login), then 403 unless ``syarat(user)``; never
    cached, since what it shows depends on who asks. Marked ``halaman_staf`` so the
    two-step sign-in middleware (pasuruan_portal.dua_langkah) guards it like the admin."""

    def dekorator(view):
        @staff_member_required
        @never_cache
        @wraps(view)
        def dibungkus(request, *args, **kwargs):
            if not syarat(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        dibungkus.halaman_staf = True
        return dibungkus

    return dekorator
