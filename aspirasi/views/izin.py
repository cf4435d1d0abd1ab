"""Access to staff pages outside the admin (the event desk, the dashboard): one decorator so
every such page refuses the same way."""

from __future__ import annotations

from functools import wraps

from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied
from django.views.decorators.cache import never_cache


def halaman_staf(view):
    """Mark a staff page outside the admin: the two-step sign-in middleware
    (pasuruan_portal.dua_langkah) then keeps it closed to a session without its second step,
    like every admin page."""
    view.halaman_staf = True
    return view


def perlu(syarat):
    """Staff only (anonymous users go to the login), then 403 unless ``syarat(user)``; never
    cached, since what it shows depends on who asks. A ``halaman_staf``."""

    def dekorator(view):
        @staff_member_required
        @never_cache
        @wraps(view)
        def dibungkus(request, *args, **kwargs):
            if not syarat(request.user):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return halaman_staf(dibungkus)

    return dekorator
