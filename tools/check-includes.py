#!/usr/bin/env python3
"""check-includes.py — the include rules between runtime/ folders.

1. The folder graph (folder A includes a header of folder B) has no cycle:
   the folders stay layered (util, metadata, gc, vm.h < types < core <
   threads, interp, icalls, interop < host; docs/architecture.md).
2. A private header (*_internal.h, *_private.h) is included only by files of
   its own folder, except the pairs in ALLOWED below.

Prints every violation and exits 1 if there is one. Run by `make test`
(the unit test build/native/test_includes)."""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'runtime')
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
# (including folder, private header) pairs that predate this check
ALLOWED = {('interp', 'types/types_internal.h')}


def folder_of(rel):
    return os.path.dirname(rel) or '.'


def main():
    edges = {}      # folder -> {folder: example "file -> header"}
    problems = []
    for dirpath, _, files in os.walk(ROOT):
        for name in sorted(files):
            if not name.endswith(('.c', '.h', '.inc', '.def')):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, ROOT)
            src = folder_of(rel)
            with open(path, encoding='utf-8') as f:
                text = f.read()
            for header in INCLUDE.findall(text):
                target = header if os.path.exists(os.path.join(ROOT, header)) else \
                    os.path.normpath(os.path.join(src, header))
                if not os.path.exists(os.path.join(ROOT, target)):
                    continue
                dst = folder_of(target)
                base = os.path.basename(target)
                if (base.endswith('_internal.h') or base.endswith('_private.h')) and dst != src \
                        and (src, target) not in ALLOWED:
                    problems.append('private header %s included by %s' % (target, rel))
                if dst != src:
                    edges.setdefault(src, {}).setdefault(dst, '%s -> %s' % (rel, target))
    # cycles: depth-first search over folders
    state, stack = {}, []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, {})):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                steps = ['  %s' % edges[a][b] for a, b in zip(cycle, cycle[1:])]
                problems.append('include cycle %s:\n%s' % (' -> '.join(cycle), '\n'.join(steps)))
            elif not state.get(nxt):
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if not state.get(node):
            visit(node)
    for p in problems:
        print(p)
    if problems:
        return 1
    print('includes: %d folders, no cycle, private headers private' % len(edges))
    return 0


if __name__ == '__main__':
    sys.exit(main())
