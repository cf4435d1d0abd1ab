"""The outbox of notification emails, for superusers only: it holds every resident's email
address, of every OPD, so no other role sees it. Read-only; failed messages can be sent
again."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from aspirasi.models import PesanKeluar
from aspirasi.services import pesan


def _superuser(request) -> bool:
    return request.user.is_active and request.user.is_superuser


@admin.register(PesanKeluar)
class PesanKeluarAdmin(admin.ModelAdmin):
    list_display = (
        "dibuat",
        "jenis",
        "subjek",
        "status",
        "percobaan",
        "kirim_setelah",
        "terkirim_pada",
        "galat_terakhir",
    )
    list_filter = ("status", "jenis")
    # The tracking code is in every resident's subject ("[PSR-…]"); digests have none.
    search_fields = ("=message_id", "subjek", "aspirasi__kode")
    list_select_related = ("aspirasi",)
    date_hierarchy = "dibuat"
    actions = ["kirim_ulang"]
    fields = (
        "status",
        "jenis",
        "aspirasi",
        "message_id",
        "pengirim",
        "kepada",
        "subjek",
        "isi",
        "header",
        "percobaan",
        "kirim_setelah",
        "terkirim_pada",
        "galat_terakhir",
        "dibuat",
    )
    readonly_fields = fields

    def has_module_permission(self, request):
        return _superuser(request)

    def has_view_permission(self, request, obj=None):
        return _superuser(request)

    def has_add_permission(self, request):
        return False

    # Read-only for everyone: a message is the record of what was (or will be) sent.
    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return _superuser(request)

    @admin.action(description=_("Kirim ulang pesan yang gagal"), permissions=["view"])
    def kirim_ulang(self, request, queryset):
        jumlah = pesan.kirim_ulang(pesan_ids=list(queryset.values_list("pk", flat=True)))
        lain = queryset.count() - jumlah
        self.message_user(
            request,
            ngettext(
                "%(n)d pesan dijadwalkan untuk dikirim ulang.",
                "%(n)d pesan dijadwalkan untuk dikirim ulang.",
                jumlah,
            )
            % {"n": jumlah},
            messages.SUCCESS if jumlah else messages.WARNING,
        )
        if lain:
            self.message_user(
                request,
                _("%(n)d pesan dilewati: hanya pesan berstatus gagal yang bisa dikirim ulang.")
                % {"n": lain},
                messages.WARNING,
            )
