"""Django admin of the portal. Importing the modules registers their ModelAdmins."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from layanan.admin import kalender, katalog, pengguna, wilayah  # noqa: F401  (registration)

admin.site.site_header = _("Admin Portal Layanan Publik Kabupaten Pasuruan")
admin.site.site_title = _("Admin Portal Layanan Publik Kabupaten Pasuruan")
admin.site.index_title = _("Pengelolaan portal")
