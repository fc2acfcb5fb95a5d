#!/bin/bash
# Issue 20's Done-when, by hand: start ./run.sh in the project folder, then run this from it (needs curl, python3).
set -u
G=http://localhost:8080
O=$(./run.sh token --role partnership-officer 2>/dev/null | tail -1)
K=$(./run.sh token --role institution --institution 1b57c000-0000-4000-8000-000000000001 2>/dev/null | tail -1)
P=$(./run.sh token --role program-manager 2>/dev/null | tail -1)
j() { python3 -c "import sys,json; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
post() { curl -s -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -X POST "$G$2" -d "$3"; }
TODAY=$(TZ=Asia/Seoul date +%F); NEXT=$(TZ=Asia/Seoul date -d '+1 year' +%F)
N=$(post $K /api/v1/cooperation-needs '{"institutionId":"1b57c000-0000-4000-8000-000000000001","technologyArea":"QUANTUM","topicKo":"광격자 시계 비교 공동연구","topicEn":"Joint comparison of optical lattice clocks","kind":"JOINT_RESEARCH","preferredAgencyId":"a6e0c000-0000-4000-8000-000000000001","preferredUnitId":"a6e0d000-0000-4000-8000-000000000005"}' | j "d['id']")
post $K /api/v1/cooperation-needs/$N/open '' | j "('need', d['code'], d['status'])"
for spec in "a6e0d000-0000-4000-8000-000000000005|QUANTUM|광격자 시계 비교|Optical lattice clock comparisons" "a6e0d000-0000-4000-8000-000000000001|QUANTUM|양자 네트워크|Quantum network testbeds" "a6e0d000-0000-4000-8000-000000000004|ADVANCED_BIO|바이오 계측|Biomaterial metrology" "a6e0d000-0000-4000-8000-000000000003|QUANTUM|양자 암호|Post-quantum cryptography"; do
  IFS='|' read U A KO EN <<< "$spec"
  post $O /api/v1/partner-offers "{\"unitId\":\"$U\",\"contactName\":\"Jane Doe\",\"contactEmail\":\"jane@nist.gov\",\"topicKo\":\"$KO\",\"topicEn\":\"$EN\",\"technologyArea\":\"$A\",\"kinds\":[\"JOINT_RESEARCH\"],\"openUntil\":\"$NEXT\"}" | j "('offer', d['code'], d['topicEn'])"
done
echo "== suggestions:"; curl -s -H "Authorization: Bearer $K" $G/api/v1/cooperation-needs/$N/suggested-offers | j "'\n'.join('%s %s %s %s' % (s['score'], s['offer']['code'], s['offer']['topicEn'], s['reasons']) for s in d)"
BEST=$(curl -s -H "Authorization: Bearer $K" $G/api/v1/cooperation-needs/$N/suggested-offers | j "d[0]['offer']['id']")
M=$(post $O /api/v1/matches "{\"needId\":\"$N\",\"offerId\":\"$BEST\"}" | j "d['id']")
post $K /api/v1/matches/$M/accept '{"side":"INSTITUTION"}' | j "('accept institution', d['status'])"
post $O /api/v1/matches/$M/accept '{"side":"PARTNER"}' | j "('accept partner', d['status'])"
D=$(post $O /api/v1/dispatches "{\"researcher\":{\"name\":\"이연구\",\"email\":\"clock-$RANDOM@kriss.re.kr\",\"position\":\"Senior researcher\",\"homeInstitutionId\":\"1b57c000-0000-4000-8000-000000000001\"},\"projectId\":\"a0000002-0000-4000-8000-000000000005\",\"siteId\":\"a6e05000-0000-4000-8000-000000000002\",\"hostUnitId\":\"a6e0d000-0000-4000-8000-000000000005\",\"hostLaboratory\":\"Time and Frequency Division\",\"purpose\":\"광시계 비교\",\"visaCategory\":\"J1_RESEARCH_SCHOLAR\",\"plannedStart\":\"$(TZ=Asia/Seoul date -d '+100 days' +%F)\",\"plannedEnd\":\"$(TZ=Asia/Seoul date -d '+130 days' +%F)\"}" | j "d['id']")
post $O /api/v1/matches/$M/realise "{\"outcomeKind\":\"DISPATCH\",\"outcomeId\":\"$D\"}" | j "('realised', d['status'], d['outcomeKind'])"
echo "== dossier of KUS-2025-05:"; curl -s -H "Authorization: Bearer $P" $G/api/v1/dossiers/a0000002-0000-4000-8000-000000000005 | j "([(n['code'], n['status']) for n in d['cooperationNeeds']], [(m['code'], m['status'], m['outcomeKind']) for m in d['matches']], d['degraded'])"
echo "== dashboard cooperation:"; curl -s -H "Authorization: Bearer $P" $G/api/v1/dashboard | j "(d['cooperation'], d['degraded'])"
