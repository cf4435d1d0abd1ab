"""Spreadsheet export of aspirasi for staff: the workload, never the reporter's identity."""

from import_export import fields, resources

from aspirasi.models import Aspirasi


class AspirasiResource(resources.ModelResource):
    opd = fields.Field(attribute="opd__nama", column_name="opd")
    kecamatan = fields.Field(attribute="kecamatan__nama", column_name="kecamatan")
    layanan = fields.Field(attribute="layanan__nama", column_name="layanan")

    class Meta:
        model = Aspirasi
        # An allow-list: a new identity field on the model never leaks into exports.
        fields = (
            "kode",
            "jenis",
            "judul",
            "status",
            "kanal",
            "opd",
            "layanan",
            "kecamatan",
            "dibuat",
            "diteruskan_pada",
            "dijawab_pertama_pada",
            "tenggat",
            "selesai_pada",
        )
        export_order = fields

    def get_queryset(self):
        return super().get_queryset().select_related("opd", "kecamatan", "layanan")
