"""Cron (hourly or daily): remove attachments that waited in the temporary area too long,
and stored files whose Lampiran row no longer exists."""

import datetime

from django.core.management.base import BaseCommand

from aspirasi import lampiran


class Command(BaseCommand):
    help = (
        "Menghapus lampiran sementara (berkas yang diunggah tetapi aspirasinya tidak jadi "
        "dikirim) yang lebih tua dari --jam jam. Aman dijalankan berulang."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--jam", type=int, default=24, help="Umur minimum berkas yang dihapus (jam)."
        )

    def handle(self, *args, **options):
        jam = max(1, options["jam"])
        umur = datetime.timedelta(hours=jam)
        sementara = lampiran.bersihkan_sementara(lebih_tua_dari=umur)
        yatim = lampiran.bersihkan_yatim(lebih_tua_dari=umur)
        if options["verbosity"] > 0:
            self.stdout.write(
                f"Lampiran sementara dihapus: {sementara} berkas; "
                f"berkas tanpa baris dihapus: {yatim} berkas."
            )
