-- wrk script: the floor under the phone flow (bench/run-visits.sh with BENCH_FLOOR=1). Every connection is one
-- technician's phone that creates one visit (PUT), then reads it back again and again (GET /api/v1/visits/{id}):
-- the bearer token, one row read, the JSON answer, and no write. No request of the flow can be cheaper, so its rate
-- against the plain-JDBC baseline is the ceiling of the flow's ratio on this machine.
--
-- Environment: BENCH_PHONES (as visits.lua), BENCH_OUT (figures as key=value lines, optional).
-- Run with as many threads as connections (-tN -cN).

local threads = {}
local phones = nil

local function read_phones()
  local list = {}
  for line in io.lines(os.getenv("BENCH_PHONES") or "target/bench/run/phones.txt") do
    local token, station, customer, equipment = line:match("^(%S+)%s+(%S+)%s+(%S+)%s+(%S+)")
    if token then
      list[#list + 1] = { token = token, station = station, customer = customer, equipment = equipment }
    end
  end
  assert(#list > 0, "no phones")
  return list
end

function setup(thread)
  phones = phones or read_phones()
  local n = #threads + 1
  local phone = phones[(n - 1) % #phones + 1]
  thread:set("phone_no", n)
  thread:set("token", phone.token)
  thread:set("station", phone.station)
  thread:set("customer", phone.customer)
  thread:set("equipment", phone.equipment)
  threads[n] = thread
end

local visit, created, headers = nil, false, nil
reads, non2xx = 0, 0

function init(args)
  math.randomseed(os.time() + phone_no * 7919)
  headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  local ms = os.time() * 1000 + phone_no
  local r = math.random
  -- UUID version 7, as visits.lua makes them
  visit = string.format("%08x-%04x-7%03x-%04x-%04x%08x", math.floor(ms / 65536), ms % 65536, r(0, 4095),
    0x8000 + r(0, 0x3fff), r(0, 0xffff), r(0, 0x7fffffff) * 2 + r(0, 1))
end

function request()
  if not created then
    local body = '{"customerId":"' .. customer .. '","equipmentId":"' .. equipment .. '","stationId":"' .. station
        .. '","type":"WARRANTY_REPAIR","faultReported":"floor","meterReading":182000,"meterUnit":"KM"}'
    return wrk.format("PUT", "/api/v1/visits/" .. visit, headers, body)
  end
  return wrk.format("GET", "/api/v1/visits/" .. visit, headers)
end

function response(status, headers, body)
  if not created then
    created = status == 201 or status == 200
    if not created then non2xx = non2xx + 1 end
    return
  end
  if status == 200 then reads = reads + 1 else non2xx = non2xx + 1 end
end

function done(summary, latency, requests)
  local ok, bad = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("reads")
    bad = bad + thread:get("non2xx")
  end
  local seconds = summary.duration / 1e6
  local text = string.format("reads=%d\nseconds=%.3f\nrps=%.1f\nnon2xx=%d\np50_ms=%.2f\n", ok, seconds, ok / seconds,
    bad, latency:percentile(50) / 1000)
  local out = os.getenv("BENCH_OUT")
  if out then
    local f = assert(io.open(out, "w"))
    f:write(text)
    f:close()
  end
  io.write("figures: ", (text:gsub("\n", "  ")), "\n")
end
