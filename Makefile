# Kede Group website. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# make test and make test-quick run the suite in parallel (pytest-xdist): one worker per CPU, WORKERS=2 etc.;
# WORKERS=0 runs it in one process. A test module is one unit of work (--dist loadfile), so its module fixtures
# (a seeded database, the scale-out stack) are built once, in one worker.
WORKERS ?= auto
XDIST := -n $(WORKERS) --dist loadfile

.DEFAULT_GOAL := help
# The settings fail closed (production) without DJANGO_DEBUG; these targets are for a developer's machine.
# (bench sets its own production environment for the server it starts.)
run test test-quick compilemessages messages bench seed-bench bench-import validate backup restore: export DJANGO_DEBUG ?= 1
prod: export DJANGO_DEBUG ?= 1
.PHONY: prod help run test test-quick lint fmt messages compilemessages bench seed-bench bench-import lighthouse validate tools backup restore install clean audit

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-16s %s\n", $$1, $$2}'

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 or newer is needed (PYTHON=$(PYTHON))."; exit 1; }
	$(PYTHON) -m venv $(VENV) || { echo "Could not create a virtual environment: on Debian, apt-get install python3-venv"; exit 1; }

$(STAMP): $(BIN)/python requirements.txt requirements-dev.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@touch $(STAMP)

install: $(STAMP) ## Create the virtual environment and install the dependencies

compilemessages: $(STAMP) ## Compile the translations (needs gettext's msgfmt)
	$(BIN)/python manage.py compilemessages --ignore=.venv -v0

run: install compilemessages ## Migrate, load the demo content and serve on 127.0.0.1:8000
	$(BIN)/python manage.py migrate --no-input -v0
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py createinitialrevisions
	$(BIN)/python manage.py demo_admin --host $(HOST) --port $(PORT)
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install compilemessages ## Run the whole suite (browser journeys included)
	$(BIN)/python -m pytest $(XDIST) --cov --cov-report=term:skip-covered $(PYTEST_ARGS)

test-quick: install compilemessages ## Run the suite without the slow seed tests and the browser journeys
	$(BIN)/python -m pytest $(XDIST) -m "not slow and not e2e" $(PYTEST_ARGS)

lint: install ## ruff check and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

audit: install ## Check requirements.txt for known vulnerabilities (pip-audit; needs the vulnerability service)
	$(BIN)/pip-audit --strict -r requirements.txt

fmt: install ## Fix what ruff can fix and format the code
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install ## Update the translation catalogues from the code and templates
	$(BIN)/python manage.py makemessages -l zh_Hans -l en --ignore=.venv --ignore=staticfiles --no-obsolete
	$(BIN)/python scripts/make_zh_hant.py

prod: install compilemessages ## The production stack on 127.0.0.1: nginx, two gunicorn app servers, PostgreSQL 15, Redis (SEED=demo|bench|none; DB=bench)
	$(BIN)/python scripts/prod.py run --seed $(if $(DB),$(DB),$(if $(SEED),$(SEED),demo))

# make bench SIZE=bench measures the bench database (manage.py seed_bench); BENCH_ARGS="--only news --seconds 2" etc.
# Not part of CI; it needs wrk (Debian: apt-get install wrk).
SIZE ?= demo
bench: install compilemessages ## Load the site with wrk (warm and rendered, 1 and 16 connections): SIZE=demo|bench
	@command -v wrk >/dev/null || { echo "make bench needs wrk: sudo apt-get install wrk"; exit 1; }
	$(BIN)/python scripts/bench.py --size $(SIZE) $(if $(STACK),--stack) $(BENCH_ARGS)

seed-bench: install ## Write bench.sqlite3: 5,000 products, 20,000 articles, 10,000 messages and applications
	$(BIN)/python manage.py seed_bench $(if $(RESET),--reset)

# Lighthouse, axe-core and the Nu Html Checker, pinned in tools/package-lock.json. No install scripts:
# vnu-jar's would download a Java; the machine's (Debian's) is used.
TOOLS_STAMP := tools/node_modules/.package-lock.json
$(TOOLS_STAMP): tools/package.json tools/package-lock.json
	cd tools && npm ci --ignore-scripts --no-audit --no-fund

tools: $(TOOLS_STAMP) ## Install the front-end checkers (npm ci in tools/)

lighthouse: install compilemessages tools ## Lighthouse scores of six pages (production-mode site behind nginx; URL=… for a running one)
	$(BIN)/python scripts/lighthouse.py $(if $(URL),--url $(URL))

validate: install compilemessages tools ## The Nu Html Checker on the main public pages of the demo site
	$(BIN)/python -m pytest tests/test_valid_html.py -q -p no:randomly

backup: install ## Write backups/kede-YYYYmmdd-HHMMSS.tar.gz: database, media, private media (personal data)
	$(BIN)/python manage.py backup $(if $(OUTPUT),--output $(OUTPUT))

restore: install ## Restore a backup: make restore FILE=backups/kede-….tar.gz (asks first; replaces db and media)
	@test -n "$(FILE)" || { echo "Name the archive: make restore FILE=backups/kede-YYYYmmdd-HHMMSS.tar.gz"; exit 2; }
	$(BIN)/python manage.py restore "$(FILE)"

bench-import: install ## Time the Excel import of 2,000 products (dry run and import) on a throw-away SQLite database
	$(BIN)/python scripts/bench_import.py

clean: ## Remove the virtual environment and generated files (keeps the database)
	rm -rf $(VENV) staticfiles .pytest_cache .coverage
	find . -name '*.mo' -not -path './.venv/*' -delete
