"""The leaders' dashboard (/dasbor/) and the public transparency page (/transparansi/).

Every figure is computed in ``statistik``; views, exports and templates only show it."""
