"""The service catalog: Layanan and the 14 standar pelayanan components (UU 25/2009 Ps. 21)."""

from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from layanan.tautan import url_dengan_slug


class KategoriLayananQuerySet(models.QuerySet):
    def dengan_jumlah_terbit(self):
        """Categories with at least one published service, as dicts (nama, slug, jumlah),
        in the categories' order."""
        # Two plain queries: the count per category reads (status, kategori) from the index
        # alone; a join + GROUP BY over the wide service table, or a correlated count per
        # category, costs more in the database and far more to build in the ORM.
        jumlah = dict(
            Layanan.objects.terbit()
            .order_by()
            .values("kategori")
            .annotate(n=models.Count("*"))
            .values_list("kategori", "n")
        )
        return [
            {"nama": nama, "slug": slug, "jumlah": jumlah[pk]}
            for pk, nama, slug in self.values_list("pk", "nama", "slug")
            if jumlah.get(pk)
        ]


class KategoriLayanan(models.Model):
    nama = models.CharField(_("nama"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    deskripsi = models.CharField(_("deskripsi"), max_length=255, blank=True)
    urutan = models.PositiveSmallIntegerField(_("urutan"), default=0)

    objects = KategoriLayananQuerySet.as_manager()

    class Meta:
        verbose_name = _("kategori layanan")
        verbose_name_plural = _("kategori layanan")
        ordering = ["urutan", "nama"]

    def __str__(self):
        return self.nama


# Every field a service card reads (layanan/kartu.py; ``gratis`` is ``biaya == 0``).
KOLOM_KARTU = (
    "nama",
    "slug",
    "ringkasan",
    "biaya",
    "jangka_waktu",
    "opd__nama",
    "opd__singkatan",
    "kategori__nama",
)


class LayananQuerySet(models.QuerySet):
    def terbit(self):
        return self.filter(status=Layanan.Status.TERBIT)

    def milik_opd(self, opd):
        return self.filter(opd=opd)

    def gratis(self):
        return self.filter(biaya=0)

    def terpopuler(self):
        return self.terbit().order_by("-dilihat", "nama")

    def dengan_waktu_perubahan(self):
        """Annotate ``terakhir_diubah``: the newest entry of the change history."""
        riwayat = Layanan.history.model.objects.filter(id=OuterRef("pk")).order_by("-history_date")
        return self.annotate(terakhir_diubah=Subquery(riwayat.values("history_date")[:1]))

    def untuk_daftar(self):
        return self.select_related("opd", "opd__pemda", "kategori")

    def untuk_kartu(self):
        """Only what a service card shows (layanan/kartu.py), as named tuples (``.nama``,
        ``.opd__nama``...): the long standar pelayanan texts of a page of cards are not
        read or sent, and no model instance is built for them. Apply it last (after
        filters, search and ordering)."""
        return self.values_list(*KOLOM_KARTU, named=True)


class Layanan(models.Model):
    class Status(models.TextChoices):
        DRAF = "draf", _("Draf")
        TERBIT = "terbit", _("Terbit")

    class Pengguna(models.TextChoices):
        SEMUA = "semua", _("Semua warga")
        KABUPATEN = "warga_kabupaten", _("Warga Kabupaten Pasuruan")
        KOTA = "warga_kota", _("Warga Kota Pasuruan")

    opd = models.ForeignKey(
        "layanan.OPD",
        on_delete=models.PROTECT,
        related_name="layanan",
        verbose_name=_("OPD penanggung jawab"),
    )
    kategori = models.ForeignKey(
        KategoriLayanan,
        on_delete=models.PROTECT,
        related_name="layanan",
        verbose_name=_("kategori"),
    )
    nama = models.CharField(_("nama layanan"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    ringkasan = models.CharField(
        _("ringkasan"),
        max_length=300,
        help_text=_("Satu-dua kalimat dalam bahasa sehari-hari; dipakai juga di hasil pencarian."),
    )
    kata_kunci = models.CharField(
        _("kata kunci"),
        max_length=500,
        blank=True,
        help_text=_("Sinonim yang diketik warga, dipisah koma: KTP, e-KTP, akte lahir, KK …"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAF
    )
    pengguna = models.CharField(
        _("yang dapat memakai"),
        max_length=20,
        choices=Pengguna.choices,
        default=Pengguna.KABUPATEN,
    )
    unit_layanan = models.ManyToManyField(
        "layanan.UnitLayanan",
        blank=True,
        related_name="layanan",
        verbose_name=_("tempat layanan"),
    )
    tautan_daring = models.URLField(
        _("tautan layanan daring"), blank=True, help_text=_("Bila bisa diurus secara online.")
    )

    # --- Standar pelayanan: komponen penyampaian pelayanan (service delivery) ---
    # persyaratan and sistem/mekanisme/prosedur are the ordered children below.
    jangka_waktu = models.CharField(
        _("jangka waktu penyelesaian"), max_length=200, help_text=_("mis. 1 hari kerja")
    )
    biaya = models.PositiveIntegerField(_("biaya/tarif (Rp)"), default=0, help_text=_("0 = gratis"))
    keterangan_biaya = models.CharField(
        _("keterangan biaya"),
        max_length=300,
        blank=True,
        help_text=_("mis. dasar tarif atau cara pembayaran"),
    )
    produk = models.TextField(_("produk layanan"))
    penanganan_pengaduan = models.TextField(
        _("penanganan pengaduan, saran dan masukan"),
        help_text=_("Saluran pengaduan selain portal ini (portal selalu ditautkan)."),
    )
    # --- Standar pelayanan: komponen pengelolaan (management) ---
    dasar_hukum = models.TextField(_("dasar hukum"))
    sarana_prasarana = models.TextField(_("sarana dan prasarana/fasilitas"))
    kompetensi_pelaksana = models.TextField(_("kompetensi pelaksana"))
    pengawasan_internal = models.TextField(_("pengawasan internal"))
    jumlah_pelaksana = models.CharField(_("jumlah pelaksana"), max_length=200)
    jaminan_pelayanan = models.TextField(_("jaminan pelayanan"))
    jaminan_keamanan = models.TextField(_("jaminan keamanan dan keselamatan pelayanan"))
    evaluasi_kinerja = models.TextField(_("evaluasi kinerja pelaksana"))

    contoh = models.BooleanField(
        _("data contoh"), default=False, help_text=_("Ditandai 'data contoh' di halaman publik.")
    )
    dilihat = models.PositiveIntegerField(_("jumlah dilihat"), default=0, editable=False)
    dibuat = models.DateTimeField(_("dibuat"), auto_now_add=True)
    diperbarui = models.DateTimeField(_("diperbarui"), auto_now=True)

    history = HistoricalRecords(excluded_fields=["dilihat"], inherit=False)
    objects = LayananQuerySet.as_manager()

    class Meta:
        verbose_name = _("layanan")
        verbose_name_plural = _("layanan")
        ordering = ["nama"]
        permissions = [
            ("terbitkan_layanan", _("Dapat menerbitkan layanan")),
            ("kelola_semua_opd", _("Dapat mengelola data semua OPD")),
        ]
        constraints = [
            models.UniqueConstraint(fields=["opd", "nama"], name="layanan_unik_per_opd"),
            models.CheckConstraint(
                condition=Q(status__in=["draf", "terbit"]), name="layanan_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(pengguna__in=["semua", "warga_kabupaten", "warga_kota"]),
                name="layanan_pengguna_valid",
            ),
            models.CheckConstraint(condition=Q(biaya__gte=0), name="layanan_biaya_tidak_negatif"),
        ]
        indexes = [
            models.Index(fields=["status", "-dilihat"], name="layanan_populer_idx"),
            # The public list: published services by name, a page at a time, without a sort.
            models.Index(fields=["status", "nama"], name="layanan_terbit_nama_idx"),
            # The home page's per-category counts, read from the index alone.
            models.Index(fields=["status", "kategori"], name="layanan_terbit_kategori_idx"),
        ]

    def __str__(self):
        return self.nama

    def get_absolute_url(self):
        return url_dengan_slug("layanan:detail", self.slug)

    @property
    def gratis(self):
        return self.biaya == 0

    @property
    def daftar_kata_kunci(self):
        return [k.strip() for k in self.kata_kunci.split(",") if k.strip()]


class Persyaratan(models.Model):
    layanan = models.ForeignKey(
        Layanan, on_delete=models.CASCADE, related_name="persyaratan", verbose_name=_("layanan")
    )
    urutan = models.PositiveSmallIntegerField(_("urutan"))
    uraian = models.CharField(_("uraian"), max_length=500)
    keterangan = models.CharField(
        _("keterangan"), max_length=300, blank=True, help_text=_("mis. asli dan 1 lembar fotokopi")
    )

    class Meta:
        verbose_name = _("persyaratan")
        verbose_name_plural = _("persyaratan")
        ordering = ["layanan", "urutan"]
        constraints = [
            models.UniqueConstraint(fields=["layanan", "urutan"], name="persyaratan_urutan_unik"),
        ]

    def __str__(self):
        return f"{self.urutan}. {self.uraian}"


class LangkahProsedur(models.Model):
    layanan = models.ForeignKey(
        Layanan, on_delete=models.CASCADE, related_name="langkah", verbose_name=_("layanan")
    )
    urutan = models.PositiveSmallIntegerField(_("urutan"))
    uraian = models.CharField(_("uraian"), max_length=500)

    class Meta:
        verbose_name = _("langkah prosedur")
        verbose_name_plural = _("sistem, mekanisme dan prosedur")
        ordering = ["layanan", "urutan"]
        constraints = [
            models.UniqueConstraint(fields=["layanan", "urutan"], name="langkah_urutan_unik"),
        ]

    def __str__(self):
        return f"{self.urutan}. {self.uraian}"
