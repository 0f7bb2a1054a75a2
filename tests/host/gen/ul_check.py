#!/usr/bin/env python3
"""Checks the hand-written tests/host/ul*.h against the library's real
headers, so that a prototype or a mirrored type that drifts from the library
fails the build instead of testing the wrong thing.

Writes one C file (argv[1], built and run as build/host/test_ul_check) that is compiled with the library's own headers
(the flags the host build of the library uses):
  1. every ul_* function and variable declaration, with the ul_ prefix
     taken off its names and its types, redeclared after the library's
     headers: C requires a redeclaration to be compatible, so a wrong
     parameter or return type is a compile error naming the function;
  2. every mirrored type (struct ul_X / ul_X_t kept under its ul_ name,
     beside the library's X): sizeof, and the offset and size of each member, as
     _Static_asserts.
The program then prints its count like any host test."""
import re, sys, glob, os

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
uls = sorted(glob.glob(os.path.join(root, 'tests/host/ul*.h')))
# Members the mirrors name differently from the library (glibc's macros own
# some of the library's names on the host side).
MEMBER = {('stat', 'atim_'): 'st_atim', ('stat', 'mtim_'): 'st_mtim', ('stat', 'ctim_'): 'st_ctim',
          ('fenv_t', 'cw'): '__control_word', ('fenv_t', 'sw'): '__status_word'}
# (Of the headers' per-CPU parts, include/bits/ARCH/, the host's: x86_64.)
corpus = ''.join(open(h).read() for h in
                 glob.glob(os.path.join(root, 'include/**/*.h'), recursive=True) +
                 glob.glob(os.path.join(root, 'src/internal/*.h'))
                 if not re.search(r'/include/bits/aarch64/', h))

# Mirrors whose tag names a typedef'd anonymous struct of the library.
TYPEDEF = {'mutex': 'pthread_mutex_t', 'mattr': 'pthread_mutexattr_t', 'cond': 'pthread_cond_t',
           'cattr': 'pthread_condattr_t', 'rw': 'pthread_rwlock_t', 'attr': 'pthread_attr_t',
           'rwattr': 'pthread_rwlockattr_t', 'barrier': 'pthread_barrier_t', 'battr': 'pthread_barrierattr_t',
           'mtx': 'mtx_t', 'cnd': 'cnd_t'}

def real_type(kind, name):
    """The library's name for a mirrored type: X, or the private __X."""
    for cand in (name, '__' + name):
        if re.search(r'\b%s\s+%s\s*\{' % (kind, cand) if kind else r'\}\s*%s\s*;' % cand, corpus):
            return cand
    return name

def definition(theirs):
    """The text of the library's definition of a type ("struct X" or a
    typedef name)."""
    kind, _, name = theirs.rpartition(' ')
    pat = (r'\b%s\s+%s\s*\{(.*?)\n\}' % (kind, name) if kind else
           r'typedef\s+(?:struct|union)\s*\w*\s*\{(.*?)\}\s*%s\s*;' % name)
    m = re.search(pat, corpus, re.S)
    return m.group(1) if m else ''

def real_member(theirs, base, mem):
    if (base, mem) in MEMBER:
        return MEMBER[(base, mem)]
    d = definition(theirs)
    if not re.search(r'\b%s\b' % mem, d) and re.search(r'\b__%s\b' % mem, d):
        return '__' + mem
    return mem

def strip_comments(s):
    s = re.sub(r'/\*.*?\*/', ' ', s, flags=re.S)
    return re.sub(r'//[^\n]*', '', s)

def blocks(s):
    """Top-level statements: preprocessor lines apart, the rest split at ';'
    outside braces."""
    out, cur, depth, i = [], [], 0, 0
    lines = s.split('\n')
    text = []
    for ln in lines:
        if ln.lstrip().startswith('#'):
            # a macro with continuation lines stays one piece
            out.append(('pp', ln))
            continue
        text.append(ln)
    body = '\n'.join(text)
    for c in body:
        cur.append(c)
        if c == '{': depth += 1
        elif c == '}': depth -= 1
        elif c == ';' and depth == 0:
            out.append(('decl', ''.join(cur).strip())); cur = []
    return out

def members(body):
    """(name) list of the members of a struct body, one level deep."""
    names, depth, cur = [], 0, []
    for c in body:
        if c == '{': depth += 1
        elif c == '}': depth -= 1
        if c == ';' and depth == 0:
            d = ''.join(cur).strip(); cur = []
            d = re.sub(r'\{.*\}', ' ', d, flags=re.S)
            for part in d.split(','):
                m = re.search(r'(\w+)\s*(\[[^\]]*\])*\s*$', part.strip())
                if m: names.append(m.group(1))
            continue
        cur.append(c)
    return names

protos, asserts, exists, ncheck = [], [], [], 0
pp_keep = []
for path in uls:
    raw = open(path).read()
    # join macro continuation lines
    raw = re.sub(r'\\\n', ' ', raw)
    s = strip_comments(raw)
    for kind, text in blocks(s):
        if kind == 'pp':
            m = re.match(r'\s*#\s*define\s+(UL_\w+)\((.*?)\)(.*)', text)
            if m:   # prototype generators (ul_math.h)
                pp_keep.append('#define %s(%s) %s' % (m.group(1), m.group(2),
                               re.sub(r'\bul_##', '', m.group(3))))
            continue
        if not text or text == ';':
            continue
        t = text.rstrip(';').strip()
        # a mirrored type: struct ul_X {...}, typedef struct [ul_X] {...} ul_X;
        m = re.match(r'^(typedef\s+)?(struct|union)\s*(\w*)\s*\{(.*)\}\s*(\w*)$', t, re.S)
        if m:
            tag, body, tname = m.group(3), m.group(4), m.group(5)
            if m.group(1):
                mine, theirs = tname, real_type('', tname[3:]) if tname.startswith('ul_') else None
            else:
                mine = m.group(2) + ' ' + tag
                theirs = (m.group(2) + ' ' + real_type(m.group(2), tag[3:])) if tag.startswith('ul_') else None
            if not theirs:
                continue
            base = theirs.split()[-1]
            asserts.append('_Static_assert(sizeof(%s) == sizeof(%s), "%s: size");' % (mine, theirs, mine))
            ncheck += 1
            for mem in members(body):
                real = real_member(theirs, base, mem)
                asserts.append('_Static_assert(offsetof(%s, %s) == offsetof(%s, %s), "%s.%s: offset");'
                               % (mine, mem, theirs, real, mine, mem))
                asserts.append('_Static_assert(sizeof(((%s *)0)->%s) == sizeof(((%s *)0)->%s), "%s.%s: size");'
                               % (mine, mem, theirs, real, mine, mem))
                ncheck += 2
            continue
        if re.match(r'^typedef\b', t) or re.match(r'^(struct|union|enum)\s+\w+$', t):
            continue   # an opaque or forward type: nothing to compare
        if 'ul_' not in t and not t.startswith('UL_'):
            continue
        if re.search(r'\bUL_\w+\(', t):
            # expands to prototypes (and may end with a plain declaration)
            ncheck += len(re.findall(r'\bUL_\w+\(', t))
        else:
            for name in re.findall(r'\bul_(\w+)\s*[(\[;,]', t + ';')[:1]:
                exists.append('_Static_assert(sizeof(&(%s)) != 0, "%s is declared");' % (name, name))
            ncheck += 1
        # a function's name in parentheses: no function-like macro expands it
        t = re.sub(r'\bul_(\w+)\s*\(', r'(\1)(', t)
        t = re.sub(r'\b(struct|union)\s+ul_(\w+)', lambda m: m.group(1) + ' ' + real_type(m.group(1), m.group(2)), t)
        protos.append(re.sub(r'\bul_', '', t) + ';')

# Declarations the tests and fuzz targets write for themselves: top-level
# prototypes of ul_ functions (a line at column 0 up to its ';').
UNCHECKED = set()   # test files whose declarations are not checked: none
for path in sorted(glob.glob(os.path.join(root, 'tests/host/test_*.c')) +
                   glob.glob(os.path.join(root, 'tests/host/fuzz_*.c'))):
    if os.path.basename(path) in UNCHECKED:
        continue
    src = strip_comments(re.sub(r'\\\n', ' ', open(path).read()))
    for m in re.finditer(r'^typedef\b[^;{}]*;', src, re.M):
        if 'ul_' not in m.group(0) and m.group(0) not in protos:
            protos.append(m.group(0))   # a type the test's prototypes use
    for m in re.finditer(r'^(?:extern\s+)?[A-Za-z_][^;{}=#]*?\bul_(\w+)\s*\([^;{}]*\)\s*;', src, re.M):
        t = m.group(0).rstrip(';').strip()
        if re.match(r'^(return|if|while|for|else|do)\b', t) or 'ul_FILE' in t and False:
            continue
        name = m.group(1)
        # The entry points only the compiler calls (-fstack-protector,
        # -fsanitize=undefined's minimal runtime) have no header to check
        # against: their prototypes are the compiler's ABI.
        if re.match(r'(__ubsan_handle_|__security_|__stack_chk_)', name):
            continue
        exists.append('_Static_assert(sizeof(&(%s)) != 0, "%s is declared (%s)");'
                      % (name, name, os.path.basename(path)))
        t = re.sub(r'\bul_(\w+)\s*\(', r'(\1)(', t, count=1)
        t = re.sub(r'\b(struct|union)\s+ul_(\w+)', lambda m: TYPEDEF[m.group(2)] if m.group(2) in TYPEDEF
                   else m.group(1) + ' ' + real_type(m.group(1), m.group(2)), t)
        protos.append(re.sub(r'\bul_', '', t) + ';   /* %s */' % os.path.basename(path))
        ncheck += 1

hdrs = []
for h in sorted(glob.glob(os.path.join(root, 'include/**/*.h'), recursive=True)):
    rel = os.path.relpath(h, os.path.join(root, 'include'))
    if rel.startswith('uefi/') and re.search(r'efi\.h|uefi/env\.h', open(h).read()):
        continue   # needs the firmware's headers, which the host build has not
    if re.match(r'bits/(x86_64|aarch64)/', rel):
        continue   # one CPU's part of a header, which that header includes
    hdrs.append('#include <%s>' % rel)

with open(sys.argv[1], 'w') as f:
    f.write('/* Generated by tests/host/gen/ul_check.py: do not edit. */\n#define _GNU_SOURCE   /* every declaration the headers have */\n')
    f.write('\n'.join(hdrs) + '\n')
    for h in sorted(glob.glob(os.path.join(root, 'src/internal/*.h'))):
        if os.path.basename(h) == 'hidden.h':
            continue   # the firmware build's visibility pragma, not declarations
        f.write('#include "internal/%s"\n' % os.path.basename(h))
    f.write('#include "crt/int128.h"   /* the compiler runtime helpers */\n')
    f.write('\n/* 1. Each ul_ name declared by the library, then redeclared as the\n   mirror declares it: incompatible types are an error. */\n')
    f.write('\n'.join(exists) + '\n')
    f.write('\n'.join(pp_keep) + '\n')
    f.write('\n'.join(protos) + '\n')
    f.write('\n/* 2. The mirrored types. */\n')
    for line in pp_keep:
        f.write('#undef %s\n' % line.split()[1].split('(')[0])
    for path in uls:
        f.write('#include "%s"\n' % os.path.relpath(path, os.path.join(root, 'tests/host')))
    f.write('\n'.join(asserts) + '\n')
    f.write('int printf(const char *, ...);\nint main(void)\n{\n\tprintf("host: ul_check: %d passed, 0 failed\\n");\n\treturn 0;\n}\n' % ncheck)
