#!/usr/bin/env bash
# The kiosk's real session, headless: ops/cage/kiosk-session -> cage (wlroots headless backend, pixman)
# -> XWayland -> the packaged kiosk (GTK glass), with a stand-in for systemd's notify socket. Passes when
# the kiosk sends READY=1 (attract screen shown) and WATCHDOG=1 pings from its FX thread.
# Usage: ops/cage/headless-check.sh [IMAGE]   (IMAGE: target/package/kiosk from ./kiosk package)
# Needs: cage, xwayland, libgtk-3-0, python3 (for the notify socket). Runs cage as 'nobody' when root:
# cage refuses to run as root.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
IMAGE="$(cd "${1:-$ROOT/target/package/kiosk}" && pwd)"
for tool in cage Xwayland python3 java; do
  command -v "$tool" >/dev/null 2>&1 || { echo "headless-check: $tool is missing (apt-get install cage xwayland libgtk-3-0 python3)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/kiosk-cage.XXXXXX)
chmod 755 "$work"
cleanup() { kill "${STUB_PID:-0}" "${SESSION_PID:-0}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

STUB_T="$ROOT/backend-stub/target"
java -Xmx256m -cp "$(ls "$STUB_T"/backend-stub-*.jar | head -n 1):$STUB_T/lib/*" kiosk.stub.StubMain --port 0 --db mem >"$work/stub.log" 2>&1 &
STUB_PID=$!
for _ in $(seq 1 120); do grep -qs 'listening on' "$work/stub.log" && break; sleep 0.5; done
URL=$(grep -o 'listening on http[^ ]*' "$work/stub.log" | head -n 1 | cut -d' ' -f3)
[ -n "$URL" ] || { echo "headless-check: backend-stub did not start" >&2; cat "$work/stub.log" >&2; exit 1; }

mkdir -p "$work/run" "$work/home" "$work/state"
# The demo profile: simulated devices and a plain-http stub, which the production profile refuses.
sed -e "s|url: http://127.0.0.1:8088|url: $URL|" \
    -e "s|file: data/journal.db|file: $work/state/journal.db|" \
    "$ROOT/kiosk-config/src/main/resources/kiosk/config/demo.yaml" >"$work/kiosk.yaml"

as_user=()
if [ "$(id -u)" = 0 ]; then
  chown -R 65534:65534 "$work/run" "$work/home" "$work/state"
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
chmod 700 "$work/run"

# systemd's side: a datagram socket the kiosk notifies; prints what arrives.
python3 - "$work/run/notify" >"$work/notify.log" 2>&1 <<'PY' &
import os, socket, sys, time
path = sys.argv[1]
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(path)
os.chmod(path, 0o777)
s.settimeout(180)
start = time.time()
ready = False
pings_after_ready = 0
try:
    while pings_after_ready < 2:
        msg = s.recv(4096).decode()
        print("%.1f s %s" % (time.time() - start, msg.replace("\n", " | ")), flush=True)
        if "READY=1" in msg:
            ready = True
        elif ready and "WATCHDOG=1" in msg:
            pings_after_ready += 1
except socket.timeout:
    print("timeout", flush=True)
PY
NOTIFY_PID=$!
for _ in $(seq 1 50); do [ -S "$work/run/notify" ] && break; sleep 0.1; done

"${as_user[@]}" env -i PATH="$PATH" HOME="$work/home" XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/run" \
  WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman \
  NOTIFY_SOCKET="$work/run/notify" WATCHDOG_USEC=3000000 WATCHDOG_PID=1 \
  KIOSK_LAUNCHER="$IMAGE/lib/kiosk" KIOSK_JAVA_OPTS="-Xmx160m -XX:+UseSerialGC" \
  "$ROOT/ops/cage/kiosk-session" "$work/kiosk.yaml" >"$work/session.log" 2>&1 &
SESSION_PID=$!
started=$SECONDS
wait "$NOTIFY_PID" || true
echo "--- notifications (seconds after the notify socket opened)"
cat "$work/notify.log"
if grep -q 'READY=1' "$work/notify.log" && ! grep -q timeout "$work/notify.log"; then
  echo "headless-check: passed: READY and watchdog pings from the kiosk inside cage ($((SECONDS - started)) s)"
  exit 0
fi
echo "headless-check: FAILED; session log:" >&2
tail -40 "$work/session.log" >&2
exit 1
