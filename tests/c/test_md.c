/* test_md.c — unit tests for the metadata reader (runtime/metadata).
 *
 *   test_md <dir-with-Sample.exe> [mono-lib-dir]
 *
 * Good inputs: a C# sample compiled by mcs (tests/c/md/Sample.cs) checked
 * construct by construct, and Mono's own mscorlib/System/System.Core with
 * every method body and signature parsed. Bad inputs: every prefix of the
 * sample, thousands of random byte flips, a non-PE file, a PE without a
 * CLI header, corrupted table cells, hand-made hostile signature blobs.
 * Built with ASan/UBSan by `make test-md`, so "no crash" means "no
 * out-of-bounds read either". White-box: includes md_private.h to find
 * where tables sit in the file. */
#include "metadata/md_private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed, failed;

#define CHECK(cond, ...)                                        \
    do {                                                        \
        if (cond) passed++;                                     \
        else {                                                  \
            failed++;                                           \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);         \
            printf(__VA_ARGS__);                                \
            printf("\n");                                       \
        }                                                       \
    } while (0)

static uint8_t *read_file(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *buf = malloc(n > 0 ? (size_t)n : 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) { free(buf); buf = NULL; }
    fclose(f);
    *size = (size_t)n;
    return buf;
}

static uint32_t find_typedef(const MdImage *img, const char *ns, const char *name) {
    for (uint32_t i = 1; i <= img->row_count[MD_TYPEDEF]; i++)
        if (!strcmp(img->typedefs[i].name, name) && (!ns || !strcmp(img->typedefs[i].ns, ns))) return i;
    return 0;
}

static uint32_t find_method(const MdImage *img, uint32_t type, const char *name) {
    uint32_t f, e;
    md_typedef_methods(img, type, &f, &e);
    for (uint32_t i = f; i < e; i++)
        if (!strcmp(md_methoddef_row(img, i).name, name)) return i;
    return 0;
}

static uint32_t find_field(const MdImage *img, uint32_t type, const char *name) {
    uint32_t f, e;
    md_typedef_fields(img, type, &f, &e);
    for (uint32_t i = f; i < e; i++)
        if (!strcmp(img->fields[i].name, name)) return i;
    return 0;
}

/* ---- parse everything an image holds; returns the number of failures ---- */
static uint32_t parse_everything(const MdImage *img, bool verbose) {
    char err[256];
    uint32_t bad = 0, cnt;
    MdTypeSig **types;
    MdMethodBody body;
#define NOTE(...) do { bad++; if (verbose && bad < 10) { printf("  " __VA_ARGS__); printf(": %s\n", err); } } while (0)
    for (uint32_t i = 1; i <= img->row_count[MD_METHODDEF]; i++) {
        if (!md_parse_method_sig(img, md_methoddef_row(img, i).signature, err, sizeof err)) NOTE("MethodDef %u sig", i);
        if (md_methoddef_row(img, i).rva && !md_method_body(img, i, &body, err, sizeof err)) NOTE("MethodDef %u body", i);
    }
    for (uint32_t i = 1; i <= img->row_count[MD_FIELD]; i++)
        if (!md_parse_field_sig(img, img->fields[i].signature, err, sizeof err)) NOTE("Field %u", i);
    for (uint32_t i = 1; i <= img->row_count[MD_MEMBERREF]; i++) {
        MdBlob b = img->memberrefs[i].signature;
        if (!(md_sig_is_field(b) ? md_parse_field_sig(img, b, err, sizeof err) != NULL
                                 : md_parse_method_sig(img, b, err, sizeof err) != NULL)) NOTE("MemberRef %u", i);
    }
    for (uint32_t i = 1; i <= img->row_count[MD_TYPESPEC]; i++)
        if (!md_parse_type_spec(img, img->typespecs[i].signature, err, sizeof err)) NOTE("TypeSpec %u", i);
    for (uint32_t i = 1; i <= img->row_count[MD_METHODSPEC]; i++)
        if (!md_parse_method_spec(img, img->methodspecs[i].instantiation, &cnt, &types, err, sizeof err)) NOTE("MethodSpec %u", i);
    for (uint32_t i = 1; i <= img->row_count[MD_PROPERTY]; i++)
        if (!md_parse_method_sig(img, img->properties[i].type, err, sizeof err)) NOTE("Property %u", i);
    for (uint32_t i = 1; i <= img->row_count[MD_STANDALONESIG]; i++) {
        MdBlob b = img->standalonesigs[i].signature;
        if (!(b.len && b.ptr[0] == 0x07 ? md_parse_locals_sig(img, b, &cnt, &types, err, sizeof err)
                                        : md_parse_method_sig(img, b, err, sizeof err) != NULL)) NOTE("StandAloneSig %u", i);
    }
#undef NOTE
    return bad;
}

/* Touch every string and blob a row hands out, so ASan sees any bad pointer. */
static size_t touch_rows(const MdImage *img) {
    size_t sum = 0;
    for (uint32_t i = 1; i <= img->row_count[MD_TYPEDEF]; i++) {
        uint32_t f, e;
        sum += strlen(img->typedefs[i].name) + strlen(img->typedefs[i].ns);
        md_typedef_fields(img, i, &f, &e);
        for (uint32_t j = f; j < e; j++) sum += strlen(img->fields[j].name) + img->fields[j].signature.len;
        md_typedef_methods(img, i, &f, &e);
        for (uint32_t j = f; j < e; j++) {
            uint32_t p0, p1;
            sum += strlen(md_methoddef_row(img, j).name);
            md_method_params(img, j, &p0, &p1);
            for (uint32_t k = p0; k < p1; k++) sum += strlen(md_param_row(img, k).name);
        }
        md_typedef_events(img, i, &f, &e);
        for (uint32_t j = f; j < e; j++) sum += strlen(img->events[j].name);
        md_typedef_properties(img, i, &f, &e);
        for (uint32_t j = f; j < e; j++) sum += strlen(img->properties[j].name);
    }
    for (uint32_t i = 1; i <= img->row_count[MD_TYPEREF]; i++) sum += strlen(img->typerefs[i].name);
    for (uint32_t i = 1; i <= img->row_count[MD_CUSTOMATTRIBUTE]; i++) {
        MdBlob b = img->customattributes[i].value;
        for (uint32_t k = 0; k < b.len; k++) sum += b.ptr[k];
    }
    for (uint32_t i = 1; i <= img->row_count[MD_CONSTANT]; i++) {
        MdBlob b = img->constants[i].value;
        for (uint32_t k = 0; k < b.len; k++) sum += b.ptr[k];
    }
    for (uint32_t i = 1; i <= img->row_count[MD_ASSEMBLYREF]; i++) sum += strlen(img->assemblyrefs[i].name);
    for (uint32_t i = 1; i <= img->row_count[MD_MODULE]; i++) {
        uint8_t g[16];
        if (md_guid(img, img->modules[i].mvid, g)) sum += g[0];
    }
    return sum;
}

/* ---- every sorted-table lookup agrees with the rows themselves ---- */
static int check_lookups(const MdImage *img) {
    int bad = 0;
    uint32_t f, e;
#define RANGE_HAS(fn, key, row, member)                                          \
    do {                                                                         \
        fn(img, key, &f, &e);                                                    \
        if (!(f <= row && row < e)) bad++;                                       \
        for (uint32_t k = f; k < e; k++) if (member(k) != key) { bad++; break; } \
    } while (0)
#define II(k) img->interfaceimpls[k].klass
#define GP(k) img->genericparams[k].owner
#define MI(k) img->methodimpls[k].klass
#define CA(k) img->customattributes[k].parent
#define GC(k) img->genericparamconstraints[k].owner
    for (uint32_t i = 1; i <= img->row_count[MD_INTERFACEIMPL]; i++) RANGE_HAS(md_find_interface_impls, II(i), i, II);
    for (uint32_t i = 1; i <= img->row_count[MD_GENERICPARAM]; i++) RANGE_HAS(md_find_generic_params, GP(i), i, GP);
    for (uint32_t i = 1; i <= img->row_count[MD_METHODIMPL]; i++) RANGE_HAS(md_find_method_impls, MI(i), i, MI);
    for (uint32_t i = 1; i <= img->row_count[MD_CUSTOMATTRIBUTE]; i++) RANGE_HAS(md_find_custom_attributes, CA(i), i, CA);
    for (uint32_t i = 1; i <= img->row_count[MD_GENERICPARAMCONSTRAINT]; i++)
        RANGE_HAS(md_find_generic_param_constraints, GC(i), i, GC);
    for (uint32_t i = 1; i <= img->row_count[MD_NESTEDCLASS]; i++)
        if (md_find_enclosing_class(img, img->nestedclasses[i].nested_class) != img->nestedclasses[i].enclosing_class) bad++;
    for (uint32_t i = 1; i <= img->row_count[MD_CLASSLAYOUT]; i++)
        if (img->classlayouts[md_find_class_layout(img, img->classlayouts[i].parent)].parent != img->classlayouts[i].parent) bad++;
    for (uint32_t i = 1; i <= img->row_count[MD_FIELDLAYOUT]; i++)
        if (img->fieldlayouts[md_find_field_layout(img, img->fieldlayouts[i].field)].field != img->fieldlayouts[i].field) bad++;
    for (uint32_t i = 1; i <= img->row_count[MD_FIELDRVA]; i++)
        if (img->fieldrvas[md_find_field_rva(img, img->fieldrvas[i].field)].field != img->fieldrvas[i].field) bad++;
    for (uint32_t i = 1; i <= img->row_count[MD_CONSTANT]; i++)
        if (img->constants[md_find_constant(img, img->constants[i].parent)].parent != img->constants[i].parent) bad++;
    /* Negative answers: a key with no rows gives an empty range / 0. */
    for (uint32_t t = 1; t <= img->row_count[MD_TYPEDEF]; t++) {
        bool has = false;
        for (uint32_t i = 1; i <= img->row_count[MD_CLASSLAYOUT]; i++) has |= img->classlayouts[i].parent == t;
        if ((md_find_class_layout(img, t) != 0) != has) bad++;
        if (t > 2000) break; /* quadratic; a prefix is plenty */
    }
    md_find_custom_attributes(img, MD_TOKEN(MD_TYPEDEF, img->row_count[MD_TYPEDEF] + 1), &f, &e);
    if (f != e) bad++;
    return bad;
}

/* ---- the sample: one check per construct in Sample.cs ---- */
static void test_sample(const MdImage *img) {
    char err[256];
    CHECK(parse_everything(img, true) == 0, "Sample.exe: every body and signature parses");
    CHECK(check_lookups(img) == 0, "Sample.exe: lookups agree with a scan");
    CHECK(!strncmp(img->version, "v4.0", 4), "metadata version %s", img->version);

    uint32_t prog = find_typedef(img, "Samples", "Program");
    uint32_t outer = find_typedef(img, "Samples", "Outer");
    uint32_t inner = find_typedef(img, "", "Inner");
    uint32_t deep = find_typedef(img, "", "Deep");
    CHECK(prog && outer && inner && deep, "types found: Program %u Outer %u Inner %u Deep %u", prog, outer, inner, deep);

    /* entry point */
    uint32_t main_row = find_method(img, prog, "Main");
    CHECK(img->entry_point_token == MD_TOKEN(MD_METHODDEF, main_row), "entry point 0x%08x is Main (row %u)", img->entry_point_token, main_row);

    /* nesting */
    CHECK(md_find_enclosing_class(img, inner) == outer, "Inner is nested in Outer");
    CHECK(md_find_enclosing_class(img, deep) == inner, "Deep is nested in Inner");
    CHECK(md_find_enclosing_class(img, outer) == 0, "Outer is not nested");
    uint32_t nested[4];
    CHECK(md_find_nested_classes(img, outer, nested, 4) == 1 && nested[0] == inner, "Outer encloses exactly Inner");

    /* interfaces: Outer implements IShape and IComparable<Outer> (a TypeSpec) */
    uint32_t f, e;
    md_find_interface_impls(img, outer, &f, &e);
    CHECK(e - f == 2, "Outer has 2 interface impls (%u)", e - f);
    bool saw_spec = false;
    for (uint32_t i = f; i < e; i++) saw_spec |= MD_TOKEN_TABLE(img->interfaceimpls[i].interface) == MD_TYPESPEC;
    CHECK(saw_spec, "IComparable<Outer> is a TypeSpec");

    /* events and properties */
    md_typedef_events(img, outer, &f, &e);
    CHECK(e - f == 1 && !strcmp(img->events[f].name, "Changed"), "Outer has event Changed");
    md_typedef_properties(img, outer, &f, &e);
    CHECK(e - f == 1 && !strcmp(img->properties[f].name, "Count"), "Outer has property Count");
    MdMethodSig *psig = md_parse_method_sig(img, img->properties[f].type, err, sizeof err);
    CHECK(psig && (psig->flags & 0x0f) == 0x08 && psig->ret->elem == MD_ELEMENT_I4, "property sig is PROPERTY int32");

    /* custom attribute on Outer: [Tag("outer")] */
    md_find_custom_attributes(img, MD_TOKEN(MD_TYPEDEF, outer), &f, &e);
    CHECK(e - f == 1, "Outer has one custom attribute (%u)", e - f);
    if (e - f == 1) {
        MdBlobReader r;
        const char *s;
        uint32_t len;
        md_blob_reader_init(&r, img->customattributes[f].value);
        uint16_t prolog = md_read_u16(&r);
        bool ok = md_read_ser_string(&r, &s, &len);
        CHECK(prolog == 1 && ok && len == 5 && !memcmp(s, "outer", 5), "custom attribute value is \"outer\"");
        CHECK(MD_TOKEN_TABLE(img->customattributes[f].type) == MD_METHODDEF, "attribute ctor is a MethodDef");
    }

    /* generics: Box<T> where T : IComparable<T>; Convert<U> */
    uint32_t box = find_typedef(img, "Samples", "Box`1");
    md_find_generic_params(img, MD_TOKEN(MD_TYPEDEF, box), &f, &e);
    CHECK(e - f == 1 && !strcmp(img->genericparams[f].name, "T"), "Box`1 has generic param T");
    uint32_t gf = f, cf, ce;
    md_find_generic_param_constraints(img, gf, &cf, &ce);
    CHECK(ce - cf == 1 && MD_TOKEN_TABLE(img->genericparamconstraints[cf].constraint) == MD_TYPESPEC, "T has one TypeSpec constraint");
    uint32_t conv = find_method(img, box, "Convert");
    md_find_generic_params(img, MD_TOKEN(MD_METHODDEF, conv), &f, &e);
    CHECK(e - f == 1 && !strcmp(img->genericparams[f].name, "U"), "Convert has generic param U");
    MdMethodSig *cs = md_parse_method_sig(img, md_methoddef_row(img, conv).signature, err, sizeof err);
    CHECK(cs && (cs->flags & MD_SIG_GENERIC) && cs->generic_param_count == 1 && cs->ret->elem == MD_ELEMENT_MVAR &&
              cs->param_count == 1 && cs->params[0]->elem == MD_ELEMENT_MVAR && (cs->flags & MD_SIG_HASTHIS),
          "Convert sig is instance generic U(U)");
    MdTypeSig *map = md_parse_field_sig(img, img->fields[find_field(img, box, "Map")].signature, err, sizeof err);
    CHECK(map && map->elem == MD_ELEMENT_GENERICINST && map->arg_count == 2 && map->args[0]->elem == MD_ELEMENT_STRING &&
              map->args[1]->elem == MD_ELEMENT_GENERICINST && map->args[1]->args[0]->elem == MD_ELEMENT_VAR &&
              map->args[1]->args[0]->index == 0 && map->inner->elem == MD_ELEMENT_CLASS,
          "Map is Dictionary<string, List<!0>>");
    uint32_t spec_ok = 0;
    for (uint32_t i = 1; i <= img->row_count[MD_METHODSPEC]; i++) {
        uint32_t n;
        MdTypeSig **ts;
        if (md_parse_method_spec(img, img->methodspecs[i].instantiation, &n, &ts, err, sizeof err) && n == 1 &&
            ts[0]->elem == MD_ELEMENT_STRING)
            spec_ok++;
    }
    CHECK(spec_ok == 1, "one MethodSpec Convert<string>");

    /* explicit layout */
    uint32_t ov = find_typedef(img, "Samples", "Overlay");
    uint32_t cl = md_find_class_layout(img, ov);
    CHECK(cl && img->classlayouts[cl].class_size == 16, "Overlay ClassLayout size 16");
    uint32_t hi = find_field(img, ov, "Hi");
    uint32_t fl = md_find_field_layout(img, hi);
    CHECK(fl && img->fieldlayouts[fl].offset == 4, "Overlay.Hi at offset 4");

    /* constant */
    uint32_t ans = find_field(img, prog, "Answer");
    uint32_t c = md_find_constant(img, MD_TOKEN(MD_FIELD, ans));
    CHECK(c && img->constants[c].type == MD_ELEMENT_I4 && img->constants[c].value.len == 4 &&
              md_le32(img->constants[c].value.ptr) == 42, "Answer = 42 (I4)");
    CHECK(md_find_constant(img, MD_TOKEN(MD_FIELD, hi)) == 0, "Hi has no constant");

    /* array initializer data through FieldRVA */
    uint32_t pid = find_typedef(img, "", "<PrivateImplementationDetails>");
    uint32_t ff, fe, rva_row = 0;
    md_typedef_fields(img, pid, &ff, &fe);
    for (uint32_t i = ff; i < fe && !rva_row; i++) rva_row = md_find_field_rva(img, i);
    const uint8_t *init = rva_row ? md_rva_to_ptr(img, img->fieldrvas[rva_row].rva, 40) : NULL;
    bool seq = init != NULL;
    for (uint32_t i = 0; seq && i < 10; i++) seq = md_le32(init + 4 * i) == i + 1;
    CHECK(seq, "FieldRVA data is 1..10");
    CHECK(md_rva_to_ptr(img, 0x7fffffff, 1) == NULL, "wild RVA maps to NULL");

    /* field signatures: int[,], int* */
    MdTypeSig *grid = md_parse_field_sig(img, img->fields[find_field(img, prog, "Grid")].signature, err, sizeof err);
    CHECK(grid && grid->elem == MD_ELEMENT_ARRAY && grid->rank == 2 && grid->inner->elem == MD_ELEMENT_I4, "Grid is int32[,]");
    MdTypeSig *ptr = md_parse_field_sig(img, img->fields[find_field(img, prog, "Ptr")].signature, err, sizeof err);
    CHECK(ptr && ptr->elem == MD_ELEMENT_PTR && ptr->inner->elem == MD_ELEMENT_I4, "Ptr is int32*");

    /* P/Invoke */
    uint32_t gp = find_method(img, prog, "GetPid");
    bool pinv = false;
    for (uint32_t i = 1; i <= img->row_count[MD_IMPLMAP]; i++)
        if (img->implmaps[i].member_forwarded == MD_TOKEN(MD_METHODDEF, gp) && !strcmp(img->implmaps[i].import_name, "getpid") &&
            !strcmp(img->modulerefs[img->implmaps[i].import_scope].name, "libc"))
            pinv = true;
    CHECK(pinv, "GetPid is an ImplMap to libc!getpid");

    /* vararg call site: Var(__arglist(1, "a")) */
    bool vararg = false;
    for (uint32_t i = 1; i <= img->row_count[MD_MEMBERREF]; i++) {
        if (strcmp(img->memberrefs[i].name, "Var")) continue;
        MdMethodSig *vs = md_parse_method_sig(img, img->memberrefs[i].signature, err, sizeof err);
        vararg = vs && (vs->flags & 0x0f) == MD_SIG_VARARG && vs->param_count == 0 && vs->vararg_param_count == 2 &&
                 vs->params[0]->elem == MD_ELEMENT_I4 && vs->params[1]->elem == MD_ELEMENT_STRING;
    }
    CHECK(vararg, "Var call site is VARARG with SENTINEL, (int32, string) after it");

    /* method bodies: tiny, fat with locals, small and fat EH clauses */
    MdMethodBody b;
    uint32_t tiny = find_method(img, prog, "Tiny");
    CHECK(md_method_body(img, tiny, &b, err, sizeof err) && b.code_size == 2 && b.max_stack == 8 && b.clause_count == 0 &&
              b.code[0] == 0x1d /* ldc.i4.7 */ && b.code[1] == 0x2a /* ret */, "Tiny: tiny header, ldc.i4.7; ret");
    uint32_t catcher = find_method(img, prog, "Catcher");
    bool okb = md_method_body(img, catcher, &b, err, sizeof err);
    CHECK(okb && b.clause_count == 3 && b.local_var_sig_token && MD_TOKEN_TABLE(b.local_var_sig_token) == MD_STANDALONESIG,
          "Catcher: fat header, locals, 3 clauses (%s)", okb ? "" : err);
    if (okb && b.clause_count == 3) {
        int kinds = 0;
        for (uint32_t i = 0; i < 3; i++) kinds |= 1 << b.clauses[i].flags;
        CHECK(kinds == ((1 << MD_CLAUSE_FILTER) | (1 << MD_CLAUSE_EXCEPTION) | (1 << MD_CLAUSE_FINALLY)),
              "Catcher clauses: filter, catch, finally");
        for (uint32_t i = 0; i < 3; i++)
            if (b.clauses[i].flags == MD_CLAUSE_EXCEPTION)
                CHECK(MD_TOKEN_TABLE(b.clauses[i].class_token) == MD_TYPEREF &&
                          !strcmp(img->typerefs[MD_TOKEN_ROW(b.clauses[i].class_token)].name, "Exception"),
                      "catch clause catches System.Exception");
        uint32_t n;
        MdTypeSig **locals;
        CHECK(md_parse_locals_sig(img, img->standalonesigs[MD_TOKEN_ROW(b.local_var_sig_token)].signature, &n, &locals, err,
                                  sizeof err) && n >= 1 && locals[0]->elem == MD_ELEMENT_I4,
              "Catcher locals start with int32");
    }
    uint32_t lt = find_method(img, prog, "LongTry");
    okb = md_method_body(img, lt, &b, err, sizeof err);
    CHECK(okb && b.clause_count == 1 && b.clauses[0].flags == MD_CLAUSE_FINALLY && b.clauses[0].try_length > 255,
          "LongTry: one finally with a try longer than 255 bytes (fat clause)");

    /* user string: the ldstr in Main */
    okb = md_method_body(img, main_row, &b, err, sizeof err);
    bool hello = false;
    if (okb && b.code_size >= 5 && b.code[0] == 0x72) {
        const uint16_t *chars;
        uint32_t len;
        if (md_user_string(img, md_le32(b.code + 1), &chars, &len) && len == 5) {
            hello = true;
            for (uint32_t i = 0; i < 5; i++) hello &= chars[i] == (uint16_t)"hello"[i];
        }
    }
    CHECK(hello, "Main starts with ldstr \"hello\"");
    const uint16_t *chars;
    uint32_t len;
    CHECK(!md_user_string(img, 0x70000000u | img->us_size, &chars, &len), "user string past #US is refused");
    CHECK(!md_user_string(img, MD_TOKEN(MD_TYPEDEF, 1), &chars, &len), "non-0x70 token is refused");

    /* failing body requests */
    CHECK(!md_method_body(img, find_method(img, prog, "GetPid"), &b, err, sizeof err) && strstr(err, "no body"),
          "P/Invoke has no body: %s", err);
    CHECK(!md_method_body(img, 9999, &b, err, sizeof err) && strstr(err, "out of range"), "row 9999: %s", err);

    uint8_t g[16];
    CHECK(md_guid(img, img->modules[1].mvid, g) && !md_guid(img, 0, g) && !md_guid(img, 99, g), "GUID heap reads");
    CHECK(!strcmp(md_table_name(MD_GENERICPARAMCONSTRAINT), "GenericParamConstraint"), "table names");
    CHECK(md_map_token(img, MD_TOKEN(MD_METHODDEF, 3)) == MD_TOKEN(MD_METHODDEF, 3), "map_token is identity for #~");
}

/* ---- hand-made signature blobs ---- */
static void test_blobs(const MdImage *img) {
    char err[256];
    MdBlobReader r;
    struct { uint8_t b[4]; uint32_t n; uint32_t v; } us[] = {
        {{0x03}, 1, 3}, {{0x7F}, 1, 0x7F}, {{0x80, 0x80}, 2, 0x80}, {{0xAE, 0x57}, 2, 0x2E57},
        {{0xBF, 0xFF}, 2, 0x3FFF}, {{0xC0, 0x00, 0x40, 0x00}, 4, 0x4000}, {{0xDF, 0xFF, 0xFF, 0xFF}, 4, 0x1FFFFFFF}};
    for (size_t i = 0; i < sizeof us / sizeof us[0]; i++) {
        md_blob_reader_init(&r, (MdBlob){us[i].b, us[i].n});
        uint32_t v = md_read_compressed_u32(&r);
        CHECK(!r.failed && v == us[i].v && r.p == r.end, "compressed u32 case %zu -> 0x%x", i, v);
    }
    struct { uint8_t b[4]; uint32_t n; int32_t v; } ss[] = {
        {{0x06}, 1, 3}, {{0x7B}, 1, -3}, {{0x80, 0x80}, 2, 64}, {{0x01}, 1, -64}, {{0xC0, 0x00, 0x40, 0x00}, 4, 8192},
        {{0x80, 0x01}, 2, -8192}, {{0xDF, 0xFF, 0xFF, 0xFE}, 4, 268435455}, {{0xC0, 0x00, 0x00, 0x01}, 4, -268435456}};
    for (size_t i = 0; i < sizeof ss / sizeof ss[0]; i++) {
        md_blob_reader_init(&r, (MdBlob){ss[i].b, ss[i].n});
        int32_t v = md_read_compressed_i32(&r);
        CHECK(!r.failed && v == ss[i].v, "compressed i32 case %zu -> %d (want %d)", i, v, ss[i].v);
    }
    static const uint8_t bad_cu[] = {0xE0, 0, 0, 0}, short_cu[] = {0xC0, 0};
    md_blob_reader_init(&r, (MdBlob){bad_cu, 4});
    md_read_compressed_u32(&r);
    CHECK(r.failed, "0xE0 prefix is invalid");
    md_blob_reader_init(&r, (MdBlob){short_cu, 2});
    md_read_compressed_u32(&r);
    CHECK(r.failed, "truncated 4-byte compressed int fails");
    md_blob_reader_init(&r, (MdBlob){short_cu, 2});
    md_read_u32(&r);
    md_read_u8(&r);
    CHECK(r.failed, "reads past the end fail and stay failed");
    static const uint8_t ser[] = {0xFF, 0x02, 'h', 'i', 0x05, 'x'};
    const char *s;
    uint32_t len;
    md_blob_reader_init(&r, (MdBlob){ser, sizeof ser});
    CHECK(md_read_ser_string(&r, &s, &len) && s == NULL, "SerString 0xFF is null");
    CHECK(md_read_ser_string(&r, &s, &len) && len == 2 && !memcmp(s, "hi", 2), "SerString \"hi\"");
    CHECK(!md_read_ser_string(&r, &s, &len), "SerString longer than the blob fails");

    /* ARRAY int32 rank 2, sizes {3,4}, lobounds {-1, 0} */
    static const uint8_t arr[] = {0x06, 0x14, 0x08, 0x02, 0x02, 0x03, 0x04, 0x02, 0x7F, 0x00};
    MdTypeSig *t = md_parse_field_sig(img, (MdBlob){arr, sizeof arr}, err, sizeof err);
    CHECK(t && t->elem == MD_ELEMENT_ARRAY && t->rank == 2 && t->size_count == 2 && t->sizes[0] == 3 && t->sizes[1] == 4 &&
              t->lobound_count == 2 && t->lobounds[0] == -1 && t->lobounds[1] == 0,
          "ARRAY with sizes and signed lower bounds");
    static const uint8_t arr_bad[] = {0x06, 0x14, 0x08, 0x01, 0x05, 1, 1, 1, 1, 1};
    CHECK(!md_parse_field_sig(img, (MdBlob){arr_bad, sizeof arr_bad}, err, sizeof err), "more sizes than rank fails: %s", err);

    /* Deep nesting: 1000 SZARRAYs must fail cleanly, 30 must pass. */
    uint8_t deep[1002];
    deep[0] = 0x06;
    memset(deep + 1, MD_ELEMENT_SZARRAY, 1000);
    deep[1001] = MD_ELEMENT_I4;
    CHECK(!md_parse_field_sig(img, (MdBlob){deep, sizeof deep}, err, sizeof err) && strstr(err, "deep"),
          "1000-deep type is refused: %s", err);
    deep[31] = MD_ELEMENT_I4;
    CHECK(md_parse_field_sig(img, (MdBlob){deep, 32}, err, sizeof err) != NULL, "30-deep type parses");
    /* FNPTR recursion is bounded too */
    uint8_t fn[3 * 300 + 2];
    uint32_t n = 0;
    fn[n++] = 0x06;
    for (int i = 0; i < 300; i++) { fn[n++] = MD_ELEMENT_FNPTR; fn[n++] = 0x00; fn[n++] = 0x00; }
    fn[n++] = MD_ELEMENT_VOID;
    CHECK(!md_parse_field_sig(img, (MdBlob){fn, n}, err, sizeof err), "300-deep FNPTR is refused");

    /* Bad tokens and shapes */
    static const uint8_t badtok[] = {0x06, 0x12, 0xC0, 0xFF, 0xFF, 0xFC}; /* CLASS TypeDef row huge */
    CHECK(!md_parse_field_sig(img, (MdBlob){badtok, sizeof badtok}, err, sizeof err) && strstr(err, "range"),
          "class token out of range: %s", err);
    static const uint8_t tag3[] = {0x06, 0x11, 0x07};
    CHECK(!md_parse_field_sig(img, (MdBlob){tag3, sizeof tag3}, err, sizeof err), "TypeDefOrRef tag 3 fails");
    static const uint8_t gi_bad[] = {0x06, 0x15, 0x08, 0x01, 0x08};
    CHECK(!md_parse_field_sig(img, (MdBlob){gi_bad, sizeof gi_bad}, err, sizeof err), "GENERICINST of int32 fails");
    static const uint8_t gi_count[] = {0x06, 0x15, 0x12, 0x05, 0xBF, 0xFF, 0x08};
    CHECK(!md_parse_field_sig(img, (MdBlob){gi_count, sizeof gi_count}, err, sizeof err), "huge generic arg count fails");
    static const uint8_t voidfield[] = {0x06, 0x01};
    CHECK(!md_parse_field_sig(img, (MdBlob){voidfield, 2}, err, sizeof err), "void field fails");
    static const uint8_t cmods[] = {0x06, 0x1F, 0x05, 0x20, 0x05, 0x08};
    t = md_parse_field_sig(img, (MdBlob){cmods, sizeof cmods}, err, sizeof err);
    CHECK(t && t->elem == MD_ELEMENT_I4, "custom modifiers are skipped");
    static const uint8_t locals[] = {0x07, 0x02, 0x45, 0x10, 0x08, 0x16};
    uint32_t cnt;
    MdTypeSig **types;
    CHECK(md_parse_locals_sig(img, (MdBlob){locals, sizeof locals}, &cnt, &types, err, sizeof err) && cnt == 2 &&
              types[0]->pinned && types[0]->elem == MD_ELEMENT_BYREF && types[1]->elem == MD_ELEMENT_TYPEDBYREF,
          "locals: pinned byref int32, typedbyref");
    static const uint8_t msig_sentinel_bad[] = {0x00, 0x02, 0x01, 0x41, 0x08, 0x08};
    CHECK(!md_parse_method_sig(img, (MdBlob){msig_sentinel_bad, sizeof msig_sentinel_bad}, err, sizeof err),
          "SENTINEL outside VARARG fails");
    static const uint8_t msig_trunc[] = {0x20, 0x03, 0x01, 0x08};
    CHECK(!md_parse_method_sig(img, (MdBlob){msig_trunc, sizeof msig_trunc}, err, sizeof err), "truncated method sig fails");
    CHECK(!md_parse_method_sig(img, (MdBlob){NULL, 0}, err, sizeof err), "empty method sig fails");
    static const uint8_t fieldsig[] = {0x06, 0x08};
    CHECK(!md_parse_method_sig(img, (MdBlob){fieldsig, 2}, err, sizeof err), "field sig is not a method sig");
    CHECK(md_sig_is_field((MdBlob){fieldsig, 2}) && !md_sig_is_field((MdBlob){msig_trunc, 4}), "md_sig_is_field");
}


/* ---- a hand-built image with a #- stream and a MethodPtr table ----
 * Physical MethodDef rows: 1 "b1", 2 "b2", 3 "a1"; MethodPtr = {3, 1, 2},
 * so type A owns logical method 1 (= "a1") and B owns 2..3 ("b1", "b2").
 * GenericParam "T" is owned by physical MethodDef 1 ("b1"), and the entry
 * point is physical 3 ("a1"). */
typedef struct Out { uint8_t *b; uint32_t n; } Out;
static void put8(Out *o, uint32_t v) { o->b[o->n++] = (uint8_t)v; }
static void put16(Out *o, uint32_t v) { put8(o, v & 0xFF); put8(o, v >> 8); }
static void put32(Out *o, uint32_t v) { put16(o, v & 0xFFFF); put16(o, v >> 16); }
static void putn(Out *o, const void *p, uint32_t n) { memcpy(o->b + o->n, p, n); o->n += n; }
static void align4(Out *o) { while (o->n & 3) put8(o, 0); }

static size_t build_ptr_image(uint8_t *file) {
    static const char strings[] = "\0<Module>\0A\0B\0a1\0b1\0b2\0T\0m.dll\0";
    enum { S_MODULE = 1, S_A = 10, S_B = 12, S_A1 = 14, S_B1 = 17, S_B2 = 20, S_T = 23, S_DLL = 25 };
    static const uint8_t blob[] = {0, 3, 0x00, 0x00, 0x01, 0, 0, 0};
    uint8_t tbl[512], md[1024];
    Out t = {tbl, 0}, m = {md, 0};
    put32(&t, 0); put8(&t, 1); put8(&t, 0); put8(&t, 0); put8(&t, 1);
    uint64_t valid = (1ull << MD_MODULE) | (1ull << MD_TYPEDEF) | (1ull << MD_METHODPTR) | (1ull << MD_METHODDEF) |
                     (1ull << MD_GENERICPARAM);
    put32(&t, (uint32_t)valid); put32(&t, (uint32_t)(valid >> 32));
    put32(&t, 0); put32(&t, 0); /* Sorted */
    put32(&t, 1); put32(&t, 3); put32(&t, 3); put32(&t, 3); put32(&t, 1);
    put16(&t, 0); put16(&t, S_DLL); put16(&t, 0); put16(&t, 0); put16(&t, 0);               /* Module */
    put32(&t, 0); put16(&t, S_MODULE); put16(&t, 0); put16(&t, 0); put16(&t, 1); put16(&t, 1); /* TypeDef <Module> */
    put32(&t, 1); put16(&t, S_A); put16(&t, 0); put16(&t, 0); put16(&t, 1); put16(&t, 1);
    put32(&t, 1); put16(&t, S_B); put16(&t, 0); put16(&t, 0); put16(&t, 1); put16(&t, 2);
    put16(&t, 3); put16(&t, 1); put16(&t, 2);                                                   /* MethodPtr */
    static const uint16_t names[3] = {S_B1, S_B2, S_A1};
    for (int i = 0; i < 3; i++) { put32(&t, 0); put16(&t, 0); put16(&t, 0x0400); put16(&t, names[i]); put16(&t, 1); put16(&t, 1); }
    put16(&t, 0); put16(&t, 0); put16(&t, (1 << 1) | 1); put16(&t, S_T);                       /* GenericParam, owner b1 */
    align4(&t);

    /* metadata root */
    put32(&m, 0x424A5342u); put16(&m, 1); put16(&m, 1); put32(&m, 0); put32(&m, 12); putn(&m, "v4.0.30319\0\0", 12);
    put16(&m, 0); put16(&m, 3);
    uint32_t hdrs = m.n + 12 + 20 + 16; /* three stream headers: "#-", "#Strings", "#Blob" */
    uint32_t str_size = (sizeof strings + 3) & ~3u;
    put32(&m, hdrs); put32(&m, t.n); putn(&m, "#-\0\0", 4);
    put32(&m, hdrs + t.n); put32(&m, str_size); putn(&m, "#Strings\0\0\0\0", 12);
    put32(&m, hdrs + t.n + str_size); put32(&m, sizeof blob); putn(&m, "#Blob\0\0\0", 8);
    putn(&m, tbl, t.n);
    putn(&m, strings, sizeof strings); align4(&m);
    putn(&m, blob, sizeof blob);

    Out f = {file, 0};
    memset(file, 0, 0x200 + 72 + m.n);
    f.n = 0; put16(&f, 0x5A4D); f.n = 0x3C; put32(&f, 0x40);
    f.n = 0x40; putn(&f, "PE\0\0", 4);
    put16(&f, 0x14c); put16(&f, 1); put32(&f, 0); put32(&f, 0); put32(&f, 0); put16(&f, 0xE0); put16(&f, 0x2102);
    uint32_t opt = f.n;
    put16(&f, 0x10b);
    f.n = opt + 92; put32(&f, 16);
    f.n = opt + 96 + 8 * 14; put32(&f, 0x2000); put32(&f, 72);
    f.n = opt + 0xE0; /* section table */
    putn(&f, ".text\0\0\0", 8); put32(&f, 72 + m.n); put32(&f, 0x2000); put32(&f, 72 + m.n); put32(&f, 0x200);
    f.n = 0x200; /* CLI header */
    put32(&f, 72); put16(&f, 2); put16(&f, 5); put32(&f, 0x2000 + 72); put32(&f, m.n); put32(&f, 1);
    put32(&f, MD_TOKEN(MD_METHODDEF, 3));
    f.n = 0x200 + 72;
    putn(&f, md, m.n);
    return f.n;
}

static void test_ptr_tables(void) {
    static uint8_t file[4096];
    char err[256];
    size_t size = build_ptr_image(file);
    MdImage *img = md_image_open(file, size, "ptr.dll", err, sizeof err);
    CHECK(img != NULL, "hand-built #- image opens: %s", img ? "" : err);
    if (!img) return;
    uint32_t f, e;
    md_typedef_methods(img, 2, &f, &e);
    CHECK(e - f == 1 && !strcmp(md_methoddef_row(img, f).name, "a1"), "A owns a1 via MethodPtr");
    md_typedef_methods(img, 3, &f, &e);
    CHECK(e - f == 2 && !strcmp(md_methoddef_row(img, f).name, "b1") && !strcmp(md_methoddef_row(img, f + 1).name, "b2"),
          "B owns b1, b2 via MethodPtr");
    CHECK(img->entry_point_token == MD_TOKEN(MD_METHODDEF, 1), "entry point (physical a1) maps to logical row 1");
    CHECK(md_map_token(img, MD_TOKEN(MD_METHODDEF, 1)) == MD_TOKEN(MD_METHODDEF, 2), "IL token for physical b1 maps to row 2");
    CHECK(img->genericparams[1].owner == MD_TOKEN(MD_METHODDEF, 2), "GenericParam owner rewritten to logical b1");
    md_find_generic_params(img, MD_TOKEN(MD_METHODDEF, 2), &f, &e);
    CHECK(e - f == 1 && !strcmp(img->genericparams[f].name, "T"), "b1's generic param found");
    CHECK(parse_everything(img, true) == 0, "its signatures parse");
    md_image_free(img);

    /* A MethodPtr that repeats a row is refused. */
    uint8_t *p = NULL;
    for (size_t i = 0x200; i + 6 <= size; i++)
        if (md_le16(file + i) == 3 && md_le16(file + i + 2) == 1 && md_le16(file + i + 4) == 2) { p = file + i; break; }
    if (p) {
        p[2] = 3;
        CHECK(!md_image_open(file, size, "ptr.dll", err, sizeof err) && strstr(err, "MethodPtr") && strstr(err, "permutation"),
              "repeating MethodPtr refused: %s", err);
    } else CHECK(0, "MethodPtr rows not found in the built image");
}

/* ---- malformed images ---- */

static MdImage *open_bytes(const uint8_t *d, size_t n, char *err, size_t errlen) {
    return md_image_open(d, n, "Sample.exe", err, errlen);
}

static void test_truncation(const uint8_t *data, size_t size) {
    char err[256];
    uint32_t opened = 0, bad_msg = 0;
    for (size_t n = 0; n < size; n++) {
        MdImage *img = open_bytes(data, n, err, sizeof err);
        if (img) { opened++; parse_everything(img, false); md_image_free(img); continue; }
        if (strncmp(err, "Sample.exe: ", 12) || !strstr(err, "truncated") || strchr(err, '\n')) {
            if (bad_msg++ < 3) printf("  prefix %zu: %s\n", n, err);
        }
    }
    CHECK(opened == 0, "no proper prefix of the sample opens (%u did)", opened);
    CHECK(bad_msg == 0, "every prefix is rejected as \"file is truncated\" (%u were not)", bad_msg);
}

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint32_t rnd(void) {
    rng_state ^= rng_state << 13; rng_state ^= rng_state >> 7; rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state >> 16);
}

static void test_mutations(const char *name, const uint8_t *data, size_t size, uint32_t md_start, uint32_t md_end, int rounds) {
    char err[256];
    uint8_t *buf = malloc(size);
    int opened = 0, rejected = 0;
    for (int i = 0; i < rounds; i++) {
        memcpy(buf, data, size);
        int flips = 1 + (int)(rnd() % 4);
        for (int k = 0; k < flips; k++) {
            /* Most flips land in the metadata, where they hit tables and heaps. */
            size_t pos = (rnd() % 4) ? md_start + rnd() % (md_end - md_start) : rnd() % size;
            switch (rnd() % 3) {
            case 0: buf[pos] ^= (uint8_t)(1u << (rnd() % 8)); break;
            case 1: buf[pos] = (uint8_t)rnd(); break;
            default: buf[pos] = (rnd() & 1) ? 0xFF : 0x00; break;
            }
        }
        MdImage *img = md_image_open(buf, size, name, err, sizeof err);
        if (!img) {
            rejected++;
            size_t nl = strlen(name);
            if (strncmp(err, name, nl) || strncmp(err + nl, ": ", 2) || strlen(err) < nl + 4 || strchr(err, '\n'))
                CHECK(0, "mutation %d gave a bad message: %s", i, err);
            continue;
        }
        opened++;
        parse_everything(img, false);
        touch_rows(img);
        check_lookups(img);
        for (uint32_t t = 0; t < 50; t++) {
            const uint16_t *c;
            uint32_t len;
            if (md_user_string(img, 0x70000000u | (rnd() % (img->us_size + 8)), &c, &len))
                for (uint32_t j = 0; j < len; j++) rng_state += c[j];
        }
        md_image_free(img);
    }
    free(buf);
    printf("  %s mutations: %d opened, %d rejected\n", name, opened, rejected);
    CHECK(opened + rejected == rounds && rejected > 0, "%s: %d random mutations handled without a crash", name, rounds);
}

static uint32_t pe_cli_dir_offset(const uint8_t *d) {
    uint32_t lfanew = md_le32(d + 0x3C);
    uint32_t opt = lfanew + 24;
    return opt + (md_le16(d + opt) == 0x20b ? 112 : 96) + 8 * 14;
}

static void test_bad_images(const uint8_t *data, size_t size, const MdImage *good) {
    char err[256];
    const MdImagePriv *gp = (const MdImagePriv *)good;
    static const char text[] = "This is just a text file, not an assembly at all.\n";
    CHECK(!open_bytes((const uint8_t *)text, sizeof text, err, sizeof err) &&
              !strcmp(err, "Sample.exe: not a PE file (no MZ signature)"), "non-PE: %s", err);
    CHECK(!open_bytes(NULL, 0, err, sizeof err) && strstr(err, "truncated"), "empty file: %s", err);

    uint8_t *buf = malloc(size);
    memcpy(buf, data, size);
    memset(buf + pe_cli_dir_offset(buf), 0, 8);
    CHECK(!open_bytes(buf, size, err, sizeof err) && !strcmp(err, "Sample.exe: not a .NET assembly (no CLI header)"),
          "no CLI header: %s", err);

    /* TypeDef row 2: FieldList (column 4) -> 0x7777 */
    memcpy(buf, data, size);
    uint32_t off = gp->table_offset[MD_TYPEDEF] + gp->row_size[MD_TYPEDEF] * 1;
    uint32_t col = 4 + 2 * ((gp->pub.strings_size > 0xFFFF) ? 4 : 2) + 2; /* Flags, Name, Namespace, Extends(2) */
    buf[off + col] = 0x77; buf[off + col + 1] = 0x77;
    CHECK(!open_bytes(buf, size, err, sizeof err) &&
              strstr(err, "metadata table TypeDef row 2: column FieldList value 30583 out of range"),
          "bad FieldList: %s", err);

    /* MemberRef row 1: Class coded index -> row 0x1FFF of TypeRef */
    memcpy(buf, data, size);
    off = gp->table_offset[MD_MEMBERREF];
    buf[off] = (uint8_t)((0x1FFF << 3) | 1); buf[off + 1] = (uint8_t)((0x1FFF << 3 | 1) >> 8);
    CHECK(!open_bytes(buf, size, err, sizeof err) && strstr(err, "MemberRef row 1: column Class value 8191 out of range"),
          "bad coded index: %s", err);

    /* Field row 1: Name -> past #Strings */
    memcpy(buf, data, size);
    off = gp->table_offset[MD_FIELD] + 2;
    buf[off] = 0xF0; buf[off + 1] = 0xFF;
    CHECK(!open_bytes(buf, size, err, sizeof err) && strstr(err, "Field row 1: column Name") && strstr(err, "#Strings"),
          "bad string index: %s", err);

    /* Field row 1: Signature -> past #Blob */
    memcpy(buf, data, size);
    off = gp->table_offset[MD_FIELD] + 4;
    buf[off] = 0xF0; buf[off + 1] = 0xFF;
    CHECK(!open_bytes(buf, size, err, sizeof err) && strstr(err, "Field row 1: column Signature") && strstr(err, "#Blob"),
          "bad blob index: %s", err);

    /* TypeDef MethodList going backwards */
    memcpy(buf, data, size);
    off = gp->table_offset[MD_TYPEDEF] + gp->row_size[MD_TYPEDEF] * 3 + col + 2;
    buf[off] = 1; buf[off + 1] = 0;
    CHECK(!open_bytes(buf, size, err, sizeof err) && strstr(err, "MethodList") && strstr(err, "monotone"),
          "non-monotone list: %s", err);

    /* Valid mask with a table bit >= 0x2D */
    memcpy(buf, data, size);
    buf[gp->tables_stream_offset + 8 + 5] |= 0x20; /* bit 0x2D */
    CHECK(!open_bytes(buf, size, err, sizeof err) && strstr(err, "unknown table 0x2d"), "unknown table: %s", err);

    /* Bad metadata signature */
    memcpy(buf, data, size);
    const uint8_t *root = NULL;
    for (size_t i = 0; i + 4 <= size; i++)
        if (md_le32(data + i) == 0x424A5342u) { root = data + i; break; }
    buf[root - data] = 'X';
    CHECK(!open_bytes(buf, size, err, sizeof err) && strstr(err, "bad metadata signature"), "bad BSJB: %s", err);

    /* "#~" renamed "#-" still opens (uncompressed stream, no Ptr tables) */
    memcpy(buf, data, size);
    for (size_t i = root - data; i + 3 <= size; i++)
        if (buf[i] == '#' && buf[i + 1] == '~' && buf[i + 2] == 0) { buf[i + 1] = '-'; break; }
    MdImage *img = open_bytes(buf, size, err, sizeof err);
    CHECK(img != NULL, "#- stream opens: %s", img ? "" : err);
    md_image_free(img);
    free(buf);
}

/* Unsorted lookup tables (swapped rows) are sorted at open; lookups stay right. */
static void test_unsorted(const uint8_t *data, size_t size, const MdImage *good) {
    char err[256];
    const MdImagePriv *gp = (const MdImagePriv *)good;
    uint8_t *buf = malloc(size);
    memcpy(buf, data, size);
    static const int tabs[] = {MD_CUSTOMATTRIBUTE, MD_NESTEDCLASS, MD_INTERFACEIMPL, MD_FIELDLAYOUT, MD_GENERICPARAM};
    for (size_t k = 0; k < sizeof tabs / sizeof tabs[0]; k++) {
        int t = tabs[k];
        uint32_t n = good->row_count[t], rs = gp->row_size[t];
        if (n < 2) continue;
        uint8_t tmp[64];
        uint8_t *a = buf + gp->table_offset[t], *z = a + (size_t)(n - 1) * rs;
        memcpy(tmp, a, rs); memcpy(a, z, rs); memcpy(z, tmp, rs); /* first <-> last */
    }
    MdImage *img = open_bytes(buf, size, err, sizeof err);
    CHECK(img != NULL, "image with unsorted tables opens: %s", img ? "" : err);
    if (img) {
        const MdImagePriv *ip = (const MdImagePriv *)img;
        CHECK(ip->phys_to_logical[MD_CUSTOMATTRIBUTE] && ip->phys_to_logical[MD_NESTEDCLASS] &&
                  !ip->phys_to_logical[MD_TYPEDEF],
              "the swapped tables were re-sorted at open, others left alone");
        CHECK(check_lookups(img) == 0, "lookups are right after sorting at open");
        uint32_t outer = find_typedef(img, "Samples", "Outer"), inner = find_typedef(img, "", "Inner");
        uint32_t deep = find_typedef(img, "", "Deep");
        CHECK(md_find_enclosing_class(img, inner) == outer && md_find_enclosing_class(img, deep) == inner,
              "nesting still found");
        uint32_t f, e;
        md_find_custom_attributes(img, MD_TOKEN(MD_TYPEDEF, outer), &f, &e);
        CHECK(e - f == 1, "Outer's attribute still found");
        CHECK(parse_everything(img, true) == 0, "still parses");
        md_image_free(img);
    }
    free(buf);
}

/* A lazy open (md_image_open_lazy, as the runtime opens assemblies) defers
 * the tables no type load reads; they decode on first use with the
 * messages an eager open gives, and stay indexable when malformed. */
static char late_message[512];
static int late_calls;
static void catch_late_error(const char *message) {
    snprintf(late_message, sizeof late_message, "%s", message);
    late_calls++;
}

static void test_lazy(const uint8_t *data, size_t size, const MdImage *good) {
    char err[512], eager_err[512];
    const MdImagePriv *gp = (const MdImagePriv *)good;
    md_set_late_error_handler(catch_late_error);

    MdImage *img = md_image_open_lazy(data, size, "Sample.exe", err, sizeof err);
    CHECK(img != NULL, "Sample.exe opens lazily: %s", img ? "" : err);
    if (!img) return;
    const MdImagePriv *ip = (const MdImagePriv *)img;
    CHECK((ip->deferred >> MD_CUSTOMATTRIBUTE & 1) && (ip->deferred >> MD_PROPERTY & 1) &&
              (ip->deferred >> MD_CONSTANT & 1) && !(ip->deferred >> MD_TYPEDEF & 1),
          "the lazy open defers CustomAttribute, Property, Constant, not TypeDef (0x%llx)", (unsigned long long)ip->deferred);
    uint32_t outer = find_typedef(img, "Samples", "Outer"), f, e;
    md_find_custom_attributes(img, MD_TOKEN(MD_TYPEDEF, outer), &f, &e);
    CHECK(e - f == 1 && !(ip->deferred >> MD_CUSTOMATTRIBUTE & 1), "the first lookup decodes CustomAttribute");
    CHECK(md_image_load_all(img, err, sizeof err) && ip->deferred == 0, "the rest decodes: %s", err);
    CHECK(check_lookups(img) == 0 && parse_everything(img, true) == 0, "lookups and signatures as eagerly");
    bool same = true;
    for (uint32_t r = 1; r <= img->row_count[MD_CUSTOMATTRIBUTE]; r++)
        same &= img->customattributes[r].parent == good->customattributes[r].parent &&
                img->customattributes[r].type == good->customattributes[r].type &&
                img->customattributes[r].value.len == good->customattributes[r].value.len;
    for (uint32_t r = 1; r <= img->row_count[MD_PROPERTY]; r++)
        same &= !strcmp(img->properties[r].name, good->properties[r].name);
    for (uint32_t r = 1; r <= img->row_count[MD_METHODSEMANTICS]; r++)
        same &= img->methodsemantics[r].association == good->methodsemantics[r].association;
    for (uint32_t r = 1; r <= img->row_count[MD_CONSTANT]; r++) same &= img->constants[r].parent == good->constants[r].parent;
    CHECK(same, "deferred rows equal the eager ones");
    md_image_free(img);

    /* Property row 1: Name past #Strings. Eager: refused at open. Lazy: opens;
     * the first use reports the same message and reads an empty name. */
    uint8_t *buf = malloc(size);
    memcpy(buf, data, size);
    uint32_t off = gp->table_offset[MD_PROPERTY] + 2;
    buf[off] = 0xF0; buf[off + 1] = 0xFF;
    CHECK(!md_image_open(buf, size, "Sample.exe", eager_err, sizeof eager_err) && strstr(eager_err, "Property row 1: column Name"),
          "eager open refuses a bad Property name: %s", eager_err);
    img = md_image_open_lazy(buf, size, "Sample.exe", err, sizeof err);
    CHECK(img != NULL, "lazy open leaves the bad Property table for later: %s", img ? "" : err);
    if (img) {
        late_calls = 0;
        uint32_t pf, pe;
        md_typedef_properties(img, 1, &pf, &pe);
        CHECK(late_calls == 1 && !strcmp(late_message, eager_err), "first use reports it once: '%s' vs '%s'", late_message,
              eager_err);
        CHECK(img->row_count[MD_PROPERTY] == good->row_count[MD_PROPERTY] && !strcmp(img->properties[1].name, ""),
              "the bad table stays indexable, its cells null");
        CHECK(md_table_ready(img, MD_PROPERTY) && late_calls == 1, "reported once, not on every use");
        md_image_free(img);
    }
    img = md_image_open_lazy(buf, size, "Sample.exe", err, sizeof err);
    CHECK(img && !md_image_load_all(img, err, sizeof err) && !strcmp(err, eager_err),
          "md_image_load_all gives the eager message: %s", err);
    md_image_free(img);

    /* Constant row 1: Parent names Field row 8191. */
    memcpy(buf, data, size);
    off = gp->table_offset[MD_CONSTANT] + 2;
    buf[off] = (uint8_t)(0x1FFF << 2); buf[off + 1] = (uint8_t)((0x1FFF << 2) >> 8);
    img = md_image_open_lazy(buf, size, "Sample.exe", err, sizeof err);
    CHECK(img != NULL, "lazy open with a bad Constant: %s", img ? "" : err);
    if (img) {
        late_calls = 0;
        CHECK(md_find_constant(img, MD_TOKEN(MD_FIELD, 1)) == 0 && late_calls == 1 &&
                  strstr(late_message, "Sample.exe: metadata table Constant row 1: column Parent value 8191 out of range (Field has"),
              "a bad Constant is named at the first lookup: %s", late_message);
        md_image_free(img);
    }

    /* Unsorted: a deferred lookup table is sorted when it decodes; an eager
     * one out of order makes the open decode everything at once. */
    memcpy(buf, data, size);
    uint32_t n = good->row_count[MD_CUSTOMATTRIBUTE], rs = gp->row_size[MD_CUSTOMATTRIBUTE];
    uint8_t tmp[64], *a = buf + gp->table_offset[MD_CUSTOMATTRIBUTE], *z = a + (size_t)(n - 1) * rs;
    memcpy(tmp, a, rs); memcpy(a, z, rs); memcpy(z, tmp, rs);
    img = md_image_open_lazy(buf, size, "Sample.exe", err, sizeof err);
    CHECK(img && (((const MdImagePriv *)img)->deferred >> MD_CUSTOMATTRIBUTE & 1), "unsorted CustomAttribute still deferred");
    if (img) {
        md_find_custom_attributes(img, MD_TOKEN(MD_TYPEDEF, outer), &f, &e);
        CHECK(e - f == 1 && ((const MdImagePriv *)img)->phys_to_logical[MD_CUSTOMATTRIBUTE], "sorted when first used");
        CHECK(md_image_load_all(img, err, sizeof err) && check_lookups(img) == 0, "lookups right: %s", err);
        md_image_free(img);
    }
    memcpy(buf, data, size);
    n = good->row_count[MD_NESTEDCLASS], rs = gp->row_size[MD_NESTEDCLASS];
    a = buf + gp->table_offset[MD_NESTEDCLASS], z = a + (size_t)(n - 1) * rs;
    memcpy(tmp, a, rs); memcpy(a, z, rs); memcpy(z, tmp, rs);
    img = md_image_open_lazy(buf, size, "Sample.exe", err, sizeof err);
    CHECK(img && ((const MdImagePriv *)img)->deferred == 0 && check_lookups(img) == 0,
          "an unsorted NestedClass makes the lazy open decode everything");
    md_image_free(img);

    /* In-place tables: a lazy open checks MethodDef rows when first read and
     * Param names on every read, with the eager messages. */
    uint32_t sig_at = 8 + (gp->methoddef_name_wide ? 4 : 2), list_at = sig_at + (gp->methoddef_sig_wide ? 4 : 2);
    memcpy(buf, data, size);
    off = gp->table_offset[MD_METHODDEF] + gp->row_size[MD_METHODDEF] + 8;  /* row 2's Name */
    buf[off] = 0xF0; buf[off + 1] = 0xFF;
    CHECK(!md_image_open(buf, size, "Sample.exe", eager_err, sizeof eager_err) && strstr(eager_err, "MethodDef row 2: column Name"),
          "eager open refuses a bad MethodDef name: %s", eager_err);
    img = md_image_open_lazy(buf, size, "Sample.exe", err, sizeof err);
    CHECK(img != NULL, "lazy open leaves MethodDef rows for their first read: %s", img ? "" : err);
    if (img) {
        late_calls = 0;
        MdMethodDefRow r1 = md_methoddef_row(img, 1);
        CHECK(late_calls == 0 && r1.name[0], "row 1 reads as usual");
        MdMethodDefRow r2 = md_methoddef_row(img, 2);
        CHECK(late_calls == 1 && !strcmp(late_message, eager_err) && !strcmp(r2.name, "") && r2.rva == 0,
              "row 2 reports the eager message, reads null: '%s'", late_message);
        uint32_t p0, p1;
        md_method_params(img, 1, &p0, &p1);
        CHECK(p0 <= p1 && p1 <= img->row_count[MD_PARAM] + 1, "ranges next to it stay inside Param");
        CHECK(!md_image_load_all(img, err, sizeof err) && !strcmp(err, eager_err), "md_image_load_all: %s", err);
        md_image_free(img);
    }
    memcpy(buf, data, size);
    off = gp->table_offset[MD_METHODDEF] + gp->row_size[MD_METHODDEF] * 2 + list_at;  /* row 3's ParamList */
    buf[off] = 0; buf[off + 1] = 0;
    CHECK(!md_image_open(buf, size, "Sample.exe", eager_err, sizeof eager_err) && strstr(eager_err, "MethodDef row 3: column ParamList"),
          "eager open refuses a bad ParamList: %s", eager_err);
    img = md_image_open_lazy(buf, size, "Sample.exe", err, sizeof err);
    if (img) {
        late_calls = 0;
        uint32_t p0, p1;
        md_method_params(img, 2, &p0, &p1);
        CHECK(late_calls == 1 && !strcmp(late_message, eager_err) && p0 <= p1 && p1 <= img->row_count[MD_PARAM] + 1,
              "the list is checked when read, ranges stay inside: '%s' [%u,%u)", late_message, p0, p1);
        md_image_free(img);
    }
    memcpy(buf, data, size);
    off = gp->table_offset[MD_PARAM] + 4;  /* Param row 1's Name */
    buf[off] = 0xF0; buf[off + 1] = 0xFF;
    CHECK(!md_image_open(buf, size, "Sample.exe", eager_err, sizeof eager_err) && strstr(eager_err, "Param row 1: column Name"),
          "eager open refuses a bad Param name: %s", eager_err);
    img = md_image_open_lazy(buf, size, "Sample.exe", err, sizeof err);
    if (img) {
        late_calls = 0;
        MdParamRow pr = md_param_row(img, 1);
        CHECK(late_calls == 1 && !strcmp(late_message, eager_err) && !strcmp(pr.name, ""), "a Param name is checked when read: %s",
              late_message);
        CHECK(!md_image_load_all(img, err, sizeof err) && !strcmp(err, eager_err), "md_image_load_all: %s", err);
        md_image_free(img);
    }
    free(buf);
    md_set_late_error_handler(NULL);
}

static void test_mono_assembly(const char *path) {
    size_t size;
    char err[256];
    uint8_t *data = read_file(path, &size);
    if (!data) { printf("  (skipping %s: not found)\n", path); return; }
    MdImage *img = md_image_open(data, size, path, err, sizeof err);
    free(data);
    CHECK(img != NULL, "%s opens: %s", path, img ? "" : err);
    if (!img) return;
    uint32_t bodies = 0;
    for (uint32_t i = 1; i <= img->row_count[MD_METHODDEF]; i++) bodies += md_methoddef_row(img, i).rva != 0;
    CHECK(parse_everything(img, true) == 0, "%s: all %u bodies and all signatures parse", path, bodies);
    CHECK(check_lookups(img) == 0, "%s: lookups agree with the rows", path);
    touch_rows(img);
    /* A few hundred mutations of a big image with 4-byte heap indexes. */
    const MdImagePriv *ip = (const MdImagePriv *)img;
    uint32_t start = ip->tables_stream_offset, end = ip->table_offset[MD_GENERICPARAMCONSTRAINT];
    if (strstr(path, "System.dll") && end > start) {
        uint8_t *copy = malloc(img->size);
        memcpy(copy, img->data, img->size);
        size_t n = img->size;
        md_image_free(img);
        test_mutations("System.dll", copy, n, start, end, 150);
        free(copy);
        return;
    }
    md_image_free(img);
}

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : "build/native/md";
    const char *mono = argc > 2 ? argv[2] : "/usr/lib/mono/4.5";
    char path[1024], err[256];
    snprintf(path, sizeof path, "%s/Sample.exe", dir);
    size_t size;
    uint8_t *data = read_file(path, &size);
    if (!data) { printf("cannot read %s\n0 passed, 1 failed\n", path); return 1; }
    MdImage *img = md_image_open(data, size, "Sample.exe", err, sizeof err);
    CHECK(img != NULL, "Sample.exe opens: %s", img ? "" : err);
    if (!img) { printf("%d passed, %d failed\n", passed, failed); return 1; }

    CHECK(md_coded_tables_agree(), "coded-index encoder table agrees with the definitions");
    test_sample(img);
    test_blobs(img);
    test_ptr_tables();
    test_bad_images(data, size, img);
    test_unsorted(data, size, img);
    test_lazy(data, size, img);
    test_truncation(data, size);
    const MdImagePriv *gp = (const MdImagePriv *)img;
    uint32_t md_start = gp->tables_stream_offset > 256 ? gp->tables_stream_offset - 256 : 0;
    uint32_t md_end = gp->table_offset[MD_GENERICPARAMCONSTRAINT] + 64;
    if (md_end > size) md_end = (uint32_t)size;
    test_mutations("Sample.exe", data, size, md_start, md_end, getenv("MD_MUTATIONS") ? atoi(getenv("MD_MUTATIONS")) : 5000);
    md_image_free(img);

    /* md_image_adopt keeps the caller's block (no copy) and frees it with the
     * image, or at once when the image is refused (ASan reports a leak or a
     * double free otherwise) */
    uint8_t *own = malloc(size);
    memcpy(own, data, size);
    MdImage *adopted = md_image_adopt(own, size, "Sample.exe", err, sizeof err);
    CHECK(adopted && adopted->data == own && adopted->typedefs, "an adopted image uses the given block: %s", adopted ? "" : err);
    md_image_free(adopted);
    own = malloc(64);
    memcpy(own, data, 64);
    CHECK(!md_image_adopt(own, 64, "Sample.exe", err, sizeof err) && strstr(err, "truncated"),
          "a refused adopted block is freed: %s", err);
    free(data);

    const char *libs[] = {"mscorlib.dll", "System.dll", "System.Core.dll"};
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", mono, libs[i]);
        test_mono_assembly(path);
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
