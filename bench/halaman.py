"""Public pages benchmark helpers (run by bench/halaman.sh; Django settings from the env).

python bench/halaman.py siapkan --layanan 3000 --tanya-jawab 20000
      -> adds generated published services (copies of the demo catalog, each with its
         requirements and steps, spread over every OPD) up to --layanan, and publishes
         answered aspirasi to the Q&A up to --tanya-jawab. Kept between runs.
python bench/halaman.py slug
      -> the slug of the most viewed published service (the detail page measured)
python bench/halaman.py wrk --port N --mode singgah|tanpa --jalur / --jalur /layanan/ ...
      -> runs wrk against the minimal view and every path; appends the figures (JSON
         lines) to --hasil
python bench/halaman.py tabel --hasil FILE
      -> the table: req/s, p99, ratio to the minimal view measured right before and after
         the page in the same run, target; exit status 1 when a target is missed
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pasuruan_portal.settings")

MINIMAL = "/tolok-ukur/minimal/"
# Acceptance (issue 6): a cached page at least half the minimal view's rate, an uncached
# page at least a fifth.
TARGET = {"singgah": 0.5, "tanpa": 0.2}
NAMA_MODE = {"singgah": "tersimpan", "tanpa": "tanpa singgahan"}


def _django():
    import django

    django.setup()


def siapkan(jumlah_layanan: int, jumlah_tanya_jawab: int) -> None:
    _django()
    from django.db import connection, transaction

    from aspirasi.models import Aspirasi, Status
    from layanan.models import OPD, LangkahProsedur, Layanan, Persyaratan

    rng = random.Random(6)  # noqa: S311 - reproducible bench data, not a secret
    ada = Layanan.objects.count()
    if ada < jumlah_layanan:
        contoh = list(
            Layanan.objects.filter(contoh=True).prefetch_related("persyaratan", "langkah")
        )
        opd = list(OPD.objects.aktif())
        if not contoh or not opd:
            raise SystemExit("Katalog demo belum dimuat (manage.py muat_demo).")
        lewati = {"id", "slug", "nama", "opd", "dibuat", "diperbarui", "dilihat", "unit_layanan"}
        kolom = [
            f.name
            for f in Layanan._meta.concrete_fields
            if f.name not in lewati and not f.name.endswith("_id")
        ]
        baru = []
        for i in range(ada, jumlah_layanan):
            asal = contoh[i % len(contoh)]
            salinan = Layanan(**{k: getattr(asal, k) for k in kolom})
            salinan.kategori_id = asal.kategori_id
            salinan.opd = rng.choice(opd)
            salinan.nama = f"{asal.nama} (varian {i})"[:200]
            salinan.slug = f"{asal.slug}-varian-{i}"[:200]
            salinan.status = Layanan.Status.TERBIT
            salinan.dilihat = rng.randint(0, 5000)
            baru.append((salinan, asal))
        with transaction.atomic():
            Layanan.objects.bulk_create([s for s, _ in baru], batch_size=500)
            Persyaratan.objects.bulk_create(
                [
                    Persyaratan(
                        layanan=s, urutan=p.urutan, uraian=p.uraian, keterangan=p.keterangan
                    )
                    for s, a in baru
                    for p in a.persyaratan.all()
                ],
                batch_size=2000,
            )
            LangkahProsedur.objects.bulk_create(
                [
                    LangkahProsedur(layanan=s, urutan=langkah.urutan, uraian=langkah.uraian)
                    for s, a in baru
                    for langkah in a.langkah.all()
                ],
                batch_size=2000,
            )
        print(f"Layanan dibuat: {len(baru)} (total {Layanan.objects.count()}).")
    terbit = Aspirasi.objects.filter(diterbitkan=True).count()
    if terbit < jumlah_tanya_jawab:
        calon = (
            Aspirasi.objects.filter(
                diterbitkan=False,
                status__in=[Status.DIJAWAB, Status.DITINDAKLANJUTI, Status.SELESAI],
            )
            .exclude(privasi=Aspirasi.Privasi.RAHASIA)
            .filter(dijawab_pertama_pada__isnull=False)
            .order_by("-dijawab_pertama_pada")
            .values_list("pk", flat=True)[: jumlah_tanya_jawab - terbit]
        )
        # Bench data: one UPDATE, not the service (which publishes one item at a time).
        jumlah = Aspirasi.objects.filter(pk__in=list(calon)).update(diterbitkan=True)
        print(f"Tanya-jawab diterbitkan: {jumlah} (total {terbit + jumlah}).")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # fresh statistics for the planner
    print(
        f"Isi: {Layanan.objects.terbit().count()} layanan terbit, "
        f"{Aspirasi.objects.filter(diterbitkan=True).count()} tanya-jawab terbit, "
        f"{Aspirasi.objects.count()} aspirasi."
    )


def slug() -> None:
    _django()
    from layanan.models import Layanan

    print(Layanan.objects.terbit().order_by("-dilihat", "pk").values_list("slug", flat=True)[0])


def _ms(teks: str) -> float:
    angka, satuan = re.fullmatch(r"([\d.]+)(us|ms|s|m)", teks).groups()
    return float(angka) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[satuan]


def _wrk(url: str, durasi: int, koneksi: int, utas: int) -> dict:
    keluaran = subprocess.run(  # noqa: S603
        ["wrk", f"-t{utas}", f"-c{koneksi}", f"-d{durasi}s", "--timeout", "30s", "--latency", url],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", keluaran).group(1))
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", keluaran, re.M).group(1))
    salah = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", keluaran)
    galat = re.search(r"Socket errors: (.*)", keluaran)
    return {
        "rps": rps,
        "p99": p99,
        "non2xx": int(salah.group(1)) if salah else 0,
        "galat_soket": galat.group(1) if galat else "",
    }


def wrk(port, mode, jalur, durasi, koneksi, utas, hasil) -> None:
    with open(hasil, "a") as berkas:
        # The minimal view before and after every page: the machine's speed drifts during
        # a run (by a third within minutes on a shared virtual machine), so each page is
        # compared with the minimal view measured right before and right after it.
        urutan = [MINIMAL]
        for path in jalur:
            urutan += [path, MINIMAL]
        for path in urutan:
            ukur = _wrk(f"http://127.0.0.1:{port}{path}", durasi, koneksi, utas)
            ukur.update({"mode": mode, "jalur": path})
            berkas.write(json.dumps(ukur) + "\n")
            print(
                f"  {NAMA_MODE[mode]:<16} {path:<45} {ukur['rps']:9.1f} req/s, "
                f"p99 {ukur['p99']:8.1f} ms",
                flush=True,
            )


def _acuan(baris: list[dict], i: int) -> float:
    """The mean rate of the minimal view runs right before and right after row ``i``."""
    sekitar = []
    for arah in (-1, 1):
        j = i + arah
        while 0 <= j < len(baris) and baris[j]["jalur"] != MINIMAL:
            j += arah
        if 0 <= j < len(baris) and baris[j]["mode"] == baris[i]["mode"]:
            sekitar.append(baris[j]["rps"])
    return sum(sekitar) / len(sekitar)


def tabel(hasil) -> int:
    baris = [json.loads(b) for b in Path(hasil).read_text().splitlines() if b.strip()]
    lolos = True
    print(
        f"{'halaman':<45} {'mode':<16} {'req/s':>9} {'p99 ms':>8} {'acuan':>8} {'rasio':>6} "
        f"{'target':>7}  hasil"
    )
    for mode in TARGET:
        minimal = [b["rps"] for b in baris if b["mode"] == mode and b["jalur"] == MINIMAL]
        rerata = sum(minimal) / len(minimal)
        for i, b in enumerate(baris):
            if b["mode"] != mode:
                continue
            if b["jalur"] == MINIMAL:
                acuan, target, status = rerata, "", "(acuan: rerata semua putaran minimal)"
            else:
                acuan = _acuan(baris, i)
                target = f">={TARGET[mode]:.1f}"
                ok = b["rps"] / acuan >= TARGET[mode] and b["non2xx"] == 0
                lolos &= ok
                status = "OK" if ok else "GAGAL"
            if b["non2xx"]:
                status += f" ({b['non2xx']} respons bukan 2xx/3xx)"
            print(
                f"{b['jalur']:<45} {NAMA_MODE[mode]:<16} {b['rps']:9.1f} {b['p99']:8.1f} "
                f"{acuan:8.1f} {b['rps'] / acuan:6.2f} {target:>7}  {status}"
            )
    print(
        "Rasio: req/s halaman dibagi rerata tampilan minimal yang diukur tepat sebelum dan "
        "sesudahnya."
    )
    print(
        "Target: halaman tersimpan >= 0.5 x tampilan minimal, tanpa singgahan >= 0.2 x -> "
        + ("TERCAPAI" if lolos else "BELUM TERCAPAI")
    )
    return 0 if lolos else 1


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="perintah", required=True)
    s = sub.add_parser("siapkan")
    s.add_argument("--layanan", type=int, default=3000)
    s.add_argument("--tanya-jawab", type=int, default=20000)
    sub.add_parser("slug")
    w = sub.add_parser("wrk")
    w.add_argument("--port", type=int, required=True)
    w.add_argument("--mode", choices=TARGET, required=True)
    w.add_argument("--jalur", action="append", required=True)
    w.add_argument("--durasi", type=int, default=10)
    w.add_argument("--koneksi", type=int, default=16)
    w.add_argument("--utas", type=int, default=2)
    w.add_argument("--hasil", required=True)
    t = sub.add_parser("tabel")
    t.add_argument("--hasil", required=True)
    a = parser.parse_args()
    if a.perintah == "siapkan":
        siapkan(a.layanan, a.tanya_jawab)
    elif a.perintah == "slug":
        slug()
    elif a.perintah == "wrk":
        wrk(a.port, a.mode, a.jalur, a.durasi, a.koneksi, a.utas, a.hasil)
    else:
        sys.exit(tabel(a.hasil))


if __name__ == "__main__":
    main()
