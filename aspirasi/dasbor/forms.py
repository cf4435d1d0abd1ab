"""The dashboard's filter form (GET): period, pemda, jenis, kanal, kecamatan, desa, OPD."""

from __future__ import annotations

import datetime

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aspirasi.admin.akses import lihat_semua
from aspirasi.dasbor.statistik import TANPA_OPD, Saringan
from aspirasi.models import Aspirasi
from layanan.models import OPD, Desa, Kecamatan, Pemda

PERIODE = [
    ("7", _("7 hari terakhir")),
    ("30", _("30 hari terakhir")),
    ("90", _("90 hari terakhir")),
    ("365", _("12 bulan terakhir")),
]
TANGGAL_PALING_AWAL = datetime.date(2000, 1, 1)
RENTANG_MAKS_HARI = 3 * 366


class _PilihanKecamatan(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.nama} ({obj.pemda.nama})"


class SaringanForm(forms.Form):
    periode = forms.ChoiceField(label=_("Periode"), choices=PERIODE, required=False)
    dari = forms.DateField(
        label=_("Dari tanggal"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    sampai = forms.DateField(
        label=_("Sampai tanggal"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    pemda = forms.ModelChoiceField(
        label=_("Pemda"), queryset=Pemda.objects.all(), required=False, empty_label=_("Semua")
    )
    jenis = forms.ChoiceField(
        label=_("Jenis"), choices=[("", _("Semua")), *Aspirasi.Jenis.choices], required=False
    )
    kanal = forms.ChoiceField(
        label=_("Kanal"), choices=[("", _("Semua")), *Aspirasi.Kanal.choices], required=False
    )
    kecamatan = _PilihanKecamatan(
        label=_("Kecamatan"),
        queryset=Kecamatan.objects.select_related("pemda").order_by("pemda__kode", "nama"),
        required=False,
        empty_label=_("Semua"),
    )
    desa = forms.ModelChoiceField(
        label=_("Desa/kelurahan"), queryset=Desa.objects.all(), required=False
    )
    opd = forms.ChoiceField(label=_("OPD"), required=False)

    def __init__(self, *args, user, hari_ini: datetime.date | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.hari_ini = hari_ini or timezone.localdate()
        kecamatan_id = getattr(user, "kecamatan_id", None)
        desa_id = getattr(user, "desa_id", None)
        opd_id = getattr(user, "opd_id", None)
        terbatas = not lihat_semua(user)
        opd = OPD.objects.only("nama").order_by("nama")
        if terbatas and desa_id is not None:
            kecamatan_id = user.desa.kecamatan_id  # a Lurah: the kecamatan of their desa
        # A reader picks only inside their own scope; anything else is refused, so a
        # tampered URL gets a message instead of a silently empty page.
        if terbatas and opd_id is not None and kecamatan_id is None:
            opd = opd.filter(pk=opd_id)
        if terbatas and kecamatan_id is not None and opd_id is None:
            self.fields["kecamatan"].queryset = self.fields["kecamatan"].queryset.filter(
                pk=kecamatan_id
            )
        self.fields["opd"].choices = [
            ("", _("Semua")),
            (TANPA_OPD, _("Belum diteruskan ke OPD")),
            *((str(o.pk), o.nama) for o in opd),
        ]
        # Desa only once a kecamatan is chosen: the drill-down, not a 300-item list.
        kecamatan = self._kecamatan_dipilih()
        desa = Desa.objects.only("nama", "kecamatan_id").order_by("nama")
        if terbatas and desa_id is not None and opd_id is None:
            desa = desa.filter(pk=desa_id)
        elif kecamatan is not None:
            desa = desa.filter(kecamatan_id=kecamatan.pk)
        else:
            desa = desa.none()
        self.fields["desa"].queryset = desa
        self.tampilkan_desa = kecamatan is not None or (terbatas and desa_id is not None)
        self.fields["desa"].empty_label = _("Semua")
        for nama, bidang in self.fields.items():
            kelas = "form-select" if isinstance(bidang.widget, forms.Select) else "form-control"
            bidang.widget.attrs["class"] = kelas
            if self.is_bound and nama in self.errors:
                bidang.widget.attrs["aria-describedby"] = f"id_{nama}_error"
                bidang.widget.attrs["aria-invalid"] = "true"

    def _kecamatan_dipilih(self):
        if not self.is_bound:
            return None
        try:
            return self.fields["kecamatan"].clean(self.data.get("kecamatan"))
        except forms.ValidationError:
            return None

    def clean(self):
        data = super().clean()
        dari, sampai = data.get("dari"), data.get("sampai")
        if self.errors:
            return data
        if dari is None and sampai is None:
            hari = int(data.get("periode") or settings.DASBOR_PERIODE_BAWAAN_HARI)
            dari, sampai = self.hari_ini - datetime.timedelta(days=hari - 1), self.hari_ini
        elif dari is None:
            dari = sampai - datetime.timedelta(days=settings.DASBOR_PERIODE_BAWAAN_HARI - 1)
        elif sampai is None:
            sampai = self.hari_ini
        batas_akhir = self.hari_ini + datetime.timedelta(days=366)
        for nama, nilai in (("dari", dari), ("sampai", sampai)):
            if not TANGGAL_PALING_AWAL <= nilai <= batas_akhir:
                self.add_error(
                    nama,
                    _("Tanggal harus antara %(awal)s dan %(akhir)s.")
                    % {
                        "awal": TANGGAL_PALING_AWAL.strftime("%d-%m-%Y"),
                        "akhir": batas_akhir.strftime("%d-%m-%Y"),
                    },
                )
        if self.errors:
            return data
        if dari > sampai:
            self.add_error("sampai", _("Tanggal akhir tidak boleh sebelum tanggal awal."))
        elif (sampai - dari).days >= RENTANG_MAKS_HARI:
            self.add_error("dari", _("Periode paling panjang 3 tahun."))
        data["dari"], data["sampai"] = dari, sampai
        return data

    def ringkasan(self) -> list[str]:
        """The chosen filters in words (for the lists behind the figures)."""
        data, hasil = self.cleaned_data, []
        for nama in ("pemda", "jenis", "kanal", "opd"):
            nilai = data.get(nama)
            if nilai:
                pilihan = dict(self.fields[nama].choices) if nama != "pemda" else None
                hasil.append(str(pilihan.get(str(nilai), nilai) if pilihan else nilai))
        for nama in ("kecamatan", "desa"):
            if data.get(nama):
                hasil.append(data[nama].nama)
        return hasil

    def saringan(self) -> Saringan:
        data = self.cleaned_data
        opd = data.get("opd") or None
        if opd not in (None, TANPA_OPD):
            opd = int(opd)
        return Saringan(
            dari=data["dari"],
            sampai=data["sampai"],
            pemda_id=data["pemda"].pk if data.get("pemda") else None,
            jenis=data.get("jenis") or "",
            kanal=data.get("kanal") or "",
            kecamatan_id=data["kecamatan"].pk if data.get("kecamatan") else None,
            desa_id=data["desa"].pk if data.get("desa") else None,
            opd=opd,
        )


def parameter(saringan: Saringan, **ubah) -> dict:
    """GET parameters that reproduce ``saringan`` (with ``ubah`` applied): the drill-down
    links and the export keep exactly the view the reader is looking at."""
    nilai = {
        "dari": saringan.dari.isoformat(),
        "sampai": saringan.sampai.isoformat(),
        "pemda": saringan.pemda_id,
        "jenis": saringan.jenis,
        "kanal": saringan.kanal,
        "kecamatan": saringan.kecamatan_id,
        "desa": saringan.desa_id,
        "opd": saringan.opd,
    }
    nilai.update(ubah)
    return {k: v for k, v in nilai.items() if v not in (None, "")}
