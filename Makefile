# Set-up and entry points. `make run` and `make test` are all a fresh clone needs.
PYTHON_VERSION := $(shell cat .python-version 2>/dev/null || echo 3.12)
PY ?= $(shell command -v python$(PYTHON_VERSION) 2>/dev/null || (command -v pyenv >/dev/null && pyenv which python$(PYTHON_VERSION) 2>/dev/null) || echo python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup run test figures notebooks lab clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

setup: $(VENV)/.installed

run: setup  ## analyse the bundled data: tables into data/processed/, figures into figures/
	$(BIN)/python -m analysis run data/raw --out data/processed --figures figures

test: setup  ## every test: unit, end-to-end, notebooks (nbval)
	$(BIN)/python -m pytest tests notebooks --nbval -q

lab: setup
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf $(VENV) data/processed/* figures/*
