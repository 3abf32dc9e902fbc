#!/usr/bin/env bash
# Everything `npm test` needs, installed before its first step (package.json "pretest"), so the
# README's two commands work on a fresh machine (Node 20 + npm): the Debian packages the unit,
# security and end-to-end tests use, then code-server (scripts/setup-code-server.sh).
#   - chromium: the report/webview tests (playwright-core drives the system Chromium) and the
#     code-server UI checks; ripgrep: code-server's search; git: history tests and fixtures;
#     python3, make, g++, pkg-config and the -dev headers: code-server's native modules.
# Idempotent: when everything is present it runs no apt-get and no npm, in about a second.
# When it cannot install (not root, no apt-get, apt-get failing) it says so on one line with the
# command to run, and exits 1.
# Usage: scripts/setup-test-env.sh [--check] [--system-only]
#   --check        install nothing: list what is missing (exit 1 if anything is)
#   --system-only  the Debian packages only, not code-server
# Environment: GOALPLAN_CODE_SERVER_DIR (where code-server goes, default <repo>/.code-server).
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
check=false
system_only=false
for arg in "$@"; do
  case "$arg" in
    --check) check=true ;;
    --system-only) system_only=true ;;
    *) echo "usage: $0 [--check] [--system-only]" >&2; exit 2 ;;
  esac
done

say() { echo "[setup-test-env] $*"; }
fail() { echo "[setup-test-env] $*" >&2; exit 1; }

# The one list of system packages the tests need (setup-code-server.sh checks the same ones).
# shellcheck source=scripts/test-env-packages.sh
source "$repo_root/scripts/test-env-packages.sh"

missing=()
for pkg in "${GOALPLAN_TEST_PACKAGES[@]}"; do
  goalplan_pkg_installed "$pkg" || missing+=("$pkg")
done
code_server_dir=${GOALPLAN_CODE_SERVER_DIR:-$repo_root/.code-server}

if $check; then
  status=0
  if [ ${#missing[@]} -gt 0 ]; then say "missing Debian packages: ${missing[*]}"; status=1; else say "Debian packages present: ${GOALPLAN_TEST_PACKAGES[*]}"; fi
  if ! $system_only; then
    if bash "$repo_root/scripts/setup-code-server.sh" --check >/dev/null 2>&1; then say "code-server ready in $code_server_dir"; else say "code-server missing in $code_server_dir"; status=1; fi
  fi
  exit $status
fi

if [ ${#missing[@]} -gt 0 ]; then
  install_cmd="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
  command -v apt-get >/dev/null 2>&1 \
    || fail "missing ${missing[*]} and no apt-get here: install them with your package manager, then run npm test again."
  [ "$(id -u)" -eq 0 ] \
    || fail "missing Debian packages: ${missing[*]}; run as root: sudo sh -c '$install_cmd' (then npm test again)."
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/dev/null \
    || fail "apt-get could not install ${missing[*]}; try by hand: $install_cmd"
fi

$system_only && exit 0
bash "$repo_root/scripts/setup-code-server.sh" \
  || fail "code-server did not install into $code_server_dir (output above); retry with: bash scripts/setup-code-server.sh"
