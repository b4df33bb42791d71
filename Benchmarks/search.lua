-- wrk script for uncached searches: GET /v1/search?q=WORD+x<salt>t<thread>z<N>&limit=10, WORD
-- cycling over a list and N counting up, so every request's canonical URL (the response-cache
-- key) is new and the index is searched each time (the extra term matches nothing). The salt
-- (a new one per wrk run: the server's cache outlives a run) and the thread number keep runs
-- and threads apart.
-- Usage: wrk -s search.lua URL -- word1,word2,... [salt] [depth]
-- depth > 1 sends that many (different) searches per write, pipelined; wrk counts responses.
--
-- Cheap to generate: the request text is fixed but for N, so each request is one
-- concatenation of a prebuilt prefix, N and a prebuilt tail (no wrk.format, no header table).
local prefixes, tail, n, depth = {}, "", 0, 1
local threads = 0

setup = function(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

init = function(args)
  local words = {}
  for w in string.gmatch(args[1] or "peace", "[^,]+") do words[#words + 1] = w end
  local salt = (args[2] or tostring(os.time())) .. "t" .. tostring(thread_number or 1)
  for i, w in ipairs(words) do prefixes[i] = "GET /v1/search?q=" .. w .. "+x" .. salt .. "z" end
  local host = wrk.host
  if wrk.port then host = host .. ":" .. wrk.port end
  tail = "&limit=10 HTTP/1.1\r\nHost: " .. host .. "\r\n\r\n"
  depth = tonumber(args[3]) or 1
end

request = function()
  if depth == 1 then
    n = n + 1
    return prefixes[n % #prefixes + 1] .. n .. tail
  end
  local r = {}
  for i = 1, depth do
    n = n + 1
    r[i] = prefixes[n % #prefixes + 1] .. n .. tail
  end
  return table.concat(r)
end
