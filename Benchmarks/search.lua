-- wrk script for uncached queries: GET /v1/search?q=WORD+xN, WORD cycling over a list and
-- N counting up, so every request's canonical URL (the response-cache key) is new and the
-- index is searched each time (the extra term matches nothing).
-- Usage: wrk -s search.lua URL -- word1,word2,...
local words = {}
local n = 0
init = function(args)
  for w in string.gmatch(args[1] or "peace", "[^,]+") do words[#words + 1] = w end
end
request = function()
  n = n + 1
  return wrk.format(nil, "/v1/search?q=" .. words[(n % #words) + 1] .. "+x" .. n .. "&limit=10")
end
