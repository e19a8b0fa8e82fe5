/* icall_diagnostics.c — what the calling thread's frames say, as the
 * interpreter sees them (interp_walk_frames): System.Diagnostics.StackTrace
 * (each frame's method, IL offset, source position from the PDB, and the line
 * an exception's stack trace would print for it; frames that traces hide are
 * left out), and Assembly.GetExecutingAssembly/GetCallingAssembly. */
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

/* StackTrace.InternalCaptureFrames(bool needFileInfo): object[] { long[] methods,
 * int[] il offsets, string[] files, int[] lines, string[] texts }, innermost first. */
static void stacktrace_capture(Thread *t, Slot *args, Slot *ret) {
    bool file_info = args[0].i4 != 0;
    FrameList all = {0};
    interp_walk_frames(t, collect_frame, &all);
    if (all.failed) { free(all.items); vm_throw_new(t, "System.OutOfMemoryException", NULL); return; }
    /* keep the frames a trace shows, with their text */
    Buf *texts = calloc(all.count ? all.count : 1, sizeof(Buf));
    uint32_t n = 0;
    for (uint32_t i = 0; texts && i < all.count; i++) {
        if (!interp_format_frame(&texts[n], all.items[i].method, all.items[i].il, file_info)) {
            buf_free(&texts[n]);
            continue;
        }
        all.items[n++] = all.items[i];
    }
    Array *result = NULL, *methods = NULL, *ils = NULL, *files = NULL, *lines = NULL, *lines_text = NULL;
    if (!texts) { free(all.items); vm_throw_new(t, "System.OutOfMemoryException", NULL); return; }
    result = vm_array_new(t, vm_types.object, 5);
    GC_ROOT(result);
    if (result) methods = vm_array_new(t, vm_types.int64, (int32_t)n);
    if (methods) { ((Object **)VM_ARRAY_DATA(result))[0] = (Object *)methods; ils = vm_array_new(t, vm_types.int32, (int32_t)n); }
    if (ils) { ((Object **)VM_ARRAY_DATA(result))[1] = (Object *)ils; files = vm_array_new(t, vm_types.string, (int32_t)n); }
    if (files) { ((Object **)VM_ARRAY_DATA(result))[2] = (Object *)files; lines = vm_array_new(t, vm_types.int32, (int32_t)n); }
    if (lines) { ((Object **)VM_ARRAY_DATA(result))[3] = (Object *)lines; lines_text = vm_array_new(t, vm_types.string, (int32_t)n); }
    bool ok = lines_text != NULL;
    if (ok) ((Object **)VM_ARRAY_DATA(result))[4] = (Object *)lines_text;
    for (uint32_t i = 0; ok && i < n; i++) {
        ((int64_t *)VM_ARRAY_DATA(methods))[i] = (int64_t)(intptr_t)all.items[i].method;
        ((int32_t *)VM_ARRAY_DATA(ils))[i] = all.items[i].il;
        char file[1024];
        uint32_t line = 0;
        if (file_info && interp_frame_source(all.items[i].method, all.items[i].il, file, sizeof file, &line)) {
            String *f = vm_string_from_utf8(t, file, strlen(file));
            if (!f) { ok = false; break; }
            ((Object **)VM_ARRAY_DATA(files))[i] = (Object *)f;
            ((int32_t *)VM_ARRAY_DATA(lines))[i] = (int32_t)line;
        }
        String *s = vm_string_from_utf8(t, texts[i].data ? (char *)texts[i].data : "", texts[i].len);
        if (!s) { ok = false; break; }
        ((Object **)VM_ARRAY_DATA(lines_text))[i] = (Object *)s;
    }
    gc_root_pop(1);
    for (uint32_t i = 0; i < n; i++) buf_free(&texts[i]);
    free(texts);
    free(all.items);
    if (ok) ret->o = (Object *)result;   /* else an allocation failed and its exception is pending */
}

typedef struct CallerSearch { int depth; Assembly *found; } CallerSearch;

/* Past the frames of System.Reflection.Assembly's own statics, the depth-th frame's assembly. */
static bool find_caller(void *ctx, Method *m, int32_t il) {
    (void)il;
    CallerSearch *s = ctx;
    Type *owner = m->owner;
    if (!s->found && s->depth >= 0 && owner && owner->assembly && owner->assembly->is_corlib && owner->ns &&
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
    {"System.Diagnostics.StackTrace::InternalCaptureFrames(System.Boolean)", stacktrace_capture},
    {NULL, NULL},
};
