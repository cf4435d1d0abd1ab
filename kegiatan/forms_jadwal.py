"""Admin form of the schedule generator (rules in kegiatan/penjadwal.py)."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from kegiatan import penjadwal
from kegiatan.models import Kegiatan
from layanan.models import Pemda

# A mistyped year must not plan a decade.
RENTANG_MAKS = datetime.timedelta(days=3 * 366)


class FormJadwal(forms.Form):
    jenis = forms.ChoiceField(
        label=_("Jenis kegiatan"),
        choices=[
            (Kegiatan.Jenis.KENDUREN_MAS, Kegiatan.Jenis.KENDUREN_MAS.label),
            (Kegiatan.Jenis.NGANTOR, Kegiatan.Jenis.NGANTOR.label),
        ],
        help_text=_(
            "Kenduren Mas: tiap dua minggu, dua hari berturut-turut, bergiliran. "
            "Ngantor di Kecamatan: beberapa kecamatan tiap bulan, satu hari, urut prioritas."
        ),
    )
    mulai = forms.DateField(
        label=_("Tanggal mulai"), widget=forms.DateInput(attrs={"type": "date"})
    )
    sampai = forms.DateField(
        label=_("Tanggal akhir"), widget=forms.DateInput(attrs={"type": "date"})
    )
    jumlah = forms.IntegerField(
        label=_("Jumlah kegiatan (Kenduren Mas)"),
        required=False,
        min_value=1,
        max_value=penjadwal.BATAS_RENCANA,
        help_text=_("Kosongkan untuk terus sampai tanggal akhir."),
    )
    per_bulan = forms.IntegerField(
        label=_("Kecamatan per bulan (Ngantor di Kecamatan)"),
        initial=3,
        min_value=1,
        max_value=20,
        required=False,
    )
    pemda = forms.ModelChoiceField(
        label=_("Pemda"),
        queryset=Pemda.objects.all(),
        required=False,
        help_text=_("Untuk mencari kecamatan berdasarkan nama bila nama sama di dua pemda."),
    )
    kecamatan = forms.CharField(
        label=_("Urutan kecamatan"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Satu kecamatan per baris (nama atau slug), sesuai urutan giliran. Untuk Ngantor "
            "di Kecamatan, yang pertama adalah yang tantangannya paling besar."
        ),
    )
    libur = forms.CharField(
        label=_("Hari libur tambahan"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Akhir pekan, libur nasional dan hari di tabel Hari libur tambahan sudah "
            "dilewati. Tulis di sini hari lain yang belum tercatat, format TTTT-BB-HH, "
            "dipisah koma atau baris baru."
        ),
    )
    dengan_agenda = forms.BooleanField(
        label=_("Buat sesi agenda baku Kenduren Mas"),
        required=False,
        initial=True,
        help_text=_("Hari 1 15.00 Gebyar UMKM dan jagongan; hari 2 08.00 pelayanan OPD."),
    )

    def clean_libur(self):
        try:
            return penjadwal.urai_tanggal(self.cleaned_data["libur"])
        except ValueError as exc:
            raise forms.ValidationError(
                _("Tanggal tidak sah; gunakan format TTTT-BB-HH, mis. 2025-06-09.")
            ) from exc

    def clean(self):
        data = super().clean()
        mulai, sampai = data.get("mulai"), data.get("sampai")
        if mulai and sampai:
            if sampai < mulai:
                self.add_error("sampai", _("Tanggal akhir harus sesudah tanggal mulai."))
            elif sampai - mulai > RENTANG_MAKS:
                self.add_error("sampai", _("Rentang paling panjang tiga tahun."))
        if data.get("jenis") == Kegiatan.Jenis.NGANTOR and not data.get("per_bulan"):
            self.add_error("per_bulan", _("Isi jumlah kecamatan per bulan."))
        if "kecamatan" in data:
            baris = [b.strip() for b in data["kecamatan"].replace(",", "\n").splitlines()]
            kecamatan, tidak_dikenal, ganda = penjadwal.cari_kecamatan(
                baris, pemda=data.get("pemda")
            )
            if tidak_dikenal:
                self.add_error(
                    "kecamatan",
                    _("Kecamatan tidak dikenal: %(daftar)s.")
                    % {"daftar": ", ".join(tidak_dikenal)},
                )
            if ganda:
                self.add_error(
                    "kecamatan",
                    _("Nama kecamatan ada di lebih dari satu pemda, pilih pemda: %(daftar)s.")
                    % {"daftar": ", ".join(ganda)},
                )
            dobel = sorted({k.nama for k in kecamatan if kecamatan.count(k) > 1})
            if dobel:
                self.add_error(
                    "kecamatan",
                    _("Kecamatan tertulis lebih dari sekali: %(daftar)s.")
                    % {"daftar": ", ".join(dobel)},
                )
            if not (tidak_dikenal or ganda or dobel):
                if not kecamatan:
                    self.add_error("kecamatan", _("Isi paling sedikit satu kecamatan."))
                data["daftar_kecamatan"] = kecamatan
        return data

    def rencana(self):
        """The planned events of a valid form."""
        data = self.cleaned_data
        if data["jenis"] == Kegiatan.Jenis.KENDUREN_MAS:
            return penjadwal.rencana_kenduren_mas(
                mulai=data["mulai"],
                sampai=data["sampai"],
                jumlah=data.get("jumlah"),
                kecamatan=data["daftar_kecamatan"],
                libur=data["libur"],
            )
        return penjadwal.rencana_ngantor(
            mulai=data["mulai"],
            sampai=data["sampai"],
            per_bulan=data["per_bulan"],
            kecamatan=data["daftar_kecamatan"],
            libur=data["libur"],
        )
