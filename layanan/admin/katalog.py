"""Admin for the service catalog: KategoriLayanan and Layanan with its ordered children."""

from django import forms
from django.apps import apps
from django.contrib import admin, messages
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Max
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportMixin
from simple_history.admin import SimpleHistoryAdmin

from layanan.admin.impor import ImporEksporLayananMixin
from layanan.admin.mixins import DibatasiOPDMixin
from layanan.models import KategoriLayanan, LangkahProsedur, Layanan, Persyaratan
from pasuruan_portal.singgahan_halaman import SinggahanAdminMixin


@admin.register(KategoriLayanan)
class KategoriLayananAdmin(SinggahanAdminMixin, admin.ModelAdmin):
    area_singgahan = ("katalog",)
    list_display = ("nama", "slug", "urutan")
    search_fields = ("nama", "deskripsi")
    prepopulated_fields = {"slug": ("nama",)}


# --- ordered children ---------------------------------------------------------------
# Temporary urutan while saving: far above any real position, within the
# PositiveSmallIntegerField range.
URUTAN_SEMENTARA = 30000


class UrutanForm(forms.ModelForm):
    """Urutan is optional for a new row (it then goes to the end) and is checked for
    duplicates across the whole table, not against the stored rows one by one — so
    swapping 1 and 2 is a valid edit."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "urutan" in self.fields and self.instance.pk is None:
            self.fields["urutan"].required = False
            self.fields["urutan"].help_text = _("Kosongkan untuk menaruh di akhir.")

    def validate_unique(self):
        exclude = self._get_validation_exclusions() | {"urutan"}
        try:
            self.instance.validate_unique(exclude=exclude)
        except forms.ValidationError as e:
            self._update_errors(e)


class UrutanFormSet(forms.BaseInlineFormSet):
    def save_existing_objects(self, commit=True):
        if commit:
            # Park every row whose position moves (or that is deleted) on a temporary
            # number first, so the unique (layanan, urutan) constraint never sees a
            # half-done swap.
            bergerak = [
                form.instance.pk
                for form in self.initial_forms
                if form.instance.pk
                and (self._should_delete_form(form) or "urutan" in form.changed_data)
            ]
            for i, pk in enumerate(bergerak):
                self.model._default_manager.filter(pk=pk).update(urutan=URUTAN_SEMENTARA + i)
        return super().save_existing_objects(commit)

    def save_new_objects(self, commit=True):
        if commit:
            tanpa_urutan = [
                form
                for form in self.extra_forms
                if form.has_changed()
                and not self._should_delete_form(form)
                and form.instance.urutan is None
            ]
            if tanpa_urutan:
                terbesar = (
                    self.model._default_manager.filter(**{self.fk.name: self.instance})
                    .exclude(urutan__gte=URUTAN_SEMENTARA)
                    .aggregate(m=Max("urutan"))["m"]
                    or 0
                )
                for form in self.extra_forms:
                    if form.cleaned_data.get("urutan"):
                        terbesar = max(terbesar, form.cleaned_data["urutan"])
                for form in tanpa_urutan:
                    terbesar += 1
                    form.instance.urutan = terbesar
        return super().save_new_objects(commit)


class UrutanInline(admin.TabularInline):
    form = UrutanForm
    formset = UrutanFormSet
    ordering = ("urutan",)
    extra = 1
    min_num = 1

    def get_formset(self, request, obj=None, **kwargs):
        # Every service lists at least one requirement and one step.
        kwargs.setdefault("validate_min", True)
        return super().get_formset(request, obj, **kwargs)


class PersyaratanInline(UrutanInline):
    model = Persyaratan
    fields = ("urutan", "uraian", "keterangan")


class LangkahProsedurInline(UrutanInline):
    model = LangkahProsedur
    fields = ("urutan", "uraian")


# --- Layanan ------------------------------------------------------------------------
@admin.register(Layanan)
class LayananAdmin(
    SinggahanAdminMixin,
    DibatasiOPDMixin,
    ImporEksporLayananMixin,
    ImportExportMixin,
    SimpleHistoryAdmin,
):
    # Every write (form, bulk action, import, history revert) refreshes the public pages.
    area_singgahan = ("katalog",)
    list_display = ("nama", "opd", "kategori", "status", "diperbarui")
    list_select_related = ("opd", "kategori")
    list_filter = (
        "status",
        "kategori",
        ("opd", admin.RelatedOnlyFieldListFilter),
        "pengguna",
        "contoh",
    )
    search_fields = ("nama", "kata_kunci", "opd__nama", "opd__singkatan")
    prepopulated_fields = {"slug": ("nama",)}
    autocomplete_fields = ("unit_layanan",)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [PersyaratanInline, LangkahProsedurInline]
    actions = ["terbitkan", "jadikan_draf"]
    history_list_display = ["status"]
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "opd",
                    "kategori",
                    "nama",
                    "slug",
                    "ringkasan",
                    "kata_kunci",
                    "status",
                    "contoh",
                )
            },
        ),
        (
            _("Tempat dan pengguna layanan"),
            {"fields": ("unit_layanan", "tautan_daring", "pengguna")},
        ),
        (
            _("Komponen penyampaian pelayanan"),
            {
                "fields": (
                    "jangka_waktu",
                    "biaya",
                    "keterangan_biaya",
                    "produk",
                    "penanganan_pengaduan",
                ),
                "description": _(
                    "Enam komponen yang pertama dibaca warga. Persyaratan serta sistem, "
                    "mekanisme dan prosedur diisi pada tabel di bagian bawah halaman."
                ),
            },
        ),
        (
            _("Komponen pengelolaan pelayanan"),
            {
                "fields": (
                    "dasar_hukum",
                    "sarana_prasarana",
                    "kompetensi_pelaksana",
                    "pengawasan_internal",
                    "jumlah_pelaksana",
                    "jaminan_pelayanan",
                    "jaminan_keamanan",
                    "evaluasi_kinerja",
                ),
                "description": _("Delapan komponen pengelolaan (UU 25/2009 Pasal 21)."),
            },
        ),
    )

    # --- picking a service on another form -------------------------------------------
    def get_queryset(self, request):
        if self._autocomplete_katalog_terbit(request):
            # The published catalog is public: a form field that accepts only published
            # services (e.g. the services offered at a field event) may pick any OPD's,
            # whatever the user's own OPD — the event organiser has none. Other pickers
            # (Persyaratan of a Layanan, ...) stay limited to the user's own OPD.
            return Layanan.objects.terbit()
        return super().get_queryset(request)

    def _autocomplete_katalog_terbit(self, request) -> bool:
        """Is this the admin autocomplete for a ForeignKey to Layanan limited to published
        services (``limit_choices_to={"status": "terbit"}``)?"""
        match = request.resolver_match
        if match is None or match.url_name != "autocomplete":
            return False
        try:
            model = apps.get_model(request.GET["app_label"], request.GET["model_name"])
            field = model._meta.get_field(request.GET["field_name"])
        except (KeyError, LookupError, FieldDoesNotExist):
            return False
        return (
            getattr(field, "remote_field", None) is not None
            and field.remote_field.model is Layanan
            and field.get_limit_choices_to() == {"status": Layanan.Status.TERBIT}
        )

    # --- publishing ---------------------------------------------------------------
    def has_terbitkan_permission(self, request):
        return request.user.has_perm("layanan.terbitkan_layanan")

    def get_readonly_fields(self, request, obj=None):
        hanya_baca = list(super().get_readonly_fields(request, obj))
        if not self.has_terbitkan_permission(request):
            hanya_baca.append("status")
        return hanya_baca

    def save_model(self, request, obj, form, change):
        if not self.has_terbitkan_permission(request):
            # Whatever was posted (or restored from an old version in "Riwayat"), the
            # status stays as it is: new services are drafts, published ones stay
            # published and the edit is recorded in the history.
            if change:
                obj.status = (
                    Layanan.objects.filter(pk=obj.pk).values_list("status", flat=True).first()
                    or Layanan.Status.DRAF
                )
            else:
                obj.status = Layanan.Status.DRAF
        super().save_model(request, obj, form, change)

    def _ubah_status(self, request, queryset, status):
        jumlah = 0
        # Saved one by one, so every change lands in the history with its user.
        for layanan in self.saring_milik_opd(request, queryset).exclude(status=status):
            layanan.status = status
            layanan._history_user = request.user
            layanan.save(update_fields=["status", "diperbarui"])
            self.log_change(request, layanan, [{"changed": {"fields": ["status"]}}])
            jumlah += 1
        return jumlah

    @admin.action(permissions=["terbitkan"], description=_("Terbitkan layanan terpilih"))
    def terbitkan(self, request, queryset):
        jumlah = self._ubah_status(request, queryset, Layanan.Status.TERBIT)
        self.message_user(
            request,
            ngettext("%d layanan diterbitkan.", "%d layanan diterbitkan.", jumlah) % jumlah,
            messages.SUCCESS,
        )

    @admin.action(permissions=["terbitkan"], description=_("Kembalikan ke draf"))
    def jadikan_draf(self, request, queryset):
        jumlah = self._ubah_status(request, queryset, Layanan.Status.DRAF)
        self.message_user(
            request,
            ngettext("%d layanan dikembalikan ke draf.", "%d layanan dikembalikan ke draf.", jumlah)
            % jumlah,
            messages.SUCCESS,
        )
