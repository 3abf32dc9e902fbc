#!/usr/bin/env bash
# Installs code-server (VS Code server + web workbench that runs on Node 20) into ./.code-server,
# idempotently (seconds when present). The Debian packages it builds against (and that the tests
# use) are installed by scripts/setup-test-env.sh, which runs this script after them: `npm test`
# runs that first (pretest). Run on its own, this script only checks them.
# Only the npm registry and Debian apt are contacted: code-server's own postinstall would
# download ripgrep from GitHub, so its steps are done here by hand instead.
# Usage: scripts/setup-code-server.sh [--check] [DIR]   (DIR defaults to <repo>/.code-server)
#   --check  install nothing; exit 0 when code-server is ready in DIR, else 1
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
check=false
if [ "${1:-}" = --check ]; then check=true; shift; fi
target=${1:-${GOALPLAN_CODE_SERVER_DIR:-$repo_root/.code-server}}
version=${CODE_SERVER_VERSION:-4.100.3}
marker="$target/.ready-$version"
entry="$target/node_modules/code-server/out/node/entry.js"

say() { echo "[setup-code-server] $*"; }

if [ -f "$marker" ] && [ -f "$entry" ]; then
  $check || say "code-server $version ready in $target"
  exit 0
fi
$check && exit 1

# 1. System packages: installed by setup-test-env.sh (which may need root); only checked here.
# shellcheck source=scripts/test-env-packages.sh
source "$repo_root/scripts/test-env-packages.sh"
missing=()
for pkg in "${GOALPLAN_TEST_PACKAGES[@]}"; do
  goalplan_pkg_installed "$pkg" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "missing Debian packages: ${missing[*]}; run: bash scripts/setup-test-env.sh" >&2
  exit 1
fi

# 2. code-server itself, with lifecycle scripts off (its postinstall is what reaches GitHub).
say "installing code-server $version into $target"
mkdir -p "$target"
cd "$target"
[ -f package.json ] || printf '{ "private": true, "description": "code-server for GoalPlan e2e tests" }\n' > package.json
npm install --no-audit --no-fund --no-save --ignore-scripts "code-server@$version" >/dev/null
# The password hasher is a native module; code-server loads it even with --auth none.
npm rebuild argon2 >/dev/null

# 3. The bundled VS Code server's own dependencies and native modules.
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null
# node-pty's install hook fails late (missing node-gyp) even when its compile worked, so the
# exit status is not trusted: the compiled .node files are checked below instead.
npm rebuild @parcel/watcher @vscode/spdlog @vscode/deviceid kerberos native-watchdog node-pty >/dev/null 2>&1 || true
for native in node-pty/build/Release/pty.node @vscode/spdlog/build/Release/spdlog.node kerberos/build/Release/kerberos.node; do
  if [ ! -f "node_modules/$native" ]; then
    say "native module did not build: $native" >&2
    exit 1
  fi
done

# 4. What the skipped postinstall would have done: ripgrep binary (Debian's), asar alias,
#    CLI/browser helper names, built-in extensions' dependencies.
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null)

node "$entry" --version >/dev/null
touch "$marker"
say "code-server $version installed in $target in ${SECONDS}s"
