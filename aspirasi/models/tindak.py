"""What happens to an aspirasi: status history, answers, notes, forwarding, feedback."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aspirasi.models.aspirasi import Aspirasi, Status


class RiwayatStatus(models.Model):
    """Append-only: written by the service functions, never edited (admin is read-only)."""

    aspirasi = models.ForeignKey(
        Aspirasi, on_delete=models.CASCADE, related_name="riwayat", verbose_name=_("aspirasi")
    )
    dari = models.CharField(_("dari"), max_length=16, choices=Status.choices, blank=True)
    ke = models.CharField(_("ke"), max_length=16, choices=Status.choices)
    oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("oleh"),
    )
    catatan = models.TextField(_("catatan"), blank=True)
    waktu = models.DateTimeField(_("waktu"), default=timezone.now)

    class Meta:
        verbose_name = _("riwayat status")
        verbose_name_plural = _("riwayat status")
        ordering = ["waktu", "pk"]

    def __str__(self):
        return f"{self.get_dari_display() or '—'} → {self.get_ke_display()}"


class Jawaban(models.Model):
    class Jenis(models.TextChoices):
        JAWABAN = "jawaban", _("Jawaban")
        TINDAK_LANJUT = "tindak_lanjut", _("Tindak lanjut")

    aspirasi = models.ForeignKey(
        Aspirasi, on_delete=models.CASCADE, related_name="jawaban", verbose_name=_("aspirasi")
    )
    jenis = models.CharField(
        _("jenis"), max_length=16, choices=Jenis.choices, default=Jenis.JAWABAN
    )
    isi = models.TextField(_("isi jawaban"), max_length=10000)
    opd = models.ForeignKey(
        "layanan.OPD", on_delete=models.PROTECT, related_name="+", verbose_name=_("OPD")
    )
    oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("oleh"),
    )
    waktu = models.DateTimeField(_("waktu"), default=timezone.now)

    class Meta:
        verbose_name = _("jawaban")
        verbose_name_plural = _("jawaban")
        ordering = ["waktu", "pk"]

    def __str__(self):
        return f"{self.get_jenis_display()} {self.waktu:%d-%m-%Y}"


class CatatanInternal(models.Model):
    """Staff notes the resident never sees."""

    aspirasi = models.ForeignKey(
        Aspirasi,
        on_delete=models.CASCADE,
        related_name="catatan_internal",
        verbose_name=_("aspirasi"),
    )
    isi = models.TextField(_("isi"), max_length=5000)
    oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("oleh")
    )
    waktu = models.DateTimeField(_("waktu"), default=timezone.now)

    class Meta:
        verbose_name = _("catatan internal")
        verbose_name_plural = _("catatan internal")
        ordering = ["waktu", "pk"]

    def __str__(self):
        return f"{self.waktu:%d-%m-%Y %H:%M}"


class Disposisi(models.Model):
    aspirasi = models.ForeignKey(
        Aspirasi, on_delete=models.CASCADE, related_name="disposisi", verbose_name=_("aspirasi")
    )
    dari_opd = models.ForeignKey(
        "layanan.OPD",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("dari OPD"),
    )
    ke_opd = models.ForeignKey(
        "layanan.OPD", on_delete=models.PROTECT, related_name="+", verbose_name=_("ke OPD")
    )
    alasan = models.TextField(_("alasan"), max_length=2000)
    oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", verbose_name=_("oleh")
    )
    waktu = models.DateTimeField(_("waktu"), default=timezone.now)

    class Meta:
        verbose_name = _("disposisi")
        verbose_name_plural = _("disposisi")
        ordering = ["waktu", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(dari_opd=models.F("ke_opd")), name="disposisi_ke_opd_lain"
            ),
        ]

    def __str__(self):
        return f"{self.dari_opd or '—'} → {self.ke_opd}"


class Tanggapan(models.Model):
    """The resident's verdict on an answer."""

    class Penilaian(models.TextChoices):
        PUAS = "puas", _("Puas, pertanyaan saya terjawab")
        SEBAGIAN = "sebagian", _("Sebagian terjawab")
        TIDAK_PUAS = "tidak_puas", _("Tidak puas")

    aspirasi = models.ForeignKey(
        Aspirasi, on_delete=models.CASCADE, related_name="tanggapan", verbose_name=_("aspirasi")
    )
    penilaian = models.CharField(_("penilaian"), max_length=12, choices=Penilaian.choices)
    alasan = models.TextField(_("alasan"), max_length=2000, blank=True)
    waktu = models.DateTimeField(_("waktu"), default=timezone.now)

    class Meta:
        verbose_name = _("tanggapan warga")
        verbose_name_plural = _("tanggapan warga")
        ordering = ["waktu", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(penilaian="puas") | ~Q(alasan=""),
                name="tanggapan_tidak_puas_beralasan",
            ),
        ]

    def __str__(self):
        return self.get_penilaian_display()


class TambahanWarga(models.Model):
    """Information the resident adds from the tracking page."""

    aspirasi = models.ForeignKey(
        Aspirasi, on_delete=models.CASCADE, related_name="tambahan", verbose_name=_("aspirasi")
    )
    isi = models.TextField(_("isi"), max_length=5000)
    waktu = models.DateTimeField(_("waktu"), default=timezone.now)

    class Meta:
        verbose_name = _("informasi tambahan warga")
        verbose_name_plural = _("informasi tambahan warga")
        ordering = ["waktu", "pk"]

    def __str__(self):
        return f"{self.waktu:%d-%m-%Y %H:%M}"


class Lampiran(models.Model):
    aspirasi = models.ForeignKey(
        Aspirasi, on_delete=models.CASCADE, related_name="lampiran", verbose_name=_("aspirasi")
    )
    # Stored outside static/ and served only through a permission-checked view.
    berkas = models.FileField(_("berkas"), upload_to="lampiran/%Y/%m/", max_length=255)
    jenis_konten = models.CharField(_("jenis konten"), max_length=40)
    ukuran = models.PositiveIntegerField(_("ukuran (bita)"))
    waktu = models.DateTimeField(_("waktu"), default=timezone.now)

    class Meta:
        verbose_name = _("lampiran")
        verbose_name_plural = _("lampiran")
        ordering = ["waktu", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(jenis_konten__in=["image/jpeg", "image/png", "application/pdf"]),
                name="lampiran_jenis_diizinkan",
            ),
            models.CheckConstraint(
                condition=Q(ukuran__lte=5 * 1024 * 1024), name="lampiran_maks_5mb"
            ),
        ]

    def __str__(self):
        return f"Lampiran {self.pk}"
