#!/usr/bin/env python3
"""Generates src/wctype/wctype_tables.c: the character classes, simple case
mappings and column widths of every BMP code point (wchar_t is 16 bits),
from the Unicode Character Database in Debian's unicode-data package
(/usr/share/unicode, Unicode 15.0.0; the version is checked below).

The POSIX classes are derived from Unicode as glibc's C.UTF-8 derives them
(localedata/unicode-gen), which docs/strings.md spells out:
  upper   has a simple lowercase mapping, or is Uppercase
  lower   has a simple uppercase mapping, or is Lowercase
  alpha   Alphabetic, or a decimal digit (Nd) other than 0-9 (C allows
          only 0-9 in digit, and iswalnum should hold for the others)
  digit   0-9                   xdigit  0-9 A-F a-f
  space   TAB LF VT FF CR, and Zs Zl Zp except the no-break spaces
          U+00A0 U+2007 U+202F
  blank   TAB, and Zs except the no-break spaces
  cntrl   Cc, Zl, Zp
  print   assigned (not Cn), not Cc Zl Zp Cs
  graph   print and not space
  punct   graph and not alnum
Surrogates (Cs) and unassigned code points are in no class; private use
(Co) is print, graph and punct.
Widths (wcwidth): 0 for NUL; -1 for what is not print (controls, U+2028,
U+2029, unassigned code points, surrogates); 0 for nonspacing and enclosing
marks (Mn Me), format characters (Cf) other than U+00AD and the
Prepended_Concatenation_Marks (which show: U+0600..U+0605...), U+200B, and
the Hangul medial and final jamo U+1160..U+11FF and U+D7B0..U+D7FF (they
join the syllable's lead); 2 for East_Asian_Width W or F; 1 otherwise.

Layout: each table maps a code point c through two stages: blk[c >> 6]
picks a 64-entry block of small indices, whose entry picks a record.
Records: classes and width (one uint16_t each), and case deltas (a pair of
int16_t: towlower(c) = c + lo, towupper(c) = c + up, mod 2^16).

Run: python3 tools/gen_wctype_tables.py > src/wctype/wctype_tables.c
"""
import re, sys

UCD = '/usr/share/unicode'
VERSION = '15.0.0'
BLOCK = 64

CLASSES = ['alnum', 'alpha', 'blank', 'cntrl', 'digit', 'graph', 'lower',
           'print', 'punct', 'space', 'upper', 'xdigit']


def ranges(path):
    """(first, last, fields) of every data line of a UCD property file."""
    for line in open(path, encoding='utf-8'):
        line = line.split('#', 1)[0].strip()
        if not line:
            continue
        f = [x.strip() for x in line.split(';')]
        a, _, b = f[0].partition('..')
        yield int(a, 16), int(b or a, 16), f[1:]


def load():
    readme = open(f'{UCD}/ReadMe.txt', encoding='utf-8').read()
    if f'Version {VERSION}' not in readme and VERSION not in readme:
        sys.exit(f'{UCD} is not Unicode {VERSION}')
    cat = ['Cn'] * 0x110000
    lower = list(range(0x10000))
    upper = list(range(0x10000))
    first = None
    for line in open(f'{UCD}/UnicodeData.txt', encoding='utf-8'):
        f = line.rstrip('\n').split(';')
        c = int(f[0], 16)
        if f[1].endswith(', First>'):
            first = c
            continue
        lo = first if f[1].endswith(', Last>') else c
        first = None
        for d in range(lo, c + 1):
            cat[d] = f[2]
        if c > 0xFFFF:
            continue
        if f[12] and int(f[12], 16) <= 0xFFFF:
            upper[c] = int(f[12], 16)
        if f[13] and int(f[13], 16) <= 0xFFFF:
            lower[c] = int(f[13], 16)
    props = [set() for _ in range(0x10000)]
    for a, b, f in ranges(f'{UCD}/DerivedCoreProperties.txt'):
        for c in range(a, min(b, 0xFFFF) + 1):
            props[c].add(f[0])
    eaw = ['N'] * 0x110000
    for a, b, f in ranges(f'{UCD}/EastAsianWidth.txt'):
        for c in range(a, b + 1):
            eaw[c] = f[0]
    pcm = set()
    for a, b, f in ranges(f'{UCD}/PropList.txt'):
        if f[0] == 'Prepended_Concatenation_Mark':
            pcm.update(range(a, b + 1))
    return cat, lower, upper, props, eaw, pcm


def width(c, k, printable, eaw, pcm):
    if c == 0:
        return 0
    if not printable:
        return -1
    if k in ('Mn', 'Me') or (k == 'Cf' and c != 0xAD and c not in pcm) \
            or c == 0x200B or 0x1160 <= c <= 0x11FF or 0xD7B0 <= c <= 0xD7FF:
        return 0
    if eaw[c] in ('W', 'F'):
        return 2
    return 1


def astral_widths(cat, eaw, pcm):
    """Ranges (first, last, width) of the code points above U+FFFF whose
    width is not 1, for wcswidth's surrogate pairs."""
    out = []
    for c in range(0x10000, 0x110000):
        k = cat[c]
        w = width(c, k, k not in ('Cn', 'Cc', 'Zl', 'Zp', 'Cs'), eaw, pcm)
        if w == 1:
            continue
        if out and out[-1][1] == c - 1 and out[-1][2] == w:
            out[-1][1] = c
        else:
            out.append([c, c, w])
    return out


def derive():
    cat, lower, upper, props, eaw, pcm = load()
    nobreak = {0x00A0, 0x2007, 0x202F}
    out = []
    for c in range(0x10000):
        k = cat[c]
        cl = set()
        if lower[c] != c or 'Uppercase' in props[c]:
            cl.add('upper')
        if upper[c] != c or 'Lowercase' in props[c]:
            cl.add('lower')
        if 'Alphabetic' in props[c] or (k == 'Nd' and not 0x30 <= c <= 0x39):
            cl.add('alpha')
        if 0x30 <= c <= 0x39:
            cl.add('digit')
        if 0x30 <= c <= 0x39 or 0x41 <= c <= 0x46 or 0x61 <= c <= 0x66:
            cl.add('xdigit')
        if c in (9, 10, 11, 12, 13) or (k in ('Zs', 'Zl', 'Zp') and c not in nobreak):
            cl.add('space')
        if c == 9 or (k == 'Zs' and c not in nobreak):
            cl.add('blank')
        if k in ('Cc', 'Zl', 'Zp'):
            cl.add('cntrl')
        if k not in ('Cn', 'Cc', 'Zl', 'Zp', 'Cs'):
            cl.add('print')
            if 'space' not in cl:
                cl.add('graph')
        if 'alpha' in cl or 'digit' in cl:
            cl.add('alnum')
        if 'graph' in cl and 'alnum' not in cl:
            cl.add('punct')
        w = width(c, k, 'print' in cl, eaw, pcm)
        mask = sum(1 << i for i, n in enumerate(CLASSES) if n in cl)
        out.append((mask, w, lower[c], upper[c]))
    return out, astral_widths(cat, eaw, pcm)


def two_stage(values):
    """(blk, blocks, records): values[c] == records[blocks[blk[c >> 6]][c & 63]]."""
    records = sorted(set(values))
    rid = {r: i for i, r in enumerate(records)}
    assert len(records) <= 256
    blocks, bid, blk = [], {}, []
    for i in range(0, 0x10000, BLOCK):
        b = tuple(rid[v] for v in values[i:i + BLOCK])
        if b not in bid:
            bid[b] = len(blocks)
            blocks.append(b)
        blk.append(bid[b])
    assert len(blocks) <= 256
    return blk, blocks, records


def emit_bytes(name, data):
    print(f'const unsigned char {name}[{len(data)}] = {{')
    for i in range(0, len(data), 16):
        print('\t' + ', '.join(str(x) for x in data[i:i + 16]) + ',')
    print('};')


def main():
    d, astral = derive()
    cls = [(m | (w + 1) << 12) for m, w, _, _ in d]
    case = [(((lo - c) + 0x8000) % 0x10000 - 0x8000, ((up - c) + 0x8000) % 0x10000 - 0x8000)
            for c, (_, _, lo, up) in enumerate(d)]
    print(f'/* Generated by tools/gen_wctype_tables.py from the Unicode Character')
    print(f' * Database {VERSION} (Debian package unicode-data): do not edit. */')
    print('#include "../internal/wctype_impl.h"')
    print()
    blk, blocks, recs = two_stage(cls)
    emit_bytes('__wctype_class_blk', blk)
    emit_bytes('__wctype_class_idx', [x for b in blocks for x in b])
    print(f'const unsigned short __wctype_class_rec[{len(recs)}] = {{')
    for i in range(0, len(recs), 8):
        print('\t' + ', '.join(f'0x{r:04x}' for r in recs[i:i + 8]) + ',')
    print('};')
    blk, blocks, recs = two_stage(case)
    emit_bytes('__wctype_case_blk', blk)
    emit_bytes('__wctype_case_idx', [x for b in blocks for x in b])
    print(f'const short __wctype_case_rec[{len(recs)}][2] = {{')
    for i in range(0, len(recs), 6):
        print('\t' + ' '.join(f'{{ {a}, {b} }},' for a, b in recs[i:i + 6]))
    print('};')
    print()
    print('/* Above U+FFFF: the ranges whose width is not 1 (first, last, width). */')
    print(f'const struct __wc_range __wctype_astral_width[{len(astral)}] = {{')
    for a, b, w in astral:
        print(f'\t{{ 0x{a:05x}, 0x{b:05x}, {w} }},')
    print('};')
    print(f'const unsigned __wctype_astral_width_n = {len(astral)};')


if __name__ == '__main__':
    if sys.argv[1:] == ['--dump']:
        # For comparing with another library: code point, classes, lower, upper, width.
        for c, (m, w, lo, up) in enumerate(derive()[0]):
            print(f'{c:04X} {m:03X} {lo:04X} {up:04X} {w}')
    else:
        main()
