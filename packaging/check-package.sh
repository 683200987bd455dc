#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-package.sh BUILD_DIR: installs BUILD_DIR/yardstick_*.deb into a fresh, minimal Debian 12 root
# (debootstrap --variant=minbase) with `apt install --no-install-recommends`, so only what the
# package declares gets installed, then runs the program there as an ordinary user: --version, info
# and check on the packaged sample plan, its publication PDF, a new plan file, the GUI on the
# offscreen platform. Then it checks that the installed files are unchanged (dpkg --verify), that
# the MIME type is registered, and that removal leaves nothing behind.
# Needs root (or sudo) and the Debian mirror apt uses (MIRROR=... to choose another).
# The downloaded base system is kept in BUILD_DIR/package-check/ for the next run; the root is
# made anew each time (KEEP_ROOT=1 keeps it afterwards for a look).
set -euo pipefail

build=${1:?usage: check-package.sh BUILD_DIR}
build=$(cd "$build" && pwd)
suite=bookworm
mirror=${MIRROR:-http://deb.debian.org/debian}
work=$build/package-check
root=$work/root
tarball=$work/$suite-minbase.tgz

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

debs=("$build"/yardstick_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  echo "check-package: expected one yardstick_*.deb in $build (run 'make package' first)" >&2
  exit 2
fi
deb=${debs[0]}

if ! command -v debootstrap >/dev/null; then
  echo "== installing debootstrap"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends debootstrap
fi

step() { echo; echo "== $*"; }
in_root() { $sudo chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
# As a user of the installed system would: not root, so /usr is read-only to the program.
as_user() {
  $sudo chroot --userspec="$ana_ids" "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/ana USER=ana LANG=C.UTF-8 "$@"
}

cleanup() {
  for m in dev/pts dev proc sys; do
    if mountpoint -q "$root/$m" 2>/dev/null; then $sudo umount -l "$root/$m" || true; fi
  done
  if [ "${KEEP_ROOT:-0}" != 1 ]; then $sudo rm -rf "$root"; fi
}
trap cleanup EXIT

mkdir -p "$work"
$sudo rm -rf "$root"
if [ ! -f "$tarball" ]; then
  step "downloading Debian 12 ($suite, minbase) from $mirror"
  $sudo debootstrap --variant=minbase --make-tarball="$tarball" "$suite" "$work/tarball-root" "$mirror"
  $sudo rm -rf "$work/tarball-root"
fi
step "making a clean Debian 12 root in $root"
$sudo debootstrap --variant=minbase --unpack-tarball="$tarball" "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 ||
  { tail -20 "$work/debootstrap.log"; exit 1; }
echo "deb $mirror $suite main" | $sudo tee "$root/etc/apt/sources.list" >/dev/null
$sudo mount -t proc proc "$root/proc"
$sudo mount -t sysfs sys "$root/sys"
$sudo mount --bind /dev "$root/dev"
$sudo mount --bind /dev/pts "$root/dev/pts"
$sudo cp "$deb" "$root/tmp/"
name=$(basename "$deb")
in_root cat /etc/debian_version

step "apt install --no-install-recommends ./$name"
in_root apt-get update -qq
before=$(in_root dpkg-query -W -f='${Package}\n' | wc -l)
in_root sh -c "cd /tmp && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ./$name" \
  >"$work/apt-install.log" 2>&1 || { tail -40 "$work/apt-install.log"; exit 1; }
grep -E "^(Need to get|After this operation|Setting up yardstick)" "$work/apt-install.log" || true
after=$(in_root dpkg-query -W -f='${Package}\n' | wc -l)
echo "packages in the root: $before before, $after after"
in_root dpkg-query -W -f='${Package} ${Version} ${Status}\n' yardstick

in_root useradd --create-home --user-group ana
ana_ids=$(in_root sh -c 'echo "$(id -u ana):$(id -g ana)"')

step "yardstick --version (as the user ana, as every command below)"
as_user yardstick --version

step "yardstick info /usr/share/yardstick/sample.yardstick"
as_user yardstick info /usr/share/yardstick/sample.yardstick

step "yardstick check /usr/share/yardstick/sample.yardstick (exit 1: the FY27 plan fails the publish gate, as it should)"
set +e
as_user yardstick check /usr/share/yardstick/sample.yardstick >"$work/check.txt" 2>&1
code=$?
set -e
head -5 "$work/check.txt"
echo "exit code $code"
[ "$code" -eq 1 ]

step "yardstick new ~/new.yardstick --fiscal-year-start-month 1, then info"
as_user yardstick new /home/ana/new.yardstick --fiscal-year-start-month 1
as_user yardstick info /home/ana/new.yardstick --json

step "yardstick export /usr/share/yardstick/sample.yardstick --pdf ~/plan.pdf (the publication, with the fonts installed)"
as_user yardstick export /usr/share/yardstick/sample.yardstick --pdf /home/ana/plan.pdf
in_root sh -c 'head -c 8 /home/ana/plan.pdf; echo; ls -l /home/ana/plan.pdf'
[ "$(in_root head -c 5 /home/ana/plan.pdf)" = "%PDF-" ]

step "the GUI starts on the sample plan (offscreen platform, stopped after 8 s)"
set +e
in_root install -d -m 0700 -o ana -g ana /run/user-ana
as_user timeout 8 env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/run/user-ana yardstick /usr/share/yardstick/sample.yardstick \
  >"$work/gui.log" 2>&1
code=$?
set -e
cat "$work/gui.log"
echo "exit code $code (124: still running when stopped)"
[ "$code" -eq 124 ]

step "the X11 platform plugin finds all its libraries"
if in_root sh -c 'ldd /usr/lib/*/qt6/plugins/platforms/libqxcb.so | grep "not found"'; then
  echo "libqxcb.so misses libraries" >&2
  exit 1
fi
echo "ok"

step "desktop integration installed"
in_root ls -l /usr/share/applications/org.yardstick.Yardstick.desktop /usr/share/metainfo/org.yardstick.Yardstick.metainfo.xml \
  /usr/share/mime/packages/org.yardstick.Yardstick.xml /usr/share/icons/hicolor/scalable/apps/org.yardstick.Yardstick.svg \
  /usr/share/icons/hicolor/48x48/apps/org.yardstick.Yardstick.png

step "the installed files are as packaged (dpkg --verify), and the user's settings went to ~/.config"
in_root dpkg --verify yardstick
in_root sh -c 'ls /usr/share/yardstick; ls /home/ana/.config/Yardstick 2>/dev/null || true'
echo "ok"

step "the MIME type is registered (shared-mime-info's trigger) for *.yardstick"
if in_root dpkg-query -W -f='${Status}' shared-mime-info 2>/dev/null | grep -q "install ok installed"; then
  in_root grep 'x-yardstick-plan' /usr/share/mime/globs2
else
  echo "shared-mime-info is not installed in the root: nothing to check"
fi

step "apt remove yardstick leaves none of its files"
in_root sh -c "DEBIAN_FRONTEND=noninteractive apt-get remove -y -q yardstick" >"$work/apt-remove.log" 2>&1
left=$(in_root sh -c 'for f in /usr/bin/yardstick /usr/share/yardstick /usr/share/applications/org.yardstick.Yardstick.desktop \
  /usr/share/mime/packages/org.yardstick.Yardstick.xml /usr/share/icons/hicolor/scalable/apps/org.yardstick.Yardstick.svg; do
  if [ -e "$f" ]; then echo "$f"; fi; done')
if [ -n "$left" ]; then
  echo "left after removal: $left" >&2
  exit 1
fi
if in_root grep -q 'x-yardstick-plan' /usr/share/mime/globs2 2>/dev/null; then
  echo "the MIME type is still registered after removal" >&2
  exit 1
fi
echo "ok"

step "package check passed: $name installs on a clean Debian 12 and runs"
