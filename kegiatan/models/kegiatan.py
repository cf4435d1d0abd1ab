"""Field events: Kenduren Mas, Ngantor di Kecamatan, Sambang Desa."""

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class KegiatanQuerySet(models.QuerySet):
    def terbit(self):
        return self.filter(terbit=True)

    def akan_datang(self, hari_ini=None):
        hari_ini = hari_ini or timezone.localdate()
        return (
            self.terbit()
            .filter(tanggal_selesai__gte=hari_ini)
            .exclude(status=Kegiatan.Status.DIBATALKAN)
            .order_by("tanggal_mulai", "pk")
        )

    def sudah_lewat(self, hari_ini=None):
        hari_ini = hari_ini or timezone.localdate()
        return self.terbit().filter(tanggal_selesai__lt=hari_ini).order_by("-tanggal_mulai", "-pk")

    def di_kecamatan(self, kecamatan):
        return self.filter(kecamatan=kecamatan)

    def bentrok_dengan(self, *, kecamatan, mulai, selesai, kecuali=None):
        """Events in the same kecamatan whose days overlap [mulai, selesai]."""
        qs = self.filter(
            kecamatan=kecamatan, tanggal_mulai__lte=selesai, tanggal_selesai__gte=mulai
        ).exclude(status=Kegiatan.Status.DIBATALKAN)
        return qs.exclude(pk=kecuali.pk) if kecuali is not None else qs


class Kegiatan(models.Model):
    class Jenis(models.TextChoices):
        KENDUREN_MAS = "kenduren_mas", _("Kenduren Mas")
        NGANTOR = "ngantor_di_kecamatan", _("Ngantor di Kecamatan")
        SAMBANG_DESA = "sambang_desa", _("Sambang Desa")
        LAINNYA = "lainnya", _("Lainnya")

    class Status(models.TextChoices):
        DIRENCANAKAN = "direncanakan", _("Direncanakan")
        BERLANGSUNG = "berlangsung", _("Berlangsung")
        SELESAI = "selesai", _("Selesai")
        DIBATALKAN = "dibatalkan", _("Dibatalkan")

    jenis = models.CharField(_("jenis"), max_length=24, choices=Jenis.choices)
    judul = models.CharField(_("judul"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True)
    deskripsi = models.TextField(_("deskripsi"), blank=True)
    tanggal_mulai = models.DateField(_("tanggal mulai"), db_index=True)
    tanggal_selesai = models.DateField(_("tanggal selesai"))
    kecamatan = models.ForeignKey(
        "layanan.Kecamatan",
        on_delete=models.PROTECT,
        related_name="kegiatan",
        verbose_name=_("kecamatan"),
    )
    desa = models.ForeignKey(
        "layanan.Desa",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="kegiatan",
        verbose_name=_("desa/kelurahan"),
    )
    tempat = models.CharField(
        _("tempat"), max_length=200, blank=True, help_text=_("mis. Alun-alun Bangil")
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DIRENCANAKAN
    )
    terbit = models.BooleanField(
        _("terbit"),
        default=False,
        help_text=_("Jadwal hasil pembuat jadwal berupa draf sampai diperiksa dan diterbitkan."),
    )
    jumlah_pengunjung = models.PositiveIntegerField(_("jumlah pengunjung"), null=True, blank=True)
    contoh = models.BooleanField(_("data contoh"), default=False)
    dibuat = models.DateTimeField(_("dibuat"), auto_now_add=True)
    diperbarui = models.DateTimeField(_("diperbarui"), auto_now=True)

    objects = KegiatanQuerySet.as_manager()

    class Meta:
        verbose_name = _("kegiatan")
        verbose_name_plural = _("kegiatan")
        ordering = ["-tanggal_mulai", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(tanggal_selesai__gte=F("tanggal_mulai")),
                name="kegiatan_selesai_setelah_mulai",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["direncanakan", "berlangsung", "selesai", "dibatalkan"]),
                name="kegiatan_status_valid",
            ),
            # The generator relies on this: running it twice can never add a second copy.
            models.UniqueConstraint(
                fields=["jenis", "kecamatan", "tanggal_mulai"], name="kegiatan_unik_per_hari"
            ),
        ]

    def __str__(self):
        return self.judul

    def get_absolute_url(self):
        return reverse("kegiatan:detail", kwargs={"slug": self.slug})

    @property
    def jumlah_hari(self):
        return (self.tanggal_selesai - self.tanggal_mulai).days + 1


class SesiAgenda(models.Model):
    kegiatan = models.ForeignKey(
        Kegiatan, on_delete=models.CASCADE, related_name="agenda", verbose_name=_("kegiatan")
    )
    hari_ke = models.PositiveSmallIntegerField(_("hari ke"), default=1)
    jam_mulai = models.TimeField(_("jam mulai"))
    jam_selesai = models.TimeField(_("jam selesai"), null=True, blank=True)
    judul = models.CharField(_("judul"), max_length=200)
    uraian = models.TextField(_("uraian"), blank=True)

    class Meta:
        verbose_name = _("sesi agenda")
        verbose_name_plural = _("agenda")
        ordering = ["kegiatan", "hari_ke", "jam_mulai"]
        constraints = [
            models.CheckConstraint(condition=Q(hari_ke__gte=1), name="agenda_hari_ke_positif"),
            models.CheckConstraint(
                condition=Q(jam_selesai__isnull=True) | Q(jam_selesai__gt=F("jam_mulai")),
                name="agenda_selesai_setelah_mulai",
            ),
        ]

    def __str__(self):
        return f"Hari {self.hari_ke} {self.jam_mulai:%H.%M} {self.judul}"
