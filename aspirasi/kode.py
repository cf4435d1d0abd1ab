"""Tracking codes: short, unguessable, easy to read aloud (Crockford base32).

``PSR-7KQ2-M9XD``: 8 random symbols from 32 = 40 bits, enough that guessing a valid code
is hopeless once lookups are rate limited. Crockford's alphabet leaves out I, L, O and U,
so a code read over the phone cannot be misheard as 1 or 0.
"""

import re
import secrets

ALFABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
AWALAN = "PSR"
PANJANG_ACAK = 8
_POLA = re.compile(rf"^{AWALAN}-[{ALFABET}]{{4}}-[{ALFABET}]{{4}}$")
# What a resident might type for each look-alike symbol.
_SERUPA = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def buat_kode() -> str:
    acak = "".join(secrets.choice(ALFABET) for _ in range(PANJANG_ACAK))
    return f"{AWALAN}-{acak[:4]}-{acak[4:]}"


def normalisasi_kode(teks: str) -> str | None:
    """Turn what a resident typed into a canonical code, or None if it cannot be one.

    Accepts lower case, spaces, missing dashes and the look-alikes O/I/L/U.
    """
    rapat = re.sub(r"[\s\-_.]", "", (teks or "").upper())
    if rapat.startswith(AWALAN):
        rapat = rapat[len(AWALAN) :]
    rapat = rapat.translate(_SERUPA)
    if len(rapat) != PANJANG_ACAK:
        return None
    kode = f"{AWALAN}-{rapat[:4]}-{rapat[4:]}"
    return kode if _POLA.match(kode) else None
