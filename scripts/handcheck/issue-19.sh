#!/bin/bash
# Issue 19's Done-when, by hand: start ./run.sh in the project folder, then run this from it (needs curl, python3).
set -u
G=http://localhost:8080
T=$(./run.sh token --role program-manager 2>/dev/null | tail -1)
V=$(./run.sh token --role viewer 2>/dev/null | tail -1)
j() { python3 -c "import sys,json; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
echo "== bodies:"; curl -s -H "Authorization: Bearer $V" "$G/api/v1/standards-bodies?size=50" | j "[i['code'] for i in d['items']]"
echo "== NIST units:"; curl -s -H "Authorization: Bearer $V" "$G/api/v1/partner-agencies/a6e0c000-0000-4000-8000-000000000001/units" | j "[(u['code'],u['nameEn']) for u in d]"
TODAY=$(TZ=Asia/Seoul date +%F)
C=$(curl -s -H "Authorization: Bearer $T" -H 'Content-Type: application/json' -X POST $G/api/v1/contributions -d "{\"projectId\":\"a0000002-0000-4000-8000-000000000004\",\"bodyId\":\"5b0d0000-0000-4000-8000-000000000007\",\"groupName\":\"3GPP TSG RAN WG1\",\"documentRef\":\"R1-HAND-$RANDOM\",\"titleEn\":\"7-24 GHz channel measurements\",\"kind\":\"TECHNICAL_CONTRIBUTION\",\"workItem\":\"TR 38.901\",\"nistCoAuthors\":[\"Jane Doe\"],\"stage\":\"SUBMITTED\",\"stageDate\":\"$TODAY\"}")
echo "== created:"; echo "$C" | j "(d['stage'], d['nistCoAuthored'], d['nextStages'])"
ID=$(echo "$C" | j "d['id']")
echo "== moved:"; curl -s -H "Authorization: Bearer $T" -H 'Content-Type: application/json' -X POST "$G/api/v1/contributions/$ID/stage" -d "{\"stage\":\"AGREED\",\"date\":\"$TODAY\"}" | j "(d['stage'], d['milestone'], [e['stage'] for e in d['stageHistory']])"
echo "== back (409):"; curl -s -o /dev/null -w "%{http_code}\n" -H "Authorization: Bearer $T" -H 'Content-Type: application/json' -X POST "$G/api/v1/contributions/$ID/stage" -d "{\"stage\":\"SUBMITTED\",\"date\":\"$TODAY\"}"
Y=${TODAY:0:4}
echo "== project outcomes:"; curl -s -H "Authorization: Bearer $T" "$G/api/v1/projects/a0000002-0000-4000-8000-000000000004/outcomes?fiscalYear=$Y" | j "d['total']"
echo "== program outcome report:"; curl -s -H "Authorization: Bearer $T" "$G/api/v1/outcome-reports/programs/a0000000-0000-4000-8000-000000002025?fiscalYear=$Y" | j "(d['indicators']['total'], d['personDays'], d['degraded'])"
echo "== dossier:"; curl -s -H "Authorization: Bearer $T" "$G/api/v1/dossiers/a0000002-0000-4000-8000-000000000004" | j "(d['outcomes']['total'], d['degraded'])"
echo "== csv:"; curl -s -H "Authorization: Bearer $T" -H 'Accept: text/csv' "$G/api/v1/outcome-reports/programs/a0000000-0000-4000-8000-000000002025?fiscalYear=$Y" | head -3
echo "== partner side of KUS-2025-05:"; curl -s -H "Authorization: Bearer $T" -H 'Content-Type: application/json' -X PUT "$G/api/v1/projects/a0000002-0000-4000-8000-000000000005/partner-side" -d '{"agencyId":"a6e0c000-0000-4000-8000-000000000001","unitIds":["a6e0d000-0000-4000-8000-000000000005"],"division":"Time and Frequency Division","counterparts":[{"name":"Jane Doe","email":"jane.doe@nist.gov","unitId":"a6e0d000-0000-4000-8000-000000000005"}]}' | j "d['partnerSide']"
echo "== projects with PML:"; curl -s -H "Authorization: Bearer $V" "$G/api/v1/projects?partnerUnitId=a6e0d000-0000-4000-8000-000000000005" | j "([i['code'] for i in d['items']], [i['partnerSide']['counterparts'] for i in d['items']])"
echo "== bad unit:"; curl -s -H "Authorization: Bearer $T" -H 'Content-Type: application/json' -X PUT "$G/api/v1/projects/a0000002-0000-4000-8000-000000000005/partner-side" -d '{"agencyId":"a6e0c000-0000-4000-8000-000000000001","unitIds":["a6e0d000-0000-4000-8000-0000000000ff"]}' | j "(d['status'], d.get('rule'))"
