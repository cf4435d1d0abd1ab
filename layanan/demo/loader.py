"""Load the demo data idempotently.

Every record is looked up by its natural key (``kode`` for Pemda/Kecamatan/Desa, ``slug``
for OPD/UnitLayanan/KategoriLayanan/Layanan, ``username`` for accounts) and written only
when a field differs, so a second run performs no write at all: no ``save()``, hence no
new change-history row for Layanan. Requirements and steps of a service are rewritten
only when their ordered content differs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.db import transaction

from layanan.demo import (
    akun,
    hari_libur,
    layanan_informasi_wilayah,
    layanan_infrastruktur_ketertiban,
    layanan_kependudukan,
    layanan_kesehatan,
    layanan_pajak,
    layanan_perizinan,
    layanan_sosial_pendidikan,
    layanan_tenaga_kerja_lingkungan,
    opd_wilayah,
    pengelolaan,
    unit_layanan,
    wilayah,
)
from layanan.demo.opd import OPD_KABUPATEN, maklumat
from layanan.models import (
    OPD,
    Desa,
    HariLibur,
    KategoriLayanan,
    Kecamatan,
    LangkahProsedur,
    Layanan,
    Pemda,
    Pengguna,
    Persyaratan,
    UnitLayanan,
)

MODUL_LAYANAN = [
    layanan_kependudukan,
    layanan_perizinan,
    layanan_pajak,
    layanan_kesehatan,
    layanan_sosial_pendidikan,
    layanan_tenaga_kerja_lingkungan,
    layanan_infrastruktur_ketertiban,
    layanan_informasi_wilayah,
]

# Kecamatan of an office whose data does not name one, from the postal code of its address.
KECAMATAN_MENURUT_KODE_POS = {
    "67153": "35.14.14",  # Bangil
    "67154": "35.14.13",  # Beji
    "67155": "35.14.12",  # Gempol
    "67156": "35.14.11",  # Pandaan
}

ALASAN_PERUBAHAN = "Data demo (manage.py muat_demo)"


@dataclass
class Ringkasan:
    """What a run did: per model how many rows were created and changed, and the totals."""

    dibuat: Counter = field(default_factory=Counter)
    diubah: Counter = field(default_factory=Counter)
    jumlah: dict[str, int] = field(default_factory=dict)
    akun: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def ada_perubahan(self) -> bool:
        return bool(+self.dibuat or +self.diubah)


def semua_layanan() -> list[dict]:
    """Every demo service with its module defaults applied."""
    hasil = []
    for modul in MODUL_LAYANAN:
        bawaan = getattr(modul, "BAWAAN", {})
        hasil.extend({**bawaan, **data} for data in modul.LAYANAN)
    return hasil


def semua_opd() -> list[dict]:
    return [{"pemda": "35.14", **data} for data in OPD_KABUPATEN + opd_wilayah.OPD_WILAYAH]


def _selaraskan(model, ada: dict, kunci_field: str, kunci, nilai: dict, hasil: Ringkasan):
    """Create the row, or update only the fields that differ. Returns the instance."""
    obj = ada.get(kunci)
    label = model._meta.model_name
    if obj is None:
        obj = model.objects.create(**{kunci_field: kunci}, **nilai)
        ada[kunci] = obj
        hasil.dibuat[label] += 1
        return obj
    berubah = [nama for nama, nilai_baru in nilai.items() if getattr(obj, nama) != nilai_baru]
    if berubah:
        for nama in berubah:
            setattr(obj, nama, nilai[nama])
        obj.save(update_fields=berubah)
        hasil.diubah[label] += 1
    return obj


def _muat_wilayah(hasil: Ringkasan) -> tuple[dict, dict]:
    pemda = {p.kode: p for p in Pemda.objects.all()}
    for data in wilayah.PEMDA:
        nilai = {k: v for k, v in data.items() if k != "kode"}
        _selaraskan(Pemda, pemda, "kode", data["kode"], nilai, hasil)

    kecamatan = {k.kode: k for k in Kecamatan.objects.all()}
    for kode_pemda, kode, nama, slug in wilayah.daftar_kecamatan():
        nilai = {"pemda_id": pemda[kode_pemda].pk, "nama": nama, "slug": slug}
        _selaraskan(Kecamatan, kecamatan, "kode", kode, nilai, hasil)

    desa = {d.kode: d for d in Desa.objects.all()}
    baru = []
    for kode_kec, kode, nama, jenis in wilayah.daftar_desa():
        nilai = {"kecamatan_id": kecamatan[kode_kec].pk, "nama": nama, "jenis": jenis}
        if kode in desa:
            _selaraskan(Desa, desa, "kode", kode, nilai, hasil)
        else:
            baru.append(Desa(kode=kode, **nilai))
    Desa.objects.bulk_create(baru)
    hasil.dibuat["desa"] += len(baru)
    return pemda, kecamatan


def _kecamatan_opd(data: dict, kecamatan: dict):
    kode = data.get("kecamatan") or KECAMATAN_MENURUT_KODE_POS.get(data["alamat"][-5:])
    return kecamatan[kode].pk if kode else None


def _muat_opd(hasil: Ringkasan, pemda: dict, kecamatan: dict) -> dict:
    opd = {o.slug: o for o in OPD.objects.all()}
    for data in semua_opd():
        alamat_lama, tanggal = data.get("pindah", ("", None))
        nilai = {
            "pemda_id": pemda[data["pemda"]].pk,
            "nama": data["nama"],
            "singkatan": data["singkatan"],
            "jenis": data["jenis"],
            "kecamatan_id": _kecamatan_opd(data, kecamatan),
            "alamat": data["alamat"],
            "jam_layanan": data["jam"],
            "telepon": data["telepon"],
            "email": data["email"],
            "situs": data.get("situs", ""),
            "maklumat_pelayanan": maklumat(*data["janji"]),
            "alamat_sebelumnya": alamat_lama,
            "tanggal_pindah": tanggal,
            "aktif": True,
            "contoh": True,
        }
        _selaraskan(OPD, opd, "slug", data["slug"], nilai, hasil)
    return opd


def _muat_unit_dan_kategori(hasil: Ringkasan, opd: dict, kecamatan: dict) -> tuple[dict, dict]:
    unit = {u.slug: u for u in UnitLayanan.objects.all()}
    for slug, nama, jenis, opd_slug, kode_kec, alamat, jam, telepon in unit_layanan.UNIT_LAYANAN:
        nilai = {
            "nama": nama,
            "jenis": jenis,
            "opd_id": opd[opd_slug].pk,
            "kecamatan_id": kecamatan[kode_kec].pk if kode_kec else None,
            "alamat": alamat,
            "jam_layanan": jam,
            "telepon": telepon,
            "contoh": True,
        }
        _selaraskan(UnitLayanan, unit, "slug", slug, nilai, hasil)

    kategori = {k.slug: k for k in KategoriLayanan.objects.all()}
    for urutan, (slug, nama, deskripsi) in enumerate(unit_layanan.KATEGORI, start=1):
        nilai = {"nama": nama, "deskripsi": deskripsi, "urutan": urutan}
        _selaraskan(KategoriLayanan, kategori, "slug", slug, nilai, hasil)
    return unit, kategori


def _nilai_layanan(data: dict, opd: OPD, data_opd: dict, kategori: dict) -> dict:
    return {
        "opd_id": opd.pk,
        "kategori_id": kategori[data["kategori"]].pk,
        "nama": data["nama"],
        "ringkasan": data["ringkasan"],
        "kata_kunci": data["kata_kunci"],
        "status": Layanan.Status.TERBIT,
        "pengguna": data.get("pengguna", Layanan.Pengguna.KABUPATEN),
        "tautan_daring": data.get("tautan", ""),
        "jangka_waktu": data["jangka_waktu"],
        "biaya": data.get("biaya", 0),
        "keterangan_biaya": data["keterangan_biaya"],
        "produk": data["produk"],
        "dasar_hukum": data["dasar_hukum"],
        **pengelolaan.lengkapi(data, data_opd),
        "contoh": True,
    }


def _anak_sekarang(model, kolom: tuple[str, ...]) -> dict[int, list[tuple]]:
    hasil = defaultdict(list)
    for baris in model.objects.order_by("layanan_id", "urutan").values_list("layanan_id", *kolom):
        hasil[baris[0]].append(tuple(baris[1:]))
    return hasil


def _muat_layanan(hasil: Ringkasan, opd: dict, unit: dict, kategori: dict) -> None:
    data_opd = {d["slug"]: d for d in semua_opd()}
    ada = {layanan.slug: layanan for layanan in Layanan.objects.all()}
    syarat_ada = _anak_sekarang(Persyaratan, ("urutan", "uraian", "keterangan"))
    langkah_ada = _anak_sekarang(LangkahProsedur, ("urutan", "uraian"))
    unit_ada = defaultdict(set)
    for layanan_id, unit_id in Layanan.unit_layanan.through.objects.values_list(
        "layanan_id", "unitlayanan_id"
    ):
        unit_ada[layanan_id].add(unit_id)

    for data in semua_layanan():
        nilai = _nilai_layanan(data, opd[data["opd"]], data_opd[data["opd"]], kategori)
        layanan = ada.get(data["slug"])
        baru = layanan is None
        if baru:
            layanan = Layanan(slug=data["slug"], **nilai)
            layanan._change_reason = ALASAN_PERUBAHAN
            layanan.save()
            hasil.dibuat["layanan"] += 1
        else:
            berubah = [nama for nama, baru in nilai.items() if getattr(layanan, nama) != baru]
            if berubah:
                for nama in berubah:
                    setattr(layanan, nama, nilai[nama])
                layanan._change_reason = ALASAN_PERUBAHAN
                layanan.save()
                hasil.diubah["layanan"] += 1

        syarat = [(i, uraian, ket) for i, (uraian, ket) in enumerate(data["persyaratan"], 1)]
        if syarat_ada.get(layanan.pk, []) != syarat:
            Persyaratan.objects.filter(layanan=layanan).delete()
            Persyaratan.objects.bulk_create(
                Persyaratan(layanan=layanan, urutan=i, uraian=u, keterangan=k) for i, u, k in syarat
            )
            hasil.diubah["persyaratan"] += not baru
        langkah = [(i, uraian) for i, uraian in enumerate(data["langkah"], 1)]
        if langkah_ada.get(layanan.pk, []) != langkah:
            LangkahProsedur.objects.filter(layanan=layanan).delete()
            LangkahProsedur.objects.bulk_create(
                LangkahProsedur(layanan=layanan, urutan=i, uraian=u) for i, u in langkah
            )
            hasil.diubah["langkahprosedur"] += not baru
        unit_target = {unit[slug].pk for slug in data["unit"]}
        if unit_ada.get(layanan.pk, set()) != unit_target:
            layanan.unit_layanan.set(unit_target)
            hasil.diubah["unit_layanan"] += not baru


def _muat_akun(hasil: Ringkasan, opd: dict) -> None:
    grup = {g.name: g for g in Group.objects.all()}
    for username, depan, belakang, opd_slug, nama_grup, superuser, peran in akun.AKUN:
        hilang = [g for g in nama_grup if g not in grup]
        if hilang:
            raise RuntimeError(f"Grup {', '.join(hilang)} belum ada: jalankan `migrate` dulu.")
        nilai = {
            "first_name": depan,
            "last_name": belakang,
            "email": f"{username}@contoh.invalid",
            "is_active": True,
            "is_staff": True,
            "is_superuser": superuser,
            "opd_id": opd[opd_slug].pk if opd_slug else None,
            "kecamatan_id": (
                Kecamatan.objects.get(slug=akun.KECAMATAN_AKUN[username]).pk
                if username in akun.KECAMATAN_AKUN
                else None
            ),
            "desa_id": (
                Desa.objects.get(
                    kecamatan__slug=akun.DESA_AKUN[username][0], nama=akun.DESA_AKUN[username][1]
                ).pk
                if username in akun.DESA_AKUN
                else None
            ),
        }
        ada = {u.username: u for u in Pengguna.objects.filter(username=username)}
        baru = username not in ada
        user = _selaraskan(Pengguna, ada, "username", username, nilai, hasil)
        # check_password first: re-hashing an unchanged password would still be a write.
        if baru or not user.check_password(akun.KATA_SANDI):
            user.set_password(akun.KATA_SANDI)
            user.save(update_fields=["password"])
            hasil.diubah["kata_sandi"] += not baru
        if set(user.groups.values_list("name", flat=True)) != set(nama_grup):
            user.groups.set([grup[g] for g in nama_grup])
            hasil.diubah["grup_pengguna"] += not baru
        hasil.akun.append((username, akun.KATA_SANDI, peran))


def _muat_hari_libur(hasil: Ringkasan) -> None:
    ada = {h.tanggal: h for h in HariLibur.objects.all()}
    for tanggal, keterangan in hari_libur.HARI_LIBUR:
        _selaraskan(HariLibur, ada, "tanggal", tanggal, {"keterangan": keterangan}, hasil)


def _periksa_data() -> None:
    """Catch mistakes in the data modules before touching the database."""
    slug = [data["slug"] for data in semua_layanan()]
    ganda = {s for s in slug if slug.count(s) > 1}
    if ganda:
        raise ValueError(f"Slug layanan ganda di data demo: {sorted(ganda)}")


@transaction.atomic
def muat_demo() -> Ringkasan:
    """Load (or bring up to date) all demo data in one transaction."""
    _periksa_data()
    hasil = Ringkasan()
    pemda, kecamatan = _muat_wilayah(hasil)
    opd = _muat_opd(hasil, pemda, kecamatan)
    unit, kategori = _muat_unit_dan_kategori(hasil, opd, kecamatan)
    _muat_layanan(hasil, opd, unit, kategori)
    _muat_akun(hasil, opd)
    _muat_hari_libur(hasil)
    hasil.jumlah = {
        "Pemda": Pemda.objects.count(),
        "Kecamatan": Kecamatan.objects.count(),
        "Desa/kelurahan": Desa.objects.count(),
        "OPD": OPD.objects.count(),
        "Unit layanan": UnitLayanan.objects.count(),
        "Kategori layanan": KategoriLayanan.objects.count(),
        "Layanan terbit": Layanan.objects.terbit().count(),
    }
    return hasil
