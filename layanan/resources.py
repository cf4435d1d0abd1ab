"""Spreadsheet import/export of the service catalog (django-import-export).

One row per Layanan. References are by slug (OPD also by singkatan, kategori also by
nama, unit layanan by slugs separated by commas or new lines). ``persyaratan`` and
``langkah_prosedur`` are multi-line cells, one item per line; a persyaratan line may end
in ``" | keterangan"``. Import creates or updates by slug and rewrites the children to
match the cells. Every row is validated; the admin rolls the whole file back when any row
fails, so a file is imported completely or not at all.
"""

import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext as _
from import_export import fields, resources, widgets

from layanan.models import OPD, KategoriLayanan, LangkahProsedur, Layanan, Persyaratan, UnitLayanan

PEMISAH_KETERANGAN = " | "
# Numbering people paste along with the list: "1.", "2)", "-", "•", "*", en dash.
PENOMORAN = re.compile(r"^\s*(?:\d{1,3}\s*[.)]|[-•*\u2013])\s+")
MAKS_URAIAN = Persyaratan._meta.get_field("uraian").max_length
MAKS_KETERANGAN = Persyaratan._meta.get_field("keterangan").max_length
MAKS_LANGKAH = LangkahProsedur._meta.get_field("uraian").max_length


def _teks(nilai) -> str:
    if nilai is None:
        return ""
    if isinstance(nilai, float) and nilai.is_integer():
        nilai = int(nilai)
    return str(nilai).strip()


def _tambah(galat, kolom, pesan):
    galat.setdefault(kolom, []).append(pesan)


def baris_sel(nilai) -> list[str]:
    """The non-empty lines of a multi-line cell, without pasted numbering."""
    hasil = []
    for baris in _teks(nilai).splitlines():
        baris = PENOMORAN.sub("", baris).strip()
        if baris:
            hasil.append(baris)
    return hasil


def teks_persyaratan(daftar) -> str:
    return "\n".join(
        f"{p.uraian}{PEMISAH_KETERANGAN}{p.keterangan}" if p.keterangan else p.uraian
        for p in daftar
    )


def teks_langkah(daftar) -> str:
    return "\n".join(langkah.uraian for langkah in daftar)


# --- widgets ------------------------------------------------------------------------
class OPDWidget(widgets.Widget):
    """OPD by slug or (when unambiguous) singkatan; exported as slug."""

    def clean(self, value, row=None, **kwargs):
        teks = _teks(value)
        if not teks:
            raise ValueError(_("OPD wajib diisi (slug atau singkatan OPD)."))
        opd = OPD.objects.filter(slug=teks).first()
        if opd:
            return opd
        cocok = list(OPD.objects.filter(singkatan__iexact=teks)[:2])
        if len(cocok) == 1:
            return cocok[0]
        if len(cocok) > 1:
            raise ValueError(
                _("Singkatan OPD “%(nilai)s” dipakai lebih dari satu OPD; tulis slug OPD.")
                % {"nilai": teks}
            )
        raise ValueError(
            _("OPD “%(nilai)s” tidak dikenal; tulis slug atau singkatan OPD.") % {"nilai": teks}
        )

    def render(self, value, obj=None, **kwargs):
        return value.slug if value else ""


class KategoriWidget(widgets.Widget):
    """Kategori by slug or nama; exported as slug."""

    def clean(self, value, row=None, **kwargs):
        teks = _teks(value)
        if not teks:
            raise ValueError(_("Kategori wajib diisi (slug atau nama kategori)."))
        kategori = (
            KategoriLayanan.objects.filter(slug=teks).first()
            or KategoriLayanan.objects.filter(nama__iexact=teks).first()
        )
        if kategori is None:
            raise ValueError(
                _("Kategori “%(nilai)s” tidak dikenal; tulis slug atau nama kategori.")
                % {"nilai": teks}
            )
        return kategori

    def render(self, value, obj=None, **kwargs):
        return value.slug if value else ""


class UnitLayananWidget(widgets.ManyToManyWidget):
    """Places by slug, separated by commas, semicolons or new lines."""

    def __init__(self):
        super().__init__(UnitLayanan, separator=", ", field="slug")

    def clean(self, value, row=None, **kwargs):
        slugs = [s.strip() for s in re.split(r"[,;\n]", _teks(value)) if s.strip()]
        if not slugs:
            return UnitLayanan.objects.none()
        ditemukan = UnitLayanan.objects.filter(slug__in=slugs)
        dikenal = {u.slug for u in ditemukan}
        asing = [s for s in slugs if s not in dikenal]
        if asing:
            raise ValueError(
                _("Unit layanan tidak dikenal: %(daftar)s.") % {"daftar": ", ".join(asing)}
            )
        return ditemukan

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return self.separator.join(u.slug for u in value.all())


class BiayaWidget(widgets.Widget):
    """Rupiah as people write it: 0, 10000, "10.000", "Rp 25.000", "gratis"."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            raise ValueError(_("Biaya harus berupa angka rupiah; tulis 0 bila gratis."))
        if isinstance(value, int | float | Decimal):
            angka = Decimal(str(value))
        else:
            teks = _teks(value).lower().replace("rp", "").replace(" ", "")
            if teks in ("", "-"):
                raise ValueError(_("Biaya wajib diisi; tulis 0 bila gratis."))
            if teks == "gratis":
                return 0
            teks = teks.removesuffix(",-").removesuffix(",00")
            if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", teks):  # 10.000 (Indonesian thousands)
                teks = teks.replace(".", "")
            try:
                angka = Decimal(teks.replace(",", "."))
            except InvalidOperation:
                raise ValueError(
                    _("Biaya “%(nilai)s” bukan angka rupiah; tulis mis. 10000 atau 0.")
                    % {"nilai": _teks(value)}
                ) from None
        if angka != angka.to_integral_value():
            raise ValueError(_("Biaya ditulis dalam rupiah bulat."))
        if angka < 0:
            raise ValueError(_("Biaya tidak boleh negatif; tulis 0 bila gratis."))
        return int(angka)

    def render(self, value, obj=None, **kwargs):
        return value


class PilihanWidget(widgets.CharWidget):
    """A choice by its code or its label ("warga_kota" or "Warga Kota Pasuruan")."""

    def __init__(self, choices):
        super().__init__(allow_blank=True)
        self.pilihan = {str(kode).lower(): kode for kode, _label in choices}
        self.pilihan.update({str(label).lower(): kode for kode, label in choices})

    def clean(self, value, row=None, **kwargs):
        teks = _teks(value)
        return self.pilihan.get(teks.lower(), teks)


class TeksAnakField(fields.Field):
    """Read-only view of a child list as a multi-line cell; the resource writes it."""

    def __init__(self, relasi, penyaji, column_name):
        super().__init__(attribute=None, column_name=column_name, widget=widgets.CharWidget())
        self.relasi = relasi
        self.penyaji = penyaji

    def get_value(self, instance):
        if instance is None or instance.pk is None:
            return ""
        return self.penyaji(getattr(instance, self.relasi).all())


# --- resource -----------------------------------------------------------------------
class LayananResource(resources.ModelResource):
    WIDGETS_MAP = {**resources.ModelResource.WIDGETS_MAP, "TextField": widgets.CharWidget}

    opd = fields.Field(attribute="opd", column_name="opd", widget=OPDWidget())
    kategori = fields.Field(attribute="kategori", column_name="kategori", widget=KategoriWidget())
    status = fields.Field(
        attribute="status",
        column_name="status",
        widget=PilihanWidget(Layanan.Status.choices),
    )
    pengguna = fields.Field(
        attribute="pengguna",
        column_name="pengguna",
        widget=PilihanWidget(Layanan.Pengguna.choices),
        default=Layanan.Pengguna.KABUPATEN,
    )
    unit_layanan = fields.Field(
        attribute="unit_layanan", column_name="unit_layanan", widget=UnitLayananWidget()
    )
    biaya = fields.Field(attribute="biaya", column_name="biaya", widget=BiayaWidget())
    persyaratan = TeksAnakField("persyaratan", teks_persyaratan, "persyaratan")
    langkah_prosedur = TeksAnakField("langkah", teks_langkah, "langkah_prosedur")

    class Meta:
        model = Layanan
        name = "Layanan beserta persyaratan dan prosedur"
        import_id_fields = ("slug",)
        fields = (
            "slug",
            "nama",
            "opd",
            "kategori",
            "status",
            "ringkasan",
            "kata_kunci",
            "pengguna",
            "unit_layanan",
            "tautan_daring",
            "persyaratan",
            "langkah_prosedur",
            "jangka_waktu",
            "biaya",
            "keterangan_biaya",
            "produk",
            "penanganan_pengaduan",
            "dasar_hukum",
            "sarana_prasarana",
            "kompetensi_pelaksana",
            "pengawasan_internal",
            "jumlah_pelaksana",
            "jaminan_pelayanan",
            "jaminan_keamanan",
            "evaluasi_kinerja",
            "contoh",
        )
        export_order = fields
        clean_model_instances = True
        use_transactions = True
        skip_unchanged = False

    def __init__(self, pengguna=None, **kwargs):
        super().__init__(**kwargs)
        self.pengguna = pengguna

    # --- who may do what --------------------------------------------------------
    # Without a user (a management command, a shell) nothing is limited; the admin always
    # passes the logged-in user.
    def _boleh_semua(self):
        return self.pengguna is None or self.pengguna.boleh_kelola_semua_opd()

    def _boleh_terbitkan(self):
        return self.pengguna is None or self.pengguna.has_perm("layanan.terbitkan_layanan")

    # --- export -----------------------------------------------------------------
    def filter_export(self, queryset, **kwargs):
        queryset = queryset.select_related("opd", "kategori").prefetch_related(
            "unit_layanan", "persyaratan", "langkah"
        )
        if not self._boleh_semua():
            queryset = queryset.filter(opd_id=self.pengguna.opd_id)
        return queryset

    # --- import -----------------------------------------------------------------
    def before_import(self, dataset, **kwargs):
        self._slug_turunan = set()
        self._slug_dalam_berkas = {}
        # Blank lines at the end of a sheet are not rows.
        for i in range(len(dataset) - 1, -1, -1):
            if all(_teks(v) == "" for v in dataset[i]):
                del dataset[i]
        if dataset.headers and "slug" not in dataset.headers:
            dataset.append_col([""] * len(dataset), header="slug")

    def before_import_row(self, row, **kwargs):
        if not _teks(row.get("slug")) and _teks(row.get("nama")):
            row["slug"] = slugify(_teks(row["nama"]))[:200]
            self._slug_turunan.add(row["slug"])
        elif "slug" in row:
            row["slug"] = _teks(row["slug"])
        u = self.pengguna
        if "opd" in row and not _teks(row["opd"]) and not self._boleh_semua() and u.opd_id:
            row["opd"] = u.opd.slug

    def after_init_instance(self, instance, new, row, **kwargs):
        instance._baru = new
        instance._opd_asal = None if new else instance.opd_id
        instance._status_asal = None if new else instance.status

    def import_instance(self, instance, row, **kwargs):
        galat = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as e:
            galat = e.update_error_dict(galat)

        # Places (saved later with the m2m step) are checked now, with the rest of the row.
        if "unit_layanan" in row:
            try:
                self.fields["unit_layanan"].clean(row)
            except ValueError as e:
                _tambah(galat, "unit_layanan", str(e))

        # The children: a present cell replaces the list; a new service needs both lists.
        instance._persyaratan_baru = instance._langkah_baru = None
        if "persyaratan" in row:
            instance._persyaratan_baru = self._urai_persyaratan(row["persyaratan"], galat)
        if "langkah_prosedur" in row:
            instance._langkah_baru = self._urai_langkah(row["langkah_prosedur"], galat)
        if not instance._persyaratan_baru and ("persyaratan" in row or instance._baru):
            _tambah(galat, "persyaratan", _("Persyaratan wajib diisi, satu per baris."))
        if not instance._langkah_baru and ("langkah_prosedur" in row or instance._baru):
            _tambah(galat, "langkah_prosedur", _("Prosedur wajib diisi, satu langkah per baris."))

        self._periksa_hak(instance, galat)
        self._periksa_slug(instance, galat)

        status_kosong = "status" in row and not _teks(row["status"])
        if status_kosong or not self._boleh_terbitkan():
            # Blank keeps the current status. Without the publish permission the status
            # column is ignored: new services are drafts, existing ones keep theirs.
            instance.status = instance._status_asal or Layanan.Status.DRAF
            galat.pop("status", None)
        if self.pengguna is not None:
            instance._history_user = self.pengguna
        if galat:
            raise ValidationError(galat)

    def _urai_persyaratan(self, nilai, galat):
        hasil = []
        for i, baris in enumerate(baris_sel(nilai), 1):
            uraian, _pemisah, keterangan = baris.partition(PEMISAH_KETERANGAN.strip())
            uraian, keterangan = uraian.strip(), keterangan.strip()
            if not uraian:
                _tambah(galat, "persyaratan", _("Baris %(n)d: uraian kosong.") % {"n": i})
            elif len(uraian) > MAKS_URAIAN:
                _tambah(
                    galat,
                    "persyaratan",
                    _("Baris %(n)d: uraian lebih dari %(maks)d karakter.")
                    % {"n": i, "maks": MAKS_URAIAN},
                )
            elif len(keterangan) > MAKS_KETERANGAN:
                _tambah(
                    galat,
                    "persyaratan",
                    _("Baris %(n)d: keterangan lebih dari %(maks)d karakter.")
                    % {"n": i, "maks": MAKS_KETERANGAN},
                )
            hasil.append(Persyaratan(urutan=i, uraian=uraian, keterangan=keterangan))
        return hasil

    def _urai_langkah(self, nilai, galat):
        hasil = []
        for i, baris in enumerate(baris_sel(nilai), 1):
            if len(baris) > MAKS_LANGKAH:
                _tambah(
                    galat,
                    "langkah_prosedur",
                    _("Baris %(n)d: langkah lebih dari %(maks)d karakter.")
                    % {"n": i, "maks": MAKS_LANGKAH},
                )
            hasil.append(LangkahProsedur(urutan=i, uraian=baris))
        return hasil

    def _periksa_hak(self, instance, galat):
        if self._boleh_semua():
            return
        opd_sendiri = self.pengguna.opd_id
        if instance._opd_asal is not None and instance._opd_asal != opd_sendiri:
            _tambah(
                galat,
                "slug",
                _("Layanan “%(slug)s” milik OPD lain; Anda hanya boleh mengubah layanan OPD Anda.")
                % {"slug": instance.slug},
            )
        elif instance.opd_id is not None and instance.opd_id != opd_sendiri:
            _tambah(galat, "opd", _("Anda hanya boleh mengimpor layanan untuk OPD Anda sendiri."))

    def _periksa_slug(self, instance, galat):
        slug = instance.slug
        if not slug:
            return
        if slug in self._slug_dalam_berkas:
            _tambah(
                galat,
                "slug",
                _("Slug “%(slug)s” muncul lebih dari sekali dalam berkas.") % {"slug": slug},
            )
        self._slug_dalam_berkas[slug] = True
        if (
            slug in self._slug_turunan
            and instance._opd_asal is not None
            and instance._opd_asal != instance.opd_id
        ):
            # A slug made from the name must not silently take over another OPD's service.
            _tambah(
                galat,
                "slug",
                _(
                    "Nama ini sudah dipakai layanan OPD lain (slug “%(slug)s”); "
                    "isi kolom slug dengan slug yang berbeda."
                )
                % {"slug": slug},
            )

    def after_save_instance(self, instance, row, **kwargs):
        if not self._is_using_transactions(kwargs) and self._is_dry_run(kwargs):
            return
        if instance._persyaratan_baru is not None:
            instance.persyaratan.all().delete()
            for p in instance._persyaratan_baru:
                p.layanan = instance
            Persyaratan.objects.bulk_create(instance._persyaratan_baru)
        if instance._langkah_baru is not None:
            instance.langkah.all().delete()
            for langkah in instance._langkah_baru:
                langkah.layanan = instance
            LangkahProsedur.objects.bulk_create(instance._langkah_baru)
