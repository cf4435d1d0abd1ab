"""Trigram index for the /tanya-jawab/ search, PostgreSQL only.

The search tests each word with ``judul__icontains`` or ``isi__icontains``, which Django
writes on PostgreSQL as ``UPPER(col::text) LIKE UPPER('%word%')``: a GIN ``gin_trgm_ops``
index on the same ``UPPER(col)`` expressions serves it (the words of three letters or more;
shorter ones are read as before). Partial on the whole of ``terbit()``, like
aspirasi_terbit_idx: only published items are searched. ``pg_trgm`` comes from
layanan 0002. SQLite has neither GIN nor trigrams: there the migration does nothing,
and the index is not in the model's Meta (it would be created on SQLite too).
"""

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import migrations
from django.db.models import Q
from django.db.models.functions import Upper

NAMA = "aspirasi_cari_terbit_trgm_idx"


def _indeks():
    return GinIndex(
        OpClass(Upper("judul"), name="gin_trgm_ops"),
        OpClass(Upper("isi"), name="gin_trgm_ops"),
        name=NAMA,
        condition=Q(diterbitkan=True, status__in=["dijawab", "ditindaklanjuti", "selesai"])
        & ~Q(privasi="rahasia"),
    )


def tambah(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("aspirasi", "Aspirasi"), _indeks())


def hapus(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("aspirasi", "Aspirasi"), _indeks())


class Migration(migrations.Migration):
    dependencies = [
        ("aspirasi", "0012_indeks_terbit"),
        ("layanan", "0002_ekstensi_postgres"),
    ]

    operations = [migrations.RunPython(tambah, hapus, elidable=False)]
