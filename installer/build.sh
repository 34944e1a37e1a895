#!/usr/bin/env bash
# Builds OpenDossier for the operating system it runs on, with a jlinked Java runtime inside, so the user
# needs no Java. Usage:
#
#   installer/build.sh [native|app-image|deb|msi|dmg]   (default: native = deb, msi or dmg for this OS)
#   installer/build.sh modules                          (compare the runtime's modules with what jdeps sees)
#
# Everything goes to target/installer/. The runtime is cached there and relinked only when the JDK or the
# module list changes. The jar is target/opendossier.jar (`mvn package`); it is built if missing.
# Environment: OD_JDK (a JDK 25+ to use), OD_VERSION (default: the pom's version without its qualifier).
# On Windows, run it in Git Bash; the .msi needs WiX on the PATH (see README, "Install").
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# In Git Bash, hand jpackage C:/... paths rather than /c/... ones.
command -v cygpath >/dev/null 2>&1 && root=$(cygpath -m "$root")
out=$root/target/installer
jar=$root/target/opendossier.jar
type=${1:-native}

# The JDK modules the app needs, with the reason for each one that jdeps cannot see or that is easy to drop
# by mistake. `installer/build.sh modules` shows what jdeps finds in the jar; CI runs the app image on every
# kind of file (AppImageIT), which is what proves this list.
modules=(
    java.base
    java.desktop       # JavaFX's AWT bridge, PDFBox and POI graphics, java.beans (Jackson, ControlsFX)
    java.sql           # sqlite-jdbc
    java.naming        # logback, Bouncy Castle (Tika's PDF and mail crypto)
    java.management    # Lucene and the benchmark's load average
    jdk.management     # com.sun.management: without it Lucene warns at start that it cannot size objects
    java.xml.crypto    # POI's OOXML signature classes, loaded with DOCX
    java.security.jgss # POI's signature classes
    java.scripting     # javax.script, referenced by Tika's Access parser
    java.compiler      # javax.lang.model, referenced by JAXB (Tika)
    jdk.unsupported    # sun.misc.Unsafe, used by JavaFX and Lucene through reflection
    jdk.charsets       # the legacy charsets of old e-mail and web pages (ISO-2022-JP, Big5, KOI8-R, ...)
    jdk.localedata     # dates, numbers and sorting in every locale, not just English
    jdk.zipfs          # the zip file system (jar: URIs)
    jdk.crypto.ec      # empty since JDK 22 (EC moved to java.base); kept so an older JDK 25 build links the same
)
# Left out on purpose: java.net.http (only jsoup's Jsoup.connect uses it, and OpenDossier opens no network
# connection), jdk.incubator.vector (Lucene's optional SIMD path; it would print an incubator warning),
# jdk.jfr (JavaFX's optional pulse logger).

fail() {
    echo "installer/build.sh: $*" >&2
    exit 1
}

# ---------------------------------------------------------------------------------------------- the JDK

java_major() { # prints the feature version of the JDK at $1, or nothing
    [ -f "$1/release" ] || return 0
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}

find_jdk() {
    local candidate major
    for candidate in "${OD_JDK:-}" "${JAVA_HOME:-}" /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
        "/c/Program Files/Eclipse Adoptium"/* "/c/Program Files/Java"/* "/c/Program Files/Microsoft"/jdk-*; do
        if [ -z "$candidate" ] || [ ! -d "$candidate" ]; then continue; fi
        major=$(java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 25 ] && { [ -e "$candidate/bin/jpackage" ] || [ -e "$candidate/bin/jpackage.exe" ]; }; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

jdk=$(find_jdk) || fail "no JDK 25 or newer with jpackage found; set OD_JDK (or JAVA_HOME) to one"
jlink=$jdk/bin/jlink
jpackage=$jdk/bin/jpackage

case "$(uname -s)" in
    Linux*) os=linux native=deb ;;
    Darwin*) os=mac native=dmg ;;
    MINGW* | MSYS* | CYGWIN*) os=windows native=msi ;;
    *) fail "unsupported operating system: $(uname -s)" ;;
esac
[ "$type" = native ] && type=$native

if [ "$type" = modules ]; then
    [ -f "$jar" ] || fail "$jar is missing: run mvn package first"
    echo "jdeps (takes a minute or two):"
    "$jdk/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release 25 "$jar" | tr ',' '\n' | sort > "$out.jdeps"
    printf '%s\n' "${modules[@]}" | sort > "$out.ours"
    echo "found by jdeps but not in the runtime (should be a reason above):"
    comm -23 "$out.jdeps" "$out.ours" | sed 's/^/  /'
    echo "in the runtime but not found by jdeps (loaded by reflection or services):"
    comm -13 "$out.jdeps" "$out.ours" | sed 's/^/  /'
    rm -f "$out.jdeps" "$out.ours"
    exit 0
fi

case "$type:$os" in
    app-image:* | deb:linux | msi:windows | dmg:mac) ;;
    *) fail "cannot build '$type' on $os: here it builds app-image or $native (jpackage makes only this system's packages)" ;;
esac

# -------------------------------------------------------------------------------------- inputs

if [ ! -f "$jar" ]; then
    echo "$jar is missing: building it with mvn package -DskipTests"
    (cd "$root" && mvn -B -q package -DskipTests)
fi

version=${OD_VERSION:-$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -n 1)}
version=${version%%-*} # jpackage takes numbers only: 0.1.0-SNAPSHOT -> 0.1.0
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "version '$version' is not numbers and dots"

mkdir -p "$out"
# Only the application jar goes into the image: never the rest of target/ (tests, classes, other jars).
rm -rf "$out/input"
mkdir -p "$out/input"
cp "$jar" "$out/input/opendossier.jar"

# ---------------------------------------------------------------------------------------- runtime

runtime=$out/runtime
stamp="$("$jdk/bin/java" -version 2>&1 | tr '\n' ' ') | ${modules[*]}"
if [ -f "$runtime/release" ] && [ "$(cat "$out/runtime.stamp" 2>/dev/null)" = "$stamp" ]; then
    echo "runtime: up to date ($runtime)"
else
    echo "runtime: jlink from $jdk"
    rm -rf "$runtime" "$out/runtime.stamp"
    modules_csv=$(IFS=,; echo "${modules[*]}")
    "$jlink" --add-modules "$modules_csv" --strip-debug --strip-native-commands --no-header-files \
        --no-man-pages --compress zip-9 --output "$runtime"
    echo "$stamp" > "$out/runtime.stamp"
fi

# -------------------------------------------------------------------------------------- app image

name=OpenDossier
common=(
    --name "$name"
    --app-version "$version"
    --vendor "OpenDossier"
    --copyright "Copyright the OpenDossier authors. Apache License 2.0."
    --description "Offline workbench for investigators and fact-checkers"
)
image_options=(
    --input "$out/input"
    --main-jar opendossier.jar
    --main-class org.opendossier.app.Launcher
    --runtime-image "$runtime"
    # jpackage's launcher does not read the jar manifest's Enable-Native-Access (JavaFX, SQLite, Lucene).
    --java-options --enable-native-access=ALL-UNNAMED
)
case "$os" in
    linux) image_options+=(--icon "$root/assets/opendossier-256.png") ;;
    windows)
        # OpenDossier.exe is a GUI program: Windows gives it no console, so the command line gets its own
        # console launcher, opendossier-cli.exe, beside it.
        image_options+=(--icon "$root/assets/opendossier.ico"
            --add-launcher "opendossier-cli=$root/installer/windows/opendossier-cli.properties") ;;
    mac)
        image_options+=(--icon "$root/assets/opendossier.icns" --mac-package-identifier org.opendossier.desktop
            --mac-package-name "$name" --mac-app-category public.app-category.productivity) ;;
esac

rm -rf "$out/app-image"
echo "app image: jpackage $version"
"$jpackage" --type app-image "${common[@]}" "${image_options[@]}" --dest "$out/app-image"
case "$os" in
    mac) image=$out/app-image/$name.app ;;
    *) image=$out/app-image/$name ;;
esac
echo "app image: $image ($(du -sh "$image" | cut -f1))"
[ "$type" = app-image ] && exit 0

# ---------------------------------------------------------------------------------------- package

package_options=(--app-image "$image" --license-file "$root/LICENSE" --dest "$out")
case "$type" in
    deb)
        command -v fakeroot >/dev/null || fail "the .deb needs fakeroot: apt-get install fakeroot"
        # postinst/prerm add and remove /usr/bin/opendossier. The menu icon must be in the resource folder
        # as $name.png: with --app-image, jpackage ignores --icon for it and installs its own.
        resources=$out/resources-deb
        rm -rf "$resources"
        mkdir -p "$resources"
        cp "$root/installer/linux/postinst" "$root/installer/linux/prerm" "$resources/"
        cp "$root/assets/opendossier-256.png" "$resources/$name.png"
        # JavaFX's native libraries are inside the jar, so jpackage cannot see what they need: GTK 3
        # (libgtk-3-0t64 since Debian 13 and Ubuntu 24.04), and libGL and libXxf86vm for the accelerated
        # pipeline (without them JavaFX prints an UnsatisfiedLinkError and draws in software). jpackage finds
        # the runtime's own needs (libXtst, ALSA, ...) itself.
        package_options+=(--linux-package-name opendossier --linux-shortcut --linux-menu-group "Office;Utility"
            --linux-app-category utils --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libgl1, libxxf86vm1"
            --resource-dir "$resources") ;;
    msi)
        # The upgrade code stays fixed for ever: it is how a newer .msi finds and replaces an older one.
        package_options+=(--win-menu --win-menu-group "$name" --win-shortcut --win-dir-chooser
            --win-upgrade-uuid 6f1d3c52-3b0c-4f47-9d1e-0d55e3b6a9a1 --icon "$root/assets/opendossier.ico") ;;
    dmg)
        package_options+=(--icon "$root/assets/opendossier.icns") ;;
esac
echo "$type: jpackage"
"$jpackage" --type "$type" "${common[@]}" "${package_options[@]}"
ls -la "$out"/*."$type"
