"""Staff side of the aspirasi workflow. Importing the modules registers their ModelAdmins."""

from aspirasi.admin import antrean, aspirasi, pengaturan, pesan  # noqa: F401  (registration)
