#!/usr/bin/env bash
# Install disclosure-qa into .venv and serve the web app (built-in demo corpus unless you pass
# --corpus DIR or --index DIR). Extra arguments go to `disclosure-qa serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d .venv ] || python3 -m venv .venv
. .venv/bin/activate
# install once; again only when pyproject.toml changed (the stamp holds its checksum)
stamp=.venv/.disclosure-qa-installed
if [ "$(cat "$stamp" 2>/dev/null)" != "$(sha256sum pyproject.toml)" ] || ! command -v disclosure-qa >/dev/null; then
  python -m pip install -q --upgrade pip
  python -m pip install -q -e .
  sha256sum pyproject.toml > "$stamp"
fi
if ! command -v antiword >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then   # reads .doc files
  (apt-get install -y -qq antiword >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq antiword >/dev/null 2>&1)) \
    || echo "antiword not installed: .doc files will be skipped with a note"
fi
exec disclosure-qa serve "$@"
