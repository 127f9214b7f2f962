# RM Coach: `make run` opens the app, `make test` runs the whole suite offscreen.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck translations translations-update bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing UI strings: refresh the .ts files, then translate what is new in them.
translations-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find ui -name '*.py' | sort) -source-language en -locations none \
		-ts resources/translations/rmcoach_zh_CN.ts resources/translations/rmcoach_en.ts

run: $(STAMP) translations
	$(PY) main.py $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

test: $(STAMP) translations lint typecheck
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

clean:
	rm -rf $(VENV) build *.egg-info resources/translations/*.qm
