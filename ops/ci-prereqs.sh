#!/usr/bin/env bash
# Installs what the operations tests need where it is missing: Debian's chromium (the fleet page test)
# and prometheus (promtool, the alert rule tests). Safe to run again; does nothing when both are there.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "ops/ci-prereqs.sh: ${need[*]} missing and not root; install them with apt-get" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Another apt run (unattended upgrades) may hold the lock for a while: wait for it rather than fail.
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}"
command -v chromium >/dev/null && command -v promtool >/dev/null
