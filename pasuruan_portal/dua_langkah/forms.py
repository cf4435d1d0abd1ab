from django import forms
from django.utils.translation import gettext_lazy as _

from pasuruan_portal.dua_langkah import services


class FormKode(forms.Form):
    """One code: 6 digits from the authenticator app or, if ``cadangan``, an 8-character
    backup code. Spaces and dashes people type while copying are ignored."""

    kode = forms.CharField(
        label=_("Kode verifikasi"),
        max_length=20,
        strip=True,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "none",
                "spellcheck": "false",
                "autofocus": True,
            }
        ),
    )

    def __init__(self, *args, cadangan: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.cadangan = cadangan
        if cadangan:
            self.fields["kode"].help_text = _(
                "6 angka dari aplikasi autentikator, atau salah satu kode cadangan (8 karakter)."
            )
        else:
            self.fields["kode"].help_text = _("6 angka yang tampil di aplikasi autentikator.")
            self.fields["kode"].widget.attrs["inputmode"] = "numeric"

    def clean_kode(self):
        kode = "".join(self.cleaned_data["kode"].split()).replace("-", "").lower()
        if services.POLA_KODE_APLIKASI.fullmatch(kode):
            return kode
        if self.cadangan and services.POLA_KODE_CADANGAN.fullmatch(kode):
            return kode
        if self.cadangan:
            raise forms.ValidationError(
                _(
                    "Tulis 6 angka dari aplikasi autentikator atau kode cadangan 8 karakter "
                    "(huruf a–z dan angka 2–7)."
                ),
                code="bentuk",
            )
        raise forms.ValidationError(
            _("Tulis 6 angka yang tampil di aplikasi autentikator."), code="bentuk"
        )
