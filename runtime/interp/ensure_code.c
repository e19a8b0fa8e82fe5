/* ensure_code.c — a method's code on first call: the checks that make a
 * method uncallable (abstract, runtime-implemented, P/Invoke, a failed
 * translation), then translation, cached on the Method. */
#include "interp/interp_internal.h"
#include "interop/interop.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Code *interp_ensure_code(Thread *t, Method *m) {
    if (m->code) return m->code;
    if (m->error) { interp_set_pending(t, "System.InvalidProgramException", m->error); return NULL; }
    if (m->runtime_kind == RK_AMBIGUOUS_IMPL) {
        char name[300], msg[400];
        snprintf(msg, sizeof msg, "Could not call method '%s' because there are multiple incompatible interface methods overriding it.",
                 method_full_name(m, name, sizeof name));
        interp_set_pending(t, "System.Runtime.AmbiguousImplementationException", msg);
        return NULL;
    }
    if (m->flags & MF_ABSTRACT) {
        char name[300], msg[400];
        snprintf(msg, sizeof msg, "Cannot call abstract method %s", method_full_name(m, name, sizeof name));
        interp_set_pending(t, "System.MissingMethodException", msg);
        return NULL;
    }
    if ((m->flags & MF_RUNTIME) && (m->owner->flags & TF_DELEGATE) && strcmp(m->name, "Invoke") == 0)
        m->runtime_kind = RK_DELEGATE_INVOKE;
    if (m->runtime_kind == RK_NONE && interop_is_js_import(m)) {
        /* bound here, on the first call: a type that cannot cross fails every call the same way */
        char msg[800];
        if (!interop_js_import_check(m, msg, sizeof msg)) { interp_set_pending(t, "System.NotSupportedException", msg); return NULL; }
        m->runtime_kind = RK_JS_IMPORT;
    }
    if ((m->flags & (MF_RUNTIME | MF_PINVOKE)) && m->runtime_kind != RK_DELEGATE_INVOKE) {
        char name[300], msg[400];
        snprintf(msg, sizeof msg, "%s %s is not supported", (m->flags & MF_PINVOKE) ? "P/Invoke method" : "Runtime method",
                 method_full_name(m, name, sizeof name));
        interp_set_pending(t, "System.NotSupportedException", msg);
        return NULL;
    }
    char err[600];
    Code *code = interp_translate(m, err, sizeof err);
    if (!code) {
        m->error = util_strdup(err);
        TypeErrorKind k = type_last_error_kind();
        const char *exc = "System.InvalidProgramException";
        if (strstr(err, "Could not load file or assembly")) exc = "System.IO.FileNotFoundException";
        else if (k == ERR_MISSING_METHOD && strstr(err, "Method not found")) exc = "System.MissingMethodException";
        else if (k == ERR_MISSING_FIELD && strstr(err, "Field not found")) exc = "System.MissingFieldException";
        else if (strstr(err, "Could not load type")) exc = "System.TypeLoadException";
        else if (strstr(err, "is not supported") || strstr(err, "are not supported")) exc = "System.NotSupportedException";
        interp_set_pending(t, exc, err);
        return NULL;
    }
    m->code = code;
    static int dump = -1;
    if (dump < 0) dump = getenv("CILANTRO_DUMP") != NULL;
    if (dump) interp_dump_code(m, code);
    return code;
}

/* The wasm tier compiles a direct call inline only when it knows the
 * callee's frame sizes, i.e. when the callee is translated; a caller compiled
 * before its callee's first call (a loop that turned hot before the callee
 * ran: collections' Main and Dictionary.TryGetValue) went through the call
 * helper on every call. Translating has no effect a program can see (class
 * constructors run at INITCLASS ops, not here); a method the first call would
 * refuse, or whose translation fails, is left alone, so that call still
 * raises the exception it always did. */
Code *interp_translate_ahead(Method *m) {
    if (m->code) return m->code;
    if (m->error || m->runtime_kind != RK_NONE || (m->flags & (MF_ABSTRACT | MF_RUNTIME | MF_PINVOKE | MF_INTERNALCALL | MF_CCTOR)) ||
        interop_is_js_import(m))
        return NULL;
    char err[600];
    Code *code = interp_translate(m, err, sizeof err);
    if (code) m->code = code;
    return code;
}
