#!/usr/bin/env bash
# Record-page latency, a quick before/after check for page rendering (not a colophon-bench command):
#   bench/page-latency.sh cli/target/colophon.jar /tmp/demo-data 3391 LABEL
# starts `colophon demo` on the sample catalogue (111 records), requests every record's HTML page three times to warm
# up, then three times timed with one keep-alive curl, and prints p50/p95/mean of curl's time_total. Files go to
# /tmp/s12bench (times-LABEL.txt, load-LABEL.txt with the load average at the end).
set -euo pipefail
mkdir -p /tmp/s12bench
jar=$1; data=$2; port=$3; label=$4
if [[ -e "$data" ]]; then echo "$data exists; give a directory that does not" >&2; exit 2; fi
java -Xmx1g -jar "$jar" demo --data "$data" --port "$port" > /tmp/s12bench/demo-$label.log 2>&1 &
pid=$!
for i in $(seq 1 120); do curl -s -o /dev/null "http://localhost:$port/health" && break; sleep 1; done
# the record IRIs
curl -s "http://localhost:$port/sparql" --data-urlencode 'query=SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/colophon/graph/meta>) }' -H 'Accept: text/csv' | tail -n +2 | tr -d '\r' | sed "s#http://localhost:$port/##" > /tmp/s12bench/records.txt
urls=(); while read -r r; do urls+=("http://localhost:$port/$r.html"); done < /tmp/s12bench/records.txt
for k in 1 2 3; do for u in "${urls[@]}"; do echo "url = \"$u\""; echo "output = /dev/null"; done; done > /tmp/s12bench/curl.cfg
# warm up: the same 3 rounds, untimed
curl -s -K /tmp/s12bench/curl.cfg -w '%{time_total}\n' > /dev/null
curl -s -K /tmp/s12bench/curl.cfg -w '%{time_total}\n' > /tmp/s12bench/times-$label.txt
curl -s "http://localhost:$port/search?q=%E7%8C%B6%E5%A4%AA%E5%AD%B8&size=10&sort=relevance&filter=library:bnu" > /tmp/s12bench/search-$label.json || true
curl -s "http://localhost:$port/suggest?q=zhongguo" > /tmp/s12bench/suggest-$label.json || true
cat /proc/loadavg > /tmp/s12bench/load-$label.txt
kill $pid; wait $pid 2>/dev/null || true
python3 - "$label" <<'PY'
import sys
t=sorted(float(x)*1000 for x in open(f"/tmp/s12bench/times-{sys.argv[1]}.txt"))
p=lambda q: t[min(len(t)-1,int(q*len(t)))]
print(f"{sys.argv[1]}: {len(t)} record pages, p50 {p(0.5):.2f} ms, p95 {p(0.95):.2f} ms, mean {sum(t)/len(t):.2f} ms")
PY
