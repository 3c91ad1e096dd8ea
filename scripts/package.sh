#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package dist/tangent_VERSION_amd64.deb: a Release build of both executables
# without tests or benchmarks in build-package/, the desktop entry, icon, AppStream metadata, man
# pages and bash completions (made from the programs' --help), the copyright file and changelog,
# with the dependencies worked out by dpkg-shlibdeps; then lintian must find nothing (no error, no
# warning). Usage: bash scripts/package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# dpkg-dev and file for CPack's dpkg-shlibdeps and the build flags, appstream and
# desktop-file-utils to validate, librsvg2-bin to render the PNG icon, shared-mime-info to check the
# session MIME type, lintian to check the package.
bash scripts/install-deps.sh dpkg-dev file appstream desktop-file-utils librsvg2-bin shared-mime-info lintian

desktop-file-validate resources/tangent.desktop
# The MIME type must build into a database that maps *.tangent to it.
mime=$(mktemp -d)
mkdir "$mime/packages"
cp resources/tangent.mime.xml "$mime/packages/"
update-mime-database "$mime"
grep -q '^50:application/x-tangent-session:\*\.tangent$' "$mime/globs2" \
  || { echo "package.sh: resources/tangent.mime.xml does not map *.tangent" >&2; exit 1; }
rm -rf "$mime"

if [ ! -f build-package/CMakeCache.txt ]; then
  # Debian's linker hardening (RELRO), as dpkg-buildflags gives it to every Debian package.
  LDFLAGS="$(dpkg-buildflags --get LDFLAGS)" \
    cmake -S . -B build-package -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DBUILD_TESTING=OFF -DTANGENT_BUILD_BENCH=OFF -DTANGENT_WERROR=ON
fi
cmake --build build-package -j"$(nproc)"
# The metainfo as installed: its <release> is filled in from project(VERSION) by CMake. The id is
# the project's name, not a reverse domain name, because Tangent has no domain: the one warning
# that draws (cid-desktopapp-is-not-rdns) is expected; anything else fails.
metainfo=build-package/resources/tangent.metainfo.xml
report=$(appstreamcli validate --no-net --pedantic "$metainfo" 2>&1 || true)
if grep -E '^[EWIP]: ' <<<"$report" | grep -vq 'cid-desktopapp-is-not-rdns'; then
  echo "$report" >&2
  echo "package.sh: $metainfo is not valid AppStream (above)" >&2
  exit 1
fi
rm -f dist/tangent_*.deb
(cd build-package && cpack)

deb=$(ls dist/tangent_*_amd64.deb)
# The package must hold everything it promises; a missing file fails here, not on a user's machine.
contents=$(dpkg-deb --contents "$deb")
for f in usr/bin/tangent usr/bin/tangent-cli usr/share/applications/tangent.desktop \
  usr/share/icons/hicolor/scalable/apps/tangent.svg usr/share/icons/hicolor/256x256/apps/tangent.png \
  usr/share/metainfo/tangent.metainfo.xml usr/share/mime/packages/tangent.xml \
  usr/share/man/man1/tangent.1.gz usr/share/man/man1/tangent-cli.1.gz \
  usr/share/bash-completion/completions/tangent usr/share/bash-completion/completions/tangent-cli \
  usr/share/doc/tangent/copyright usr/share/doc/tangent/changelog.gz; do
  grep -q "\./$f\$" <<<"$contents" || { echo "package.sh: $deb lacks /$f" >&2; exit 1; }
done
version=$(dpkg-deb --field "$deb" Version)
grep -q "<release version=\"$version\"" "$metainfo" \
  || { echo "package.sh: $metainfo has no <release version=\"$version\">" >&2; exit 1; }
# Any error or warning fails; informational tags are printed but pass.
lintian --fail-on error,warning --info "$deb"
dpkg-deb --field "$deb" Package Version Architecture Section Depends
echo "$deb"
