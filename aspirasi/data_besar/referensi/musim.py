"""Seasons: how much each month weighs for the topics that follow a season."""

# Month factor (Jan..Dec) of a season.
MUSIM = {
    "rata": (1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
    # PPDB: registration May-July.
    "ppdb": (0.4, 0.4, 0.5, 0.7, 2.0, 4.5, 4.0, 0.8, 0.5, 0.4, 0.4, 0.4),
    # PBB-P2 falls due at the end of August; vehicle and annual tax questions in March.
    "pajak": (0.7, 0.8, 1.6, 1.0, 1.0, 1.2, 2.2, 3.2, 1.6, 0.7, 0.6, 0.8),
    # Rainy season November-March: roads, floods, drains.
    "hujan": (3.0, 3.0, 2.4, 1.4, 0.6, 0.3, 0.2, 0.2, 0.3, 0.8, 2.0, 2.8),
    # Dry season: clean water, fires, crop failure.
    "kemarau": (0.3, 0.3, 0.4, 0.6, 1.0, 1.4, 2.2, 2.8, 2.8, 2.0, 0.8, 0.4),
    # Dengue peaks at the start of the year.
    "dbd": (2.6, 2.8, 2.2, 1.4, 0.8, 0.5, 0.4, 0.4, 0.4, 0.5, 0.8, 1.6),
    # Year start: new KK/KTP after weddings, social aid data updates.
    "awal_tahun": (1.8, 1.5, 1.2, 1.0, 0.9, 0.9, 0.9, 0.8, 0.8, 0.8, 0.9, 1.3),
}
