#!/usr/bin/env python3
"""Lists import circles between the files of a Rust crate's src/.

Usage: .ci/import-cycles.py [SRC_DIR] [--modules] [--skip=MOD,...]
Exit status: 0 when there is no circle, 1 when there is one (each printed).

Every file is a module (src/a.rs and src/a/mod.rs are `a`, src/a/b.rs is
`a::b`). A file depends on another when it names it: `use crate::a::b`,
`crate::a::b::f()`, `super::b`, `self::c`, or the name of a module it
declares (`mod c;` then `c::f()`). A path is charged to the longest module
prefix it names, so `crate::store::Attempt` is a use of `store`.

Two edges are not counted: a module using its own ancestors (a child may
use what its folder's mod.rs defines, `super::Result`, as Rust intends), and
anything inside `#[cfg(test)]` items (tests reach into their own module).
With --modules the graph is folded to the top-level modules (`store`,
`tui`...) and cycles between those are listed instead; --skip=tui leaves
out the modules under `tui` (to look at the core alone).
"""

import os
import re
import sys


def module_of(src, path):
    rel = os.path.relpath(path, src)[: -len(".rs")].split(os.sep)
    if rel[-1] == "mod":
        rel = rel[:-1]
    if rel in (["lib"], ["main"]):
        return ()
    return tuple(rel)


TOKEN = re.compile(
    r"""//[^\n]*|/\*.*?\*/|(?<!\w)b?r(\#*)".*?"\1|b?"(?:\\.|[^"\\])*"|b?'(?:\\u\{[0-9a-fA-F]+\}|\\.|[^'\\])'""",
    re.S,
)


def strip(text):
    """Comments, strings and char literals replaced by a space."""
    return TOKEN.sub(" ", text)


def drop_tests(code):
    """Removes every item that follows `#[cfg(test)]`, up to its end."""
    out, i = [], 0
    for m in re.finditer(r"#\[cfg\(test\)\]", code):
        if m.start() < i:
            continue
        out.append(code[i : m.start()])
        j = m.end()
        # The item ends at `;` before any brace, or at its matching `}`.
        depth = 0
        while j < len(code):
            c = code[j]
            if c == ";" and depth == 0:
                j += 1
                break
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    j += 1
                    break
            j += 1
        i = j
    out.append(code[i:])
    return "".join(out)


def expand(tree):
    """`a::{b, c::{d, e}}` -> ['a::b', 'a::c::d', 'a::c::e']."""
    tree = re.sub(r"\s+", "", tree)
    m = re.match(r"^(.*?)\{(.*)\}$", tree)
    if not m:
        return [re.sub(r"as\w+$", "", tree)] if tree else []
    prefix, inner = m.group(1), m.group(2)
    parts, depth, cur = [], 0, ""
    for c in inner:
        if c == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += c == "{"
        depth -= c == "}"
        cur += c
    parts.append(cur)
    return [p for part in parts if part for p in expand(prefix + part)]


def resolve(path, here, modules, children):
    """The module a `::` path names from module `here`, or None."""
    segs = [s for s in path.split("::") if s]
    if not segs:
        return None
    head = segs[0]
    if head == "crate":
        base, rest = (), segs[1:]
    elif head in ("super", "self"):
        base = here
        while segs and segs[0] in ("super", "self"):
            if segs[0] == "super":
                base = base[:-1]
            segs = segs[1:]
        rest = segs
    elif head in children.get(here, ()):
        base, rest = here, segs
    else:
        return None  # an outside crate, std, or a local name
    best = base if base in modules else None
    for i in range(1, len(rest) + 1):
        if base + tuple(rest[:i]) in modules:
            best = base + tuple(rest[:i])
    return best


def graph(src):
    files = {}
    for root, _, names in os.walk(src):
        for n in names:
            if n.endswith(".rs"):
                p = os.path.join(root, n)
                files[module_of(src, p)] = p
    modules = set(files)
    code = {m: drop_tests(strip(open(p, encoding="utf-8").read())) for m, p in files.items()}
    children = {m: set(re.findall(r"\bmod\s+(\w+)\s*;", c)) for m, c in code.items()}
    edges = {m: set() for m in modules}
    for m, c in code.items():
        paths = []
        for u in re.finditer(r"\buse\s+([^;]+);", c):
            paths += expand(u.group(1))
        paths += re.findall(r"\b(?:crate|super|self)(?:::\w+)+", c)
        paths += [
            p
            for p in re.findall(r"(?<![:\w])(\w+(?:::\w+)+)", c)
            if p.split("::")[0] in children.get(m, ())
        ]
        for p in paths:
            t = resolve(p, m, modules, children)
            if t is None or t == m or m[: len(t)] == t:
                continue  # itself or one of its ancestors
            edges[m].add(t)
    return files, edges


def cycles(edges):
    """Strongly connected components with more than one node (Tarjan)."""
    index, low, on, stack, out, n = {}, {}, set(), [], [], [0]

    def visit(v):
        index[v] = low[v] = n[0]
        n[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10_000)
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def name(m):
    return "::".join(m) or "crate"


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    src = args[0] if args else os.path.join(os.path.dirname(__file__), "..", "src")
    files, edges = graph(src)
    skip = {x for a in argv if a.startswith("--skip=") for x in a[7:].split(",") if x}
    edges = {
        m: {t for t in ts if t[:1] not in {(x,) for x in skip}}
        for m, ts in edges.items()
        if m[:1] not in {(x,) for x in skip}
    }
    if "--modules" in argv:
        folded = {}
        for m, ts in edges.items():
            for t in ts:
                a, b = m[:1], t[:1]
                if a and b and a != b:
                    folded.setdefault(a, set()).add(b)
                folded.setdefault(a, set())
        edges = folded
    found = cycles(edges)
    for comp in found:
        inside = set(comp)
        print("circle: " + ", ".join(name(m) for m in comp))
        for m in comp:
            for t in sorted(edges[m] & inside):
                print(f"  {name(m)} -> {name(t)}")
    if not found:
        print(f"no import circle among {len(edges)} modules")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
