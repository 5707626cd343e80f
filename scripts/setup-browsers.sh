#!/usr/bin/env bash
# Installs the browsers Crosslight is run and tested in, Debian's chromium and firefox-esr, when
# they are missing. Installing needs root or sudo; nothing happens when both are present.
set -euo pipefail

missing=()
[ -x /usr/lib/chromium/chromium ] || command -v chromium >/dev/null || missing+=(chromium)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)

if [ ${#missing[@]} -eq 0 ]; then
  echo "Browsers present: chromium and firefox-esr."
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null; then
  as_root=(sudo)
else
  echo "Missing ${missing[*]}, and installing them needs root: run this script as root or install sudo." >&2
  exit 1
fi

if ! command -v apt-get >/dev/null; then
  echo "Missing ${missing[*]}: install them with your system's package manager (this script knows only apt-get)." >&2
  exit 1
fi

echo "Installing ${missing[*]} with apt-get…"
"${as_root[@]}" apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
