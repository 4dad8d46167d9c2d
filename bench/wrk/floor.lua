-- wrk script: the floor under the phone flow (bench/run-visits.sh with BENCH_FLOOR=1). Every connection is one
-- technician's phone that creates one visit (PUT), then reads it back again and again (GET /api/v1/visits/{id}):
-- the bearer token, one row read, the JSON answer, and no write. No request of the flow can be cheaper, so its rate
-- against the plain-JDBC baseline is the ceiling of the flow's ratio on this machine.
--
-- The phones are handed out as in visits.lua (its setup and init are used as they are); this script replaces what
-- each phone sends and what is counted. Environment: BENCH_PHONES (as visits.lua), BENCH_OUT (figures, optional).
-- Run with as many threads as connections (-tN -cN), from the project root.

dofile("bench/wrk/visits.lua")

-- visits.lua keeps its threads to itself: keep them here too, for done()
local threads = {}
local setup_phone = setup
function setup(thread)
  setup_phone(thread)
  threads[#threads + 1] = thread
end

local visit, created, headers = nil, false, nil
reads, non2xx = 0, 0

local function headers_of_phone()
  headers = headers or { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  return headers
end

function request()
  if not created then
    -- UUID version 7 from this phone's number and the clock (one visit per phone)
    local ms = os.time() * 1000 + phone_no
    visit = visit or string.format("%08x-%04x-7%03x-%04x-%012x", math.floor(ms / 65536), ms % 65536,
      math.random(0, 4095), 0x8000 + math.random(0, 0x3fff), phone_no)
    local body = '{"customerId":"' .. customer .. '","equipmentId":"' .. equipment .. '","stationId":"' .. station
        .. '","type":"WARRANTY_REPAIR","faultReported":"floor","meterReading":182000,"meterUnit":"KM"}'
    return wrk.format("PUT", "/api/v1/visits/" .. visit, headers_of_phone(), body)
  end
  return wrk.format("GET", "/api/v1/visits/" .. visit, headers_of_phone())
end

function response(status, headers, body)
  if not created then
    created = status == 201 or status == 200
  elseif status == 200 then
    reads = reads + 1
    return
  end
  if status >= 300 then non2xx = non2xx + 1 end
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
