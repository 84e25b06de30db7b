#!/bin/sh
# Install a built bundle for the current user (no root): the one-folder bundle, or its
# compressed image (build.py --image), which stays compressed and runs through squashfuse:
#   sh packaging/linux/install.sh packaging/dist/devora
#   sh packaging/linux/install.sh packaging/Devora-linux-x86_64.sqfs
set -eu
src=${1:?usage: install.sh PATH/TO/dist/devora or PATH/TO/Devora-linux-x86_64.sqfs}
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"
rm -rf "$prefix/lib/devora" "$prefix/lib/devora.sqfs" "$prefix/bin/devora"
if [ -f "$src" ]; then
  cp "$src" "$prefix/lib/devora.sqfs"
  cp "$here/devora-image" "$prefix/bin/devora" && chmod 755 "$prefix/bin/devora"
  command -v squashfuse >/dev/null 2>&1 || echo "Note: the compressed install runs through" \
    "squashfuse, which is missing: sudo apt install squashfuse (Fedora, Arch: squashfuse)."
else
  cp -a "$src" "$prefix/lib/devora"
  ln -sf "$prefix/lib/devora/devora" "$prefix/bin/devora"
fi
cp "$here/dev.devora.Desktop.desktop" "$prefix/share/applications/"
cp "$here/dev.devora.Desktop.metainfo.xml" "$prefix/share/metainfo/"
for s in 16 24 32 48 64 128 256 512; do
  d="$prefix/share/icons/hicolor/${s}x${s}/apps"; mkdir -p "$d"
  cp "$here/../icons/devora-$s.png" "$d/dev.devora.Desktop.png"
done
echo "Installed: run 'devora' or find Devora in your applications menu."
