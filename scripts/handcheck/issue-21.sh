#!/bin/bash
# Issue 21's Done-when, by hand: start ./run.sh in the project folder, then run this from it (needs curl, python3).
set -u
G=http://localhost:8080
PM=$(./run.sh token --role program-manager 2>/dev/null | tail -1)
FO=$(./run.sh token --role finance-officer 2>/dev/null | tail -1)
j() { python3 -c "import sys,json; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
req() { curl -s -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -X "$2" "$G$3" ${4:+-d "$4"}; }
for y in 2025 2026 2027 2028 2029; do req $FO PUT /api/v1/budgets/b0000000-0000-4000-8000-000000002025/appropriations/$y '{"amountKrw":7500000000}' > /dev/null; done
imp() { req $PM POST /api/v1/projects "{\"programId\":\"a0000000-0000-4000-8000-000000002025\",\"code\":\"HAND-$1-$RANDOM\",\"fiscalYear\":2025,\"titleKo\":\"수기 점검\",\"titleEn\":\"Hand check\",\"technologyArea\":\"QUANTUM\",\"leadInstitutionId\":\"1b57c000-0000-4000-8000-000000000001\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2027-12-31\",\"awardedTotalKrw\":1500000000,\"status\":\"ACTIVE\"}" | j "d['id']"; }
A=$(imp REDUCED); B=$(imp PENDING)
AA=$(req $FO POST /api/v1/allocations "{\"projectId\":\"$A\",\"totalKrw\":1500000000}" | j "d['id']")
BA=$(req $FO POST /api/v1/allocations "{\"projectId\":\"$B\",\"totalKrw\":1500000000}" | j "d['id']")
E=$(req $PM POST /api/v1/evaluations "{\"projectId\":\"$A\",\"kind\":\"ANNUAL\",\"fiscalYear\":2025}" | j "d['id']")
req $PM POST /api/v1/evaluations/$E/evaluators '{"name":"평가위원","institutionId":"1b57c000-0000-4000-8000-0000000000e9"}' > /dev/null
echo "== conflict of interest:"; req $PM POST /api/v1/evaluations/$E/evaluators '{"name":"내부자","institutionId":"1b57c000-0000-4000-8000-000000000001"}' | j "(d['status'], d['rule'])"
req $PM POST /api/v1/evaluations/$E/start > /dev/null
EV=$(req $PM GET /api/v1/evaluations/$E | j "d['evaluators'][0]['id']")
req $PM PUT /api/v1/evaluations/$E/evaluators/$EV/score '{"score":72,"comment":"보통"}' > /dev/null
echo "== decided:"; req $PM POST /api/v1/evaluations/$E/decide '{"decision":"CONTINUE_REDUCED","reductionPercent":20}' | j "(d['status'], d['averageScore'], d['grade'], d['decision'], d['reductionPercent'])"
echo "== continuation 2026:"; req $FO GET "/api/v1/projects/$A/continuation?fiscalYear=2026" | j "(d['allowed'], d['basis'], d['planKrw'], d['capKrw'])"
echo "== 2026 line above 80%:"; req $FO PUT /api/v1/allocations/$AA/lines '{"lines":[{"fiscalYear":2026,"costCategory":"PERSONNEL","amountKrw":450000000}]}' | j "(d['status'], d.get('rule'), d.get('capKrw'))"
echo "== 2026 line at 80%:"; req $FO PUT /api/v1/allocations/$AA/lines '{"lines":[{"fiscalYear":2026,"costCategory":"PERSONNEL","amountKrw":400000000}]}' | j "[(l['fiscalYear'], l['amountKrw']) for l in d['lines']]"
echo "== no 2025 decision:"; req $FO PUT /api/v1/allocations/$BA/lines '{"lines":[{"fiscalYear":2026,"costCategory":"PERSONNEL","amountKrw":100000000}]}' | j "(d['status'], d.get('rule'))"
echo "== seeded KUS-2025-02 2026 line:"; req $FO PUT /api/v1/allocations/a1100000-0000-4000-8000-000000000002/lines '{"lines":[{"fiscalYear":2026,"costCategory":"EQUIPMENT","amountKrw":300000000}]}' | j "[(l['fiscalYear'], l['costCategory'], l['amountKrw']) for l in d['lines']]"
