"""Generate draft events: Kenduren Mas every two weeks, or Ngantor di Kecamatan N a month.

    manage.py buat_jadwal_kegiatan kenduren-mas --mulai 2020-01-07 --sampai 2020-12-31 \\
        --kecamatan bangil,pandaan,gempol [--libur 2020-05-22,...] [--coba]
    manage.py buat_jadwal_kegiatan ngantor --mulai 2025-04-16 --sampai 2025-12-31 \\
        --per-bulan 3 --kecamatan sumber,sukapura,... [--pemda 35.13] [--coba]

The rules (working days, shifting, spreading) are documented in kegiatan/penjadwal.py.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError

from kegiatan import penjadwal


def _tanggal(teks):
    try:
        return datetime.date.fromisoformat(teks)
    except ValueError as exc:
        raise CommandError(f"Tanggal tidak sah: {teks!r} (format YYYY-MM-DD).") from exc


class Command(BaseCommand):
    help = "Membuat draf jadwal Kenduren Mas atau Ngantor di Kecamatan (tidak diterbitkan)."

    def add_arguments(self, parser):
        parser.add_argument("jenis", choices=["kenduren-mas", "ngantor"])
        parser.add_argument("--mulai", required=True, help="tanggal mulai, YYYY-MM-DD")
        parser.add_argument("--sampai", help="tanggal akhir, YYYY-MM-DD")
        parser.add_argument("--jumlah", type=int, help="Kenduren Mas: jumlah kegiatan")
        parser.add_argument(
            "--per-bulan", type=int, default=3, help="Ngantor: kecamatan per bulan (3)"
        )
        parser.add_argument(
            "--kecamatan",
            required=True,
            help="slug atau nama kecamatan dipisah koma, sesuai urutan (prioritas)",
        )
        parser.add_argument("--pemda", help="kode Kemendagri pemda untuk mencari nama, mis. 35.13")
        parser.add_argument(
            "--libur",
            default="",
            help="hari libur lain (selain tabel Hari libur tambahan) dipisah koma",
        )
        parser.add_argument(
            "--tanpa-agenda", action="store_true", help="Kenduren Mas: tanpa sesi agenda baku"
        )
        parser.add_argument(
            "--coba", action="store_true", help="hanya tampilkan rencana, tidak menyimpan"
        )

    def handle(self, *args, **opsi):
        from layanan.models import Pemda

        mulai = _tanggal(opsi["mulai"])
        sampai = _tanggal(opsi["sampai"]) if opsi["sampai"] else None
        if sampai is not None and sampai < mulai:
            raise CommandError("--sampai harus sama dengan atau sesudah --mulai.")
        try:
            libur = penjadwal.urai_tanggal(opsi["libur"])
        except ValueError as exc:
            raise CommandError(f"--libur tidak sah: {exc}") from exc

        pemda = None
        if opsi["pemda"]:
            pemda = Pemda.objects.filter(kode=opsi["pemda"]).first()
            if pemda is None:
                raise CommandError(f"Pemda dengan kode {opsi['pemda']} tidak ada.")
        kecamatan, tidak_dikenal, ganda = penjadwal.cari_kecamatan(
            opsi["kecamatan"].split(","), pemda=pemda
        )
        if tidak_dikenal:
            raise CommandError("Kecamatan tidak dikenal: " + ", ".join(tidak_dikenal))
        if ganda:
            raise CommandError(
                "Nama kecamatan ganda (pakai slug atau --pemda): " + ", ".join(ganda)
            )
        if not kecamatan:
            raise CommandError("Daftar kecamatan kosong.")

        if opsi["jenis"] == "kenduren-mas":
            if sampai is None and opsi["jumlah"] is None:
                raise CommandError("Kenduren Mas: isi --sampai atau --jumlah.")
            rencana = penjadwal.rencana_kenduren_mas(
                mulai=mulai, sampai=sampai, jumlah=opsi["jumlah"], kecamatan=kecamatan, libur=libur
            )
        else:
            if sampai is None:
                raise CommandError("Ngantor di Kecamatan: isi --sampai.")
            if opsi["per_bulan"] < 1:
                raise CommandError("--per-bulan minimal 1.")
            rencana = penjadwal.rencana_ngantor(
                mulai=mulai,
                sampai=sampai,
                per_bulan=opsi["per_bulan"],
                kecamatan=kecamatan,
                libur=libur,
            )

        if opsi["coba"]:
            hasil = penjadwal.periksa_jadwal(rencana=rencana)
            self.stdout.write("Uji coba — tidak ada yang disimpan.")
        else:
            hasil = penjadwal.buat_jadwal(rencana=rencana, dengan_agenda=not opsi["tanpa_agenda"])

        for r in rencana:
            geser = f" (digeser dari {r.tanggal_nominal:%Y-%m-%d})" if r.digeser else ""
            self.stdout.write(f"  {r.mulai:%a %Y-%m-%d}–{r.selesai:%Y-%m-%d}  {r.judul}{geser}")
        for r, lawan in hasil.bentrok:
            daftar = "; ".join(f"{k.judul} ({k.tanggal_mulai:%Y-%m-%d})" for k in lawan)
            self.stderr.write(f"Bentrok: {r.judul} {r.mulai:%Y-%m-%d} dengan {daftar}")
        kata = "akan dibuat" if opsi["coba"] else "dibuat"
        self.stdout.write(
            f"{kata}: {len(hasil.dibuat)}, sudah ada (dilewati): {len(hasil.dilewati)}, "
            f"bentrok: {len(hasil.bentrok)}"
        )
