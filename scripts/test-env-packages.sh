# Debian packages the tests need (sourced by setup-test-env.sh and setup-code-server.sh):
# chromium (report/webview tests, code-server UI), ripgrep (code-server search), git (history
# tests, fixtures), ca-certificates (npm over TLS), and the toolchain and headers that
# code-server's native modules (node-pty, kerberos, spdlog, argon2) compile against.
# shellcheck disable=SC2034  # used by the scripts that source this file
GOALPLAN_TEST_PACKAGES=(chromium ripgrep git ca-certificates python3 make g++ pkg-config
  libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev)

# Installed, not merely known to dpkg: `apt-get remove` keeps a package's configuration files,
# and `dpkg -s` still succeeds for it (Status: deinstall ok config-files).
goalplan_pkg_installed() {
  local status
  status=$(dpkg -s "$1" 2>/dev/null) || return 1
  [[ $status == *"Status: install ok installed"* ]]
}
