#!/usr/bin/env bash
# Acceptance: 200 submissions from 20 concurrent clients against gunicorn on PostgreSQL.
# Uses its own database (portal_bench) and port; leaves nothing running.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
PORT=${BENCH_PORT:-8123}
DB=portal_bench
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/5}
# The flood limit would (rightly) stop one address sending 200; the benchmark measures
# the write path, so it lifts the limit for its own server only.
export ASPIRASI_BATAS_KIRIM=100000/600
export ASPIRASI_BATAS_DRAF=100000/600
# shellcheck source=bench/lingkungan.sh
source bench/lingkungan.sh

dropdb --if-exists -h 127.0.0.1 -U postgres "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"
$PY manage.py migrate --noinput -v0
$PY manage.py muat_demo >/dev/null
$PY manage.py collectstatic --noinput -v0

.venv/bin/gunicorn -c gunicorn.conf.py --bind "127.0.0.1:${PORT}" --workers 4 --access-logfile /dev/null pasuruan_portal.wsgi &
GPID=$!
trap 'kill $GPID 2>/dev/null || true; wait $GPID 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  curl -fs -o /dev/null -H "X-Forwarded-Proto: https" "http://127.0.0.1:${PORT}/" && break
  sleep 0.2
done

hasil=0
$PY bench/kirim_serentak.py --port "$PORT" --klien 20 --per-klien 10 || hasil=$?

baris=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*), count(distinct kode) from aspirasi_aspirasi")
echo "baris di database   : ${baris%|*} (${baris#*|} kode berbeda)"
hilang=0
while read -r kode; do
  [ -z "$kode" ] && continue
  ada=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select count(*) from aspirasi_aspirasi where kode='${kode}'")
  [ "$ada" = "1" ] || hilang=$((hilang + 1))
done < bench/kode_terkirim.txt
echo "kode tanpa baris    : ${hilang}"
rm -f bench/kode_terkirim.txt
[ "$hasil" -eq 0 ] && [ "$hilang" -eq 0 ] && [ "${baris%|*}" -eq 200 ]
