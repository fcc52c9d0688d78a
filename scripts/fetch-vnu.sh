#!/usr/bin/env bash
# The Nu HTML checker (vnu.jar, MIT) for the HTML test, unpacked from its npm package into var/tools/ once.
# `npm pack` only downloads the package: its install script (which would fetch a Java runtime) never runs.
set -euo pipefail
VERSION=26.9.27
TARGET=var/tools/vnu-$VERSION/vnu.jar
[ -f "$TARGET" ] && exit 0
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "vnu-jar@$VERSION" >/dev/null && tar xzf "vnu-jar-$VERSION.tgz")
mkdir -p "$(dirname "$TARGET")"
cp "$WORK/package/build/dist/vnu.jar" "$TARGET"
echo "vnu.jar $VERSION in $TARGET"
