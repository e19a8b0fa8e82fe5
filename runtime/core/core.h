/* core.h — the execution core's public face: what the scheduler, internal
 * calls, interop and the host include (none of them includes a header of
 * runtime/interp/). Threads and their frames, translated code, allocation
 * and exception helpers, and the entry points of the interpreter.
 *
 * Each method's CIL is translated once, on first call (interp/translate.c),
 * into Code: a stream of internal ops whose operands are frame-slot
 * indexes, immediates, and resolved pointers (interp/ops.def defines them).
 * interp_run() executes ops for a thread until its time slice ends, it
 * blocks, or it finishes; managed calls push Frames on the thread's own
 * stacks and never recurse on the C stack (docs/interpreter.md).
 *
 * Frame layout in a thread's slot stack: [args | locals | eval temps].
 * A call's arguments are evaluated into consecutive temps of the caller;
 * the callee's frame starts right there, so arguments are never copied.
 * The callee leaves its return value at its slot 0, which is where the
 * caller expects it.
 */
#ifndef CILANTRO_CORE_H
#define CILANTRO_CORE_H

#include <stdbool.h>
#include <stdint.h>

#include "types/types.h"
#include "util/util.h"

typedef uintptr_t Op;   /* one code word: an opcode, or an operand */

typedef struct EhClause {
    uint32_t kind;                 /* MD_CLAUSE_* */
    uint32_t try_start, try_end;   /* internal code offsets, [start, end) */
    uint32_t handler_start, handler_end;
    uint32_t filter_start;
    Type *catch_type;
    uint32_t exc_slot;             /* slot where the handler finds the exception */
} EhClause;

/* Code translated from an inlined callee, so stack traces can show its frame. */
/* Code of a callee inlined at [start, end); map_ops/map_il give the callee's
 * IL offset of each of its instructions there (for stack-trace lines). */
typedef struct InlineRange {
    uint32_t start, end;
    Method *method;
    uint32_t map_count;
    uint32_t *map_ops, *map_il;
} InlineRange;

struct Code {
    Op *ops;
    uint32_t op_count;
    uint32_t frame_slots;          /* args + locals + max eval temps */
    uint32_t local_start, local_slots; /* zeroed at entry */
    uint32_t temp_base;            /* first eval-stack slot (a catch handler finds its exception there) */
    uint32_t clause_count;
    EhClause *clauses;
    uint32_t map_count;            /* internal offset -> IL offset, sorted */
    uint32_t *map_ops, *map_il;
    uint32_t inline_count;
    InlineRange *inlines;
    char **strings;                /* messages the ops point at (THROW_ERROR), freed with the code */
    uint32_t string_count;
    struct TierCode *tier;         /* compiled to wasm (runtime/interp/tier_*.c), or NULL */
    uint32_t tier_hot;             /* calls + backward branches counted toward compiling it */
};

typedef struct Frame {
    Method *method;
    Code *code;
    Slot *fp;
    const Op *ip;                  /* resume point (after a call) */
    uint32_t flags;                /* FRAME_* */
    uint32_t localloc;             /* bytes of localloc by this frame and its callers (stack limit) */
} Frame;
enum { FRAME_DYNCALL_RESUME = 1 };  /* a reflection call returned: DYNCALL boxes its result */

/* Per-frame exception-handling records: finally blocks entered by `leave`
 * or by an exception, and filters being evaluated. */
typedef struct EhRecord {
    uint32_t frame_index;
    uint8_t kind;                  /* EH_LEAVE, EH_UNWIND, EH_FILTER */
    uint32_t clause_index;
    uint32_t src, target;          /* internal offsets */
    Object *exception;
} EhRecord;
enum { EH_LEAVE = 1, EH_UNWIND = 2, EH_FILTER = 3 };

/* Spare slots past a thread's stack_end: the interpreter clears frames in
 * fixed 8-slot blocks that may run past a frame's end (zero_slots, interp.c). */
#define THREAD_STACK_SLACK 8

typedef struct ThreadStaticBlock {
    Type *type;
    struct ThreadStaticBlock *next;
    uint8_t data[];
} ThreadStaticBlock;

/* How an internal call that blocked wants to resume (Thread.block).
 * BLOCK_CLASS_INIT: not a block, a request to run Thread.class_init's static
 * constructor (if it has not run) before continuing after the call. */
enum { BLOCK_NONE = 0, BLOCK_RETRY = 1, BLOCK_AFTER = 2, BLOCK_CLASS_INIT = 3 };

struct ThreadSched;   /* the scheduler's part of a thread (threads/threads.h) */

struct Thread {
    int id;
    struct ThreadSched *sched;     /* run state, waits, joins: owned by runtime/threads/ */
    Slot *stack, *stack_end;       /* slot stack (THREAD_STACK_SLACK more slots are allocated past stack_end) */
    Frame *frames;
    uint32_t frame_count, frame_capacity;
    EhRecord *eh;
    uint32_t eh_count, eh_capacity;
    Object *pending_exception;     /* set by icalls / vm_throw_*, raised by the loop */
    Object *managed_thread;        /* System.Threading.Thread object, if any */
    int32_t exit_code;
    bool unhandled;
    Thread *next;                  /* every thread, in start order (thread_list) */
    uint8_t block;                 /* BLOCK_*: set by a blocking internal call */
    struct Type *class_init;       /* BLOCK_CLASS_INIT: the type whose cctor to run */
    /* Host-started threads (JS -> .NET invocations): called when the thread
     * finishes, normally or with an unhandled exception (which then does not
     * end the program; the host reports it). */
    void (*on_done)(Thread *t);
    struct ThreadStaticBlock *thread_statics;   /* [ThreadStatic] storage, one block per type */
    void *host_data;
    Slot result[4];                /* return value of the bottom frame */
    Slot icall_ret[8];             /* where internal calls write results: a GC root, so a result survives the call's later allocations */
    uint32_t base_frame;           /* frames below this index belong to an outer run (sync calls) */
    /* snapshot of the frames when the in-flight exception was thrown, for its stack trace */
    Method **trace_methods;
    int32_t *trace_il;
    uint32_t *trace_frame;         /* the frame each trace entry belongs to */
    uint32_t trace_count, trace_capacity;
};

/* Threads (runtime/threads/thread.c) */
Thread *thread_create(uint32_t stack_slots);
void thread_free(Thread *t);
void thread_reset(Thread *t);   /* back to a fresh, finished state, keeping its memory */
Thread *thread_current(void);
Thread *thread_list(void);
void thread_set_current(Thread *t);
/* Pushes a frame calling m with args (arg slots, already laid out). */
bool thread_push_call(Thread *t, Method *m, const Slot *args, uint32_t arg_slots);

/* Entering methods */
/* Makes sure m has code (translating on first call); NULL + pending exception on failure. */
Code *interp_ensure_code(Thread *t, Method *m);
/* Pushes a frame for m whose slots start at nfp (arguments already there). NULL + pending exception on failure. */
Frame *interp_push_frame(Thread *t, Method *m, Code *code, Slot *nfp);
/* The native function behind an [InternalCall] method, looked up once and
 * cached on the method; NULL if the runtime has none. */
IcallFn interp_icall_of(Method *m);
void interp_set_pending_missing_icall(Thread *t, Method *m);
/* True for the [InternalCall] methods the translator turns into ops of its
 * own instead of calling a function of the icall tables. */
bool interp_translator_binds(Method *m);
/* Native builds only (icalls/icall_check.c, `cilantro --check-icalls`):
 * checks the loaded assemblies' [InternalCall] methods against the icall
 * tables, both ways; reports each problem and a summary line; returns the
 * number of problems. */
int icall_check_tables(void (*report)(const char *line));

/* Runs t until it finishes (returns true), or its budget of ops runs out. */
enum { RUN_FINISHED = 0, RUN_BUDGET = 1, RUN_BLOCKED = 2 };
int interp_run(Thread *t, int64_t budget);

/* Exceptions */
Object *interp_new_exception(Thread *t, const char *type_name, const char *message);
void interp_print_unhandled(Thread *t, Object *exception);
char *interp_stack_trace(Thread *t);   /* malloc'ed text of the current managed frames */
/* System.Diagnostics.StackTrace: the current frames innermost first (inlined
 * callees included), and one frame as an exception's trace writes it
 * ("   at Ns.T.M(Int32 x)", " in File.cs:line 3" when source and a PDB say);
 * false for a frame traces hide. */
void interp_walk_frames(Thread *t, bool (*fn)(void *ctx, Method *m, int32_t il), void *ctx);
bool interp_format_frame(Buf *b, Method *m, int32_t il, bool source);
/* Whether traces leave m out ([StackTraceHidden], the runtime's own plumbing). */
bool interp_frame_hidden(Method *m);
/* The source file and line of IL offset il in m, from its assembly's portable PDB. */
bool interp_frame_source(Method *m, int32_t il, char *file, size_t size, uint32_t *line);

/* Runs m synchronously on a helper thread (host level only, never from an op). */
bool interp_call_sync(Method *m, Slot *args, uint32_t arg_slots, Slot *ret, Object **exception);
bool interp_init_layouts(void);
void interp_init_exceptions(void);

/* GC root enumeration for all threads. */
void interp_mark_roots(void);

extern bool interp_trace;

/* Raising exceptions: each sets t's pending exception (vm.h has the
 * internal calls' vm_throw_* face of the same thing). */
void interp_set_pending(Thread *t, const char *type_name, const char *message);
void interp_set_pending_type_error(Thread *t);   /* from the type system's last error */
char *interp_exception_text(Object *exception, bool full);

/* Multi-dimensional arrays (interp/mdarray.c) */
bool interp_new_mdarray(Thread *t, Type *array_type, Slot *args, uint32_t nargs, bool with_bounds);
int32_t vm_array_rank(const Array *a);
int32_t vm_array_dim_length(const Array *a, int32_t dim);
int32_t vm_array_lower_bound(const Array *a, int32_t dim);

/* Interned strings (core/vm_objects.c) */
String *interp_user_string(Assembly *a, uint32_t token);
void vm_mark_interned(void);

/* Requests from internal calls, acted on by the loop when the call returns. */
void interp_request_finalizers(Thread *t);
void interp_request_exit(Thread *t, int32_t code);
extern bool vm_exit_requested;
extern int32_t vm_exit_code;
/* Runs queued finalizers synchronously (host level, between slices). */
void interp_run_finalizers(void);
/* Starts the next queued finalizer on the background finalizer thread, if it is idle. */
void interp_schedule_finalizers(void);

#endif
