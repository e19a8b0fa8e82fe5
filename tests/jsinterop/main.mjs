// The "main.js" module of tests/jsinterop/JSInteropApp, as a .NET wasmbrowser
// app's main.js gives it with setModuleImports('main.js', {...}).
export const mainImports = {
  add: (a, b) => a + b,
  concat: (a, b) => `${a}${b}`,
  describe: (v) => `${typeof v} ${JSON.stringify(v)}`,
  negate: (b) => !b,
  mul: (a, b, c, d, e) => a * b * c * d + e.charCodeAt(0),
  nullable: (v) => (v === null ? null : v + 1),
  bigger: (v) => v + 1n,
  sum: (a) => a.reduce((x, y) => x + y, 0),
  reverse: (a) => [...a].reverse(),
  bytes: (b) => b.map((x) => x ^ 1),
  // .NET passes a span as a MemoryView; slice() copies it out, as it does on a JS array
  spanSum: (s) => Array.from(s.slice()).reduce((x, y) => x + y, 0),
  segmentLength: (s) => s.length,
  makeDate: (y) => new Date(Date.UTC(y, 0, 2, 3, 4, 5)),
  dateIso: (d) => d.toISOString(),
  makePoint: (x, y) => ({ x, y, len: Math.hypot(x, y), name: 'p', visible: true, inner: { deep: 'yes' }, data: new Uint8Array([9, 8]), move() {} }),
  stringify: (o) => JSON.stringify(o),
  delay: (ms, v) => new Promise((r) => setTimeout(() => r(v), ms)),
  rejectLater: (m) => new Promise((_, j) => setTimeout(() => j(new Error(m)), 1)),
  awaitDotnet: async (t) => `got ${await t}`,
  callLater: (f, log) => new Promise((r) => setTimeout(() => { log('called back'); r(f(14)); }, 1)),
  makeAdder: (n) => (x) => x + n,
  thrower: (m) => { throw new Error(m); },
  errorText: (e) => `${e instanceof Error} ${e.message}`,
  makeError: (m) => new Error(m),
};
