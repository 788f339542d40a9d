#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Installs every Debian 12 package Vigie needs (list: packaging/debian-deps.txt).
# Run as root or through sudo. A fresh machine's package lists are empty, so update first.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
mapfile -t pkgs < <(grep -v '^\s*#' "$here/debian-deps.txt" | sed 's/\s*#.*//' | grep -v '^\s*$')
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${pkgs[@]}"
