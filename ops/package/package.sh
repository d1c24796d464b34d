#!/usr/bin/env bash
# ./kiosk package: the kiosk as an appliance image, pinned to one JDK (Temurin 25 by default).
#   target/package/kiosk/          app image: lib/runtime (jlink, only the modules the kiosk needs),
#                                  lib/app (jars, kiosk.cfg, kiosk.aot), lib/kiosk (launcher), lib/ops/
#   target/package/kiosk.aot       = lib/app/kiosk.aot: AOT cache from a training run of the real start-up
#   target/package/kiosk_*.deb   jpackage .deb (where jpackage, fakeroot and dpkg-deb exist)
#   target/package/kiosk-<version>-linux-x64.tar.gz   the same image as a tarball (always)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JDK="${KIOSK_IMAGE_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
OUT="$ROOT/target/package"
VERSION=0.1.0
# What the AOT cache is trained on: up to the attract screen (default), or on until the kiosk serves.
# Every class in the cache is loaded at each start, before main: a cache through serving (twice the
# classes) shows the attract screen later and serves sooner (figures in docs/deployment.md).
TRAIN_TO="${KIOSK_TRAIN_TO:-first-frame}"
# jdeps over every jar (see docs/deployment.md; PackageModulesTest runs it over the kiosk's own code),
# plus what only reflection or data files reach: jdk.charsets (GB18030, GB2312, Big5 for the printers),
# jdk.localedata (zh dates and numbers), jdk.unsupported (JavaFX, okio), java.naming and
# java.management (logback, JNA). jdk.httpserver serves /metrics and /health (kiosk.app.ops.OpsServer);
# jdk.management gives process CPU time (./kiosk bench idle).
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.smartcardio,java.sql,java.xml,jdk.charsets,jdk.httpserver,jdk.localedata,jdk.management,jdk.unsupported

say() { printf 'package: %s\n' "$*" >&2; }
die() { printf 'package: %s\n' "$*" >&2; exit 1; }
step() { local t0=$SECONDS; "$@"; say "  ($((SECONDS - t0)) s)"; }

case "$TRAIN_TO" in first-frame|serving) ;; *) die "KIOSK_TRAIN_TO is first-frame or serving, not '$TRAIN_TO'" ;; esac
[ -x "$JDK/bin/jlink" ] || die "the image pins JDK 25: set KIOSK_IMAGE_JDK to a JDK 25 (no jlink at $JDK)"
major=$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
[ "$major" = 25 ] || die "the image pins JDK 25 (its AOT cache format is per JDK build); $JDK is $major"

# Up to date jars (the launcher's rebuild check).
"$ROOT/kiosk" help >/dev/null
APP="$ROOT/kiosk-app/target"
MAIN_JAR=$(basename "$(ls "$APP"/kiosk-app-*.jar | grep -v -- -tests.jar | head -n 1)")

rm -rf "$OUT"
mkdir -p "$OUT/input"
cp "$APP/$MAIN_JAR" "$APP"/lib/*.jar "$OUT/input/"
# JavaFX's native libraries beside its jars: JavaFX loads them from there as they are, instead of
# copying them out of the jar into ~/.openjfx/cache and checking that copy at every start (a write
# the hardened unit would refuse, and 20 to 30 ms).
FX_JAR=$(ls "$OUT"/input/javafx-graphics-*-linux.jar)
(cd "$OUT/input" && "$JDK/bin/jar" xf "$FX_JAR" $("$JDK/bin/jar" tf "$FX_JAR" | grep '\.so$'))

say "jlink: $MODULES"
step "$JDK/bin/jlink" --add-modules "$MODULES" --include-locales=en,zh --strip-debug --no-header-files \
  --no-man-pages --compress=zip-6 --output "$OUT/runtime"

# Launcher and ops files go in through --app-content: jpackage puts them in lib/ (lib/kiosk,
# lib/ops) and keeps them in the .deb; files added to an app image by hand are dropped.
mkdir -p "$OUT/content/ops"
install -m 0755 "$ROOT/kiosk" "$OUT/content/kiosk"
cp -r "$ROOT/ops/systemd" "$ROOT/ops/cage" "$OUT/content/ops/"
install -m 0644 "$ROOT/ops/package/README.md" "$OUT/content/ops/README.md"
# The reference kiosk.yaml of docs/operations.md (a test loads it) as the example for /etc/kiosk.
awk '/^```yaml/{on=1; next} /^```/{if (on) exit} on' "$ROOT/docs/operations.md" >"$OUT/content/ops/kiosk.yaml.example"

say "jpackage: app image"
step "$JDK/bin/jpackage" --type app-image --name kiosk --app-version "$VERSION" --dest "$OUT" \
  --input "$OUT/input" --main-jar "$MAIN_JAR" --main-class kiosk.app.cli.KioskCli --runtime-image "$OUT/runtime" \
  --java-options '-Dfile.encoding=UTF-8' --java-options '-XX:AOTCache=$APPDIR/kiosk.aot' \
  --java-options '--enable-native-access=ALL-UNNAMED' \
  --java-options '-Dkiosk.home=$APPDIR/../..' \
  --app-content "$OUT/content/kiosk,$OUT/content/ops"
IMAGE="$OUT/kiosk"

# The class path exactly as the launchers build it (jpackage's order), for the training run.
CP=""
while IFS= read -r line; do
  case "$line" in app.classpath=*) e="${line#app.classpath=}"; CP="${CP:+$CP:}${e//\$APPDIR/$IMAGE/lib/app}" ;; esac
done < "$IMAGE/lib/app/kiosk.cfg"

until="the attract screen"; [ "$TRAIN_TO" = serving ] && until="the attract screen and on until it serves"
say "training run: the real start-up to $until, headless, against backend-stub"
STUB_CP="$ROOT/backend-stub/target/$(cd "$ROOT/backend-stub/target" && ls backend-stub-*.jar | head -n 1):$ROOT/backend-stub/target/lib/*"
STUB_LOG="$OUT/training-stub.log"
java -Xmx256m -cp "$STUB_CP" kiosk.stub.StubMain --port 0 --db mem >"$STUB_LOG" 2>&1 &
STUB_PID=$!
trap 'kill $STUB_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  grep -q 'listening on' "$STUB_LOG" && break
  sleep 0.5
done
URL=$(grep -o 'listening on http[^ ]*' "$STUB_LOG" | head -n 1 | cut -d' ' -f3)
[ -n "$URL" ] || die "backend-stub did not start; see $STUB_LOG"
# Monocle last on the training class path: the production class path is a prefix of it, which the
# AOT cache accepts; Monocle's own classes are simply not used in production.
step "$IMAGE/lib/runtime/bin/java" -XX:AOTCacheOutput="$IMAGE/lib/app/kiosk.aot" -Dfile.encoding=UTF-8 \
  --enable-native-access=ALL-UNNAMED \
  -cp "$CP:$APP/headless-lib/*" kiosk.app.cli.StartupProbe kiosk "$URL" "--train=$TRAIN_TO" >"$OUT/training.log" 2>&1 \
  || die "training run failed; see $OUT/training.log"
# A start that died before its first screen may still exit 0 and write a cache: the image must show it.
grep -q '^SHOWN ' "$OUT/training.log" || die "the image did not reach the attract screen; see $OUT/training.log"
[ -s "$IMAGE/lib/app/kiosk.aot" ] || die "no AOT cache written; see $OUT/training.log"
say "check run: the image with its AOT cache starts and serves"
"$IMAGE/lib/runtime/bin/java" -XX:AOTCache="$IMAGE/lib/app/kiosk.aot" -Dfile.encoding=UTF-8 \
  --enable-native-access=ALL-UNNAMED -cp "$CP:$APP/headless-lib/*" kiosk.app.cli.StartupProbe kiosk "$URL" \
  >"$OUT/check.log" 2>&1 || die "the image's check run failed; see $OUT/check.log"
grep -q '^SERVING ' "$OUT/check.log" || die "the image showed its attract screen but did not start serving; see $OUT/check.log"
kill "$STUB_PID" 2>/dev/null || true

tarball="$OUT/kiosk-$VERSION-linux-x64.tar.gz"
say "tarball"
tar -C "$OUT" -czf "$tarball" kiosk

if command -v fakeroot >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1; then
  say "jpackage: .deb"
  # dpkg-deb's default xz -6 takes many minutes on 2 cores for ~250 MB; gzip is as small as the tarball.
  export DPKG_DEB_COMPRESSOR_TYPE=gzip
  step "$JDK/bin/jpackage" --type deb --app-image "$IMAGE" --name kiosk --app-version "$VERSION" --dest "$OUT" \
    --linux-package-name kiosk --linux-app-release 1 --install-dir /opt \
    --linux-package-deps 'cage, xwayland, libgtk-3-0, libsystemd0, adduser' \
    --description "Police self-service kiosk" --vendor "kiosk" --resource-dir "$ROOT/ops/package/deb"
else
  say "no fakeroot/dpkg-deb: .deb skipped; install the tarball (ops/README.md)"
fi

du_h() { du -sh "$1" | cut -f1; }
echo "runtime (jlink):   $(du_h "$IMAGE/lib/runtime")"
echo "application jars:  $(du -ch "$IMAGE"/lib/app/*.jar | tail -n 1 | cut -f1)"
echo "AOT cache:         $(du_h "$IMAGE/lib/app/kiosk.aot")"
echo "image:             $(du_h "$IMAGE")  $IMAGE"
echo "tarball:           $(du_h "$tarball")  $tarball"
for deb in "$OUT"/*.deb; do [ -f "$deb" ] && echo "deb:               $(du_h "$deb")  $deb"; done
exit 0
