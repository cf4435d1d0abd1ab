"""Through which channel items arrive."""

# Kanal of items not raised at an event, and the share raised at events by kind.
KANAL_BIASA = [("web", 70), ("telepon_loket", 22)]
KANAL_KEGIATAN = [
    ("kenduren_mas", 3.0),
    ("ngantor_di_kecamatan", 2.0),
    ("sambang_desa", 1.5),
    ("temuan_kunjungan", 1.5),
]
