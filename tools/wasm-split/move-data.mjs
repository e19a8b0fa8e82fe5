#!/usr/bin/env node
// move-data.mjs — after wasm-split: moves the read-only data that only the
// lazy part's code reads out of the first part's data section into the lazy
// part's, so a page does not fetch tables it never reads (libm's exp, log and
// pow tables, the Unicode case and category tables, ...) until the first call
// of a function that reads them loads the lazy part.
//
//   node tools/wasm-split/move-data.mjs <link.map> <keep-list> <primary.wasm> <lazy.wasm>
//
// rewrites primary.wasm and lazy.wasm in place (tools/build-wasm.sh runs it).
// link.map is the linker's map of the module (wasm-ld --print-map): where
// each data symbol (each input section, .rodata.<symbol>) lies, and which
// object files and archive members went in. keep-list is the functions the
// first part kept (the list wasm-split was given).
//
// Which code reads a symbol comes from the objects' relocations
// (llvm-objdump -d -r): a function whose code names the symbol (at any
// addend: `map[op - CIL_BEQ]` names map - 236), or names a table that
// points to it. Not from the linked module's constants, which cannot be
// told from numbers. wasm-opt may then have inlined such a function into its
// callers, so a symbol moves only when neither any function that reads it
// nor any function that calls one of those, directly and transitively, is in
// the first part; and no data (a relocation in any object's data) points at
// it; and it is read-only (.rodata.<symbol>; the string literals, merged
// into one section by the linker, stay).
//
// wasm-opt cut the data segments where zeros run, so one segment may span
// symbols and one symbol may be in several segments: the segments are cut
// again at symbol bounds, and a symbol's pieces move or stay together.
//
// Why it is safe: the lazy part imports the first part's memory, and its
// active data segments are written into that memory when it is instantiated,
// before any of its functions runs; no function of the first part reads
// the moved bytes. Each test run of the wasm build runs the split modules.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

function reader(bytes, p = 0) {
  return {
    get pos() { return p; },
    set pos(v) { p = v; },
    byte() { return bytes[p++]; },
    u32() {
      let r = 0, shift = 0, b;
      do { b = bytes[p++]; r |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
      return r >>> 0;
    },
    s32() {
      let r = 0, shift = 0, b;
      do { b = bytes[p++]; r |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
      if (shift < 32 && (b & 0x40)) r |= -1 << shift;
      return r | 0;
    },
    bytes(n) { const s = bytes.subarray(p, p + n); p += n; return s; },
  };
}

function uleb(n) {
  const out = [];
  do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n);
  return out;
}

function sleb(n) {
  const out = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && (b & 0x40))) { out.push(b); return out; }
    out.push(b | 0x80);
  }
}

/** The module's sections: [{ id, at (its header), start and end (its payload) }]. */
function sections(bytes) {
  const r = reader(bytes, 8);
  const list = [];
  while (r.pos < bytes.length) {
    const at = r.pos;
    const id = r.byte();
    const size = r.u32();
    list.push({ id, at, start: r.pos, end: r.pos + size });
    r.pos += size;
  }
  return list;
}

/** Active segments of memory 0 at a constant offset: [{ offset, data }]; throws on any other kind. */
function dataSegments(bytes, section) {
  const r = reader(bytes, section.start);
  const segs = [];
  for (let n = r.u32(); n > 0; n--) {
    const flag = r.u32();
    if (flag !== 0) throw new Error(`move-data: data segment with flag ${flag} (only active segments of memory 0 are handled)`);
    if (r.byte() !== 0x41) throw new Error('move-data: a data segment offset is not an i32.const');
    const offset = r.s32();
    if (r.byte() !== 0x0b) throw new Error('move-data: a data segment offset is not a lone i32.const');
    const len = r.u32();
    segs.push({ offset, data: r.bytes(len) });
  }
  return segs;
}

function encodeDataSection(segs) {
  const body = [...uleb(segs.length)];
  for (const { offset, data } of segs) {
    body.push(0, 0x41, ...sleb(offset), 0x0b, ...uleb(data.length));
    for (const b of data) body.push(b);
  }
  return Uint8Array.from([11, ...uleb(body.length), ...body]);
}

/**
 * Joins segments less than `maxGap` bytes apart, zero-filling the gap: fewer
 * segment headers. Only where the zeros are written before anything runs
 * (the first part): the lazy part's segments are written into a live memory,
 * where a gap between two moved tables may hold another symbol.
 */
function coalesce(segs, maxGap) {
  const sorted = [...segs].sort((a, b) => a.offset - b.offset);
  const out = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    const lastEnd = last ? last.offset + last.data.length : 0;
    if (last && s.offset >= lastEnd && s.offset - lastEnd <= maxGap) {
      const joined = new Uint8Array(s.offset + s.data.length - last.offset);
      joined.set(last.data, 0);
      joined.set(s.data, s.offset - last.offset);
      last.data = joined;
    } else {
      out.push({ offset: s.offset, data: s.data });
    }
  }
  return out;
}

/** The module with its data section replaced (or added after the code section). */
function withDataSection(bytes, segs) {
  const list = sections(bytes);
  const data = list.find((s) => s.id === 11);
  if (list.some((s) => s.id === 12)) throw new Error('move-data: the module has a data count section (bulk memory), which this tool does not update');
  const encoded = encodeDataSection(segs);
  if (data) return Buffer.concat([bytes.subarray(0, data.at), encoded, bytes.subarray(data.end)]);
  const code = list.find((s) => s.id === 10);
  const at = code ? code.end : bytes.length;
  return Buffer.concat([bytes.subarray(0, at), encoded, bytes.subarray(at)]);
}

/**
 * The objects' code and data relocations, from llvm-objdump:
 * { reads: Map<function, Set<symbol>>, calls: Map<callee, Set<caller>>, pointedAt: Set<symbol> }.
 * Names are as the objects spell them (a static's name may repeat across
 * files: such names are merged, which only keeps more).
 */
function relocations(files) {
  const objdump = process.env.LLVM_OBJDUMP ?? 'llvm-objdump';
  const run = (args) => execFileSync(objdump, [...args, ...files], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const reads = new Map(), calls = new Map(), pointedAt = new Set();
  const add = (map, key, value) => { let set = map.get(key); if (!set) map.set(key, set = new Set()); set.add(value); };
  let fn = null;
  for (const line of run(['-d', '-r']).split('\n')) {
    const start = /^[0-9a-f]+ <(.+)>:$/.exec(line);
    if (start) { fn = start[1]; continue; }
    const reloc = /\bR_WASM_(\w+)\s+(\S+?)(?:[+-]\d+)?\s*$/.exec(line);
    if (!reloc || fn === null) continue;
    const [, type, target] = reloc;
    if (type.startsWith('MEMORY_ADDR')) add(reads, fn, target);
    else if (type.startsWith('FUNCTION_INDEX') || type.startsWith('TABLE_INDEX')) add(calls, target, fn);
  }
  let inData = false;
  for (const line of run(['-r']).split('\n')) {
    if (line.startsWith('RELOCATION RECORDS FOR')) { inData = line.includes('[DATA]'); continue; }
    const reloc = /\bR_WASM_MEMORY_ADDR\w*\s+(\S+?)(?:[+-]\d+)?\s*$/.exec(line);
    if (inData && reloc) pointedAt.add(reloc[1]);
  }
  return { reads, calls, pointedAt };
}

const [mapFile, keepFile, primaryFile, lazyFile] = process.argv.slice(2);
if (!lazyFile) {
  console.error('usage: move-data.mjs <link.map> <keep-list> <primary.wasm> <lazy.wasm>');
  process.exit(2);
}
const kept = new Set(readFileSync(keepFile, 'utf8').split('\n').filter(Boolean));
const primary = readFileSync(primaryFile);
const lazy = readFileSync(lazyFile);

// The data symbols from the map's input-section lines ("VMA LMA size  file:(section)"):
// [{ name (the section), index, start, end }], by address.
const symbols = [];
const inputs = new Set();     // the object files and archives the link took
for (const line of readFileSync(mapFile, 'utf8').split('\n')) {
  const input = /^\s*[0-9a-f-]+\s+[0-9a-f]+\s+[0-9a-f]+\s+(\S[^(]*?)(?:\([^)]*\))?:\(/.exec(line);
  if (input && !input[1].startsWith('<')) inputs.add(input[1]);
  const m = /^\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\S.*:\((\.(?:rodata|data|bss|tdata|tbss)[^)]*)\)\s*$/.exec(line);
  if (!m) continue;
  const start = parseInt(m[1], 16);
  symbols.push({ name: m[3], start, end: start + parseInt(m[2], 16) });
}
if (!symbols.some((s) => s.name.startsWith('.rodata.'))) throw new Error(`move-data: ${mapFile} lists no .rodata.<symbol> sections (a map from wasm-ld --print-map?)`);
symbols.sort((a, b) => a.start - b.start);
symbols.forEach((s, i) => { s.index = i; });

// The first part's segments, cut at symbol bounds: { offset, data, symbol (index; -1 outside any) }.
const pieces = [];
for (const seg of dataSegments(primary, sections(primary).find((s) => s.id === 11))) {
  let at = seg.offset;
  const end = seg.offset + seg.data.length;
  while (at < end) {
    let lo = 0, hi = symbols.length;     // past the last symbol starting at or before `at`
    while (lo < hi) { const mid = (lo + hi) >> 1; if (symbols[mid].start <= at) lo = mid + 1; else hi = mid; }
    const k = lo - 1;
    let cut, symbol = -1;
    if (k >= 0 && at < symbols[k].end) { symbol = k; cut = Math.min(end, symbols[k].end); }
    else cut = Math.min(end, lo < symbols.length ? symbols[lo].start : end);
    pieces.push({ offset: at, data: seg.data.subarray(at - seg.offset, cut - seg.offset), symbol });
    at = cut;
  }
}

// The read-only symbols that move: those no code of the first part may read.
const { reads, calls, pointedAt } = relocations([...inputs]);
const readers = new Map();    // symbol -> the functions whose code names it
for (const [fn, targets] of reads) for (const t of targets) (readers.get(t) ?? readers.set(t, []).get(t)).push(fn);
/** The first function of the first part found among `fns` and everything that calls them, or null. */
function keptCaller(fns) {
  const seen = new Set(fns), queue = [...fns];
  while (queue.length) {
    const fn = queue.shift();
    if (kept.has(fn)) return fn;
    for (const caller of calls.get(fn) ?? []) if (!seen.has(caller)) { seen.add(caller); queue.push(caller); }
  }
  return null;
}
const why = new Map();        // symbol index -> why it stays
const movable = symbols.map((s) => {
  if (!s.name.startsWith('.rodata.')) return false;
  const name = s.name.slice('.rodata.'.length);
  if (pointedAt.has(name)) { why.set(s.index, 'data points at it'); return false; }
  // The linker drops what nothing names, so a symbol no relocation names is one
  // whose readers this tool failed to see: it stays.
  if (!readers.has(name)) { why.set(s.index, 'no relocation names it'); return false; }
  const fn = keptCaller(readers.get(name));
  if (fn) { why.set(s.index, `${fn} (in the first part) may read it`); return false; }
  return true;
});
if (process.env.MOVE_DATA_WHY) {     // why a symbol stays
  for (const s of symbols.filter((x) => x.name === process.env.MOVE_DATA_WHY)) console.error(`${s.name}: ${why.get(s.index) ?? 'moves'}`);
}

const stay = [], move = [];
for (const p of pieces) (p.symbol >= 0 && movable[p.symbol] ? move : stay).push(p);
const lazyData = sections(lazy).find((s) => s.id === 11);
const lazySegs = lazyData ? dataSegments(lazy, lazyData) : [];

writeFileSync(primaryFile, withDataSection(primary, coalesce(stay, 15)));
writeFileSync(lazyFile, withDataSection(lazy, coalesce([...lazySegs, ...move], 0)));
const moved = new Map();
for (const p of move) moved.set(p.symbol, (moved.get(p.symbol) ?? 0) + p.data.length);
const bytes = move.reduce((n, p) => n + p.data.length, 0);
console.error(`move-data: ${bytes} bytes of ${moved.size} read-only symbols moved to ${lazyFile}`);
if (process.env.MOVE_DATA_VERBOSE) {
  for (const [k, n] of [...moved].sort((a, b) => b[1] - a[1])) console.error(`  ${n}\t${symbols[k].name}`);
}
