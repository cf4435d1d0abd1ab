# Petugas OPD keep their own OPD's contact, hours and relocation notice current; the admin
# limits the change to their own OPD (DibatasiOPDMixin) and keeps identity fields read-only.
from django.db import migrations


def tambah(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    grup = Group.objects.filter(name="Petugas OPD").first()
    if grup:
        grup.permissions.add(
            Permission.objects.get(content_type__app_label="layanan", codename="change_opd")
        )


def hapus(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    grup = Group.objects.filter(name="Petugas OPD").first()
    if grup:
        grup.permissions.remove(
            Permission.objects.get(content_type__app_label="layanan", codename="change_opd")
        )


class Migration(migrations.Migration):
    dependencies = [("layanan", "0003_grup_petugas")]

    operations = [migrations.RunPython(tambah, hapus)]
