// Declares to emcc's linker the functions the wasm module imports from its
// JS host (module "env"), so that linking does not fail on them as undefined
// symbols. The build is STANDALONE_WASM: emcc emits no JS glue, and these
// bodies are never used. The real implementations live in js/core.mjs.
mergeInto(LibraryManager.library, {
  cilantro_js_write: function (fd, utf8, len) {
    throw new Error('cilantro_js_write is provided by js/core.mjs');
  },
  cilantro_js_fs: function (op, a, b, c, d, e) {
    throw new Error('cilantro_js_fs is provided by js/core.mjs');
  },
  cilantro_js_tier: function (bytes, len) {
    throw new Error('cilantro_js_tier is provided by js/core.mjs');
  },
  cilantro_js_load_part: function (name) {
    throw new Error('cilantro_js_load_part is provided by js/core.mjs');
  },
  cilantro_js_compiler_ready: function () {
    throw new Error('cilantro_js_compiler_ready is provided by js/core.mjs');
  },
  cilantro_js_http: function (op, id, a, alen, b, blen, c, clen, d, dlen) {
    throw new Error('cilantro_js_http is provided by js/http.mjs');
  },
  cilantro_js_op: function (op, handle, aux, name, nameLen, args, argsLen) {
    throw new Error('cilantro_js_op is provided by js/interop.mjs');
  },
});
