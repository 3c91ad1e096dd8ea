#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package dist/tangent_VERSION_amd64.deb: a Release build of both executables
# without tests or benchmarks in build-package/, the desktop entry, icon, AppStream metadata and
# man pages, with the dependencies worked out by dpkg-shlibdeps. Usage: bash scripts/package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# dpkg-dev and file for CPack's dpkg-shlibdeps, appstream and desktop-file-utils to validate,
# librsvg2-bin to render the PNG icon, shared-mime-info to check the session MIME type.
bash scripts/install-deps.sh dpkg-dev file appstream desktop-file-utils librsvg2-bin shared-mime-info

appstreamcli validate --no-net --pedantic resources/*.metainfo.xml
desktop-file-validate resources/tangent.desktop
# The MIME type must build into a database that maps *.tangent to it.
mime=$(mktemp -d)
mkdir "$mime/packages"
cp resources/org.example.tangent.mime.xml "$mime/packages/"
update-mime-database "$mime"
grep -q '^50:application/x-tangent-session:\*\.tangent$' "$mime/globs2" \
  || { echo "package.sh: resources/org.example.tangent.mime.xml does not map *.tangent" >&2; exit 1; }
rm -rf "$mime"

if [ ! -f build-package/CMakeCache.txt ]; then
  cmake -S . -B build-package -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DBUILD_TESTING=OFF -DTANGENT_BUILD_BENCH=OFF -DTANGENT_WERROR=ON
fi
cmake --build build-package -j"$(nproc)"
rm -f dist/tangent_*.deb
(cd build-package && cpack)

deb=$(ls dist/tangent_*_amd64.deb)
# The package must hold everything it promises; a missing file fails here, not on a user's machine.
contents=$(dpkg-deb --contents "$deb")
for f in usr/bin/tangent usr/bin/tangent-cli usr/share/applications/tangent.desktop \
  usr/share/icons/hicolor/scalable/apps/tangent.svg usr/share/icons/hicolor/256x256/apps/tangent.png \
  usr/share/metainfo/org.example.tangent.metainfo.xml usr/share/mime/packages/org.example.tangent.xml \
  usr/share/man/man1/tangent.1.gz usr/share/man/man1/tangent-cli.1.gz; do
  grep -q "\./$f\$" <<<"$contents" || { echo "package.sh: $deb lacks /$f" >&2; exit 1; }
done
version=$(dpkg-deb --field "$deb" Version)
grep -q "<release version=\"$version\"" resources/*.metainfo.xml \
  || { echo "package.sh: resources/*.metainfo.xml has no <release version=\"$version\">; add one" >&2; exit 1; }
dpkg-deb --field "$deb" Package Version Architecture Section Depends
echo "$deb"
