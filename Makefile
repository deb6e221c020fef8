# The whole set-up on a fresh machine: `make run` starts the app, `make test` checks it.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
CONTENT := build/content.db
SOURCES := $(shell find data -name '*.md' 2>/dev/null)
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench i18n screenshots clean dist

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

$(CONTENT): $(STAMP) $(SOURCES)
	@mkdir -p build
	$(PY) -m briefing content build data -o $(CONTENT)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

i18n: $(QM)

run: $(STAMP) $(CONTENT) i18n
	$(PY) -m briefing

lint: $(STAMP)
	$(VENV)/bin/ruff check briefing tests
	$(VENV)/bin/ruff format --check briefing tests
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test: $(STAMP) $(CONTENT) i18n lint
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest

bench: $(STAMP) $(CONTENT) i18n
	@for f in tests/bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(PY) $$f || exit 1; done

# The main views as PNGs for the README, in a real X server (Xvfb) when there is one.
screenshots: $(STAMP) $(CONTENT) i18n
	@mkdir -p docs/screenshots
	@if command -v xvfb-run >/dev/null 2>&1; then \
		xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \
			$(PY) tests/ui/capture_screenshots.py docs/screenshots; \
	else \
		echo "xvfb-run not found (apt-get install xvfb libxcb-cursor0): using Qt's offscreen platform"; \
		QT_QPA_PLATFORM=offscreen $(PY) tests/ui/capture_screenshots.py docs/screenshots; \
	fi

# The frozen one-folder build IT deploys (docs/packaging.md): PyInstaller into dist/briefing/,
# packed as dist/briefing-<version>-linux-<arch>.tar.gz with its SHA-256, and the unpacked
# archive smoke-tested (version, doctor, self-test, search, install-linux.sh); an archive
# that fails is deleted. Takes about a minute.
DIST_STAMP := $(VENV)/.dist-stamp
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' briefing/__init__.py)
ARCHIVE = briefing-$(VERSION)-linux-$(shell uname -m).tar.gz

$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dist]'
	@touch $@

dist: $(DIST_STAMP) $(CONTENT) i18n
	rm -rf dist/briefing dist/$(ARCHIVE) dist/$(ARCHIVE).sha256 build/pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller resources/packaging/briefing.spec
	install -m 755 resources/packaging/install-linux.sh dist/briefing/install-linux.sh
	tar -C dist --sort=name --owner=0 --group=0 -czf dist/$(ARCHIVE) briefing
	@rm -rf build/dist-check && mkdir -p build/dist-check
	tar -C build/dist-check -xzf dist/$(ARCHIVE)
	PYTHON=$(abspath $(PY)) bash resources/packaging/smoke-test.sh build/dist-check/briefing \
		$(VERSION) || { rm -f dist/$(ARCHIVE); exit 1; }
	@rm -rf build/dist-check
	cd dist && sha256sum $(ARCHIVE) > $(ARCHIVE).sha256
	@du -sh dist/briefing dist/$(ARCHIVE)

clean:
	rm -rf build dist resources/i18n/*.qm
