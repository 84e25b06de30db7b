#!/bin/sh
# Install a built bundle for the current user (no root): the one-folder bundle, or the single
# file (build.py --image), which stays compressed and mounts itself at each run. Where FUSE
# is missing the single file is unpacked here once instead (a folder, about 380 MB):
#   sh packaging/linux/install.sh packaging/dist/devora
#   sh packaging/linux/install.sh packaging/Devora-linux-x86_64.run
set -eu
src=${1:?usage: install.sh PATH/TO/dist/devora or PATH/TO/Devora-linux-x86_64.run}
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
# before anything is removed: a mistyped path deleted the install, then blamed FUSE
if [ ! -d "$src" ] && ! head -c 4096 "$src" 2>/dev/null | grep -q '^image_id='; then
  echo "install.sh: $src is neither a built bundle folder nor Devora-linux-x86_64.run" >&2
  exit 1
fi
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"
# the new copy is made beside the old one, which goes only once it is complete: a failed
# unpack (disk full) or Ctrl-C left no Devora at all
new=$prefix/lib/.devora-new.$$
trap 'rm -rf "$new"' EXIT
if [ -d "$src" ]; then
  cp -a "$src" "$new"
  name=devora exe=devora/devora
elif sh "$src" --image-check 2>/dev/null; then
  cp "$src" "$new" && chmod 755 "$new"
  name=devora.run exe=devora.run
else
  echo "FUSE is not available here (fuse3), so Devora is installed unpacked (about 380 MB)."
  sh "$src" --image-extract "$new"
  name=devora exe=devora/devora
fi
rm -rf "$prefix/lib/devora" "$prefix/lib/devora.run" "$prefix/bin/devora"
mv "$new" "$prefix/lib/$name"
ln -sf "$prefix/lib/$exe" "$prefix/bin/devora"
# the menu entry starts this install by its path: ~/.local/bin is not on every session's PATH.
# Quoted as the desktop entry spec wants (\ " ` $ escaped twice, % doubled): a sed replacement
# turned an & in the path into the matched text
exe=$(printf '%s\n' "$prefix/bin/devora" \
  | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g' -e 's/%/%%/g')
while IFS= read -r line; do
  case $line in "Exec=devora "*) line="Exec=\"$exe\" ${line#Exec=devora }" ;; esac
  printf '%s\n' "$line"
done < "$here/dev.devora.Desktop.desktop" > "$prefix/share/applications/dev.devora.Desktop.desktop"
cp "$here/dev.devora.Desktop.metainfo.xml" "$prefix/share/metainfo/"
for s in 16 24 32 48 64 128 256 512; do
  d="$prefix/share/icons/hicolor/${s}x${s}/apps"; mkdir -p "$d"
  cp "$here/../icons/devora-$s.png" "$d/dev.devora.Desktop.png"
done
echo "Installed: run 'devora' or find Devora in your applications menu."
