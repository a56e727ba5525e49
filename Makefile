# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: setup index run test lint eval bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# Rebuilds only when knowledge/ or the model changed since the last build.
index: $(STAMP)
	$(BIN)/coach index build --if-stale

run: index
	$(BIN)/coach run

test: index
	$(BIN)/ruff check bot tests bench
	$(BIN)/mypy
	$(BIN)/pytest -q

eval: index
	$(BIN)/coach eval

bench: index
	$(BIN)/python -m bench.latency

clean:
	rm -rf $(VENV) index/*.faiss index/*.json index/*.npy
