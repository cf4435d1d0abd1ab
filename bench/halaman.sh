#!/usr/bin/env bash
# Acceptance (issue 6): requests per second and p99 of the main public pages, measured with
# wrk against gunicorn on PostgreSQL with large data, beside a minimal view served by the
# same gunicorn in the same run; two runs: pages cached (anonymous visitors, the normal
# case) and the page cache off (HALAMAN_CACHE_DETIK=0). Targets: a cached page at least
# half the minimal view's rate, an uncached one at least a fifth.
# The database is kept between runs (BENCH_HALAMAN_ULANG=1 regenerates). Leaves nothing
# running.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null; then
  echo "wrk belum terpasang; memasang paket Debian wrk..."
  apt-get install -y wrk >/dev/null 2>&1 || sudo apt-get install -y wrk >/dev/null 2>&1 || true
fi
command -v wrk >/dev/null || {
  echo "GAGAL: wrk tidak tersedia. Pasang dengan: apt-get install -y wrk" >&2
  exit 2
}

PY=.venv/bin/python
PORT=${BENCH_HALAMAN_PORT:-8125}
DB=${BENCH_HALAMAN_DB:-portal_bench_halaman}
ASPIRASI=${BENCH_HALAMAN_ASPIRASI:-50000}
LAYANAN=${BENCH_HALAMAN_LAYANAN:-3000}
TANYA_JAWAB=${BENCH_HALAMAN_TANYA_JAWAB:-20000}
WORKERS=${BENCH_HALAMAN_WORKERS:-$((2 * $(nproc)))}
DURASI=${BENCH_HALAMAN_DURASI:-10}
KONEKSI=${BENCH_HALAMAN_KONEKSI:-16}
REDIS_DB=${BENCH_HALAMAN_REDIS_DB:-12}
export REDIS_URL="redis://127.0.0.1:6379/${REDIS_DB}"
export LOG_LEVEL=WARNING
export TOLOK_UKUR=1
# shellcheck source=bench/lingkungan.sh
source bench/lingkungan.sh

if [ "${BENCH_HALAMAN_ULANG:-0}" = "1" ]; then dropdb --if-exists -h 127.0.0.1 -U postgres "$DB"; fi
psql -h 127.0.0.1 -U postgres -Atc "select 1 from pg_database where datname='${DB}'" | grep -q 1 \
  || createdb -h 127.0.0.1 -U postgres "$DB"
$PY manage.py migrate --noinput -v0

ada=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*) from aspirasi_aspirasi")
if [ "$ada" -lt "$ASPIRASI" ]; then
  mulai=$(date +%s.%N)
  $PY manage.py muat_demo >/dev/null
  $PY manage.py muat_demo_kegiatan >/dev/null
  $PY manage.py muat_demo_aspirasi >/dev/null
  $PY manage.py buat_data_besar --jumlah "$((ASPIRASI - ada))" --opd 60
  echo "Waktu pembuatan aspirasi: $(echo "$(date +%s.%N) - $mulai" | bc) detik"
fi
$PY bench/halaman.py siapkan --layanan "$LAYANAN" --tanya-jawab "$TANYA_JAWAB"
psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select (select count(*) from kegiatan_kegiatan where terbit), (select count(*) from layanan_opd)" \
  | awk -F'|' '{print "Isi: " $1 " kegiatan terbit, " $2 " OPD"}'

$PY manage.py collectstatic --noinput -v0
SLUG=$($PY bench/halaman.py slug)
JALUR=(/ /layanan/ "/layanan/${SLUG}/" /tanya-jawab/ /kegiatan/)
HASIL=$(mktemp)
GPID=""
berhenti() {
  if [ -n "$GPID" ]; then kill "$GPID" 2>/dev/null || true; wait "$GPID" 2>/dev/null || true; fi
  GPID=""
}
trap 'berhenti; rm -f "$HASIL"' EXIT

jalankan() { # $1: mode (singgah|tanpa), $2: HALAMAN_CACHE_DETIK
  redis-cli -n "$REDIS_DB" flushdb >/dev/null
  # --max-requests 0: gunicorn.conf.py recycles a worker every ~2000 requests, i.e. every
  # few seconds at these rates; a worker booting mid-measurement (seconds on a busy
  # machine, requests queued behind it) would measure gunicorn's start-up, not the pages.
  HALAMAN_CACHE_DETIK=$2 GUNICORN_WORKERS=$WORKERS .venv/bin/gunicorn -c gunicorn.conf.py \
    --bind "127.0.0.1:${PORT}" --max-requests 0 --access-logfile /dev/null --log-level warning \
    pasuruan_portal.wsgi &
  GPID=$!
  for _ in $(seq 1 150); do
    curl -fs -o /dev/null "http://127.0.0.1:${PORT}/tolok-ukur/minimal/" && break
    sleep 0.2
  done
  # Warm-up: every worker opens its database connection, loads templates and, in the
  # cached mode, the pages are stored.
  for path in /tolok-ukur/minimal/ "${JALUR[@]}"; do
    wrk -t1 -c"$WORKERS" -d2s "http://127.0.0.1:${PORT}${path}" >/dev/null
  done
  $PY bench/halaman.py wrk --port "$PORT" --mode "$1" --durasi "$DURASI" --koneksi "$KONEKSI" \
    --hasil "$HASIL" $(printf -- '--jalur %s ' "${JALUR[@]}")
  berhenti
}

echo "gunicorn ${WORKERS} worker, PostgreSQL ${DB}, Redis db ${REDIS_DB}; wrk -t2 -c${KONEKSI} -d${DURASI}s per halaman:"
jalankan singgah 300
jalankan tanpa 0
echo
$PY bench/halaman.py tabel --hasil "$HASIL"
