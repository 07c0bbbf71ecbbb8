#!/usr/bin/env bash
# Install disclosure-qa into .venv and serve the web app (built-in demo corpus unless you pass
# --corpus DIR or --index DIR). Extra arguments go to `disclosure-qa serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
. .venv/bin/activate
python -m pip install -q --upgrade pip
python -m pip install -q -e .
exec disclosure-qa serve "$@"
