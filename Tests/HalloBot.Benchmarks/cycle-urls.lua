-- wrk script: each request takes the next path from a file (one path a line), round and round.
-- Usage: wrk ... -s cycle-urls.lua http://127.0.0.1:5099 -- FILE
-- Each wrk thread runs its own copy; they start at different lines so that they do not ask the same in step.
local threads = 0

function setup(thread)
  thread:set("offset", threads * 101)
  threads = threads + 1
end

local paths = {}
local next_index = 1

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  assert(#paths > 0, "no paths in " .. tostring(args[1]))
  next_index = (offset or 0) % #paths + 1
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end
