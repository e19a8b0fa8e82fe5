/* icall_diagnostics.c — what the calling thread's frames say, as the
 * interpreter sees them (interp_walk_frames): System.Diagnostics.StackTrace
 * (each shown frame's method and IL offset; on demand, a frame's source
 * position from the PDB and the line an exception's stack trace would print
 * for it), and Assembly.GetExecutingAssembly/GetCallingAssembly. */
#include "icalls/icalls.h"
#include "core/core.h"

#include <stdlib.h>
#include <string.h>

typedef struct CapturedFrame { Method *method; int32_t il; } CapturedFrame;
typedef struct FrameList { CapturedFrame *items; uint32_t count, cap; bool failed; } FrameList;

static bool collect_frame(void *ctx, Method *m, int32_t il) {
    FrameList *l = ctx;
    if (l->count == l->cap) {
        uint32_t cap = l->cap ? l->cap * 2 : 32;
        CapturedFrame *items = realloc(l->items, cap * sizeof *items);
        if (!items) { l->failed = true; return false; }
        l->items = items;
        l->cap = cap;
    }
    l->items[l->count++] = (CapturedFrame){ m, il };
    return true;
}

/* StackTrace.InternalCaptureFrames(): the frames a trace shows, innermost
 * first, as (Method*, IL offset) pairs in a long[]. Their text and source
 * position are asked for separately, when a program wants them. */
static void stacktrace_capture(Thread *t, Slot *args, Slot *ret) {
    (void)args;
    FrameList all = {0};
    interp_walk_frames(t, collect_frame, &all);
    if (all.failed) { free(all.items); vm_throw_new(t, "System.OutOfMemoryException", NULL); return; }
    uint32_t n = 0;
    for (uint32_t i = 0; i < all.count; i++)
        if (!interp_frame_hidden(all.items[i].method)) all.items[n++] = all.items[i];
    Array *pairs = vm_array_new(t, vm_types.int64, (int32_t)(2 * n));
    if (pairs)
        for (uint32_t i = 0; i < n; i++) {
            ((int64_t *)VM_ARRAY_DATA(pairs))[2 * i] = (int64_t)(intptr_t)all.items[i].method;
            ((int64_t *)VM_ARRAY_DATA(pairs))[2 * i + 1] = all.items[i].il;
        }
    free(all.items);
    ret->o = (Object *)pairs;   /* NULL with a pending exception when the allocation failed */
}

/* StackFrame.InternalFormat(long method, int il, bool source): the frame's line as an
 * exception's trace writes it. */
static void stackframe_format(Thread *t, Slot *args, Slot *ret) {
    Buf b = {0};
    interp_format_frame(&b, (Method *)(intptr_t)args[0].i8, args[1].i4, args[2].i4 != 0);
    ret->o = (Object *)vm_string_from_utf8(t, b.data ? (char *)b.data : "", b.len);
    buf_free(&b);
}

/* StackFrame.InternalSource(long method, int il, out int line): the file from the PDB, or null. */
static void stackframe_source(Thread *t, Slot *args, Slot *ret) {
    char file[1024];
    uint32_t line = 0;
    int32_t *line_out = (int32_t *)args[2].p;
    if (interp_frame_source((Method *)(intptr_t)args[0].i8, args[1].i4, file, sizeof file, &line)) {
        *line_out = (int32_t)line;
        ret->o = (Object *)vm_string_from_utf8(t, file, strlen(file));
    } else {
        *line_out = 0;
        ret->o = NULL;
    }
}

typedef struct CallerSearch { int depth; Assembly *found; } CallerSearch;

/* Past the frames of System.Reflection.Assembly's own statics, the depth-th frame's assembly. */
static bool find_caller(void *ctx, Method *m, int32_t il) {
    (void)il;
    CallerSearch *s = ctx;
    Type *owner = m->owner;
    if (!s->found && s->depth >= 0 && owner && asm_is_core(owner->assembly) && owner->ns &&
        strcmp(owner->ns, "System.Reflection") == 0 && strcmp(owner->name, "Assembly") == 0)
        return true;
    if (s->depth-- > 0) return true;
    s->found = m->assembly;
    return false;
}

/* RuntimeAssembly.InternalGetCallerAssembly(int depth): 0 is the method that called
 * GetExecutingAssembly, 1 its caller; NULL past the bottom frame. */
static void assembly_caller(Thread *t, Slot *args, Slot *ret) {
    CallerSearch s = { args[0].i4, NULL };
    interp_walk_frames(t, find_caller, &s);
    ret->p = s.found;
}

const IcallEntry icall_diagnostics_entries[] = {
    {"System.Reflection.RuntimeAssembly::InternalGetCallerAssembly(System.Int32)", assembly_caller},
    {"System.Diagnostics.StackTrace::InternalCaptureFrames()", stacktrace_capture},
    {"System.Diagnostics.StackFrame::InternalFormat(System.Int64,System.Int32,System.Boolean)", stackframe_format},
    {"System.Diagnostics.StackFrame::InternalSource(System.Int64,System.Int32,System.Int32&)", stackframe_source},
    {NULL, NULL},
};
