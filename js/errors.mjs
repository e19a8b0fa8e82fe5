// errors.mjs — the error classes of the package (shared by core.mjs and interop.mjs;
// here so that core.mjs has them without loading interop.mjs, which a page
// loads only for a program that uses JS interop).

/** An error the host reports (bad assembly, missing file or dependency, bad argument...). */
export class CilantroError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'CilantroError';
    this.code = code;
  }
}

/** A .NET exception, rejected into JS: message "Type: message", stack with the managed trace. */
export class ManagedError extends Error {
  constructor(type, message, full) {
    super(message);
    this.name = 'ManagedError';
    this.type = type;
    this.managedStack = full;
    // The managed trace is what explains the failure; the JS frames here are the runtime's own.
    this.stack = `ManagedError: ${full}`;
  }
}
