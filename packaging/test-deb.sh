#!/usr/bin/env bash
# package_deb: builds the .deb with cpack, inspects it, and installs it with apt into a clean
# Debian 12 root (debootstrap --variant=minbase) where `satchel --version` and `satchel --help`
# must run. Usage: test-deb.sh BUILD_DIR
#
# Needs root (chroot, mount), debootstrap and the network (deb.debian.org, or the mirror of
# /etc/apt/sources.list). The base system and downloaded packages are cached in
# BUILD_DIR/package-test, so only the first run downloads and installs the base system. Exit 77 (skipped) when it cannot run here or SATCHEL_PACKAGE_TEST=0.
set -euo pipefail
build=$(cd "$1" && pwd)
skip() { echo "package_deb: SKIPPED: $*"; exit 77; }
fail() { echo "package_deb: FAILED: $*" >&2; exit 1; }

[ "${SATCHEL_PACKAGE_TEST:-1}" != 0 ] || skip "SATCHEL_PACKAGE_TEST=0"
[ "$(uname -s)" = Linux ] || skip "not Linux"
command -v dpkg-deb >/dev/null || skip "no dpkg-deb (not a Debian system)"
[ "$(id -u)" -eq 0 ] || skip "installing into a chroot needs root"
command -v debootstrap >/dev/null || fail "debootstrap is missing: bash .ci/setup --test"
command -v dpkg-shlibdeps >/dev/null || fail "dpkg-shlibdeps is missing (dpkg-dev): bash .ci/setup --test"

work="$build/package-test"
mkdir -p "$work"
out="$work/out"
rm -rf "$out"
mkdir -p "$out"

echo "== cpack -G DEB"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 \
    || { cat "$out/cpack.log"; fail "cpack"; }
deb=$(ls "$out"/satchel_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "cpack made no .deb"
echo "$deb"

echo "== dpkg-deb -I"
dpkg-deb -I "$deb" | tee "$out/info.txt"
depends=$(sed -n 's/^ Depends: //p' "$out/info.txt")
# The libraries the binary links (dpkg-shlibdeps; QtNetwork and QtKeychain appear once code the
# binary reaches uses them, --as-needed drops them until then) and the plugins it loads.
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libgmime-3.0-0 libglib2.0-0 \
           libqt6sql6-sqlite qt6-qpa-plugins; do
    grep -q "\b$lib\b" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

echo "== dpkg-deb -c"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$out/contents.txt"
for path in /usr/bin/satchel \
            /usr/share/applications/org.satchel.Satchel.desktop \
            /usr/share/metainfo/org.satchel.Satchel.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/org.satchel.Satchel.svg \
            /usr/share/icons/hicolor/16x16/apps/org.satchel.Satchel.png \
            /usr/share/icons/hicolor/512x512/apps/org.satchel.Satchel.png \
            /usr/share/man/man1/satchel.1.gz; do
    grep -qx "$path" "$out/contents.txt" || fail "the package lacks $path"
done
echo "== cpack -G TGZ"
cpack --config "$build/CPackConfig.cmake" -G TGZ -B "$out" >"$out/cpack-tgz.log" 2>&1 \
    || { cat "$out/cpack-tgz.log"; fail "cpack -G TGZ"; }
tgz=$(ls "$out"/satchel-*.tar.gz 2>/dev/null | head -n1)
[ -n "$tgz" ] || fail "cpack made no .tar.gz"
tar -tzf "$tgz" >"$out/tgz-contents.txt"
for path in bin/satchel share/applications/org.satchel.Satchel.desktop share/man/man1/satchel.1.gz; do
    grep -q "/$path\$" "$out/tgz-contents.txt" || fail "the .tar.gz lacks $path"
done

# --- a clean Debian 12 root ---------------------------------------------------------------
mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null \
         | head -n1)
[ -n "$mirror" ] || mirror=$(sed -n 's/^deb \(http[^ ]*\) bookworm main.*/\1/p' /etc/apt/sources.list \
                             2>/dev/null | head -n1)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian
tarball="$work/bookworm-minbase.tar.gz"
if [ ! -s "$tarball" ]; then
    echo "== debootstrap --make-tarball (once; cached in $tarball)"
    rm -rf "$work/mk"
    debootstrap --variant=minbase --make-tarball="$tarball.part" bookworm "$work/mk" "$mirror" \
        >"$work/debootstrap.log" 2>&1 || { tail -n 30 "$work/debootstrap.log"; fail "debootstrap --make-tarball"; }
    mv "$tarball.part" "$tarball"
    rm -rf "$work/mk"
fi

root="$work/root"
cleanup() {
    if mountpoint -q "$root/proc" 2>/dev/null; then umount "$root/proc" || umount -l "$root/proc"; fi
}
trap cleanup EXIT
cleanup
# Never rm -rf through a mount point into the host's file systems.
if grep -q " $root/" /proc/mounts; then fail "something is still mounted under $root"; fi
rm -rf "$root"
# The finished base system is cached too (as a tar of the root after debootstrap's second
# stage), so a rerun unpacks it in seconds instead of installing ~90 packages again.
base="$work/bookworm-base-root.tar"
if [ ! -s "$base" ]; then
    echo "== debootstrap --unpack-tarball (once; cached in $base)"
    debootstrap --variant=minbase --unpack-tarball="$tarball" bookworm "$root" "$mirror" \
        >"$work/debootstrap.log" 2>&1 || { tail -n 30 "$work/debootstrap.log"; fail "debootstrap"; }
    tar -C "$root" -cf "$base.part" . && mv "$base.part" "$base"
else
    echo "== a clean Debian 12 root from $base"
    mkdir -p "$root"
    tar -C "$root" -xf "$base"
fi
# debootstrap made the device nodes apt needs (/dev/null ...); only /proc is mounted.
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
# The packages apt downloads are kept between runs.
mkdir -p "$work/apt-archives/partial"
cp -a "$work/apt-archives/." "$root/var/cache/apt/archives/"
cp "$deb" "$root/tmp/satchel.deb"

echo "== apt-get install ./satchel.deb"
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get update -q >"$out/apt.log" 2>&1 \
    || { tail -n 30 "$out/apt.log"; fail "apt-get update in the chroot"; }
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-unsafe-io \
    /tmp/satchel.deb >>"$out/apt.log" 2>&1 || { tail -n 40 "$out/apt.log"; fail "apt-get install"; }
cp -a "$root/var/cache/apt/archives/." "$work/apt-archives/" 2>/dev/null || true
grep -E "^(Setting up|Unpacking) satchel" "$out/apt.log"

echo "== satchel --version / --help in the chroot"
version=$(chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root satchel --version) \
    || fail "satchel --version"
echo "$version"
grep -q "^Satchel [0-9]" <<<"$version" || fail "unexpected version: $version"
help=$(chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root QT_QPA_PLATFORM=offscreen satchel --help) \
    || fail "satchel --help"
for command in import search show export check; do
    grep -q "$command" <<<"$help" || fail "--help does not mention $command"
done
# The translations are inside the binary (Qt resources): each language answers --help.
for expected in "de:Offline-Mailprogramm" "fr:hors ligne" "es:sin conexión"; do
    # Into a variable first: `| grep -q` may close the pipe before satchel has written it all,
    # and with pipefail the SIGPIPE would fail the check at random.
    translated=$(chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root \
        satchel --language "${expected%%:*}" --help) || fail "satchel --language ${expected%%:*} --help"
    grep -q "${expected#*:}" <<<"$translated" \
        || fail "satchel --language ${expected%%:*} --help is not translated"
done
# The windowed application starts offscreen too (the platform plugin, the SQLite driver and
# every library resolve); it runs until killed, so give it two seconds.
set +e
chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root XDG_RUNTIME_DIR=/tmp QT_QPA_PLATFORM=offscreen \
    timeout 3 satchel >"$out/gui.log" 2>&1
status=$?
set -e
[ "$status" -eq 124 ] || { cat "$out/gui.log"; fail "the window did not stay up offscreen (exit $status)"; }
# A command against a fresh profile in the chroot: the archive and its SQLite driver work.
printf 'From: a@example.org\nSubject: hello\nMessage-ID: <1@example.org>\n\nhi\n' >"$root/tmp/m.eml"
chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root satchel import /tmp/m.eml --profile /tmp/p \
    || fail "satchel import in the chroot"
found=$(chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root satchel search hello --profile /tmp/p) \
    || fail "satchel search in the chroot"
grep -q hello <<<"$found" || fail "satchel search in the chroot did not find the message"
echo "package_deb: passed"
