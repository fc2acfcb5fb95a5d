#!/bin/bash
# Issue 22's Done-when, by hand: start ./run.sh in the project folder, then run this from it (needs curl, python3).
# A receiver on 127.0.0.1:8099 verifies each message's Standard Webhooks signature with the secret shown once.
set -u
G=http://localhost:8080
PM=$(./run.sh token --role program-manager 2>/dev/null | tail -1)
j() { python3 -c "import sys,json; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
req() { curl -s -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -X "$2" "$G$3" ${4:+-d "$4"}; }
RECEIVED=$(mktemp)
receiver() {  # prints one line per message: its type, subject and whether the signature verifies
  python3 - "$1" >> "$RECEIVED" <<'PY' &
import base64, hashlib, hmac, json, sys
from http.server import BaseHTTPRequestHandler, HTTPServer
key = base64.b64decode(sys.argv[1].split("_", 1)[1])
class Hook(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        signed = f"{self.headers['webhook-id']}.{self.headers['webhook-timestamp']}.".encode() + body
        mine = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
        ok = any(s.split(",", 1)[1] == mine for s in self.headers["webhook-signature"].split())
        event = json.loads(body)
        print(event["type"], event["subject"], "signature-valid" if ok else "SIGNATURE-INVALID", flush=True)
        self.send_response(204); self.end_headers()
    def log_message(self, *args): pass
HTTPServer(("127.0.0.1", 8099), Hook).serve_forever()
PY
  echo $!
}
P=$(req $PM POST /api/v1/projects "{\"programId\":\"a0000000-0000-4000-8000-000000002025\",\"code\":\"HAND-WH-$RANDOM\",\"fiscalYear\":2025,\"titleKo\":\"수기 점검\",\"titleEn\":\"Hand check\",\"technologyArea\":\"QUANTUM\",\"leadInstitutionId\":\"1b57c000-0000-4000-8000-000000000001\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2027-12-31\",\"awardedTotalKrw\":1500000000,\"status\":\"ACTIVE\"}" | j "d['id']")
SUB=$(req $PM POST /api/v1/webhooks/projects '{"targetUrl":"http://127.0.0.1:8099/hook","types":["kr.go.msit.kus.project.suspended","kr.go.msit.kus.project.resumed"],"description":"hand check"}')
ID=$(echo "$SUB" | j "d['id']"); SECRET=$(echo "$SUB" | j "d['secret']")
echo "== subscribed $ID (secret shown once: ${SECRET:0:12}...)"
R=$(receiver "$SECRET"); sleep 1
req $PM POST /api/v1/projects/$P/suspend '{"reason":"hand check"}' > /dev/null
sleep 3
echo "== the feed:"; req $PM GET "/api/v1/events/projects?subject=$P" | j "[e['type'] for e in d['items']]"
echo "== received:"; cat "$RECEIVED"
echo "== receiver down for a minute; the project is resumed and suspended meanwhile"
kill $R; wait $R 2>/dev/null
req $PM POST /api/v1/projects/$P/resume '{"reason":"hand check"}' > /dev/null
req $PM POST /api/v1/projects/$P/suspend '{"reason":"hand check again"}' > /dev/null
sleep 60
req $PM GET /api/v1/webhooks/projects/$ID | j "('status', d['status'], 'failures in a row', d['consecutiveFailures'], 'next attempt', d['nextAttemptAt'])"
R=$(receiver "$SECRET")
for i in $(seq 1 150); do [ "$(wc -l < "$RECEIVED")" -ge 3 ] && break; sleep 1; done
echo "== received after the receiver came back (${i} s):"; cat "$RECEIVED"
echo "== delivery log:"; req $PM GET "/api/v1/webhooks/projects/$ID/deliveries?size=10" | j "[(x['outcome'], x['statusCode'], x['error']) for x in d['items']]"
kill $R; req $PM DELETE /api/v1/webhooks/projects/$ID > /dev/null; rm -f "$RECEIVED"
