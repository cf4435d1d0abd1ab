# pg_trgm powers typo-tolerant search on PostgreSQL; on SQLite this is a no-op.
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("layanan", "0001_initial")]

    operations = [TrigramExtension()]
