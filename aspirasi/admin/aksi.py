"""The workflow actions offered on an aspirasi's admin page: who may, when, and what."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from aspirasi import forms_admin, services
from aspirasi.admin import akses
from aspirasi.models import Status

TERJAWAB = services.TERJAWAB


# --- actions ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Aksi:
    nama: str
    judul: str
    form: type[forms_admin.AksiForm]
    # Who: called with (user, aspirasi).
    boleh: Callable
    # When: legal for the aspirasi's current state.
    sah: Callable
    # What: called with (user, aspirasi, cleaned data); returns the log/message text.
    jalankan: Callable = None
    tombol: str = ""


def _verifikator(user, aspirasi):
    return akses.boleh_verifikasi(user)


def _penerbit(user, aspirasi):
    return akses.boleh_terbitkan(user)


def _opd(user, aspirasi):
    return akses.opd_penanggung_jawab(user, aspirasi)


def _pencatat(user, aspirasi):
    return user.has_perm("aspirasi.add_catataninternal") and (
        akses.boleh_verifikasi(user) or akses.opd_penanggung_jawab(user, aspirasi)
    )


def _bisa_ke(status):
    return lambda aspirasi: status in aspirasi.transisi_sah()


# --- what each action does: one service call each ------------------------------------------
def _teruskan(user, aspirasi, data):
    services.teruskan(aspirasi=aspirasi, opd=data["opd"], oleh=user, catatan=data["catatan"])
    return gettext("Diteruskan ke %(opd)s.") % {"opd": data["opd"].nama}


def _tolak(user, aspirasi, data):
    services.tolak(
        aspirasi=aspirasi, alasan=data["alasan"], oleh=user, duplikat_dari=data["duplikat_dari"]
    )
    if data["duplikat_dari"] is not None:
        return gettext("Ditolak sebagai duplikat dari %(kode)s.") % {
            "kode": data["duplikat_dari"].kode
        }
    return gettext("Ditolak.")


def _terbitkan(user, aspirasi, data):
    services.terbitkan(aspirasi=aspirasi, terbit=True)
    return gettext("Diterbitkan di tanya-jawab.")


def _batalkan_terbit(user, aspirasi, data):
    services.terbitkan(aspirasi=aspirasi, terbit=False)
    return gettext("Dibatalkan dari tanya-jawab.")


def _jawab(user, aspirasi, data):
    services.jawab(aspirasi=aspirasi, isi=data["isi"], oleh=user)
    return gettext("Jawaban dikirim.")


def _tindak_lanjut(user, aspirasi, data):
    services.tindak_lanjut(aspirasi=aspirasi, isi=data["isi"], oleh=user)
    return gettext("Tindak lanjut dicatat.")


def _selesai(user, aspirasi, data):
    services.ubah_status(aspirasi=aspirasi, ke=Status.SELESAI, oleh=user, catatan=data["catatan"])
    return gettext("Ditandai selesai.")


def _disposisi(user, aspirasi, data):
    services.disposisi(aspirasi=aspirasi, ke_opd=data["ke_opd"], alasan=data["alasan"], oleh=user)
    return gettext("Didisposisikan ke %(opd)s.") % {"opd": data["ke_opd"].nama}


def _catatan(user, aspirasi, data):
    services.tambah_catatan(aspirasi=aspirasi, isi=data["isi"], oleh=user)
    return gettext("Catatan internal ditambahkan.")


AKSI = {
    aksi.nama: aksi
    for aksi in (
        Aksi(
            "teruskan",
            _("Teruskan ke OPD"),
            forms_admin.TeruskanForm,
            _verifikator,
            _bisa_ke(Status.DITERUSKAN),
            jalankan=_teruskan,
        ),
        Aksi(
            "tolak",
            _("Tolak"),
            forms_admin.TolakForm,
            _verifikator,
            _bisa_ke(Status.DITOLAK),
            jalankan=_tolak,
        ),
        Aksi(
            "terbitkan",
            _("Terbitkan di tanya-jawab"),
            forms_admin.KonfirmasiForm,
            _penerbit,
            lambda a: services.boleh_diterbitkan(a) and not a.diterbitkan,
            jalankan=_terbitkan,
        ),
        Aksi(
            "batalkan-terbit",
            _("Batalkan terbit"),
            forms_admin.KonfirmasiForm,
            _penerbit,
            lambda a: a.diterbitkan,
            jalankan=_batalkan_terbit,
        ),
        Aksi(
            "jawab",
            _("Jawab"),
            forms_admin.JawabForm,
            _opd,
            lambda a: Status.DIJAWAB in a.transisi_sah() or a.status in TERJAWAB[:2],
            jalankan=_jawab,
            tombol=_("Kirim jawaban"),
        ),
        Aksi(
            "tindak-lanjut",
            _("Tindak lanjut"),
            forms_admin.TindakLanjutForm,
            _opd,
            lambda a: (
                Status.DITINDAKLANJUTI in a.transisi_sah() or a.status == Status.DITINDAKLANJUTI
            ),
            jalankan=_tindak_lanjut,
        ),
        Aksi(
            "selesai",
            _("Tandai selesai"),
            forms_admin.SelesaiForm,
            _opd,
            _bisa_ke(Status.SELESAI),
            jalankan=_selesai,
        ),
        Aksi(
            "disposisi",
            _("Disposisi ke OPD lain"),
            forms_admin.DisposisiForm,
            _opd,
            lambda a: (
                a.status in (Status.DITERUSKAN, Status.DIJAWAB, Status.DITINDAKLANJUTI)
                and Status.DITERUSKAN in a.transisi_sah()
            ),
            jalankan=_disposisi,
        ),
        Aksi(
            "catatan",
            _("Tambah catatan internal"),
            forms_admin.CatatanForm,
            _pencatat,
            lambda a: True,
            jalankan=_catatan,
        ),
    )
}
