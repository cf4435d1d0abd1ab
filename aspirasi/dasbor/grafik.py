"""The weekly trend as coordinates for a server-rendered inline SVG (no JavaScript)."""

from __future__ import annotations

from dataclasses import dataclass

LEBAR = 640
TINGGI = 240
KIRI, KANAN, ATAS, BAWAH = 40, 12, 12, 28


@dataclass
class Titik:
    x: float
    y: float


def _skala_atas(nilai: int) -> int:
    """The top of the y axis: at least ``nilai``, divisible by 4 so the ticks are whole."""
    return max(4, -(-nilai // 4) * 4)


def grafik_tren(tren) -> dict:
    """Polylines of received and answered per week, y-axis ticks and a few week labels."""
    tertinggi = max([0, *(m.diterima for m in tren), *(m.dijawab for m in tren)])
    atas = _skala_atas(tertinggi)
    lebar_isi = LEBAR - KIRI - KANAN
    tinggi_isi = TINGGI - ATAS - BAWAH
    jarak = lebar_isi / max(1, len(tren) - 1)

    def titik(i, n):
        return Titik(round(KIRI + i * jarak, 1), round(ATAS + tinggi_isi * (1 - n / atas), 1))

    diterima = [titik(i, m.diterima) for i, m in enumerate(tren)]
    dijawab = [titik(i, m.dijawab) for i, m in enumerate(tren)]
    setiap = max(1, len(tren) // 6)
    return {
        "lebar": LEBAR,
        "tinggi": TINGGI,
        "kiri": KIRI,
        "kanan": LEBAR - KANAN,
        "dasar": ATAS + tinggi_isi,
        "garis_diterima": " ".join(f"{t.x},{t.y}" for t in diterima),
        "garis_dijawab": " ".join(f"{t.x},{t.y}" for t in dijawab),
        "titik_diterima": diterima,
        # Squares for the answered series, so the two differ in shape, not colour alone.
        "kotak_dijawab": [Titik(round(t.x - 3, 1), round(t.y - 3, 1)) for t in dijawab],
        "x_label_y": KIRI - 6,
        "y_label_x": TINGGI - 8,
        "sumbu_y": [
            {"nilai": atas * k // 4, "y": round(ATAS + tinggi_isi * (1 - k / 4), 1)}
            for k in range(5)
        ],
        "label_x": [
            {"x": diterima[i].x, "tanggal": m.mulai} for i, m in enumerate(tren) if i % setiap == 0
        ],
    }
