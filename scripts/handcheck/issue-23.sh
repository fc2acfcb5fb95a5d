#!/bin/bash
# Issue 23's Done-when, by hand: start ./run.sh in the project folder, then run this from it (needs curl, python3).
set -u
G=http://localhost:8080
V=$(./run.sh token --role viewer 2>/dev/null | tail -1)
j() { python3 -c "import sys,json; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
echo "== the list (a viewer's token):"
curl -s -H "Authorization: Bearer $V" "$G/common-grants/opportunities" | j "[(o['customFields']['code']['value'], o['status']['value'], o['funding']['maxAwardAmount'], o['keyDates']['closeDate']['date']) for o in d['items']] + [d['paginationInfo']]"
echo "== the 2025 call in full:"
curl -s -H "Authorization: Bearer $V" "$G/common-grants/opportunities/a0000001-0000-4000-8000-000000002025" | python3 -m json.tool | head -60
echo "== search: closed, closing in November 2024:"
curl -s -H "Authorization: Bearer $V" -H 'Content-Type: application/json' "$G/common-grants/opportunities/search" -d '{"filters":{"status":{"operator":"in","value":["closed"]},"closeDateRange":{"operator":"between","value":{"min":"2024-11-01","max":"2024-11-30"}}},"sorting":{"sortBy":"keyDates.closeDate","sortOrder":"desc"},"pagination":{"page":1,"pageSize":10}}' | j "([o['title'] for o in d['items']], d['sortInfo'], d['paginationInfo'])"
echo "== search: open ones only:"
curl -s -H "Authorization: Bearer $V" -H 'Content-Type: application/json' "$G/common-grants/opportunities/search" -d '{"filters":{"status":{"operator":"in","value":["open"]}}}' | j "[o['title'] for o in d['items']]"
echo "== without a token, and an unknown id (the protocol's error shape):"
curl -s "$G/common-grants/opportunities"; echo
curl -s -H "Authorization: Bearer $V" "$G/common-grants/opportunities/00000000-0000-4000-8000-000000000000"; echo
