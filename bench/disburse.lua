-- wrk script: disbursement requests, each with its own Idempotency-Key, spread over the budget lines in
-- BENCH_LINES (comma-separated ids), as BENCH_TOKEN (a finance officer). 10,000 KRW each.
local token = os.getenv("BENCH_TOKEN")
local run = os.getenv("BENCH_RUN") or tostring(os.time())
local lines = {}
for id in string.gmatch(os.getenv("BENCH_LINES"), "[^,]+") do
  table.insert(lines, id)
end
local threads = 0
local counter = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function request()
  counter = counter + 1
  local line = lines[((counter + tid) % #lines) + 1]
  local body = '{"lineId":"' .. line .. '","amountKrw":10000,"purpose":"benchmark"}'
  return wrk.format("POST", "/api/v1/disbursements", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = "bench-" .. run .. "-" .. tid .. "-" .. counter,
  }, body)
end

created, refused, failed = 0, 0, 0
local all = {}

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  elseif status >= 500 then
    failed = failed + 1
  else
    refused = refused + 1
  end
end

-- setup() above keeps each thread, so done() can add their counts up
local keep = setup
function setup(thread)
  keep(thread)
  table.insert(all, thread)
end

function done(summary, latency, requests)
  local c, r, f = 0, 0, 0
  for _, thread in ipairs(all) do
    c = c + thread:get("created")
    r = r + thread:get("refused")
    f = f + thread:get("failed")
  end
  io.write(string.format("DISBURSE %d %d %d\n", c, r, f))
end
