"""Government structure: Pemda, kecamatan, desa, OPD and the places services are given."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from layanan.tautan import url_dengan_slug


class Pemda(models.Model):
    class Jenis(models.TextChoices):
        KABUPATEN = "kabupaten", _("Kabupaten")
        KOTA = "kota", _("Kota")

    nama = models.CharField(_("nama"), max_length=120, unique=True)
    kode = models.CharField(
        _("kode Kemendagri"), max_length=5, unique=True, help_text=_("mis. 35.14")
    )
    jenis = models.CharField(_("jenis"), max_length=10, choices=Jenis.choices)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)

    class Meta:
        verbose_name = _("pemerintah daerah")
        verbose_name_plural = _("pemerintah daerah")
        ordering = ["kode"]

    def __str__(self):
        return self.nama


class Kecamatan(models.Model):
    pemda = models.ForeignKey(
        Pemda, on_delete=models.PROTECT, related_name="kecamatan", verbose_name=_("pemda")
    )
    kode = models.CharField(_("kode Kemendagri"), max_length=8, unique=True)
    nama = models.CharField(_("nama"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)

    class Meta:
        verbose_name = _("kecamatan")
        verbose_name_plural = _("kecamatan")
        ordering = ["nama"]
        constraints = [
            models.UniqueConstraint(fields=["pemda", "nama"], name="kecamatan_unik_per_pemda"),
        ]

    def __str__(self):
        return self.nama


class Desa(models.Model):
    class Jenis(models.TextChoices):
        DESA = "desa", _("Desa")
        KELURAHAN = "kelurahan", _("Kelurahan")

    kecamatan = models.ForeignKey(
        Kecamatan, on_delete=models.PROTECT, related_name="desa", verbose_name=_("kecamatan")
    )
    kode = models.CharField(_("kode Kemendagri"), max_length=13, unique=True)
    nama = models.CharField(_("nama"), max_length=80)
    jenis = models.CharField(_("jenis"), max_length=10, choices=Jenis.choices, default=Jenis.DESA)

    class Meta:
        verbose_name = _("desa/kelurahan")
        verbose_name_plural = _("desa/kelurahan")
        ordering = ["kecamatan__nama", "nama"]
        constraints = [
            models.UniqueConstraint(fields=["kecamatan", "nama"], name="desa_unik_per_kecamatan"),
            models.CheckConstraint(
                condition=Q(jenis__in=["desa", "kelurahan"]), name="desa_jenis_valid"
            ),
        ]

    def __str__(self):
        return f"{self.get_jenis_display()} {self.nama}"


class OPDQuerySet(models.QuerySet):
    def aktif(self):
        return self.filter(aktif=True)

    def sudah_pindah(self):
        return self.filter(tanggal_pindah__isnull=False)


class OPD(models.Model):
    class Jenis(models.TextChoices):
        SEKRETARIAT = "sekretariat", _("Sekretariat")
        DINAS = "dinas", _("Dinas")
        BADAN = "badan", _("Badan")
        INSPEKTORAT = "inspektorat", _("Inspektorat")
        SATPOL = "satpol", _("Satuan Polisi Pamong Praja")
        KECAMATAN = "kecamatan", _("Kecamatan")
        KELURAHAN = "kelurahan", _("Kelurahan")
        RSUD = "rsud", _("Rumah Sakit Umum Daerah")
        PUSKESMAS = "puskesmas", _("Puskesmas")
        UPT = "upt", _("Unit Pelaksana Teknis")
        LAINNYA = "lainnya", _("Lainnya")

    pemda = models.ForeignKey(
        Pemda, on_delete=models.PROTECT, related_name="opd", verbose_name=_("pemda")
    )
    nama = models.CharField(_("nama"), max_length=200)
    singkatan = models.CharField(_("singkatan"), max_length=40, blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    jenis = models.CharField(_("jenis"), max_length=20, choices=Jenis.choices)
    kecamatan = models.ForeignKey(
        Kecamatan,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="opd",
        verbose_name=_("kecamatan"),
        help_text=_("Kecamatan tempat kantor berada."),
    )
    alamat = models.CharField(_("alamat kantor saat ini"), max_length=255)
    jam_layanan = models.TextField(
        _("jam layanan"), blank=True, help_text=_("mis. Senin–Kamis 07.30–15.30, Jumat 07.30–14.30")
    )
    telepon = models.CharField(_("telepon"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    situs = models.URLField(_("situs web"), blank=True)
    maklumat_pelayanan = models.TextField(
        _("maklumat pelayanan"),
        blank=True,
        help_text=_("Janji pelayanan OPD kepada masyarakat, sebagaimana ditandatangani pimpinan."),
    )
    alamat_sebelumnya = models.CharField(
        _("alamat sebelumnya"),
        max_length=255,
        blank=True,
        help_text=_("Diisi bila kantor pindah, mis. ke Kompleks Perkantoran Raci."),
    )
    tanggal_pindah = models.DateField(_("tanggal pindah"), null=True, blank=True)
    aktif = models.BooleanField(_("aktif"), default=True)
    contoh = models.BooleanField(
        _("data contoh"), default=False, help_text=_("Ditandai 'data contoh' di halaman publik.")
    )

    objects = OPDQuerySet.as_manager()

    class Meta:
        verbose_name = _("OPD")
        verbose_name_plural = _("OPD")
        ordering = ["nama"]
        constraints = [
            models.UniqueConstraint(fields=["pemda", "nama"], name="opd_unik_per_pemda"),
            # A relocation notice needs both halves: where it was and since when.
            models.CheckConstraint(
                condition=(Q(tanggal_pindah__isnull=True) & Q(alamat_sebelumnya=""))
                | (Q(tanggal_pindah__isnull=False) & ~Q(alamat_sebelumnya="")),
                name="opd_pindah_lengkap",
            ),
        ]

    def __str__(self):
        return self.nama

    def get_absolute_url(self):
        return url_dengan_slug("layanan:opd_detail", self.slug)

    @property
    def sudah_pindah(self):
        return self.tanggal_pindah is not None


class UnitLayanan(models.Model):
    class Jenis(models.TextChoices):
        KANTOR_OPD = "kantor_opd", _("Kantor OPD")
        MPP = "mpp", _("Mal Pelayanan Publik")
        KECAMATAN = "kecamatan", _("Kantor kecamatan")
        KELURAHAN = "kelurahan", _("Kantor desa/kelurahan")
        PUSKESMAS = "puskesmas", _("Puskesmas")
        RUMAH_SAKIT = "rumah_sakit", _("Rumah sakit")
        LAINNYA = "lainnya", _("Lainnya")

    nama = models.CharField(_("nama"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    jenis = models.CharField(_("jenis"), max_length=20, choices=Jenis.choices)
    opd = models.ForeignKey(
        OPD,
        on_delete=models.PROTECT,
        related_name="unit_layanan",
        verbose_name=_("OPD pengelola"),
    )
    kecamatan = models.ForeignKey(
        Kecamatan,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="unit_layanan",
        verbose_name=_("kecamatan"),
    )
    alamat = models.CharField(_("alamat"), max_length=255)
    jam_layanan = models.TextField(_("jam layanan"), blank=True)
    telepon = models.CharField(_("telepon"), max_length=40, blank=True)
    contoh = models.BooleanField(_("data contoh"), default=False)

    class Meta:
        verbose_name = _("unit layanan")
        verbose_name_plural = _("unit layanan")
        ordering = ["nama"]

    def __str__(self):
        return self.nama
