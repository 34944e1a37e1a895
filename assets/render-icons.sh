#!/usr/bin/env bash
# Renders the master artwork assets/opendossier.svg into every icon the installers and the window use.
# The results are committed, so building an installer needs none of these tools; run this after changing
# the SVG. Needs rsvg-convert (librsvg2-bin), ImageMagick's convert (.ico) and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
svg=opendossier.svg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in 16 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$work/$size.png"
done

# The Linux package and the README use the PNGs; Windows needs .ico, macOS .icns.
cp "$work/256.png" opendossier-256.png
cp "$work/512.png" opendossier-512.png
convert "$work/16.png" "$work/32.png" "$work/48.png" "$work/64.png" "$work/128.png" "$work/256.png" opendossier.ico
png2icns opendossier.icns "$work/16.png" "$work/32.png" "$work/48.png" "$work/128.png" "$work/256.png" "$work/512.png" >/dev/null

# The window icon: JavaFX picks the size closest to what the window manager asks for.
window=../src/main/resources/org/opendossier/ui/icon
mkdir -p "$window"
for size in 16 32 64 128 256; do
    cp "$work/$size.png" "$window/opendossier-$size.png"
done
