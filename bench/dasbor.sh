#!/usr/bin/env bash
# Acceptance (issue 5): with 1,000,000 aspirasi and 60 OPDs on PostgreSQL, the median and
# p95 server time of /dasbor/ (Pimpinan) and /transparansi/ (anonymous) over 20 requests.
# The database is kept between runs: the data is generated only when it is not there yet
# (BENCH_DASBOR_ULANG=1 regenerates). Leaves nothing running.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
PORT=${BENCH_DASBOR_PORT:-8124}
DB=${BENCH_DASBOR_DB:-portal_bench_dasbor}
JUMLAH=${BENCH_DASBOR_JUMLAH:-1000000}
OPD=${BENCH_DASBOR_OPD:-60}
REDIS_DB=${BENCH_DASBOR_REDIS_DB:-6}
export REDIS_URL="redis://127.0.0.1:6379/${REDIS_DB}"
export LOG_LEVEL=WARNING
# shellcheck source=bench/lingkungan.sh
source bench/lingkungan.sh

if [ "${BENCH_DASBOR_ULANG:-0}" = "1" ]; then dropdb --if-exists -h 127.0.0.1 -U postgres "$DB"; fi
psql -h 127.0.0.1 -U postgres -Atc "select 1 from pg_database where datname='${DB}'" | grep -q 1 \
  || createdb -h 127.0.0.1 -U postgres "$DB"
$PY manage.py migrate --noinput -v0

ada=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*) from aspirasi_aspirasi")
if [ "$ada" -ge "$JUMLAH" ]; then
  echo "Data sudah ada: ${ada} aspirasi (pembuatan dilewati; BENCH_DASBOR_ULANG=1 untuk membuat ulang)."
else
  if [ "$ada" -ne 0 ]; then
    echo "Database ${DB} berisi ${ada} aspirasi, kurang dari ${JUMLAH}: dibuat ulang."
    dropdb -h 127.0.0.1 -U postgres "$DB" && createdb -h 127.0.0.1 -U postgres "$DB"
    $PY manage.py migrate --noinput -v0
  fi
  mulai=$(date +%s.%N)
  $PY manage.py buat_data_besar --jumlah "$JUMLAH" --opd "$OPD"
  echo "Waktu pembuatan data (termasuk VACUUM ANALYZE): $(echo "$(date +%s.%N) - $mulai" | bc) detik"
fi
psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*), count(distinct opd_id) from aspirasi_aspirasi" \
  | awk -F'|' '{print "Isi database: " $1 " aspirasi, " $2 " OPD"}'

$PY manage.py collectstatic --noinput -v0
SESI=$($PY bench/dasbor.py siapkan)
# Cold start for the cached public page: empty this benchmark's own Redis database.
redis-cli -n "$REDIS_DB" flushdb >/dev/null

GUNICORN_WORKERS=${BENCH_DASBOR_WORKERS:-2} GUNICORN_TIMEOUT=120 .venv/bin/gunicorn -c gunicorn.conf.py \
  --bind "127.0.0.1:${PORT}" --access-logfile /dev/null pasuruan_portal.wsgi &
GPID=$!
trap 'kill $GPID 2>/dev/null || true; wait $GPID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fs -o /dev/null -H "X-Forwarded-Proto: https" "http://127.0.0.1:${PORT}/robots.txt" && break
  sleep 0.2
done

echo "gunicorn ${BENCH_DASBOR_WORKERS:-2} worker, PostgreSQL ${DB}, Redis db ${REDIS_DB}; waktu diukur klien HTTP per permintaan:"
$PY bench/dasbor.py ukur --port "$PORT" --sesi "$SESI" --kali 20
