from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class Pengguna(AbstractUser):
    """A staff account. A staff user belongs to at most one OPD."""

    opd = models.ForeignKey(
        "layanan.OPD",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="petugas",
        verbose_name=_("OPD"),
        help_text=_("OPD tempat petugas bekerja; menentukan data yang boleh diubah."),
    )
    kecamatan = models.ForeignKey(
        "layanan.Kecamatan",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="petugas",
        verbose_name=_("kecamatan"),
        help_text=_("Untuk Camat/Lurah: kecamatan yang aspirasinya boleh dilihat (hanya baca)."),
    )
    desa = models.ForeignKey(
        "layanan.Desa",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="petugas",
        verbose_name=_("desa/kelurahan"),
        help_text=_(
            "Untuk Lurah/Kepala Desa: hanya aspirasi desa/kelurahan ini yang boleh dilihat "
            "(hanya baca), bukan seluruh kecamatan."
        ),
    )

    class Meta(AbstractUser.Meta):
        verbose_name = _("pengguna")
        verbose_name_plural = _("pengguna")

    def clean(self):
        super().clean()
        if self.desa_id and self.kecamatan_id and self.desa.kecamatan_id != self.kecamatan_id:
            raise ValidationError(
                {"desa": _("Desa/kelurahan ini tidak berada di kecamatan yang dipilih.")}
            )

    def boleh_kelola_semua_opd(self) -> bool:
        return self.is_superuser or self.has_perm("layanan.kelola_semua_opd")
