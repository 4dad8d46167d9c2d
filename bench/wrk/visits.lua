-- wrk script: every connection is one technician's phone doing the full visit flow, in order:
--   PUT /api/v1/visits/{new id}                      create (201)
--   POST /api/v1/visits/{id}/events  x5              ARRIVED, DIAGNOSED, PART_USED, NOTE, COMPLETED/FIXED (201 each)
-- Run with as many threads as connections (-tN -cN), so each thread owns one connection and its
-- requests go out strictly one after another.
--
-- Environment:
--   BENCH_PHONES  file with one line per phone: <token> <stationId> <customerId> <equipmentId> [...]
--   BENCH_OUT     where done() writes its figures as key=value lines (optional)
--   BENCH_ERRORS  where bodies of the first non-2xx answers go (optional)
--   BENCH_LAT     where done() writes every request's latency in microseconds, one a line (optional), so
--                 that several short runs can be merged into one distribution
--
-- Latency for BENCH_LAT is taken here, from request() building the request to response() getting the
-- answer; wrk's own --latency figures (printed per run) measure the same span from inside wrk.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } bench_timeval;
  int gettimeofday(bench_timeval *tv, void *tz);
]]
local tv = ffi.new("bench_timeval")

local function now_ms()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + math.floor(tonumber(tv.tv_usec) / 1000)
end

local function now_us()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000000 + tonumber(tv.tv_usec)
end

-- ---------------------------------------------------------------- main state: hand each thread a phone
local threads = {}

local function read_phones()
  local path = os.getenv("BENCH_PHONES") or "target/bench/run/phones.txt"
  local phones = {}
  for line in io.lines(path) do
    local token, station, customer, equipment = line:match("^(%S+)%s+(%S+)%s+(%S+)%s+(%S+)")
    if token then
      phones[#phones + 1] = { token = token, station = station, customer = customer, equipment = equipment }
    end
  end
  assert(#phones > 0, "no phones in " .. path)
  return phones
end

local phones = nil

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

-- ---------------------------------------------------------------- thread state: one phone
local step, visit, base_ms = 0, nil, 0
local auth_headers
created, flows, ok, non2xx = 0, 0, 0, 0
statuses = {}
lat = {}
local sent_us = 0
local logged = 0
local errors_path = os.getenv("BENCH_ERRORS")

function init(args)
  math.randomseed(now_ms() + phone_no * 7919)
  auth_headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
end

-- UUID version 7: 48 bits of Unix milliseconds, version, then random bits (like the app's UuidV7)
local function uuid7()
  local ms = now_ms()
  local r = math.random
  return string.format("%08x-%04x-7%03x-%04x-%04x%08x",
    math.floor(ms / 65536), ms % 65536, r(0, 4095), 0x8000 + r(0, 0x3fff), r(0, 0xffff), r(0, 0x7fffffff) * 2 + r(0, 1))
end

local function iso(ms)
  return os.date("!%Y-%m-%dT%H:%M:%S", math.floor(ms / 1000)) .. string.format(".%03dZ", ms % 1000)
end

local events = {
  function(at) return '{"id":"' .. uuid7() .. '","type":"ARRIVED","occurredAt":"' .. at .. '"}' end,
  function(at) return '{"id":"' .. uuid7() .. '","type":"DIAGNOSED","occurredAt":"' .. at
      .. '","note":"燃油滤清器堵塞，喷油器积碳"}' end,
  function(at) return '{"id":"' .. uuid7() .. '","type":"PART_USED","occurredAt":"' .. at
      .. '","partNumber":"FL-1012","quantity":1,"billing":"WARRANTY"}' end,
  function(at) return '{"id":"' .. uuid7() .. '","type":"NOTE","occurredAt":"' .. at
      .. '","note":"已告知客户下次保养周期"}' end,
  function(at) return '{"id":"' .. uuid7() .. '","type":"COMPLETED","occurredAt":"' .. at
      .. '","outcome":"FIXED","note":"更换燃油滤清器，试车正常"}' end,
}

function request()
  sent_us = now_us()
  if step == 0 then
    visit = uuid7()
    base_ms = now_ms()
    local body = '{"customerId":"' .. customer .. '","equipmentId":"' .. equipment .. '","stationId":"' .. station
        .. '","type":"WARRANTY_REPAIR","faultReported":"发动机启动困难，冒黑烟","requestedAt":"'
        .. iso(base_ms - 3600 * 1000) .. '","meterReading":182000,"meterUnit":"KM"}'
    return wrk.format("PUT", "/api/v1/visits/" .. visit, auth_headers, body)
  end
  -- the phone's clock: the five events happened over the last minute, in order
  local at = iso(base_ms - 60 * 1000 + (step - 1) * 10 * 1000)
  return wrk.format("POST", "/api/v1/visits/" .. visit .. "/events", auth_headers, events[step](at))
end

function response(status, headers, body)
  lat[#lat + 1] = now_us() - sent_us
  if status >= 200 and status < 300 then
    ok = ok + 1
    if step == 0 then created = created + 1 end
    if step == 5 then flows = flows + 1 end
  else
    non2xx = non2xx + 1
    local key = "status_" .. status .. "_step_" .. step
    statuses[key] = (statuses[key] or 0) + 1
    if errors_path and logged < 3 then
      logged = logged + 1
      local f = io.open(errors_path, "a")
      if f then
        f:write(string.format("phone %d step %d visit %s -> %d %s\n", phone_no, step, visit, status, body or ""))
        f:close()
      end
    end
  end
  step = (step + 1) % 6
end

-- ---------------------------------------------------------------- main state: figures
function done(summary, latency, requests)
  local t = { ok = 0, non2xx = 0, flows = 0, created = 0 }
  local by_status = {}
  local lat_path = os.getenv("BENCH_LAT")
  local lat_file = lat_path and assert(io.open(lat_path, "w"))
  for _, thread in ipairs(threads) do
    if lat_file then
      local l = thread:get("lat")
      lat_file:write(table.concat(l, "\n"))
      if #l > 0 then lat_file:write("\n") end
    end
    for k, v in pairs(thread:get("statuses")) do by_status[k] = (by_status[k] or 0) + v end
    t.ok = t.ok + thread:get("ok")
    t.non2xx = t.non2xx + thread:get("non2xx")
    t.flows = t.flows + thread:get("flows")
    t.created = t.created + thread:get("created")
  end
  if lat_file then lat_file:close() end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local lines = {
    string.format("requests=%d", summary.requests),
    string.format("seconds=%.3f", seconds),
    string.format("rps=%.1f", summary.requests / seconds),
    string.format("flows=%d", t.flows),
    string.format("flows_per_s=%.2f", t.flows / seconds),
    string.format("p50_ms=%.2f", latency:percentile(50) / 1000),
    string.format("p90_ms=%.2f", latency:percentile(90) / 1000),
    string.format("p99_ms=%.2f", latency:percentile(99) / 1000),
    string.format("max_ms=%.2f", latency.max / 1000),
    string.format("ok=%d", t.ok),
    string.format("non2xx=%d", t.non2xx),
    string.format("socket_errors=%d", e.connect + e.read + e.write + e.timeout),
  }
  -- non-2xx answers by status and step of the flow (0 = PUT, 1..5 = the events)
  for k, v in pairs(by_status) do lines[#lines + 1] = string.format("%s=%d", k, v) end
  local text = table.concat(lines, "\n") .. "\n"
  local out = os.getenv("BENCH_OUT")
  if out then
    local f = assert(io.open(out, "w"))
    f:write(text)
    f:close()
  end
  io.write("figures: ", (text:gsub("\n", "  ")), "\n")
end
