#!/usr/bin/env bash
# Fetches the second held-out set (records no rule was tuned on, issue 10) into DIR/<dataset>/: bench/heldout/fetch.sh
# with the sources.tsv beside this script. Needs git, python3 and network access to github.com.
# Usage: bench/heldout2/fetch.sh DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/../heldout/fetch.sh" "$here/sources.tsv" "$@"
