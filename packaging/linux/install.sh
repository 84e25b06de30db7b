#!/bin/sh
# Install a built one-folder bundle for the current user (no root):
#   sh packaging/linux/install.sh packaging/dist/devora
set -eu
src=${1:?usage: install.sh PATH/TO/dist/devora}
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"
rm -rf "$prefix/lib/devora" && cp -a "$src" "$prefix/lib/devora"
ln -sf "$prefix/lib/devora/devora" "$prefix/bin/devora"
cp "$here/dev.devora.Desktop.desktop" "$prefix/share/applications/"
cp "$here/dev.devora.Desktop.metainfo.xml" "$prefix/share/metainfo/"
for s in 16 24 32 48 64 128 256 512; do
  d="$prefix/share/icons/hicolor/${s}x${s}/apps"; mkdir -p "$d"
  cp "$here/../icons/devora-$s.png" "$d/dev.devora.Desktop.png"
done
echo "Installed: run 'devora' or find Devora in your applications menu."
