// Generates malformed assemblies from a good hello.exe (compiled here with mcs) for tests/run.sh.
// Usage: node tests/malformed/gen.mjs OUTDIR
// Writes OUTDIR/<case>.exe and OUTDIR/manifest.tsv with one line per case:
//   name <TAB> mode <TAB> file-name regex <TAB> problem regex
// mode "nonzero": must exit non-zero with stderr naming the file and the problem;
// mode "nocrash": random mutations that may even be harmless: only no crash/hang is required.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] || 'tests/out/malformed';
fs.mkdirSync(out, { recursive: true });
const helloExe = path.join(out, 'hello.exe');
const helloSrc = path.join(here, 'hello.cs');
if (!fs.existsSync(helloExe) || fs.statSync(helloSrc).mtimeMs > fs.statSync(helloExe).mtimeMs) {
  execFileSync('mcs', ['-out:' + helloExe, helloSrc], { stdio: 'inherit' });
}
const good = fs.readFileSync(helloExe);

// ---- a minimal PE/metadata walker: just enough to find the bytes to damage ----
function layout(buf) {
  const pe = buf.readUInt32LE(0x3c);
  const nsect = buf.readUInt16LE(pe + 6);
  const optSize = buf.readUInt16LE(pe + 20);
  const opt = pe + 24;
  const magic = buf.readUInt16LE(opt);
  const dirs = opt + (magic === 0x20b ? 112 : 96);
  const sections = [];
  for (let i = 0; i < nsect; i++) {
    const s = opt + optSize + i * 40;
    sections.push({ va: buf.readUInt32LE(s + 12), vsize: buf.readUInt32LE(s + 8), raw: buf.readUInt32LE(s + 20), hdr: s });
  }
  const rva2off = (rva) => {
    for (const s of sections) if (rva >= s.va && rva < s.va + Math.max(s.vsize, 1)) return rva - s.va + s.raw;
    throw new Error('rva not mapped: ' + rva);
  };
  const cliDir = dirs + 14 * 8;
  const cli = rva2off(buf.readUInt32LE(cliDir));
  const md = rva2off(buf.readUInt32LE(cli + 8));
  const verLen = buf.readUInt32LE(md + 12);
  let p = md + 16 + verLen + 2;
  const nstreams = buf.readUInt16LE(p); p += 2;
  const streams = {};
  for (let i = 0; i < nstreams; i++) {
    const off = buf.readUInt32LE(p), size = buf.readUInt32LE(p + 4);
    let e = p + 8; while (buf[e] !== 0) e++;
    const name = buf.toString('latin1', p + 8, e);
    streams[name] = { hdr: p, off: md + off, size };
    p = (e + 4) & ~3;
  }
  const t = streams['#~'] || streams['#-'];
  const heapSizes = buf[t.off + 6];
  const valid = buf.readBigUInt64LE(t.off + 8);
  const rows = {}; let q = t.off + 24; const rowCountPos = {};
  for (let i = 0; i < 64; i++) if ((valid >> BigInt(i)) & 1n) { rowCountPos[i] = q; rows[i] = buf.readUInt32LE(q); q += 4; }
  const s = heapSizes & 1 ? 4 : 2, g = heapSizes & 2 ? 4 : 2, b = heapSizes & 4 ? 4 : 2;
  const big = Object.values(rows).some((n) => n > 0x3fff);
  if (big) throw new Error('hello.exe is too big for this simple walker');
  // Row sizes of the tables up to CustomAttribute in a compressed (#~) stream.
  const size = { 0: 2 + s + 3 * g, 1: 2 + s + s, 2: 4 + s + s + 2 + 2 + 2, 4: 2 + s + b, 6: 4 + 2 + 2 + s + b + 2,
    8: 2 + 2 + s, 9: 2 + 2, 10: 2 + s + b, 11: 2 + 2 + b, 12: 2 + 2 + b };
  const tableStart = {}; let pos = q;
  for (let i = 0; i <= 12; i++) {
    if (!(i in rows)) continue;
    if (!(i in size)) throw new Error('unexpected table ' + i + ' before MethodDef');
    tableStart[i] = pos; pos += rows[i] * size[i];
  }
  return { pe, opt, dirs, cliDir, cli, md, streams, tilde: t, rows, rowCountPos, tableStart, size, s, b, sections };
}

const L = layout(good);
const cases = [];
const problem = '(BadImageFormat|[Ii]nvalid|[Cc]orrupt|[Tt]runcat|[Mm]alformed|[Nn]ot a|[Bb]ad|[Mm]issing|[Oo]ut of (range|bounds)|too (small|short)|[Uu]nexpected end|[Ee]rror)';
function add(name, bytes, mode = 'nonzero') {
  const file = name + '.exe';
  fs.writeFileSync(path.join(out, file), bytes);
  const fileRe = mode === 'nonzero' ? file.replace(/\./g, '\\.') : '';
  cases.push([file, mode, fileRe, mode === 'nonzero' ? problem : ''].join('\t'));
}
function patched(fn) { const c = Buffer.from(good); fn(c); return c; }

add('empty', Buffer.alloc(0));
for (const n of [2, 64, 128, 300, 512, 1024, good.length >> 1, good.length - 100, good.length - 16]) add('trunc_' + n, good.subarray(0, n));
add('text', Buffer.from('This is not a PE file.\nJust some text.\n'));
add('mz_only', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]));
add('bad_pe_signature', patched((c) => c.write('XX', L.pe, 'latin1')));
add('lfanew_out_of_file', patched((c) => c.writeUInt32LE(0x7ffffff0, 0x3c)));
add('no_cli_header', patched((c) => { c.writeUInt32LE(0, L.cliDir); c.writeUInt32LE(0, L.cliDir + 4); }));
add('cli_header_rva_unmapped', patched((c) => c.writeUInt32LE(0x7fff0000, L.cliDir)));
add('bad_metadata_signature', patched((c) => c.writeUInt32LE(0xdeadbeef, L.md)));
add('metadata_rva_unmapped', patched((c) => c.writeUInt32LE(0x7fff0000, L.cli + 8)));
add('stream_offset_huge', patched((c) => c.writeUInt32LE(0x7ffffff0, L.tilde.hdr)));
add('stream_size_huge', patched((c) => c.writeUInt32LE(0x7ffffff0, L.tilde.hdr + 4)));
add('typedef_rows_huge', patched((c) => c.writeUInt32LE(0x00ffffff, L.rowCountPos[2])));
add('methoddef_rows_huge', patched((c) => c.writeUInt32LE(0x00ffffff, L.rowCountPos[6])));
// TypeDef row 2 is the Hello class (row 1 is <Module>): FieldList / MethodList far past their tables.
const td2 = L.tableStart[2] + L.size[2];
add('typedef_fieldlist_huge', patched((c) => c.writeUInt16LE(0xfff0, td2 + 4 + 2 * L.s + 2)));
add('typedef_methodlist_huge', patched((c) => c.writeUInt16LE(0xfff0, td2 + 4 + 2 * L.s + 4)));
add('typedef_name_huge', patched((c) => c.writeUInt16LE(0xfff0, td2 + 4)));
const md0 = L.tableStart[6];
add('methoddef_rva_unmapped', patched((c) => { for (let i = 0; i < L.rows[6]; i++) c.writeUInt32LE(0x7fff0000, md0 + i * L.size[6]); }));
add('methoddef_paramlist_huge', patched((c) => { for (let i = 0; i < L.rows[6]; i++) c.writeUInt16LE(0xfff0, md0 + i * L.size[6] + 8 + L.s + L.b); }));
add('methoddef_signature_huge', patched((c) => { for (let i = 0; i < L.rows[6]; i++) c.writeUInt16LE(0xfff0, md0 + i * L.size[6] + 8 + L.s); }));
// Tables the runtime decodes on first use (docs/metadata.md): a bad one opens and fails where it is first read.
// Every CustomAttribute row's Type: tag 0 names no table (read when Hello is laid out: is its static field [ThreadStatic]?).
const ca0 = L.tableStart[12];
add('customattribute_type_bad_tag', patched((c) => { for (let i = 0; i < L.rows[12]; i++) c.writeUInt16LE(1 << 3, ca0 + i * L.size[12] + 2); }));

// Random mutations with a fixed seed (xorshift32), biased to the headers and metadata.
let seed = 0x2545f491;
const rnd = () => { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed; };
const mdEnd = Math.min(good.length, L.md + 0x400);
for (let k = 0; k < 50; k++) {
  const c = Buffer.from(good);
  const n = 1 + (rnd() % 8);
  for (let j = 0; j < n; j++) {
    const where = rnd() % 2 === 0 ? rnd() % good.length : L.md + (rnd() % (mdEnd - L.md));
    c[where] = rnd() & 0xff;
  }
  add('mutant_' + String(k).padStart(2, '0'), c, 'nocrash');
}

fs.writeFileSync(path.join(out, 'manifest.tsv'), cases.join('\n') + '\n');
console.log(cases.length + ' malformed cases in ' + out);
