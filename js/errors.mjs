// errors.mjs — the error classes of the package (shared by core.mjs and interop.mjs).

/** An error the host reports (bad assembly, missing file or dependency, bad argument...). */
export class CilantroError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'CilantroError';
    this.code = code;
  }
}
