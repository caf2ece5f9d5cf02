#!/usr/bin/env bash
# Renders the hicolor PNG sizes from org.satchel.Satchel.svg. The PNGs are committed, so a build
# never needs this; run it after editing the SVG (Debian: librsvg2-bin, optipng if present).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" org.satchel.Satchel.svg \
        -o "hicolor/${size}x${size}/org.satchel.Satchel.png"
    if command -v optipng >/dev/null; then optipng -quiet -o7 "hicolor/${size}x${size}/org.satchel.Satchel.png"; fi
done
