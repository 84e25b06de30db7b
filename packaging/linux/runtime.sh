#!/bin/sh
# Devora Desktop for Linux as one file (packaging/README.md, "One file"): this script, then a
# tar of squashfuse and unsquashfs with the libraries they link, then the app folder as a
# squashfs image. Each run mounts the image with its own squashfuse and runs the app from
# there, compressed; where FUSE is missing (no /dev/fuse or fusermount3) it unpacks the image
# once into ~/.cache/devora and runs that copy. Nothing on the machine is needed beyond
# glibc 2.34+, sh, coreutils, tar and find. Its own options (install.sh uses them):
#   --image-check        exit 0 when the image mounts here
#   --image-extract DIR  unpack the app folder into DIR (a new folder) and exit
set -u
tools_at=@TOOLS_AT@
tools_size=@TOOLS_SIZE@
image_at=@IMAGE_AT@
image_id=@IMAGE_ID@
self=$(readlink -f "$0")
# HOME unset (a service, env -i): the account's home. Never a folder in /tmp: another user
# could make it first, with an "unpacked copy" of this version in it that would be run
home=${HOME:-$(getent passwd "$(id -u)" 2>/dev/null | cut -d: -f6)}
cache=${XDG_CACHE_HOME:-${home:+$home/.cache}}
cache=${cache:+$cache/devora}
uid=$(id -u)
# DIR and the folder above it are this user's or root's, writable by all only when sticky
# (/tmp): no other user can put a copy or tools there, or swap ours. su without "-" and
# sudo -E keep the first user's XDG_RUNTIME_DIR and HOME, which root must not use. (Group
# write is allowed: with umask 002, as on Fedora, the group is the user's own.)
mine() {
  for d in "$1" "$(dirname "$1")"; do
    [ -n "$(find -H "$d" -maxdepth 0 \( -user "$uid" -o -user 0 \) \
            \( -perm -1000 -o ! -perm -002 \) 2>/dev/null)" ] || return 1
  done
}
# a private folder for the tools and the mount point: the runtime dir, else a temporary or the
# cache folder (the first one where programs may run: /tmp is noexec on some systems)
work=
for base in ${XDG_RUNTIME_DIR:+"$XDG_RUNTIME_DIR"} "${TMPDIR:-/tmp}" ${cache:+"$cache"}; do
  mkdir -p "$base" 2>/dev/null && mine "$base" \
    && work=$(mktemp -d "$base/devora.XXXXXX" 2>/dev/null) || { work=; continue; }
  tail -c +"$((tools_at + 1))" "$self" | head -c "$tools_size" | tar -xf - -C "$work" \
    && [ -x "$work/tools/squashfuse" ] && break
  rm -rf "$work"
  work=
done
if [ -z "$work" ]; then
  echo "devora: found no folder to run its tools from (XDG_RUNTIME_DIR, TMPDIR or /tmp, and" \
       "${cache:-the cache folder} are full, read-only or noexec)" >&2
  exit 1
fi
mnt=$work/app
mounted=
tmp=
cleanup() {
  if [ -n "$mounted" ]; then
    fusermount3 -uz "$mnt" 2>/dev/null || fusermount -uz "$mnt" 2>/dev/null \
      || umount -l "$mnt" 2>/dev/null
  fi
  rm -rf "$work/tools" "$work/mount.log" ${tmp:+"$tmp"}  # a stopped unpack's half copy
  rmdir "$mnt" "$work" 2>/dev/null
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
tool() {
  name=$1; shift
  LD_LIBRARY_PATH="$work/tools/lib" "$work/tools/$name" "$@"
}
unpack() {  # DIR: a folder that does not exist yet
  tool unsquashfs -q -n -no-xattrs -o "$image_at" -d "$1" "$self" >/dev/null
}

case ${1:-} in
  --image-extract)
    unpack "${2:?usage: --image-extract DIR}" || exit 1
    exit 0 ;;
esac

mkdir "$mnt" || exit 1
if tool squashfuse -o "offset=$image_at" "$self" "$mnt" 2>"$work/mount.log"; then
  mounted=1
  [ "${1:-}" = --image-check ] && exit 0
  # The app takes this process's place: a signal sent to it (kill, timeout, a service
  # manager), Ctrl-C, stdin and the exit code are the app's own (sh runs no trap while a
  # command it waits for runs: a SIGTERM here left the app running). A watcher unmounts
  # once the app has ended, however it ended (SIGKILL too).
  trap - EXIT INT TERM HUP
  app_pid=$$
  (
    trap '' INT TERM HUP
    while kill -0 "$app_pid" 2>/dev/null; do sleep 0.2; done
    cleanup
  ) </dev/null >/dev/null 2>&1 &
  exec "$mnt/devora" "$@"
fi
[ "${1:-}" = --image-check ] && { cat "$work/mount.log" >&2; exit 1; }

if [ -z "$cache" ]; then
  echo "devora: FUSE is not available here and HOME is not set: no private folder to unpack" \
       "the app into (set HOME or XDG_CACHE_HOME, or install fuse3)" >&2
  exit 1
fi
mkdir -p "$cache" || exit 1
if ! mine "$cache"; then
  echo "devora: FUSE is not available here and $cache belongs to another user: not running" \
       "a copy from there (set HOME or XDG_CACHE_HOME to a folder of yours)" >&2
  exit 1
fi
app=$cache/app-$image_id
# Copies are shared by the starts of one version, and another version may start while one
# runs. Each run holds its copy's mark (.unpacked) with a shared lock for as long as the app
# runs (fd 9, which the app inherits); a copy is removed only by whoever takes that lock
# exclusively, and its mark goes first. Putting a new copy in place and moving old ones out
# happen under the cache's own lock (.lock), so two first starts never undo each other.
use() {  # lock our copy's mark; false when there is no complete copy to run
  { command exec 9<"$app/.unpacked"; } 2>/dev/null || return 1
  tool flock -s 9 && [ "$app/.unpacked" -ef /dev/fd/9 ] && return 0
  exec 9<&-
  return 1
}
lock_cache() { exec 7>>"$cache/.lock" && tool flock -x 7; }
retire() {  # the other versions' copies that no running Devora uses
  for old in "$cache"/app-*; do
    [ "$old" != "$app" ] && [ -d "$old" ] || continue
    if [ -e "$old/.unpacked" ]; then
      ( command exec 8<"$old/.unpacked" && tool flock -xn 8 && rm -f "$old/.unpacked" ) \
        2>/dev/null || continue  # in use: a later start removes it
    fi
    mv "$old" "$cache/.remove.$$.${old##*/}" 2>/dev/null
  done
}
if ! use; then
  echo "devora: FUSE is not available here ($(head -n 1 "$work/mount.log")), so the app is" \
       "unpacked once into $app (about 380 MB; with FUSE 3, the fuse3 package, it would" \
       "run compressed)" >&2
  # a start killed outright (SIGKILL, power cut) while unpacking: its half copy, 380 MB
  find "$cache" -maxdepth 1 -name '.unpack.*' -mmin +60 -exec rm -rf {} + 2>/dev/null
  tmp=$(mktemp -d "$cache/.unpack.XXXXXX") || exit 1
  if ! unpack "$tmp/app"; then
    rm -rf "$tmp"
    echo "devora: could not unpack the app into $cache (is there 380 MB free?)" >&2
    exit 1
  fi
  touch "$tmp/app/.unpacked"
  lock_cache || exit 1
  if [ ! -f "$app/.unpacked" ]; then  # else another start finished first: its copy is used
    [ -e "$app" ] && mv "$app" "$tmp/old"  # a copy without its mark: half removed
    mv "$tmp/app" "$app" || exit 1
  fi
  exec 7>&-
  rm -rf "$tmp"
  tmp=
  if ! use; then
    echo "devora: the copy in $app was removed while starting; start Devora again" >&2
    exit 1
  fi
fi
lock_cache && retire
exec 7>&-
rm -rf "$cache"/.remove.*
cleanup
trap - EXIT
exec "$app/devora" "$@"
