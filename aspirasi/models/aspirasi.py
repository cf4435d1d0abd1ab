"""Aspirasi: a resident's question, complaint, suggestion or request for information."""

import datetime

from django.db import models
from django.db.models import Case, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from layanan.hari_kerja import JAKARTA


class Status(models.TextChoices):
    BARU = "baru", _("Baru")
    DITERUSKAN = "diteruskan", _("Diteruskan ke OPD")
    DIJAWAB = "dijawab", _("Dijawab")
    DITINDAKLANJUTI = "ditindaklanjuti", _("Ditindaklanjuti")
    SELESAI = "selesai", _("Selesai")
    DITOLAK = "ditolak", _("Ditolak")


# The only legal moves of the status machine (DESIGN.md). Reopening after an unhelpful
# answer sends the item back to the OPD (diteruskan) with the resident's reason.
TRANSISI = {
    Status.BARU: {Status.DITERUSKAN, Status.DITOLAK},
    Status.DITERUSKAN: {Status.DIJAWAB, Status.DITERUSKAN, Status.DITOLAK},
    Status.DIJAWAB: {Status.DITINDAKLANJUTI, Status.SELESAI, Status.DITERUSKAN},
    Status.DITINDAKLANJUTI: {Status.SELESAI, Status.DITERUSKAN},
    Status.SELESAI: {Status.DITERUSKAN},
    Status.DITOLAK: set(),
}


class KapanDijawab(models.TextChoices):
    """What became of a question raised at a field event (see ``AspirasiQuerySet.di_kegiatan``)."""

    DI_TEMPAT = "di_tempat", _("dijawab di tempat")
    SESUDAHNYA = "sesudahnya", _("dijawab sesudahnya")
    DITOLAK = "ditolak", _("tidak diproses")
    BELUM = "belum", _("belum dijawab")


def batas_dijawab_di_tempat(kegiatan) -> datetime.datetime:
    """Midnight (Asia/Jakarta) after the event's last day: a first answer before it counts as
    answered on site."""
    return datetime.datetime.combine(
        kegiatan.tanggal_selesai + datetime.timedelta(days=1), datetime.time.min, tzinfo=JAKARTA
    )


# The reporter's identity: never on a public page, in an export, a log or str().
IDENTITAS_PELAPOR = ("nama_pelapor", "email_pelapor", "telepon_pelapor")

# Statuses in which the responsible side still owes the resident a step.
MENUNGGU_VERIFIKASI = [Status.BARU]
MENUNGGU_JAWABAN = [Status.DITERUSKAN]


class AspirasiQuerySet(models.QuerySet):
    def belum_dijawab(self):
        return self.filter(status__in=[Status.BARU, Status.DITERUSKAN])

    def lewat_tenggat(self, waktu=None):
        """Past the deadline without the required step (routing or first answer)."""
        waktu = waktu or timezone.now()
        return self.belum_dijawab().filter(tenggat__lt=waktu)

    def menunggu_verifikasi(self):
        return self.filter(status=Status.BARU)

    def milik_opd(self, opd):
        return self.filter(opd=opd)

    def terbit(self):
        """Published in the public Q&A: answered, chosen by the verifikator, never rahasia."""
        return self.filter(
            diterbitkan=True,
            status__in=[Status.DIJAWAB, Status.DITINDAKLANJUTI, Status.SELESAI],
        ).exclude(privasi=Aspirasi.Privasi.RAHASIA)

    def di_kegiatan(self, kegiatan):
        """The aspirasi raised at ``kegiatan``, each annotated with ``kapan_dijawab``.

        The one definition of "answered on site", used by the public event page and the
        leaders' report alike: the first answer was given **on or before the event's last day**,
        in Asia/Jakarta dates. That takes in an answer given on the spot (the desk records it at
        once), one given during the event to a question sent earlier for it, and one given
        before the event to a question sent ahead of it (the OPD came prepared). A later first
        answer is *sesudahnya*; never answered is *ditolak* (rejected) or *belum*. A question
        reopened after its answer keeps the moment of its first answer.
        """
        return self.filter(kegiatan=kegiatan).annotate(
            kapan_dijawab=Case(
                When(
                    dijawab_pertama_pada__lt=batas_dijawab_di_tempat(kegiatan),
                    then=Value(KapanDijawab.DI_TEMPAT),
                ),
                When(dijawab_pertama_pada__isnull=False, then=Value(KapanDijawab.SESUDAHNYA)),
                When(status=Status.DITOLAK, then=Value(KapanDijawab.DITOLAK)),
                default=Value(KapanDijawab.BELUM),
                output_field=models.CharField(),
            )
        )

    def siap_ditutup_otomatis(self, waktu=None):
        waktu = waktu or timezone.now()
        return self.filter(status=Status.DIJAWAB, tenggat_tutup__lt=waktu)


class Aspirasi(models.Model):
    class Jenis(models.TextChoices):
        PERTANYAAN = "pertanyaan", _("Pertanyaan")
        PENGADUAN = "pengaduan", _("Pengaduan")
        SARAN = "saran", _("Saran/ide")
        PERMINTAAN_INFORMASI = "permintaan_informasi", _("Permintaan informasi")

    class Kanal(models.TextChoices):
        WEB = "web", _("Situs web")
        KENDUREN_MAS = "kenduren_mas", _("Kenduren Mas")
        NGANTOR = "ngantor_di_kecamatan", _("Ngantor di Kecamatan")
        SAMBANG_DESA = "sambang_desa", _("Sambang Desa")
        TEMUAN_KUNJUNGAN = "temuan_kunjungan", _("Temuan kunjungan")
        TELEPON_LOKET = "telepon_loket", _("Telepon/loket")

    class Privasi(models.TextChoices):
        BIASA = "biasa", _("Biasa")
        RAHASIA = "rahasia", _("Rahasia")
        ANONIM = "anonim", _("Anonim")

    kode = models.CharField(_("kode lacak"), max_length=13, unique=True, editable=False)
    jenis = models.CharField(_("jenis"), max_length=24, choices=Jenis.choices)
    judul = models.CharField(_("judul"), max_length=200)
    isi = models.TextField(_("isi"), max_length=5000)
    layanan = models.ForeignKey(
        "layanan.Layanan",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="aspirasi",
        verbose_name=_("layanan"),
    )
    opd = models.ForeignKey(
        "layanan.OPD",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="aspirasi",
        verbose_name=_("OPD tujuan"),
    )
    kecamatan = models.ForeignKey(
        "layanan.Kecamatan",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="aspirasi",
        verbose_name=_("kecamatan"),
    )
    desa = models.ForeignKey(
        "layanan.Desa",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="aspirasi",
        verbose_name=_("desa/kelurahan"),
    )
    kanal = models.CharField(_("kanal"), max_length=24, choices=Kanal.choices, default=Kanal.WEB)
    kegiatan = models.ForeignKey(
        "kegiatan.Kegiatan",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="aspirasi",
        verbose_name=_("kegiatan"),
        help_text=_("Kegiatan lapangan tempat aspirasi ini disampaikan."),
    )
    kunjungan = models.ForeignKey(
        "kegiatan.KunjunganFasilitas",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="aspirasi",
        verbose_name=_("kunjungan fasilitas"),
        help_text=_("Untuk temuan kunjungan yang perlu ditindaklanjuti OPD."),
    )
    privasi = models.CharField(
        _("privasi"), max_length=10, choices=Privasi.choices, default=Privasi.BIASA
    )
    nama_pelapor = models.CharField(_("nama pelapor"), max_length=120, blank=True)
    email_pelapor = models.EmailField(_("email pelapor"), blank=True)
    telepon_pelapor = models.CharField(_("telepon pelapor"), max_length=20, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.BARU
    )
    alasan_penolakan = models.TextField(_("alasan penolakan"), blank=True)
    duplikat_dari = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="duplikat",
        verbose_name=_("duplikat dari"),
    )
    diterbitkan = models.BooleanField(_("diterbitkan di tanya-jawab"), default=False)
    tenggat = models.DateTimeField(
        _("tenggat"), null=True, blank=True, help_text=_("Batas waktu langkah berikutnya.")
    )
    tenggat_tutup = models.DateTimeField(_("tutup otomatis pada"), null=True, blank=True)
    # One record per submission even if the button is pressed twice.
    token_kirim = models.UUIDField(_("token pengiriman"), unique=True, null=True, editable=False)
    # Indexed by aspirasi_periode_dasbor_idx (Meta.indexes), which leads with this column.
    dibuat = models.DateTimeField(_("diterima"), default=timezone.now)
    diteruskan_pada = models.DateTimeField(_("diteruskan pada"), null=True, blank=True)
    dijawab_pertama_pada = models.DateTimeField(_("dijawab pertama pada"), null=True, blank=True)
    selesai_pada = models.DateTimeField(_("selesai pada"), null=True, blank=True)
    # Written once, with the first answer (services.jawab), so the dashboard can count
    # "on time" and the median answer time in SQL over a million rows instead of running
    # working-day arithmetic per row in a request.
    tenggat_jawaban = models.DateTimeField(
        _("tenggat jawaban pertama"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Tenggat jawaban yang berlaku saat jawaban pertama diberikan."),
    )
    hari_kerja_sampai_jawaban = models.PositiveSmallIntegerField(
        _("hari kerja sampai jawaban pertama"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Hari kerja dari penerusan ke OPD sampai jawaban pertama."),
    )
    diperbarui = models.DateTimeField(_("diperbarui"), auto_now=True)

    objects = AspirasiQuerySet.as_manager()

    class Meta:
        verbose_name = _("aspirasi")
        verbose_name_plural = _("aspirasi")
        ordering = ["-dibuat"]
        permissions = [
            ("verifikasi_aspirasi", _("Dapat memverifikasi dan meneruskan aspirasi")),
            ("lihat_semua_aspirasi", _("Dapat melihat aspirasi semua OPD")),
            ("terbitkan_aspirasi", _("Dapat menerbitkan aspirasi ke tanya-jawab")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=[s.value for s in Status]), name="aspirasi_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(privasi__in=["biasa", "rahasia", "anonim"]),
                name="aspirasi_privasi_valid",
            ),
            # Anonim means no identity stored at all, not merely hidden.
            models.CheckConstraint(
                condition=~Q(privasi="anonim")
                | (Q(nama_pelapor="") & Q(email_pelapor="") & Q(telepon_pelapor="")),
                name="aspirasi_anonim_tanpa_identitas",
            ),
            models.CheckConstraint(
                condition=~Q(privasi="rahasia") | Q(diterbitkan=False),
                name="aspirasi_rahasia_tidak_diterbitkan",
            ),
            models.CheckConstraint(
                condition=~Q(status="ditolak") | ~Q(alasan_penolakan=""),
                name="aspirasi_ditolak_beralasan",
            ),
            models.CheckConstraint(
                condition=Q(status="baru") | Q(opd__isnull=False) | Q(status="ditolak"),
                name="aspirasi_diteruskan_punya_opd",
            ),
            # The dashboard's answer figures rely on both being written with the first answer.
            models.CheckConstraint(
                condition=Q(dijawab_pertama_pada__isnull=True)
                | (Q(tenggat_jawaban__isnull=False) & Q(hari_kerja_sampai_jawaban__isnull=False)),
                name="aspirasi_jawaban_pertama_terukur",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "tenggat"], name="aspirasi_status_tenggat_idx"),
            models.Index(fields=["opd", "status"], name="aspirasi_opd_status_idx"),
            # The dashboard's period aggregates (aspirasi.dasbor.statistik) read only these
            # columns: on PostgreSQL an index-only scan of the period instead of the heap.
            models.Index(
                fields=["dibuat"],
                include=[
                    "id",
                    "status",
                    "tenggat",
                    "dijawab_pertama_pada",
                    "tenggat_jawaban",
                    "hari_kerja_sampai_jawaban",
                    "opd",
                    "kecamatan",
                    "desa",
                    "jenis",
                    "kanal",
                ],
                name="aspirasi_periode_dasbor_idx",
            ),
            # Weekly trend of first answers: answers given in the period.
            models.Index(
                fields=["dijawab_pertama_pada"],
                include=["id"],
                condition=Q(dijawab_pertama_pada__isnull=False),
                name="aspirasi_dijawab_pertama_idx",
            ),
            # /tanya-jawab/: a page of the published items, newest answer first, and their
            # count. The condition is the whole of ``terbit()``, so the count is an index-only
            # scan with no per-row filter (about half the time of a ``diterbitkan`` index).
            models.Index(
                fields=["-dijawab_pertama_pada", "-id"],
                condition=Q(
                    diterbitkan=True,
                    status__in=["dijawab", "ditindaklanjuti", "selesai"],
                )
                & ~Q(privasi="rahasia"),
                name="aspirasi_terbit_idx",
            ),
            # The overdue list: unanswered items received in the period.
            models.Index(
                fields=["dibuat"],
                include=["tenggat", "id"],
                condition=Q(status__in=["baru", "diteruskan"]),
                name="aspirasi_belum_dibuat_idx",
            ),
        ]

    def __str__(self):
        # Never the reporter's identity: this string lands in admin logs and messages.
        return f"{self.kode} — {self.judul}"

    def transisi_sah(self):
        return TRANSISI[Status(self.status)]

    @property
    def lewat_tenggat(self):
        return (
            self.status in (Status.BARU, Status.DITERUSKAN)
            and self.tenggat is not None
            and self.tenggat < timezone.now()
        )


class AntreanVerifikasi(Aspirasi):
    """The verifikator's triage queue: new items, the nearest deadline first."""

    class Meta:
        proxy = True
        verbose_name = _("antrean verifikasi")
        verbose_name_plural = _("antrean verifikasi")
        ordering = ["tenggat", "dibuat"]
