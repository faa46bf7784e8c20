# Rasd: `make run` (set up, then ingest + analyze the bundled sample) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: install run test models bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/rasd demo --db rasd.db

test: install
	$(BIN)/python -m pytest -q

models: install
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python -m rasd.models.scripts.build_all

bench: install
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) rasd.db rasd.db-wal rasd.db-shm
