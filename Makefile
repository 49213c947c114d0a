# Two commands do everything on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench eval clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	mkdir -p outputs
	$(BIN)/policyalign extract corpora/notices/000_bf6de6025eb46aa4.txt --format json --out outputs/000.json
	$(BIN)/policyalign diff corpora/notices/000_bf6de6025eb46aa4.txt corpora/notices/003_b9bae5fd1a95c124.txt --format json --out outputs/000-vs-003.json
	$(BIN)/policyalign diff corpora/notices/000_bf6de6025eb46aa4.txt corpora/notices/003_b9bae5fd1a95c124.txt --format html --out outputs/000-vs-003.html
	$(BIN)/policyalign diff corpora/notices/000_bf6de6025eb46aa4.txt corpora/notices/003_b9bae5fd1a95c124.txt --format xlsx --out outputs/000-vs-003.xlsx
	$(BIN)/policyalign batch corpora/notices --db outputs/policyalign.duckdb
	$(BIN)/policyalign report outputs/policyalign.duckdb --out outputs/site
	@echo "wrote outputs/000.json, outputs/000-vs-003.json, outputs/000-vs-003.html, outputs/000-vs-003.xlsx,"
	@echo "      outputs/policyalign.duckdb and the overview outputs/site/index.html"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run.py

eval: $(STAMP)
	$(BIN)/python tools/eval_align.py --loo

clean:
	rm -rf $(VENV) outputs/*.json outputs/*.html outputs/*.xlsx outputs/*.duckdb outputs/site
