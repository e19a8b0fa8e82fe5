/* icall_file.c — the file-system primitives behind System.IO
 * (corlib/System/IO/FileSystem.Native.cs). Each returns a result >= 0 or a
 * negative error code from the small fixed set below (Linux numbering on
 * every host, so the C# side maps one table to .NET exceptions).
 *
 * Natively: POSIX calls. In wasm: one import, `env.cilantro_js_fs`, whose
 * JS side (js/core.mjs) runs Node's synchronous fs calls or, in browsers, an
 * in-memory file system (js/memfs.mjs). Handles are small ints either way.
 *
 * Also the raw stdin read behind Console.OpenStandardInput. */
#include "icalls/icalls.h"
#include "vm.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#ifndef __EMSCRIPTEN__
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#endif

#define A(i) (args[(i)])

/* error codes shared with the C# side and js/core.mjs */
enum {
    FE_PERM = 1, FE_NOENT = 2, FE_IO = 5, FE_BADF = 9, FE_ACCES = 13, FE_EXIST = 17,
    FE_XDEV = 18, FE_NOTDIR = 20, FE_ISDIR = 21, FE_INVAL = 22, FE_MFILE = 24,
    FE_NOSPC = 28, FE_NAMETOOLONG = 36, FE_NOTEMPTY = 39,
};

/* open flags shared with the C# side and js/core.mjs */
enum { FO_READ = 1, FO_WRITE = 2, FO_CREATE = 4, FO_EXCL = 8, FO_TRUNC = 16, FO_APPEND = 32 };

enum { OP_OPEN = 1, OP_READ, OP_WRITE, OP_SEEK, OP_CLOSE, OP_TRUNCATE, OP_STAT, OP_UNLINK,
       OP_RENAME, OP_MKDIR, OP_RMDIR, OP_READDIR, OP_GETCWD, OP_SETMTIME, OP_FSTATSIZE, OP_CHMOD, OP_CHDIR, OP_ISATTY, OP_STATFS };

static char *path_arg(Thread *t, Slot s, size_t *len) {
    String *str = (String *)s.o;
    if (!str) { vm_throw_new(t, "System.ArgumentNullException", NULL); return NULL; }
    char *p = vm_string_to_utf8(str, len);
    if (!p) vm_throw_new(t, "System.OutOfMemoryException", NULL);
    return p;
}

static bool buffer_args(Thread *t, Slot *args, int first, uint8_t **data, int32_t *count) {
    Array *a = (Array *)A(first).o;
    int32_t off = A(first + 1).i4, n = A(first + 2).i4;
    if (!a || off < 0 || n < 0 || off > a->length - n) {
        vm_throw_new(t, "System.ArgumentOutOfRangeException", NULL);
        return false;
    }
    *data = (uint8_t *)VM_ARRAY_DATA(a) + off;
    *count = n;
    return true;
}

#ifdef __EMSCRIPTEN__

extern double cilantro_js_fs(int op, int a, int b, int c, int d, double e)
    __attribute__((import_module("env"), import_name("cilantro_js_fs")));

static int64_t host_open(const char *p, size_t n, int flags, int mode) { return (int64_t)cilantro_js_fs(OP_OPEN, (int)(intptr_t)p, (int)n, flags, mode, 0); }
static int64_t host_read(int fd, uint8_t *b, int32_t n) { return (int64_t)cilantro_js_fs(OP_READ, fd, (int)(intptr_t)b, n, 0, 0); }
static int64_t host_write(int fd, const uint8_t *b, int32_t n) { return (int64_t)cilantro_js_fs(OP_WRITE, fd, (int)(intptr_t)b, n, 0, 0); }
static int64_t host_seek(int fd, int64_t off, int whence) { return (int64_t)cilantro_js_fs(OP_SEEK, fd, 0, whence, 0, (double)off); }
static int64_t host_close(int fd) { return (int64_t)cilantro_js_fs(OP_CLOSE, fd, 0, 0, 0, 0); }
static int64_t host_truncate(int fd, int64_t len) { return (int64_t)cilantro_js_fs(OP_TRUNCATE, fd, 0, 0, 0, (double)len); }
static int64_t host_fsize(int fd) { return (int64_t)cilantro_js_fs(OP_FSTATSIZE, fd, 0, 0, 0, 0); }
/* out: kind (1 file, 2 directory), size, mtime in ms since 1970, mode bits */
static int64_t host_stat(const char *p, size_t n, double out[4]) { return (int64_t)cilantro_js_fs(OP_STAT, (int)(intptr_t)p, (int)n, (int)(intptr_t)out, 0, 0); }
static int64_t host_path_op(int op, const char *p, size_t n) { return (int64_t)cilantro_js_fs(op, (int)(intptr_t)p, (int)n, 0, 0, 0); }
static int64_t host_rename(const char *p, size_t n, const char *q, size_t m) { return (int64_t)cilantro_js_fs(OP_RENAME, (int)(intptr_t)p, (int)n, (int)(intptr_t)q, (int)m, 0); }
static int64_t host_setmtime(const char *p, size_t n, double ms) { return (int64_t)cilantro_js_fs(OP_SETMTIME, (int)(intptr_t)p, (int)n, 0, 0, ms); }
/* names separated by '\0' into buf; returns the bytes needed (may exceed cap) */
static int64_t host_readdir(const char *p, size_t n, char *buf, int cap) { return (int64_t)cilantro_js_fs(OP_READDIR, (int)(intptr_t)p, (int)n, (int)(intptr_t)buf, cap, 0); }
static int64_t host_chmod(const char *p, size_t n, int mode) { return (int64_t)cilantro_js_fs(OP_CHMOD, (int)(intptr_t)p, (int)n, mode, 0, 0); }
static int64_t host_isatty(int fd) { return (int64_t)cilantro_js_fs(OP_ISATTY, fd, 0, 0, 0, 0); }
static int64_t host_getcwd(char *buf, int cap) { return (int64_t)cilantro_js_fs(OP_GETCWD, 0, 0, (int)(intptr_t)buf, cap, 0); }
/* out: total bytes, free bytes, bytes available to the caller, block size */
static int64_t host_statfs(const char *p, size_t n, double out[4]) { return (int64_t)cilantro_js_fs(OP_STATFS, (int)(intptr_t)p, (int)n, (int)(intptr_t)out, 0, 0); }

#else

static int64_t err(void) {
    switch (errno) {
    case EPERM: return -FE_PERM;
    case ENOENT: return -FE_NOENT;
    case EBADF: return -FE_BADF;
    case EACCES: case EROFS: return -FE_ACCES;
    case EEXIST: return -FE_EXIST;
    case EXDEV: return -FE_XDEV;
    case ENOTDIR: return -FE_NOTDIR;
    case EISDIR: return -FE_ISDIR;
    case EINVAL: return -FE_INVAL;
    case EMFILE: case ENFILE: return -FE_MFILE;
    case ENOSPC: return -FE_NOSPC;
    case ENAMETOOLONG: return -FE_NAMETOOLONG;
    case ENOTEMPTY: return -FE_NOTEMPTY;
    default: return -FE_IO;
    }
}

static int64_t host_open(const char *p, size_t n, int flags, int mode) {
    (void)n;
    int f = (flags & FO_READ) && (flags & FO_WRITE) ? O_RDWR : (flags & FO_WRITE) ? O_WRONLY : O_RDONLY;
    if (flags & FO_CREATE) f |= O_CREAT;
    if (flags & FO_EXCL) f |= O_EXCL;
    if (flags & FO_TRUNC) f |= O_TRUNC;
    if (flags & FO_APPEND) f |= O_APPEND;
    f |= O_CLOEXEC;
    int fd = open(p, f, mode ? mode : 0666);
    if (fd < 0) return err();
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) { close(fd); return -FE_ACCES; }
    return fd;
}
static int64_t host_read(int fd, uint8_t *b, int32_t n) {
    ssize_t r;
    do r = read(fd, b, (size_t)n); while (r < 0 && errno == EINTR);
    return r < 0 ? err() : r;
}
static int64_t host_write(int fd, const uint8_t *b, int32_t n) {
    int32_t done = 0;
    while (done < n) {
        ssize_t r = write(fd, b + done, (size_t)(n - done));
        if (r < 0) { if (errno == EINTR) continue; return err(); }
        done += (int32_t)r;
    }
    return done;
}
static int64_t host_seek(int fd, int64_t off, int whence) {
    off_t r = lseek(fd, (off_t)off, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
    return r < 0 ? err() : (int64_t)r;
}
static int64_t host_close(int fd) { return close(fd) < 0 ? err() : 0; }
static int64_t host_truncate(int fd, int64_t len) { return ftruncate(fd, (off_t)len) < 0 ? err() : 0; }
static int64_t host_fsize(int fd) {
    struct stat st;
    return fstat(fd, &st) < 0 ? err() : (int64_t)st.st_size;
}
static int64_t host_stat(const char *p, size_t n, double out[4]) {
    (void)n;
    struct stat st;
    if (stat(p, &st) < 0) return err();
    out[0] = S_ISDIR(st.st_mode) ? 2 : 1;
    out[1] = (double)st.st_size;
    out[2] = (double)st.st_mtim.tv_sec * 1000.0 + (double)(st.st_mtim.tv_nsec / 1000000);
    out[3] = (double)(st.st_mode & 07777);
    return 0;
}
static int64_t host_statfs(const char *p, size_t n, double out[4]) {
    (void)n;
    struct statvfs sv;
    if (statvfs(p, &sv) < 0) return err();
    out[0] = (double)sv.f_blocks * (double)sv.f_frsize;
    out[1] = (double)sv.f_bfree * (double)sv.f_frsize;
    out[2] = (double)sv.f_bavail * (double)sv.f_frsize;
    out[3] = (double)sv.f_bsize;
    return 0;
}
static int64_t host_path_op(int op, const char *p, size_t n) {
    (void)n;
    int r = op == OP_UNLINK ? unlink(p) : op == OP_MKDIR ? mkdir(p, 0777) : op == OP_CHDIR ? chdir(p) : rmdir(p);
    return r < 0 ? err() : 0;
}
static int64_t host_rename(const char *p, size_t n, const char *q, size_t m) {
    (void)n; (void)m;
    return rename(p, q) < 0 ? err() : 0;
}
static int64_t host_setmtime(const char *p, size_t n, double ms) {
    (void)n;
    struct timeval tv[2];
    tv[0].tv_sec = tv[1].tv_sec = (time_t)(ms / 1000.0);
    tv[0].tv_usec = tv[1].tv_usec = (suseconds_t)((ms - (double)tv[0].tv_sec * 1000.0) * 1000.0);
    return utimes(p, tv) < 0 ? err() : 0;
}
static int64_t host_readdir(const char *p, size_t n, char *buf, int cap) {
    (void)n;
    DIR *d = opendir(p);
    if (!d) return err();
    int64_t need = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        size_t l = strlen(e->d_name) + 1;
        if (need + (int64_t)l <= cap) memcpy(buf + need, e->d_name, l);
        need += (int64_t)l;
    }
    closedir(d);
    return need;
}
static int64_t host_chmod(const char *p, size_t n, int mode) {
    (void)n;
    return chmod(p, (mode_t)mode) < 0 ? err() : 0;
}
static int64_t host_isatty(int fd) { return isatty(fd) ? 1 : 0; }
static int64_t host_getcwd(char *buf, int cap) {
    if (!getcwd(buf, (size_t)cap)) return errno == ERANGE ? cap + 256 : err();
    return (int64_t)strlen(buf);
}

#endif

/* int Open(string path, int flags, int mode) */
static void f_open(Thread *t, Slot *args, Slot *ret) {
    size_t n;
    char *p = path_arg(t, A(0), &n);
    if (!p) return;
    ret->i4 = (int32_t)host_open(p, n, A(1).i4, A(2).i4);
    free(p);
}

/* int Read(int fd, byte[] buffer, int offset, int count) */
static void f_read(Thread *t, Slot *args, Slot *ret) {
    uint8_t *b; int32_t n;
    if (!buffer_args(t, args, 1, &b, &n)) return;
    ret->i4 = n == 0 ? 0 : (int32_t)host_read(A(0).i4, b, n);
}

/* int Write(int fd, byte[] buffer, int offset, int count) */
static void f_write(Thread *t, Slot *args, Slot *ret) {
    uint8_t *b; int32_t n;
    if (!buffer_args(t, args, 1, &b, &n)) return;
    ret->i4 = n == 0 ? 0 : (int32_t)host_write(A(0).i4, b, n);
}

/* long Seek(int fd, long offset, int whence) */
static void f_seek(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i8 = host_seek(A(0).i4, A(1).i8, A(2).i4); }
/* int Close(int fd) */
static void f_close(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = (int32_t)host_close(A(0).i4); }
/* int Truncate(int fd, long length) */
static void f_truncate(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = (int32_t)host_truncate(A(0).i4, A(1).i8); }
/* long Length(int fd) */
static void f_fsize(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i8 = host_fsize(A(0).i4); }

/* A host query on a path that fills four numbers, into a long[4]. */
static void path_query4(Thread *t, Slot *args, Slot *ret, int64_t (*query)(const char *, size_t, double *)) {
    Array *a = (Array *)A(1).o;
    if (!a || a->length < 4) { vm_throw_new(t, "System.ArgumentException", NULL); return; }
    size_t n;
    char *p = path_arg(t, A(0), &n);
    if (!p) return;
    double out[4] = {0, 0, 0, 0};
    int64_t r = query(p, n, out);
    free(p);
    int64_t *dst = (int64_t *)VM_ARRAY_DATA(a);
    for (int i = 0; i < 4; i++) dst[i] = (int64_t)out[i];
    ret->i4 = (int32_t)r;
}

/* int Stat(string path, long[] result): kind, size, mtime ms, mode */
static void f_stat(Thread *t, Slot *args, Slot *ret) { path_query4(t, args, ret, host_stat); }

/* int StatFs(string path, long[] result): the file system's sizes */
static void f_statfs(Thread *t, Slot *args, Slot *ret) { path_query4(t, args, ret, host_statfs); }

static void path_op(Thread *t, Slot *args, Slot *ret, int op) {
    size_t n;
    char *p = path_arg(t, A(0), &n);
    if (!p) return;
    ret->i4 = (int32_t)host_path_op(op, p, n);
    free(p);
}
static void f_unlink(Thread *t, Slot *args, Slot *ret) { path_op(t, args, ret, OP_UNLINK); }
static void f_mkdir(Thread *t, Slot *args, Slot *ret) { path_op(t, args, ret, OP_MKDIR); }
static void f_rmdir(Thread *t, Slot *args, Slot *ret) { path_op(t, args, ret, OP_RMDIR); }
static void f_chdir(Thread *t, Slot *args, Slot *ret) { path_op(t, args, ret, OP_CHDIR); }

/* int Rename(string from, string to) */
static void f_rename(Thread *t, Slot *args, Slot *ret) {
    size_t n, m;
    char *p = path_arg(t, A(0), &n);
    if (!p) return;
    char *q = path_arg(t, A(1), &m);
    if (!q) { free(p); return; }
    ret->i4 = (int32_t)host_rename(p, n, q, m);
    free(p);
    free(q);
}

/* int SetLastWriteTime(string path, long msSince1970) */
static void f_setmtime(Thread *t, Slot *args, Slot *ret) {
    size_t n;
    char *p = path_arg(t, A(0), &n);
    if (!p) return;
    ret->i4 = (int32_t)host_setmtime(p, n, (double)A(1).i8);
    free(p);
}

/* int Chmod(string path, int mode) */
static void f_chmod(Thread *t, Slot *args, Slot *ret) {
    size_t n;
    char *p = path_arg(t, A(0), &n);
    if (!p) return;
    ret->i4 = (int32_t)host_chmod(p, n, A(1).i4);
    free(p);
}

/* string ReadDir(string path, int[] error): names separated by '\0', or null */
static void f_readdir(Thread *t, Slot *args, Slot *ret) {
    Array *e = (Array *)A(1).o;
    if (!e || e->length < 1) { vm_throw_new(t, "System.ArgumentException", NULL); return; }
    size_t n;
    char *p = path_arg(t, A(0), &n);
    if (!p) return;
    int cap = 4096;
    char *buf = NULL;
    int64_t need;
    for (;;) {
        char *g = realloc(buf, (size_t)cap);
        if (!g) { free(buf); free(p); vm_throw_new(t, "System.OutOfMemoryException", NULL); return; }
        buf = g;
        need = host_readdir(p, n, buf, cap);
        if (need <= cap) break;
        cap = (int)need + 64;
    }
    free(p);
    if (need < 0) { ((int32_t *)VM_ARRAY_DATA(e))[0] = (int32_t)need; ret->o = NULL; free(buf); return; }
    ((int32_t *)VM_ARRAY_DATA(e))[0] = 0;
    ret->o = (Object *)vm_string_from_utf8(t, buf, (size_t)need);
    free(buf);
}

/* string GetCwd() */
static void f_getcwd(Thread *t, Slot *args, Slot *ret) {
    (void)args;
    int cap = 1024;
    char *buf = NULL;
    int64_t r;
    for (;;) {
        char *g = realloc(buf, (size_t)cap + 1);
        if (!g) { free(buf); vm_throw_new(t, "System.OutOfMemoryException", NULL); return; }
        buf = g;
        r = host_getcwd(buf, cap);
        if (r <= cap) break;
        cap = (int)r + 64;
    }
    ret->o = r < 0 ? (Object *)vm_string_from_utf8(t, "/", 1) : (Object *)vm_string_from_utf8(t, buf, (size_t)r);
    free(buf);
}

/* int ReadStdin(byte[] buffer, int offset, int count): what stdin has, up
 * to count bytes (waits only when it has nothing), 0 at EOF, as read(2) on
 * fd 0 (which is how .NET reads it too). In wasm, WASI fd_read. */
static void f_read_stdin(Thread *t, Slot *args, Slot *ret) {
    uint8_t *b; int32_t n;
    if (!buffer_args(t, args, 0, &b, &n)) return;
    ssize_t r;
    do r = n == 0 ? 0 : read(0, b, (size_t)n); while (r < 0 && errno == EINTR);
    ret->i4 = r < 0 ? 0 : (int32_t)r;
}

/* int WriteStd(int fd, byte[] buffer, int offset, int count): raw bytes to
 * stdout (1) or stderr (2), in order with the runtime's own output */
static void f_write_std(Thread *t, Slot *args, Slot *ret) {
    uint8_t *b; int32_t n;
    if (!buffer_args(t, args, 1, &b, &n)) return;
    vm_host_write(A(0).i4 == 2 ? 2 : 1, (const char *)b, (size_t)n);
    ret->i4 = n;
}

/* bool IsATty(int fd) */
static void f_isatty(Thread *t, Slot *args, Slot *ret) { (void)t; ret->i4 = host_isatty(A(0).i4) > 0; }

const IcallEntry icall_file_entries[] = {
    {"System.IO.FileSystem::WriteStd(System.Int32,System.Byte[],System.Int32,System.Int32)", f_write_std},
    {"System.IO.FileSystem::IsATty(System.Int32)", f_isatty},
    {"System.IO.FileSystem::Open(System.String,System.Int32,System.Int32)", f_open},
    {"System.IO.FileSystem::Read(System.Int32,System.Byte[],System.Int32,System.Int32)", f_read},
    {"System.IO.FileSystem::Write(System.Int32,System.Byte[],System.Int32,System.Int32)", f_write},
    {"System.IO.FileSystem::Seek(System.Int32,System.Int64,System.Int32)", f_seek},
    {"System.IO.FileSystem::Close(System.Int32)", f_close},
    {"System.IO.FileSystem::Truncate(System.Int32,System.Int64)", f_truncate},
    {"System.IO.FileSystem::Length(System.Int32)", f_fsize},
    {"System.IO.FileSystem::Stat(System.String,System.Int64[])", f_stat},
    {"System.IO.FileSystem::StatFs(System.String,System.Int64[])", f_statfs},
    {"System.IO.FileSystem::Unlink(System.String)", f_unlink},
    {"System.IO.FileSystem::MkDir(System.String)", f_mkdir},
    {"System.IO.FileSystem::RmDir(System.String)", f_rmdir},
    {"System.IO.FileSystem::ChDir(System.String)", f_chdir},
    {"System.IO.FileSystem::Rename(System.String,System.String)", f_rename},
    {"System.IO.FileSystem::SetLastWriteTime(System.String,System.Int64)", f_setmtime},
    {"System.IO.FileSystem::ReadDir(System.String,System.Int32[])", f_readdir},
    {"System.IO.FileSystem::GetCwd()", f_getcwd},
    {"System.IO.FileSystem::Chmod(System.String,System.Int32)", f_chmod},
    {"System.IO.FileSystem::ReadStdin(System.Byte[],System.Int32,System.Int32)", f_read_stdin},
    {NULL, NULL},
};
