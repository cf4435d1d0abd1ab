"""Forms of the event desk: a resident's question taken down on site, and a facility-visit
finding turned into an aspirasi. Plain server-rendered forms (no JavaScript needed)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from aspirasi.forms import PESAN_WAJIB, _FormPortal, normalisasi_telepon
from aspirasi.models import Aspirasi
from layanan.models import OPD, Desa, Kecamatan, Layanan

PILIHAN_SALAH = _("Pilihan tidak dikenali. Pilih dari daftar.")


def _opd_field():
    return forms.ModelChoiceField(
        label=_("OPD yang menjawab"),
        queryset=OPD.objects.aktif().select_related("pemda").order_by("pemda__kode", "nama"),
        empty_label=_("Pilih OPD"),
        error_messages={
            "required": _("Pilih OPD yang bertanggung jawab menjawab."),
            "invalid_choice": PILIHAN_SALAH,
        },
    )


class _FormMeja(_FormPortal):
    token = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        kedaluwarsa = _("Formulir ini sudah tidak berlaku. Muat ulang halaman lalu isi lagi.")
        self.fields["token"].error_messages.update(required=kedaluwarsa, invalid=kedaluwarsa)

    def clean_judul(self):
        return " ".join(self.cleaned_data["judul"].split())

    def clean_isi(self):
        isi = self.cleaned_data["isi"].strip()
        if not isi:
            raise forms.ValidationError(PESAN_WAJIB["isi"])
        return isi


class MejaAspirasiForm(_FormMeja):
    """Assisted intake: staff type what the resident says."""

    jenis = forms.ChoiceField(
        label=_("Jenis"),
        choices=Aspirasi.Jenis.choices,
        initial=Aspirasi.Jenis.PERTANYAAN,
        widget=forms.RadioSelect,
        error_messages={"required": PESAN_WAJIB["jenis"], "invalid_choice": PILIHAN_SALAH},
    )
    judul = forms.CharField(
        label=_("Judul singkat"),
        max_length=200,
        error_messages={
            "required": PESAN_WAJIB["judul"],
            "max_length": _("Judul paling banyak 200 karakter."),
        },
    )
    isi = forms.CharField(
        label=_("Pertanyaan atau keluhan warga"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Tulis dengan kata-kata warga. Jangan tulis NIK."),
        error_messages={
            "required": PESAN_WAJIB["isi"],
            "max_length": _("Paling banyak 5.000 karakter."),
        },
    )
    opd = _opd_field()
    layanan = forms.ModelChoiceField(
        label=_("Layanan terkait (tidak wajib)"),
        queryset=Layanan.objects.terbit().select_related("opd").order_by("opd__nama", "nama"),
        required=False,
        empty_label=_("Tidak terkait layanan tertentu"),
        error_messages={"invalid_choice": PILIHAN_SALAH},
    )
    kecamatan = forms.ModelChoiceField(
        label=_("Kecamatan"),
        queryset=Kecamatan.objects.select_related("pemda").order_by("pemda__kode", "nama"),
        empty_label=_("Pilih kecamatan"),
        error_messages={"required": PESAN_WAJIB["kecamatan"], "invalid_choice": PILIHAN_SALAH},
    )
    desa = forms.ModelChoiceField(
        label=_("Desa/kelurahan (tidak wajib)"),
        queryset=Desa.objects.select_related("kecamatan").order_by("kecamatan__nama", "nama"),
        required=False,
        empty_label=_("Tidak tahu / tidak berkaitan dengan desa tertentu"),
        error_messages={"invalid_choice": PILIHAN_SALAH},
    )
    privasi = forms.ChoiceField(
        label=_("Siapa yang boleh membaca?"),
        choices=Aspirasi.Privasi.choices,
        initial=Aspirasi.Privasi.BIASA,
        widget=forms.RadioSelect,
        help_text=_(
            "Biasa: boleh tampil di tanya-jawab tanpa nama. Rahasia: tidak pernah tampil. "
            "Anonim: nama dan nomor HP tidak disimpan."
        ),
        error_messages={"required": PESAN_WAJIB["privasi"], "invalid_choice": PILIHAN_SALAH},
    )
    nama = forms.CharField(label=_("Nama warga (tidak wajib)"), max_length=120, required=False)
    telepon = forms.CharField(
        label=_("Nomor HP warga (tidak wajib)"),
        max_length=25,
        required=False,
        help_text=_("Untuk kabar jawaban. Contoh: 0812 3456 7890."),
    )
    setuju = forms.BooleanField(
        label=_(
            "Warga setuju nama dan nomor HP-nya diolah hanya untuk menangani aspirasi ini "
            "(UU 27/2022)."
        ),
        required=False,
    )
    jawaban_langsung = forms.CharField(
        label=_("Dijawab di tempat (tidak wajib)"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Jika OPD sudah menjawab di meja, tulis jawabannya: aspirasi langsung berstatus "
            "dijawab dan warga dapat membacanya di halaman lacak."
        ),
    )

    def __init__(self, *args, kegiatan=None, **kwargs):
        super().__init__(*args, **kwargs)
        f = self.fields
        for nama in ("nama", "telepon"):
            f[nama].widget.attrs["autocomplete"] = "off"
        f["telepon"].widget.attrs["inputmode"] = "tel"
        f["layanan"].label_from_instance = lambda lay: f"{lay.opd.singkatan} — {lay.nama}"
        if kegiatan is not None and not self.is_bound:
            self.initial.setdefault("kecamatan", kegiatan.kecamatan_id)
            self.initial.setdefault("desa", kegiatan.desa_id)

    def clean_nama(self):
        return " ".join(self.cleaned_data["nama"].split())

    def clean_telepon(self):
        teks = self.cleaned_data["telepon"].strip()
        if not teks:
            return ""
        nomor = normalisasi_telepon(teks)
        if nomor is None:
            raise forms.ValidationError(
                _("Tulis nomor HP yang diawali 08 atau +628, 10 sampai 15 angka.")
            )
        return nomor

    def clean(self):
        data = super().clean()
        kecamatan, desa = data.get("kecamatan"), data.get("desa")
        if kecamatan and desa and desa.kecamatan_id != kecamatan.pk:
            self.add_error(
                "desa",
                _("Desa/kelurahan ini tidak berada di Kecamatan %(kecamatan)s. Pilih lagi.")
                % {"kecamatan": kecamatan.nama},
            )
        if data.get("privasi") == Aspirasi.Privasi.ANONIM:
            # Anonim stores no identity at all: drop whatever was typed.
            data.update(nama="", telepon="")
            self.errors.pop("telepon", None)
        elif (data.get("nama") or data.get("telepon")) and not data.get("setuju"):
            self.add_error(
                "setuju",
                _("Tanyakan persetujuan warga, atau kosongkan nama dan nomor HP."),
            )
        return data


class TemuanForm(_FormMeja):
    """A finding of a facility visit that needs action by an OPD."""

    jenis = forms.ChoiceField(
        label=_("Jenis"),
        choices=Aspirasi.Jenis.choices,
        initial=Aspirasi.Jenis.PENGADUAN,
        widget=forms.RadioSelect,
        error_messages={"required": PESAN_WAJIB["jenis"], "invalid_choice": PILIHAN_SALAH},
    )
    judul = forms.CharField(
        label=_("Judul singkat"),
        max_length=200,
        error_messages={
            "required": PESAN_WAJIB["judul"],
            "max_length": _("Judul paling banyak 200 karakter."),
        },
    )
    isi = forms.CharField(
        label=_("Temuan yang perlu ditindaklanjuti"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "required": _("Tuliskan temuan yang perlu ditindaklanjuti."),
            "max_length": _("Paling banyak 5.000 karakter."),
        },
    )
    opd = _opd_field()
