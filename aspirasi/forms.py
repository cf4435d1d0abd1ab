"""Resident-facing forms: send an aspirasi, track it, add information, rate the answer."""

from __future__ import annotations

import re
import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from aspirasi import lampiran as berkas_lampiran
from aspirasi.kode import normalisasi_kode
from aspirasi.models import Aspirasi, Tanggapan
from layanan.models import OPD, Desa, Kecamatan, Layanan

PESAN_WAJIB = {
    "jenis": _("Pilih jenis aspirasi."),
    "judul": _("Tuliskan judul singkat."),
    "isi": _("Tuliskan pertanyaan, pengaduan atau saran Anda."),
    "kecamatan": _("Pilih kecamatan."),
    "privasi": _("Pilih siapa yang boleh membaca aspirasi Anda."),
    "setuju": _("Centang persetujuan pengolahan data pribadi untuk melanjutkan."),
}

PENJELASAN_PRIVASI = {
    Aspirasi.Privasi.BIASA: _(
        "Setelah diperiksa petugas, pertanyaan dan jawabannya boleh ditampilkan di halaman "
        "tanya-jawab agar warga lain terbantu, tanpa nama dan kontak Anda."
    ),
    Aspirasi.Privasi.RAHASIA: _(
        "Hanya verifikator dan OPD yang menangani yang membacanya. Tidak pernah ditampilkan "
        "kepada umum."
    ),
    Aspirasi.Privasi.ANONIM: _(
        "Kami tidak menyimpan nama maupun kontak Anda, sehingga kami tidak bisa mengabari "
        "Anda. Simpan kode lacak untuk melihat jawabannya."
    ),
}

_POLA_TELEPON = re.compile(r"^(?:\+62|62|0)8\d+$")


PESAN_KODE_TIDAK_DITEMUKAN = _(
    "Kode tidak ditemukan. Periksa lagi kode lacak Anda, mis. PSR-7KQ2-M9XD."
)


def normalisasi_telepon(teks: str) -> str | None:
    """``0812-3456-7890``, ``+62 812 3456 7890`` → ``081234567890``; None if not a mobile."""
    rapat = re.sub(r"[\s\-.()]", "", teks or "")
    if not _POLA_TELEPON.match(rapat):
        return None
    nasional = "0" + rapat[rapat.index("8") :]
    if not 10 <= len(nasional) <= 15:
        return None
    return nasional


class _FormPortal(forms.Form):
    """Bootstrap classes, no browser validation (the server's error summary is the guide)."""

    use_required_attribute = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.RadioSelect | forms.CheckboxInput):
                kelas = "form-check-input"
            elif isinstance(widget, forms.Select):
                kelas = "form-select"
            elif isinstance(widget, forms.HiddenInput):
                continue
            else:
                kelas = "form-control"
            widget.attrs.setdefault("class", kelas)

    def full_clean(self):
        super().full_clean()
        for nama in self.errors:
            if nama in self.fields:
                widget = self.fields[nama].widget
                widget.attrs["class"] = f"{widget.attrs.get('class', '')} is-invalid".strip()


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input (Django's "Uploading multiple files" recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        tunggal = super().clean
        if isinstance(data, list | tuple):
            return [tunggal(d, initial) for d in data if d]
        return [tunggal(data, initial)] if data else []


class AspirasiForm(_FormPortal):
    token = forms.UUIDField(widget=forms.HiddenInput)
    jenis = forms.ChoiceField(
        label=_("Apa yang ingin Anda sampaikan?"),
        choices=Aspirasi.Jenis.choices,
        widget=forms.RadioSelect,
    )
    judul = forms.CharField(
        label=_("Judul singkat"),
        max_length=200,
        help_text=_("Contoh: Jam buka perekaman KTP-el di MPP Maslahat"),
    )
    isi = forms.CharField(
        label=_("Uraian"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Ceritakan apa yang terjadi atau yang ingin Anda ketahui, kapan dan di mana. "
            "Jangan tulis NIK atau data pribadi orang lain. Paling banyak 5.000 karakter."
        ),
    )
    layanan = forms.ModelChoiceField(
        queryset=Layanan.objects.terbit().select_related("opd"),
        to_field_name="slug",
        required=False,
        widget=forms.HiddenInput,
    )
    opd = forms.ModelChoiceField(
        label=_("Perangkat daerah yang dituju (tidak wajib)"),
        queryset=OPD.objects.aktif().select_related("pemda").order_by("pemda__kode", "nama"),
        required=False,
        empty_label=_("Saya tidak tahu — verifikator akan meneruskannya"),
        help_text=_(
            "Jika ragu, biarkan: petugas kami meneruskannya ke perangkat daerah yang tepat."
        ),
    )
    kecamatan = forms.ModelChoiceField(
        label=_("Kecamatan"),
        queryset=Kecamatan.objects.select_related("pemda").order_by("pemda__kode", "nama"),
        empty_label=_("Pilih kecamatan"),
        help_text=_("Tempat kejadian atau tempat tinggal Anda."),
    )
    desa = forms.ModelChoiceField(
        label=_("Desa/kelurahan (tidak wajib)"),
        queryset=Desa.objects.select_related("kecamatan").order_by("kecamatan__nama", "nama"),
        required=False,
        empty_label=_("Tidak tahu / tidak berkaitan dengan desa tertentu"),
        help_text=_("Harus berada di kecamatan yang Anda pilih."),
    )
    privasi = forms.ChoiceField(
        label=_("Siapa yang boleh membaca aspirasi Anda?"),
        choices=Aspirasi.Privasi.choices,
        widget=forms.RadioSelect,
    )
    nama = forms.CharField(label=_("Nama"), max_length=120, required=False)
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        required=False,
        help_text=_("Kami mengirim kode lacak dan kabar jawaban ke alamat ini."),
    )
    telepon = forms.CharField(
        label=_("Nomor HP"),
        max_length=25,
        required=False,
        help_text=_("Contoh: 0812 3456 7890 atau +62 812 3456 7890."),
    )
    lampiran = MultipleFileField(
        label=_("Lampiran foto atau dokumen (tidak wajib)"),
        required=False,
        help_text=_(
            "JPEG, PNG atau PDF, paling besar 5 MB per berkas, paling banyak 3. "
            "Lokasi dan data kamera pada foto dihapus sebelum disimpan."
        ),
    )
    hapus_lampiran = forms.BooleanField(
        label=_("Hapus lampiran yang sudah dipilih dan kirim tanpa lampiran"), required=False
    )
    setuju = forms.BooleanField(label=_("Saya setuju"))
    # Honeypot: hidden from people (and assistive technology); bots fill every field.
    situs_web = forms.CharField(required=False, max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        f = self.fields
        slug = self.data.get("layanan") if self.is_bound else None
        if slug and not Layanan.objects.terbit().filter(slug=str(slug)[:200]).exists():
            # The service was withdrawn meanwhile (or the value was tampered with):
            # the question still stands without it.
            self.data = self.data.copy()
            self.data["layanan"] = ""
        kedaluwarsa = _("Formulir ini sudah tidak berlaku. Muat ulang halaman lalu isi lagi.")
        f["token"].error_messages.update(required=kedaluwarsa, invalid=kedaluwarsa)
        f["jenis"].error_messages["required"] = PESAN_WAJIB["jenis"]
        f["judul"].error_messages["required"] = PESAN_WAJIB["judul"]
        f["isi"].error_messages["required"] = PESAN_WAJIB["isi"]
        f["kecamatan"].error_messages["required"] = PESAN_WAJIB["kecamatan"]
        f["privasi"].error_messages["required"] = PESAN_WAJIB["privasi"]
        f["setuju"].error_messages["required"] = PESAN_WAJIB["setuju"]
        f["judul"].error_messages["max_length"] = _("Judul paling banyak 200 karakter.")
        f["isi"].error_messages["max_length"] = _(
            "Uraian paling banyak 5.000 karakter. Persingkat atau bagi menjadi dua aspirasi."
        )
        f["email"].error_messages["invalid"] = _(
            "Tulis alamat email dengan benar, mis. nama@contoh.com."
        )
        pilihan_salah = _("Pilihan tidak dikenali. Pilih dari daftar.")
        for nama in ("jenis", "privasi", "opd", "kecamatan", "desa", "layanan"):
            f[nama].error_messages["invalid_choice"] = pilihan_salah
        # Grouped options without JavaScript: kecamatan by pemda, desa by kecamatan.
        f["kecamatan"].choices = self._kelompok(
            f["kecamatan"].queryset, lambda k: k.pemda.nama, f["kecamatan"].empty_label
        )
        f["desa"].choices = self._kelompok(
            f["desa"].queryset, lambda d: f"Kecamatan {d.kecamatan.nama}", f["desa"].empty_label
        )
        f["situs_web"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        f["lampiran"].widget.attrs["accept"] = (
            "image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf"
        )
        f["nama"].widget.attrs["autocomplete"] = "name"
        f["email"].widget.attrs.update({"autocomplete": "email", "inputmode": "email"})
        f["telepon"].widget.attrs.update({"autocomplete": "tel", "inputmode": "tel"})

    @staticmethod
    def _kelompok(queryset, kunci, label_kosong):
        kelompok: dict[str, list] = {}
        for obj in queryset:
            kelompok.setdefault(kunci(obj), []).append((obj.pk, str(obj)))
        return [("", label_kosong), *kelompok.items()]

    def pilihan_privasi(self):
        return [
            (radio, PENJELASAN_PRIVASI[Aspirasi.Privasi(radio.data["value"])])
            for radio in self["privasi"]
        ]

    def clean_judul(self):
        return " ".join(self.cleaned_data["judul"].split())

    def clean_isi(self):
        isi = self.cleaned_data["isi"].strip()
        if not isi:
            raise forms.ValidationError(PESAN_WAJIB["isi"])
        return isi

    def clean_lampiran(self):
        """Each file checked by its content; the result is what will be stored."""
        daftar = self.cleaned_data.get("lampiran") or []
        if len(daftar) > berkas_lampiran.MAKS_JUMLAH:
            raise forms.ValidationError(
                _("Paling banyak 3 berkas. Anda memilih %(jumlah)d; pilih lagi paling banyak 3.")
                % {"jumlah": len(daftar)}
            )
        hasil, galat = [], []
        for nomor, berkas in enumerate(daftar, start=1):
            try:
                hasil.append(berkas_lampiran.periksa(berkas))
            except berkas_lampiran.LampiranTidakSah as e:
                awalan = _("Berkas ke-%(nomor)d: ") % {"nomor": nomor} if len(daftar) > 1 else ""
                galat.append(forms.ValidationError(f"{awalan}{e}"))
        if galat:
            raise forms.ValidationError(galat)
        return hasil

    def clean_nama(self):
        return " ".join(self.cleaned_data["nama"].split())

    def clean_telepon(self):
        teks = self.cleaned_data["telepon"].strip()
        if not teks:
            return ""
        nomor = normalisasi_telepon(teks)
        if nomor is None:
            raise forms.ValidationError(
                _(
                    "Tulis nomor HP Indonesia yang diawali 08 atau +628, 10 sampai 15 angka, "
                    "mis. 0812 3456 7890."
                )
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
        privasi = data.get("privasi")
        if privasi == Aspirasi.Privasi.ANONIM:
            # Anonim stores no identity at all: drop anything typed in those fields.
            data.update(nama="", email="", telepon="")
            for nama in ("nama", "email", "telepon"):
                self.errors.pop(nama, None)
        elif privasi:
            if not data.get("nama") and "nama" not in self.errors:
                self.add_error("nama", _("Tuliskan nama Anda, atau pilih anonim."))
            if (
                not data.get("email")
                and not data.get("telepon")
                and "email" not in self.errors
                and "telepon" not in self.errors
            ):
                pesan = _(
                    "Isi email atau nomor HP agar kami bisa mengabarkan jawabannya, "
                    "atau pilih anonim."
                )
                self.add_error("email", pesan)
        return data

    def untuk_sesi(self) -> dict:
        """The cleaned data as JSON-serialisable values for the session draft."""
        d = self.cleaned_data
        return {
            "token": str(d["token"]),
            "jenis": d["jenis"],
            "judul": d["judul"],
            "isi": d["isi"],
            "layanan": d["layanan"].slug if d.get("layanan") else "",
            "opd": d["opd"].pk if d.get("opd") else "",
            "kecamatan": d["kecamatan"].pk,
            "desa": d["desa"].pk if d.get("desa") else "",
            "privasi": d["privasi"],
            "nama": d["nama"],
            "email": d["email"],
            "telepon": d["telepon"],
            "setuju": True,
        }

    def untuk_layanan_kirim(self) -> dict:
        """Keyword arguments of ``services.kirim_aspirasi``."""
        d = self.cleaned_data
        return {
            "token_kirim": d["token"],
            "jenis": d["jenis"],
            "judul": d["judul"],
            "isi": d["isi"],
            "layanan": d.get("layanan"),
            "opd": d.get("opd") or (d["layanan"].opd if d.get("layanan") else None),
            "kecamatan": d["kecamatan"],
            "desa": d.get("desa"),
            "kanal": Aspirasi.Kanal.WEB,
            "privasi": d["privasi"],
            "nama_pelapor": d["nama"],
            "email_pelapor": d["email"],
            "telepon_pelapor": d["telepon"],
        }


def token_baru() -> str:
    return str(uuid.uuid4())


class LacakForm(_FormPortal):
    kode = forms.CharField(
        label=_("Kode lacak"),
        max_length=40,
        help_text=_("Contoh: PSR-7KQ2-M9XD. Huruf kecil, spasi dan tanpa tanda hubung juga bisa."),
        error_messages={"required": _("Tuliskan kode lacak Anda.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kode"].widget.attrs.update(
            {"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        )

    def clean_kode(self):
        kode = normalisasi_kode(self.cleaned_data["kode"])
        if kode is None:
            raise forms.ValidationError(PESAN_KODE_TIDAK_DITEMUKAN)
        return kode


class TambahanForm(_FormPortal):
    isi = forms.CharField(
        label=_("Informasi tambahan"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Mis. perkembangan terbaru atau keterangan yang terlewat. Jangan tulis NIK."),
        error_messages={
            "required": _("Tuliskan informasi tambahan Anda."),
            "max_length": _("Informasi tambahan paling banyak 5.000 karakter."),
        },
    )

    def clean_isi(self):
        isi = self.cleaned_data["isi"].strip()
        if not isi:
            raise forms.ValidationError(_("Tuliskan informasi tambahan Anda."))
        return isi


class TanggapanForm(_FormPortal):
    penilaian = forms.ChoiceField(
        label=_("Apakah jawaban ini membantu?"),
        choices=Tanggapan.Penilaian.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Pilih salah satu penilaian."),
            "invalid_choice": _("Pilihan tidak dikenali. Pilih dari daftar."),
        },
    )
    alasan = forms.CharField(
        label=_("Apa yang belum terjawab? (wajib jika belum puas)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Aspirasi Anda akan dibuka kembali dan dikirim lagi ke perangkat daerah."),
        error_messages={"max_length": _("Alasan paling banyak 2.000 karakter.")},
    )

    def clean(self):
        data = super().clean()
        data["alasan"] = (data.get("alasan") or "").strip()
        if (
            data.get("penilaian")
            and data["penilaian"] != Tanggapan.Penilaian.PUAS
            and not data["alasan"]
            and "alasan" not in self.errors
        ):
            self.add_error("alasan", _("Tuliskan apa yang belum terjawab."))
        return data
