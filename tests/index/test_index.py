#!/usr/bin/env python3
"""The index from each public function to its tests.

  tests/index/test_index.py            every public function of include/,
                                       with the host and firmware test files
                                       that call it
  tests/index/test_index.py NAME...    only those functions, with the lines
  tests/index/test_index.py --untested the functions no test calls (exit 1
                                       if there is one)
  tests/index/test_index.py --report   the same as a host test's count line
                                       (make test runs it as test_index)

A host test names the library's NAME as ul_NAME (tests/host/, renamed by
host.mk); a firmware test names NAME itself (tests/uefi/, bench/size_*.c and
the programs built with the library).  Declarations are found in the public
headers by a pattern, not a compiler: a function-like macro that the header
defines instead of a function is listed too."""
import re, sys, glob, os

root = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))

def strip(s):
    s = re.sub(r'/\*.*?\*/', ' ', s, flags=re.S)
    s = re.sub(r'//[^\n]*', '', s)
    return re.sub(r'"(\\.|[^"\\])*"', '""', s)

def public_functions():
    names = {}
    for h in sorted(glob.glob(os.path.join(root, 'include/**/*.h'), recursive=True)):
        rel = os.path.relpath(h, os.path.join(root, 'include'))
        s = strip(re.sub(r'\\\n', ' ', open(h).read()))
        s = '\n'.join(l for l in s.split('\n') if not l.lstrip().startswith('#'))
        for m in re.finditer(r'\b([a-z_A-Z]\w*)\s*\(([^()]|\([^()]*\))*\)\s*(__attribute__\s*\(\(.*?\)\)\s*)*;', s):
            n = m.group(1)
            if n.startswith('_') or n in ('__attribute__', 'sizeof', 'return', '__typeof__'):
                continue
            # the name must be the declarator: preceded by a type, not an operator
            before = s[:m.start()].rstrip()
            if not before or before[-1] in '=,(+-/!&|?:':
                continue
            names.setdefault(n, rel)
        # the math headers declare families through macros: __MATH_1(sin)
        for m in re.finditer(r'\b__MATH_\w+\((\w+)\)', s):
            for suffix in ('', 'f', 'l'):
                names.setdefault(m.group(1) + suffix, rel)
    return names

def files(pattern):
    return sorted(glob.glob(os.path.join(root, pattern), recursive=True))

def uses(paths, prefix):
    """Where each name is used (called, or named in a table of functions)
    in code: comments and string literals do not count."""
    idx = {}
    for p in paths:
        rel = os.path.relpath(p, root)
        s = open(p, errors='replace').read()
        # blank comments and strings, keeping the line numbers
        s = re.sub(r'/\*.*?\*/', lambda m: re.sub(r'[^\n]', ' ', m.group(0)), s, flags=re.S)
        s = re.sub(r'//[^\n]*|"(\\.|[^"\\\n])*"', ' ', s)
        # a macro that pastes suffixes to its argument (E1(sin) naming sin,
        # sinf and sinl): its uses name each pasted function too
        paste = {}
        for m in re.finditer(r'#\s*define\s+(\w+)\((\w+)\)([^\n]*)', s):
            sfx = re.findall(r'\b' + m.group(2) + r'\s*##\s*(\w+)', m.group(3))
            if sfx:
                paste[m.group(1)] = sfx
        for i, line in enumerate(s.split('\n'), 1):
            for m in re.finditer(r'\b' + prefix + r'(\w+)\b', line):
                idx.setdefault(m.group(1), []).append((rel, i))
            for mac, sfx in paste.items():
                for m in re.finditer(r'\b%s\(\s*%s(\w+)\s*\)' % (mac, prefix), line):
                    for x in sfx:
                        idx.setdefault(m.group(1) + x, []).append((rel, i))
    return idx

def main(argv):
    funcs = public_functions()
    host = uses(files('tests/host/*.c'), 'ul_')
    fw = uses(files('tests/uefi/*.c') + files('bench/size_*.c') + files('examples/**/*.c'), '')
    if argv and argv[0] in ('--untested', '--report'):
        missing = sorted(n for n in funcs if n not in host and n not in fw)
        if argv[0] == '--untested':
            for n in missing:
                print('%-24s %s' % (n, funcs[n]))
            print('%d public functions, %d with no test' % (len(funcs), len(missing)))
            return 1 if missing else 0
        # The known debt, tests/index/untested.txt, may only shrink: a
        # function missing from it that no test names fails, and so does
        # one listed there that a test names now (take it off the list).
        known = set(open(os.path.join(root, 'tests/index/untested.txt')).read().split())
        bad = 0
        for n in missing:
            if n not in known:
                print('%-24s %s: no test names it' % (n, funcs[n]))
                bad += 1
        for n in sorted(known):
            if n in funcs and n not in missing:
                print('%-24s: tested now: take it off tests/index/untested.txt' % n)
                bad += 1
        print('index: %d public functions, %d on the untested list (tests/index/untested.txt)'
              % (len(funcs), len(known)))
        print('host: index: %d passed, %d failed' % (len(funcs) - len(missing), bad))
        return 1 if bad else 0
    want = argv or sorted(funcs)
    for n in want:
        if n not in funcs:
            print('%s: not declared in include/' % n)
            continue
        h = sorted({f for f, _ in host.get(n, [])})
        u = sorted({f for f, _ in fw.get(n, [])})
        if argv:
            print('%s (<%s>)' % (n, funcs[n]))
            for f, i in host.get(n, []) + fw.get(n, []):
                print('  %s:%d' % (f, i))
        else:
            print('%-24s host: %s; firmware: %s' % (n, ' '.join(os.path.basename(f) for f in h) or '-',
                                                 ' '.join(os.path.basename(f) for f in u) or '-'))
    return 0

sys.exit(main(sys.argv[1:]))
