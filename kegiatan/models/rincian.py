"""What happened at an event: OPD attendance, services, facility visits, UMKM stands."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kegiatan.models.kegiatan import Kegiatan


class KehadiranOPD(models.Model):
    class Kehadiran(models.TextChoices):
        BELUM = "belum", _("Belum dicatat")
        HADIR = "hadir", _("Hadir")
        TIDAK_HADIR = "tidak_hadir", _("Tidak hadir")
        IZIN = "izin", _("Izin")

    kegiatan = models.ForeignKey(
        Kegiatan, on_delete=models.CASCADE, related_name="kehadiran", verbose_name=_("kegiatan")
    )
    opd = models.ForeignKey(
        "layanan.OPD", on_delete=models.PROTECT, related_name="kehadiran", verbose_name=_("OPD")
    )
    wajib = models.BooleanField(_("wajib hadir"), default=True)
    dikonfirmasi = models.BooleanField(_("sudah konfirmasi"), default=False)
    kehadiran = models.CharField(
        _("kehadiran"), max_length=12, choices=Kehadiran.choices, default=Kehadiran.BELUM
    )
    catatan = models.CharField(_("catatan"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("kehadiran OPD")
        verbose_name_plural = _("kehadiran OPD")
        ordering = ["kegiatan", "opd__nama"]
        constraints = [
            models.UniqueConstraint(fields=["kegiatan", "opd"], name="kehadiran_unik_per_opd"),
            models.CheckConstraint(
                condition=Q(kehadiran__in=["belum", "hadir", "tidak_hadir", "izin"]),
                name="kehadiran_valid",
            ),
        ]

    def __str__(self):
        return f"{self.opd} — {self.get_kehadiran_display()}"


class LayananKegiatan(models.Model):
    kegiatan = models.ForeignKey(
        Kegiatan,
        on_delete=models.CASCADE,
        related_name="layanan_kegiatan",
        verbose_name=_("kegiatan"),
    )
    # Only published services are offered at an event. The Layanan admin reads this limit:
    # an autocomplete for a field limited to the published catalog lists every OPD's
    # published services, not just the user's own OPD (the organiser has none).
    layanan = models.ForeignKey(
        "layanan.Layanan",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("layanan"),
        limit_choices_to={"status": "terbit"},
    )
    jumlah_dilayani = models.PositiveIntegerField(_("warga dilayani"), default=0)

    class Meta:
        verbose_name = _("layanan di kegiatan")
        verbose_name_plural = _("layanan di kegiatan")
        ordering = ["kegiatan", "layanan__nama"]
        constraints = [
            models.UniqueConstraint(fields=["kegiatan", "layanan"], name="layanan_kegiatan_unik"),
        ]

    def __str__(self):
        return str(self.layanan)


class KunjunganFasilitas(models.Model):
    class Jenis(models.TextChoices):
        PUSKESMAS = "puskesmas", _("Puskesmas")
        POLSEK = "polsek", _("Polsek")
        KORAMIL = "koramil", _("Koramil")
        SEKOLAH = "sekolah", _("Sekolah")
        PASAR = "pasar", _("Pasar")
        LAINNYA = "lainnya", _("Lainnya")

    kegiatan = models.ForeignKey(
        Kegiatan, on_delete=models.CASCADE, related_name="kunjungan", verbose_name=_("kegiatan")
    )
    jenis = models.CharField(_("jenis fasilitas"), max_length=12, choices=Jenis.choices)
    nama = models.CharField(_("nama fasilitas"), max_length=200)
    temuan = models.TextField(_("temuan"), blank=True)

    class Meta:
        verbose_name = _("kunjungan fasilitas")
        verbose_name_plural = _("kunjungan fasilitas")
        ordering = ["kegiatan", "pk"]

    def __str__(self):
        return self.nama


class StanUMKM(models.Model):
    kegiatan = models.ForeignKey(
        Kegiatan, on_delete=models.CASCADE, related_name="stan_umkm", verbose_name=_("kegiatan")
    )
    nama_usaha = models.CharField(_("nama usaha"), max_length=200)
    produk = models.CharField(_("produk"), max_length=300)
    desa = models.ForeignKey(
        "layanan.Desa",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("desa/kelurahan"),
    )

    class Meta:
        verbose_name = _("stan UMKM")
        verbose_name_plural = _("stan UMKM")
        ordering = ["kegiatan", "nama_usaha"]

    def __str__(self):
        return self.nama_usaha
