#!/bin/sh
# Builds one C extension module for the given interpreter:
#   compile-extension.sh PYTHON OUT_DIR SOURCE.c
# Flags and the file suffix come from PYTHON's own python-config, so the module loads in it.
set -eu
python=$1
out=$2
src=$3
config="$python-config"
command -v "$config" >/dev/null 2>&1 || { echo "compile-extension: $config not found" >&2; exit 1; }
name=$(basename "$src" .c)
suffix=$("$config" --extension-suffix)
mkdir -p "$out"
set -x
gcc -shared -fPIC -O2 -Wall -Werror=implicit-function-declaration \
  $("$config" --includes) -o "$out/$name$suffix" "$src"
