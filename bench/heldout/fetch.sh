#!/usr/bin/env bash
# Fetches held-out MARC 21 records (records the rules were never tuned on) into DIR/<dataset>/, as listed in a
# sources file (by default sources.tsv beside this script; bench/heldout2/sources.tsv for the second set): each
# repository at the commit given, each file checked against its SHA-256.
# A row may have a ninth column, `select`: then the file written is the records it selects from the repository's
# file (select-records.py beside this script: `first=N`, `drop001=A,B`, `all` to take the records out of an SRU
# envelope), and the SHA-256 is that of the file written. Needs git, python3 for `select`, and network access to
# github.com. Usage: bench/heldout/fetch.sh [SOURCES.tsv] DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ $# -eq 1 ]]; then
  sources="$here/sources.tsv"
elif [[ $# -eq 2 ]]; then
  sources="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  shift
else
  echo "usage: $0 [SOURCES.tsv] DIR   (writes DIR/<dataset>/<file> for every row of SOURCES.tsv)" >&2
  exit 2
fi
out="$1"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# one clone per repository and commit: a shallow, blobless fetch of that commit (each listed file's blob then comes
# on demand), or the whole history when the server will not give a commit by its id
checkout() {
  local repo="$1" commit="$2" dir="$work/${1//\//+}"
  if [[ ! -d "$dir" ]]; then
    git init -q "$dir"
    git -C "$dir" remote add origin "https://github.com/$repo.git"
    if ! git -C "$dir" fetch -q --depth 1 --filter=blob:none origin "$commit" 2>/dev/null; then
      git -C "$dir" fetch -q origin
    fi
  fi
  echo "$dir"
}

fails=0
files=0
records=0
while IFS=$'\t' read -r dataset repo commit path licence count file sha select; do
  [[ "$dataset" == dataset ]] && continue
  dir="$(checkout "$repo" "$commit")"
  mkdir -p "$out/$dataset"
  target="$out/$dataset/$file"
  if ! git -C "$dir" show "$commit:$path" > "$target"; then
    echo "fetch: $repo $commit: no file $path" >&2
    fails=$((fails + 1))
    continue
  fi
  if [[ -n "${select:-}" ]]; then
    python3 "$here/select-records.py" "$select" "$target" "$target.selected" && mv "$target.selected" "$target"
  fi
  if [[ "$(sha256sum "$target" | cut -d' ' -f1)" != "$sha" ]]; then
    echo "fetch: $dataset/$file differs from $repo@$commit:$path as listed (SHA-256)" >&2
    fails=$((fails + 1))
    continue
  fi
  files=$((files + 1))
  records=$((records + count))
done < "$sources"
echo "fetch: $files files, $records records in $out ($fails failed)"
[[ $fails -eq 0 ]]
