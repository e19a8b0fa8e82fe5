// hostfs.mjs — the file system behind System.IO in wasm.
//
// The runtime calls one import, `env.cilantro_js_fs(op, a, b, c, d, e)`
// (runtime/icalls/icall_file.c), synchronously. `HostFs` decodes its
// arguments, keeps each open file's position, and calls a backend:
//   - Node: `nodeFsBackend(fs, process)` (js/node.mjs), the real file system;
//   - browsers: `MemoryFs`, an in-memory tree (a Map of paths), starting
//     with `/`, `/tmp` and the current directory `/`.
// A backend's methods throw errors with a Node-style `code` ('ENOENT', ...).
// Results are numbers >= 0, or a negative errno (Linux numbering).

const ERRNO = {
  EPERM: 1, ENOENT: 2, EIO: 5, EBADF: 9, EACCES: 13, EEXIST: 17, EXDEV: 18, ENOTDIR: 20,
  EISDIR: 21, EINVAL: 22, EMFILE: 24, ENOSPC: 28, ENAMETOOLONG: 36, ENOTEMPTY: 39, EROFS: 13,
};

// open flags and ops, as in icall_file.c
const F_READ = 1, F_WRITE = 2, F_CREATE = 4, F_EXCL = 8, F_TRUNC = 16, F_APPEND = 32;
const OP = {
  OPEN: 1, READ: 2, WRITE: 3, SEEK: 4, CLOSE: 5, TRUNCATE: 6, STAT: 7, UNLINK: 8, RENAME: 9,
  MKDIR: 10, RMDIR: 11, READDIR: 12, GETCWD: 13, SETMTIME: 14, FSTATSIZE: 15, CHMOD: 16, CHDIR: 17, ISATTY: 18, STATFS: 19,
};

export class FsError extends Error {
  constructor(code, message) {
    super(`${code}: ${message}`);
    this.code = code;
  }
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8');

export class HostFs {
  /** rt: gives _mem() and _view(); backend: see the file header. */
  constructor(rt, backend) {
    this.rt = rt;
    this.backend = backend;
    this.files = new Map();   // fd -> { h, pos, append }
    this.nextFd = 3;
  }

  str(ptr, len) { return utf8Decoder.decode(this.rt._mem().subarray(ptr, ptr + len)); }

  /** The import's body: returns a result or a negative errno. */
  call(op, a, b, c, d, e) {
    try {
      return this.dispatch(op, a, b, c, d, e);
    } catch (err) {
      const n = ERRNO[err?.code];
      if (n === undefined) return -ERRNO.EIO;
      return -n;
    }
  }

  file(fd) {
    const f = this.files.get(fd);
    if (!f) throw new FsError('EBADF', 'bad file descriptor');
    return f;
  }

  dispatch(op, a, b, c, d, e) {
    const be = this.backend;
    switch (op) {
      case OP.OPEN: {
        const h = be.open(this.str(a, b), {
          read: (c & F_READ) !== 0, write: (c & F_WRITE) !== 0, create: (c & F_CREATE) !== 0,
          excl: (c & F_EXCL) !== 0, trunc: (c & F_TRUNC) !== 0, append: (c & F_APPEND) !== 0,
        }, d || 0o666);
        const fd = this.nextFd++;
        this.files.set(fd, { h, pos: 0, append: (c & F_APPEND) !== 0 });
        return fd;
      }
      case OP.READ: {
        const f = this.file(a);
        const n = be.read(f.h, this.rt._mem().subarray(b, b + c), f.pos);
        f.pos += n;
        return n;
      }
      case OP.WRITE: {
        const f = this.file(a);
        // slice(): the backend may keep the bytes
        const n = be.write(f.h, this.rt._mem().slice(b, b + c), f.append ? null : f.pos);
        f.pos = f.append ? be.size(f.h) : f.pos + n;
        return n;
      }
      case OP.SEEK: {
        const f = this.file(a);
        const base = c === 0 ? 0 : c === 1 ? f.pos : be.size(f.h);
        const pos = base + e;
        if (pos < 0) throw new FsError('EINVAL', 'negative position');
        f.pos = pos;
        return pos;
      }
      case OP.CLOSE: {
        const f = this.file(a);
        this.files.delete(a);
        be.close(f.h);
        return 0;
      }
      case OP.TRUNCATE: be.truncate(this.file(a).h, e); return 0;
      case OP.FSTATSIZE: return be.size(this.file(a).h);
      case OP.STAT: {
        const st = be.stat(this.str(a, b));
        const dv = this.rt._view();
        dv.setFloat64(c, st.isDir ? 2 : 1, true);
        dv.setFloat64(c + 8, st.size, true);
        dv.setFloat64(c + 16, Math.floor(st.mtimeMs), true);
        dv.setFloat64(c + 24, st.mode & 0o7777, true);
        return 0;
      }
      case OP.STATFS: {
        // a backend without statfs is one volume of unknown (zero) size
        const path = this.str(a, b);
        be.stat(path);
        const sf = be.statfs ? be.statfs(path) : { total: 0, free: 0, avail: 0, bsize: 4096 };
        const dv = this.rt._view();
        dv.setFloat64(c, sf.total, true);
        dv.setFloat64(c + 8, sf.free, true);
        dv.setFloat64(c + 16, sf.avail, true);
        dv.setFloat64(c + 24, sf.bsize, true);
        return 0;
      }
      case OP.UNLINK: be.unlink(this.str(a, b)); return 0;
      case OP.MKDIR: be.mkdir(this.str(a, b)); return 0;
      case OP.RMDIR: be.rmdir(this.str(a, b)); return 0;
      case OP.CHDIR: be.chdir(this.str(a, b)); return 0;
      case OP.RENAME: be.rename(this.str(a, b), this.str(c, d)); return 0;
      case OP.ISATTY: return be.isatty?.(a) ? 1 : 0;
      case OP.CHMOD: be.chmod(this.str(a, b), c); return 0;
      case OP.SETMTIME: be.utimes(this.str(a, b), e); return 0;
      case OP.READDIR: {
        const names = be.readdir(this.str(a, b));
        const bytes = utf8Encoder.encode(names.map((n) => n + '\0').join(''));
        if (bytes.length <= d) this.rt._mem().set(bytes, c);
        return bytes.length;
      }
      case OP.GETCWD: {
        const bytes = utf8Encoder.encode(be.cwd());
        if (bytes.length <= d) this.rt._mem().set(bytes, c);
        return bytes.length <= d ? bytes.length : bytes.length + 1;
      }
      default:
        throw new FsError('EINVAL', `unknown file-system operation ${op}`);
    }
  }
}

/** The real file system through Node's synchronous fs calls. */
export function nodeFsBackend(fs, proc, tty) {
  const C = fs.constants;
  return {
    isatty: (fd) => tty.isatty(fd),
    open(p, fl, mode) {
      let flags = fl.read && fl.write ? C.O_RDWR : fl.write ? C.O_WRONLY : C.O_RDONLY;
      if (fl.create) flags |= C.O_CREAT;
      if (fl.excl) flags |= C.O_EXCL;
      if (fl.trunc) flags |= C.O_TRUNC;
      if (fl.append) flags |= C.O_APPEND;
      const fd = fs.openSync(p, flags, mode);
      if (fs.fstatSync(fd).isDirectory()) {
        fs.closeSync(fd);
        throw new FsError('EACCES', p);
      }
      return fd;
    },
    read: (fd, u8, pos) => fs.readSync(fd, u8, 0, u8.length, pos),
    write: (fd, u8, pos) => {
      let done = 0;
      while (done < u8.length) done += fs.writeSync(fd, u8, done, u8.length - done, pos === null ? null : pos + done);
      return done;
    },
    size: (fd) => fs.fstatSync(fd).size,
    truncate: (fd, len) => fs.ftruncateSync(fd, len),
    close: (fd) => fs.closeSync(fd),
    statfs(p) {
      if (typeof fs.statfsSync !== 'function') return { total: 0, free: 0, avail: 0, bsize: 4096 };
      const sf = fs.statfsSync(p);
      return { total: sf.blocks * sf.bsize, free: sf.bfree * sf.bsize, avail: sf.bavail * sf.bsize, bsize: sf.bsize };
    },
    stat(p) {
      const st = fs.statSync(p);
      return { isDir: st.isDirectory(), size: st.size, mtimeMs: st.mtimeMs, mode: st.mode };
    },
    unlink: (p) => fs.unlinkSync(p),
    mkdir: (p) => fs.mkdirSync(p),
    rmdir: (p) => fs.rmdirSync(p),
    rename: (p, q) => fs.renameSync(p, q),
    readdir: (p) => fs.readdirSync(p),
    chmod: (p, mode) => fs.chmodSync(p, mode),
    utimes: (p, ms) => fs.utimesSync(p, ms / 1000, ms / 1000),
    cwd: () => proc.cwd(),
    chdir: (p) => proc.chdir(p),
  };
}

/** An in-memory file system for hosts without one (browsers). */
export class MemoryFs {
  constructor() {
    this.nodes = new Map();   // normalized absolute path -> { dir, data, size, mtimeMs, mode }
    this.dir = '/';
    this.open_ = new Map();   // handle -> node
    this.nextHandle = 1;
    this.nodes.set('/', this.newNode(true));
    this.nodes.set('/tmp', this.newNode(true));
  }

  newNode(dir) {
    return { dir, data: new Uint8Array(0), size: 0, mtimeMs: Date.now(), mode: dir ? 0o755 : 0o644 };
  }

  norm(p) {
    const parts = [];
    for (const s of (p.startsWith('/') ? p : this.dir + '/' + p).split('/')) {
      if (s === '' || s === '.') continue;
      if (s === '..') parts.pop();
      else parts.push(s);
    }
    return '/' + parts.join('/');
  }

  parentOf(p) { return p === '/' ? null : p.slice(0, p.lastIndexOf('/')) || '/'; }

  // the node at p, checking every directory on the way
  lookup(p) {
    const parent = this.parentOf(p);
    if (parent !== null) this.dirNode(parent);
    const n = this.nodes.get(p);
    if (!n) throw new FsError('ENOENT', p);
    return n;
  }

  dirNode(p) {
    const n = this.lookup(p);
    if (!n.dir) throw new FsError('ENOTDIR', p);
    return n;
  }

  open(path, fl, mode) {
    const p = this.norm(path);
    let n = this.nodes.get(p);
    const parent = this.parentOf(p);
    if (parent !== null) this.dirNode(parent);
    if (n && fl.create && fl.excl) throw new FsError('EEXIST', p);
    if (!n) {
      if (!fl.create) throw new FsError('ENOENT', p);
      n = this.newNode(false);
      n.mode = mode & 0o7777 & ~0o022;
      this.nodes.set(p, n);
    } else if (n.dir) {
      throw new FsError('EACCES', p);
    } else if (fl.write && !(n.mode & 0o200)) {
      throw new FsError('EACCES', p);
    }
    if (fl.trunc) this.resize(n, 0);
    const h = this.nextHandle++;
    this.open_.set(h, n);
    return h;
  }

  node(h) {
    const n = this.open_.get(h);
    if (!n) throw new FsError('EBADF', String(h));
    return n;
  }

  resize(n, size) {
    if (size > n.data.length) {
      const grown = new Uint8Array(Math.max(size, n.data.length * 2, 64));
      grown.set(n.data.subarray(0, n.size));
      n.data = grown;
    } else if (size < n.size) {
      n.data.fill(0, size, n.size);
    }
    n.size = size;
    n.mtimeMs = Date.now();
  }

  read(h, u8, pos) {
    const n = this.node(h);
    const count = Math.max(0, Math.min(u8.length, n.size - pos));
    u8.set(n.data.subarray(pos, pos + count));
    return count;
  }

  write(h, u8, pos) {
    const n = this.node(h);
    const at = pos === null ? n.size : pos;
    if (at + u8.length > n.size) this.resize(n, at + u8.length);
    n.data.set(u8, at);
    n.mtimeMs = Date.now();
    return u8.length;
  }

  size(h) { return this.node(h).size; }
  truncate(h, len) { this.resize(this.node(h), len); }
  close(h) { this.open_.delete(h); }

  stat(path) {
    const n = this.lookup(this.norm(path));
    return { isDir: n.dir, size: n.dir ? 4096 : n.size, mtimeMs: n.mtimeMs, mode: n.mode };
  }

  children(p) {
    const prefix = p === '/' ? '/' : p + '/';
    const out = [];
    for (const key of this.nodes.keys()) {
      if (key.length > prefix.length && key.startsWith(prefix) && !key.includes('/', prefix.length)) out.push(key.slice(prefix.length));
    }
    return out;
  }

  unlink(path) {
    const p = this.norm(path);
    if (this.lookup(p).dir) throw new FsError('EISDIR', p);
    this.nodes.delete(p);
  }

  mkdir(path) {
    const p = this.norm(path);
    const parent = this.parentOf(p);
    if (parent !== null) this.dirNode(parent);
    if (this.nodes.has(p)) throw new FsError('EEXIST', p);
    this.nodes.set(p, this.newNode(true));
  }

  rmdir(path) {
    const p = this.norm(path);
    this.dirNode(p);
    if (p === '/') throw new FsError('EBUSY', p);
    if (this.children(p).length > 0) throw new FsError('ENOTEMPTY', p);
    this.nodes.delete(p);
  }

  rename(from, to) {
    const p = this.norm(from), q = this.norm(to);
    const n = this.lookup(p);
    const parent = this.parentOf(q);
    if (parent !== null) this.dirNode(parent);
    if (p === q) return;
    if (n.dir && (q + '/').startsWith(p + '/')) throw new FsError('EINVAL', q);
    const target = this.nodes.get(q);
    if (target) {
      if (target.dir !== n.dir) throw new FsError(target.dir ? 'EISDIR' : 'ENOTDIR', q);
      if (target.dir && this.children(q).length > 0) throw new FsError('ENOTEMPTY', q);
    }
    const moves = [[p, q]];
    if (n.dir) {
      for (const key of this.nodes.keys()) if (key.startsWith(p + '/')) moves.push([key, q + key.slice(p.length)]);
    }
    const nodes = moves.map(([k]) => this.nodes.get(k));
    for (const [k] of moves) this.nodes.delete(k);
    moves.forEach(([, k], i) => this.nodes.set(k, nodes[i]));
  }

  readdir(path) {
    const p = this.norm(path);
    this.dirNode(p);
    return this.children(p);
  }

  chmod(path, mode) { this.lookup(this.norm(path)).mode = mode & 0o7777; }
  utimes(path, ms) { this.lookup(this.norm(path)).mtimeMs = ms; }
  isatty() { return false; }
  cwd() { return this.dir; }
  chdir(path) {
    const p = this.norm(path);
    this.dirNode(p);
    this.dir = p;
  }
}
