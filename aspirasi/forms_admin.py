"""Forms of the admin actions on one aspirasi. Each one only collects input; the admin
view hands it to a service function, which decides whether the move is legal."""

from django import forms
from django.utils.translation import gettext_lazy as _

from aspirasi.kode import normalisasi_kode
from aspirasi.models import Aspirasi, TemplateJawaban
from layanan.models import OPD


class PilihanOPD(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.nama} ({obj.pemda.nama})"


def _opd_aktif():
    return OPD.objects.filter(aktif=True).select_related("pemda").order_by("pemda__kode", "nama")


class AksiForm(forms.Form):
    """Base: knows the aspirasi it acts on."""

    def __init__(self, *args, aspirasi: Aspirasi, **kwargs):
        self.aspirasi = aspirasi
        super().__init__(*args, **kwargs)


class KonfirmasiForm(AksiForm):
    pass


class TeruskanForm(AksiForm):
    opd = PilihanOPD(queryset=OPD.objects.none(), label=_("OPD tujuan"))
    catatan = forms.CharField(
        label=_("Catatan untuk OPD"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["opd"].queryset = _opd_aktif()


class TolakForm(AksiForm):
    alasan = forms.CharField(
        label=_("Alasan penolakan"),
        help_text=_("Warga akan membaca alasan ini di halaman lacak."),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    duplikat_dari = forms.CharField(
        label=_("Duplikat dari (kode lacak)"),
        required=False,
        max_length=20,
        help_text=_("Isi bila aspirasi ini sama dengan aspirasi lain, misalnya PSR-7KQ2-M9XD."),
    )

    def clean_alasan(self):
        alasan = self.cleaned_data["alasan"].strip()
        if not alasan:
            raise forms.ValidationError(_("Alasan penolakan wajib diisi."))
        return alasan

    def clean_duplikat_dari(self):
        teks = self.cleaned_data["duplikat_dari"].strip()
        if not teks:
            return None
        kode = normalisasi_kode(teks)
        asal = Aspirasi.objects.filter(kode=kode).first() if kode else None
        if asal is None:
            raise forms.ValidationError(_("Tidak ada aspirasi dengan kode lacak ini."))
        if asal.pk == self.aspirasi.pk:
            raise forms.ValidationError(_("Aspirasi tidak bisa menjadi duplikat dirinya sendiri."))
        return asal


class JawabForm(AksiForm):
    isi = forms.CharField(
        label=_("Jawaban untuk warga"),
        help_text=_("Warga membaca jawaban ini di halaman lacak. Jangan tulis data pribadi."),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 10}),
    )

    def clean_isi(self):
        isi = self.cleaned_data["isi"].strip()
        if not isi:
            raise forms.ValidationError(_("Isi jawaban wajib diisi."))
        return isi


class TindakLanjutForm(JawabForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["isi"].label = _("Tindak lanjut yang dilakukan")


class SelesaiForm(AksiForm):
    catatan = forms.CharField(
        label=_("Catatan"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DisposisiForm(AksiForm):
    ke_opd = PilihanOPD(queryset=OPD.objects.none(), label=_("Teruskan ke OPD"))
    alasan = forms.CharField(
        label=_("Alasan disposisi"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ke_opd"].queryset = _opd_aktif().exclude(pk=self.aspirasi.opd_id)

    def clean_alasan(self):
        alasan = self.cleaned_data["alasan"].strip()
        if not alasan:
            raise forms.ValidationError(_("Alasan disposisi wajib diisi."))
        return alasan


class CatatanForm(AksiForm):
    isi = forms.CharField(
        label=_("Catatan internal"),
        help_text=_("Hanya terlihat oleh petugas; warga tidak pernah membacanya."),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean_isi(self):
        isi = self.cleaned_data["isi"].strip()
        if not isi:
            raise forms.ValidationError(_("Isi catatan wajib diisi."))
        return isi


class PilihTemplateForm(forms.Form):
    """GET form: reloading the answer page with a template fills the answer box."""

    template = forms.ModelChoiceField(
        queryset=TemplateJawaban.objects.none(),
        label=_("Mulai dari template jawaban"),
        required=False,
    )

    def __init__(self, *args, opd_id, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].queryset = TemplateJawaban.objects.filter(opd_id=opd_id)
