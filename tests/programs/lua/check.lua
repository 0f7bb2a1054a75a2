-- Run by an unmodified Lua 5.4.4 built twice: natively against glibc, and
-- with uefi-cc against this library in the firmware.  The two outputs
-- must be identical, byte for byte.  Everything printed is deterministic
-- given TZ=UTC, the C locale and UEFI_LIBC_TEST=from-the-environment.
-- It exercises, through Lua's own C code: stdio (files, seeks, lines,
-- buffering), printf/strtod conversions, string functions, ctype, math,
-- setjmp/longjmp (errors, pcall, coroutines), time conversions, getenv,
-- locale, and the allocator (the garbage collector).

local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = tostring(t[i]) end
  print(table.concat(t, " | "))
end

-- Numbers: conversions both ways go through snprintf and strtod.
show(1/3, -0.0, 1e300 * 1e10, -(1e300 * 1e10), 2^53, 2^63, 1e-310, 123456789012)
show(string.format("%.17g %.3f %10.4e %-8g| %a %g", math.pi, 2/3, 6.02214076e23, 1e-5, 1.0, 100000))
show(string.format("%5d|%-5d|%05d|%x|%X|%o|%c|%q", 42, 42, 42, 255, 255, 8, 65, 1/3))
show(string.format("%q", "tab\tnl\nzero\0end"), string.format("%s|%10.3s|", "abc", "abcdef"))
show(tonumber("0x1p-2"), tonumber("  1e400  "), tonumber("0x10"), tonumber("1e"), tonumber(" 12 "), tonumber("z", 36))
show(tonumber("123456789012345678901234567890"), tonumber("-0x8000000000000000"), 7 // 2, -7 // 2, 7 % -3, -7.5 % 2)
show(math.maxinteger + 1 == math.mininteger, math.tointeger(3.0), 3 | 5, 7 ~ 2, 1 << 62, math.ult(1, -1))

-- Math library (exactly rounded functions printed in full, others to 12 digits).
show(math.sqrt(2), math.floor(-3.5), math.ceil(-3.5), math.fmod(7, 3), math.fmod(-7, 3), math.abs(-2^63))
show(math.huge, -math.huge, math.type(1), math.type(1.0), math.type("1"), 5 // 0.0, -5 // 0.0)
local function g(x) return string.format("%.12g", x) end
show(g(math.sin(1)), g(math.cos(1)), g(math.tan(1)), g(math.asin(0.5)), g(math.acos(0.5)), g(math.atan(1, 2)))
show(g(math.exp(1)), g(math.log(10)), g(math.log(8, 2)), g(math.log(100, 10)), g(2^0.5), g(10^-3))
show(math.fmod(5.5, 2), math.modf(3.7), math.modf(-3.7), math.min(3, 1, 2), math.max(3, 1, 2))
math.randomseed(42)
show(math.random(1, 100), math.random(1, 100), math.random(1000000))

-- Strings: patterns, case, byte/char, rep, reverse, pack.
local s = "Hello, UEFI world! 123 and 456"
show(s:upper(), s:lower(), #s, s:sub(8, 11), s:find("world"), s:match("(%d+) and (%d+)"))
show(s:gsub("%w+", "<%0>"), ("x"):rep(5, "-"), s:reverse(), s:byte(1, 3))
show(string.char(72, 105), ("%d items"):format(3), ("a,b,,c"):gsub(",", ";"))
for k, v in string.gmatch("a=1, b=2, c=3", "(%w+)=(%w+)") do io.write(k, v, " ") end
print()
show(string.pack("<i4 d", -2, 1.5):byte(1, -1))
show(string.unpack("<i4 d", string.pack("<i4 d", -2, 1.5)))
-- (Beyond the BMP only as bytes: the UEFI console is UCS-2 and shows U+FFFD.)
show(utf8.char(72, 228, 8364), utf8.len("äöü€"), utf8.codepoint("€", 1), utf8.char(0x10348):byte(1, -1))

-- Tables and sorting (Lua's own sort, with an erroring comparator too).
local t = {}
for i = 1, 200 do t[i] = (i * 7919) % 211 end
table.sort(t)
show(t[1], t[2], t[100], t[200], #t, table.concat({1, 2, 3}, "+"))
table.sort(t, function(a, b) return a > b end)
show(t[1], t[200], select("#", table.unpack({1, 2, nil, 4}, 1, 4)))
show(pcall(table.sort, {3, 2, 1}, function(a, b) error("cmp failed") end))

-- Errors and longjmp: pcall, error objects, nested, xpcall with traceback-free handler.
show(pcall(error, "plain"))
do local ok, e = pcall(error, {code = 7}); show(ok, type(e), e.code) end
show(select(2, pcall(function() local x = nil; return x.y end)))
show(xpcall(function() error("deep", 0) end, function(m) return "handled: " .. m end))
local depth = 0
local function recurse() depth = depth + 1; return recurse() + 1 end
local ok, msg = pcall(recurse)
show(ok, msg:match("stack overflow") ~= nil, depth > 1000)
show(load("return 1 +")) -- syntax error message
show(load("return 6 * 7")())

-- Coroutines (each resume is a protected call: setjmp/longjmp again).
local co = coroutine.wrap(function(a)
  local b = coroutine.yield(a + 1)
  local c = coroutine.yield(b * 2)
  error("inside " .. c)
end)
show(co(1), co(10), pcall(co, "third"))

-- Time: fixed instants only (TZ=UTC on both sides).
show(os.date("!%Y-%m-%d %H:%M:%S %j %a %b %A %B %p", 0))
show(os.date("!%c|%x|%X|%y|%d", 951782400))
show(os.time({year = 2000, month = 2, day = 29, hour = 12}), os.time({year = 2024, month = 13, day = 1, hour = 0}))
show(os.time({year = 2023, month = 3, day = 0, hour = 25, min = -1, sec = 3600}))
local d = os.date("!*t", 1700000000)
show(d.year, d.month, d.day, d.hour, d.min, d.sec, d.wday, d.yday, d.isdst)
show(os.difftime(10, 4), type(os.time()), type(os.clock()), os.clock() >= 0)

-- The environment (the UEFI shell's variable, or the host's).
show(os.getenv("UEFI_LIBC_TEST"), os.getenv("UEFI_LIBC_NO_SUCH_VARIABLE"))

-- Files: write, append, seek, read back in every mode, rename, remove.
local name, other = "luatest.txt", "luatest2.txt"
os.remove(name); os.remove(other)
local f = assert(io.open(name, "w"))
f:write("line one\n", 2, " ", 3.5, "\n", "0x1F 1e3 -7\n")
for i = 1, 1000 do f:write(string.format("%04d ", i)) end
f:write("\nlast line without newline")
f:close()
f = assert(io.open(name, "a"))
f:write("+appended")
f:close()
f = assert(io.open(name, "r"))
show(f:read("l"), f:read("n", "n"), f:read("n", "n", "n"))
show(f:seek("cur"), f:seek("set", 5), f:read(3), f:seek("end"))
f:seek("set", 0)
local all = f:read("a")
show(#all, all:sub(-24), f:read("a"), f:read("l"))
f:close()
local count = 0
for line in io.lines(name) do count = count + 1 end
show(count)
f = assert(io.open(name, "r+"))
f:seek("set", 0)
f:write("LINE")
f:seek("set", 0)
show(f:read("l"))
f:close()
show(os.rename(name, other), io.open(name) == nil, select(2, io.open(name)))
show(os.remove(other), os.remove(other))
show(io.open("no/such/dir/file.txt", "w"))
show(pcall(io.lines, "no-such-file.txt"))
f = assert(io.open(name, "wb"))
f:setvbuf("full", 1024)
for i = 0, 255 do f:write(string.char(i)) end
f:close()
f = assert(io.open(name, "rb"))
local bytes = f:read(300)
f:close()
local sum = 0
for i = 1, #bytes do sum = sum + bytes:byte(i) * i end
show(#bytes, sum)
os.remove(name)
local tmp = io.tmpfile()
tmp:write("scratch"); tmp:seek("set", 0); show(tmp:read("a")); tmp:close()

-- Memory: enough garbage to make the collector allocate, free and reuse.
local keep = {}
for i = 1, 20000 do
  local v = {i, tostring(i), string.rep("x", i % 100)}
  if i % 100 == 0 then keep[#keep + 1] = v end
end
collectgarbage()
show(#keep, keep[200][2], #keep[50][3])
print("done")
