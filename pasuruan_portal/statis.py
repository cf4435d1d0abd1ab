"""The static files storage of production: WhiteNoise's compressed manifest storage, with
the URL of each file computed once per process.

``{% static %}`` asks the storage for a URL on every render (four times per public page):
the manifest lookup, ``urljoin`` and URL quoting cost more than the rest of the tag. The
manifest is read when the storage is made and does not change while the process runs
(a new ``collectstatic`` takes a restart), so a name's URL does not change either.
"""

from __future__ import annotations

from whitenoise.storage import CompressedManifestStaticFilesStorage

# Names come from templates; the bound only guards against a caller passing user input.
URL_MAKS = 2048


class StatisTerkompresi(CompressedManifestStaticFilesStorage):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._url_tetap: dict[str, str] = {}

    def url(self, name, force=False):
        if force:
            return super().url(name, force)
        try:
            return self._url_tetap[name]
        except (KeyError, TypeError):
            pass
        hasil = super().url(name)
        if isinstance(name, str) and len(self._url_tetap) < URL_MAKS:
            self._url_tetap[name] = hasil
        return hasil
