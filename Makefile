# Portal Layanan Publik Kabupaten Pasuruan
# `make run`  — virtualenv, install, migrate, demo data, serve http://127.0.0.1:8000 (SQLite)
# `make test` — ruff, bandit, migrations check, the whole pytest suite (DATABASE_URL when set)
# `make soak` — submissions under load while a temporary PostgreSQL is restarted (bench/)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
# Local run: tasks (emails) run at once and print to the console; no worker needed.
RUN_ENV := DEBUG=1 TASKS_BACKEND=immediate

.PHONY: run test install lint bench soak clean

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(RUN_ENV) $(PY) manage.py migrate --noinput
	$(RUN_ENV) $(PY) manage.py muat_demo
	$(RUN_ENV) $(PY) manage.py muat_demo_dua_langkah
	$(RUN_ENV) $(PY) manage.py muat_demo_kegiatan
	$(RUN_ENV) EMAIL_URL=dummymail:// $(PY) manage.py muat_demo_aspirasi
	$(RUN_ENV) $(PY) manage.py runserver 127.0.0.1:8000

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/bandit -c pyproject.toml -r . -ll -q

test: lint
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run
	$(BIN)/pytest

# Benchmarks run against PostgreSQL and gunicorn on this machine (see bench/).
# kirim_serentak: 200 concurrent submissions; dasbor: /dasbor/ and /transparansi/ with
# 1,000,000 aspirasi and 60 OPDs (data generated once, kept in its own database);
# halaman: the public pages with wrk, cached and uncached, against a minimal view;
# batas: the tracking rate limit across 4 gunicorn workers sharing Redis.
# Each script also runs alone (bash bench/<name>.sh). All run even if one fails; the
# target's exit status is non-zero when any did.
bench: $(STAMP)
	@gagal=0; \
	bash bench/kirim_serentak.sh || gagal=1; \
	bash bench/dasbor.sh || gagal=1; \
	bash bench/halaman.sh || gagal=1; \
	bash bench/batas.sh || gagal=1; \
	exit $$gagal

# Fault run: 60 s of concurrent submissions while PostgreSQL (a temporary cluster of its own
# on port 5440, never the machine's main one) is stopped and started again.
soak: $(STAMP)
	bash bench/soak.sh

clean:
	rm -rf $(VENV) staticfiles db.sqlite3
