#!/usr/bin/env bash
# Refreshes one folder of vendored test data from a source directory.
#
# Usage: bash tests/data/refresh.sh FOLDER SOURCE COMMIT
#
#   FOLDER   one of: wasm-2.0, wasm-3.0, component-model, wasi-testsuite
#   SOURCE   the upstream directory to copy from (a checkout's test folder)
#   COMMIT   the upstream commit or tag SOURCE was taken at, recorded in UPSTREAM
#
# The folder is replaced whole: files removed upstream are removed here. Each folder keeps
# the LICENSE of its source beside the data; SOURCE must have one at its top or the
# script refuses to run.
set -euo pipefail

if [ $# -ne 3 ]; then
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
folder=$1
source=$2
commit=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

case "$folder" in
    wasm-2.0 | wasm-3.0) dest="$here/testsuite/$folder" ;;
    component-model | wasi-testsuite) dest="$here/$folder" ;;
    *)
        echo "unknown folder \`$folder\`: expected wasm-2.0, wasm-3.0, component-model or wasi-testsuite" >&2
        exit 2
        ;;
esac
if [ ! -d "$source" ]; then
    echo "\`$source\` is not a directory" >&2
    exit 2
fi
if [ ! -f "$source/LICENSE" ]; then
    echo "\`$source\` has no LICENSE at its top: vendored data keeps its license" >&2
    exit 2
fi

rm -rf "$dest"
mkdir -p "$dest"
# Copy the contents, not the permissions: a read-only source stays editable here.
cp -R --no-preserve=mode "$source/." "$dest/"
# The generated UPSTREAM file records where the data came from.
printf 'folder: %s\nupstream: %s\n' "$folder" "$commit" > "$dest/UPSTREAM"
echo "refreshed $dest ($(find "$dest" -type f | wc -l) files)"
