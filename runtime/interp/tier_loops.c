/* tier_loops.c — which of a method's loops the wasm tier compiles to a wasm
 * `loop`, and the branch depths of the block layout that makes
 * (docs/tier.md "Blocks").
 *
 * The function's blocks are nested wasm blocks around a dispatch loop; a
 * backward branch normally sets `pc` and goes round the dispatch loop's
 * br_table. A loop whose blocks h..e are entered only at h (no branch from
 * outside them lands in h+1..e but at one block k, none of those is a
 * backward branch's target, none is entered through the dispatch) is emitted
 * as a wasm `loop` at h's code instead, with the blocks h+1..e opened inside
 * it: its back edges are a `br` to that loop, and the engine sees an
 * ordinary loop. A branch from before the loop to k (C# compilers put a for
 * or while loop's test after its body and jump to it first) sets the L_IN
 * local and branches to h, whose code first goes on to k when L_IN is set.
 * Such loops are innermost and never overlap. Only blocks outside them
 * ("top-level") are arms of the dispatch; the function's block parameter and
 * `pc` count those. */
#include "interp/tier_compile_internal.h"

#include <stdlib.h>

/* the block an op lies in: the last one starting at or before it */
static uint32_t block_at(Comp *c, uint32_t pos) {
    uint32_t b = tc_block_of(c, pos);
    return b < c->nleaders && c->leaders[b] == pos ? b : b - 1;
}

bool tc_plan_loops(Comp *c) {
    uint32_t n = c->nblocks;
    c->loop_end = malloc(n * sizeof *c->loop_end);
    c->loop_head = calloc(n, sizeof *c->loop_head);
    c->loop_entry = malloc(n * sizeof *c->loop_entry);
    c->top_ord = malloc((n + 1) * sizeof *c->top_ord);
    uint8_t *entry = calloc(n, 1);     /* entered through the dispatch, or a backward branch's target */
    uint32_t *reach = malloc(n * sizeof *reach);   /* per block: the last block a back edge to it comes from */
    if (!c->loop_end || !c->loop_head || !c->loop_entry || !c->top_ord || !entry || !reach) { free(entry); free(reach); return false; }
    for (uint32_t i = 0; i < n; i++) { c->loop_end[i] = c->loop_entry[i] = -1; reach[i] = UINT32_MAX; }
    entry[0] = 1;
    for (uint32_t i = 0; i < c->nentries; i++) entry[block_at(c, c->entries[i])] = 1;
    for (uint32_t i = 0; i + 1 < c->nbranches; i += 2) {
        uint32_t from = block_at(c, c->branches[i]), to = block_at(c, c->branches[i + 1]);
        if (c->branches[i + 1] > c->branches[i]) continue;
        entry[to] = 1;
        if (reach[to] == UINT32_MAX || from > reach[to]) reach[to] = from;
    }
    for (uint32_t h = 0; h < n; h++) {
        uint32_t e = reach[h];
        if (e == UINT32_MAX || c->loop_head[h]) continue;
        bool ok = true;
        int32_t side = -1;   /* the one block after h that a branch from before the loop enters */
        for (uint32_t k = h + 1; k <= e && ok; k++) ok = !entry[k] && c->loop_head[k] == 0;
        for (uint32_t i = 0; i + 1 < c->nbranches && ok; i += 2) {
            uint32_t from = block_at(c, c->branches[i]), to = block_at(c, c->branches[i + 1]);
            if (to <= h || to > e || (from >= h && from <= e)) continue;
            if (from > e || (side >= 0 && (uint32_t)side != to)) ok = false;
            side = (int32_t)to;
        }
        if (!ok) continue;
        c->loop_end[h] = (int32_t)e;
        c->loop_entry[h] = side;
        for (uint32_t k = h; k <= e; k++) c->loop_head[k] = h + 1;
    }
    uint32_t t = 0;
    for (uint32_t i = 0; i < n; i++) {
        c->top_ord[i] = t;
        t += tc_top_level(c, i);
    }
    c->top_ord[n] = t;
    c->ntop = t;
    free(entry);
    free(reach);
    return true;
}

bool tc_top_level(Comp *c, uint32_t b) { return !(c->loop_head[b] && c->loop_head[b] - 1 != b); }

/* The open labels at block cur's code, outermost first: $out, the dispatch
 * loop, the top-level blocks after cur (a later one further out), then, in a
 * loop h..e, the wasm loop and its blocks after cur, then c->depth of the
 * op's own structure. */
static uint32_t inside_loop(Comp *c) {
    uint32_t h = c->loop_head[c->cur];
    return h ? (uint32_t)c->loop_end[h - 1] - c->cur + 1 : 0;   /* its blocks after cur, and the loop */
}

uint32_t tc_depth_dispatch(Comp *c) {
    if (!c->top_ord) return c->nblocks - 1 - c->cur + c->depth;   /* analysis: the bytes are dropped */
    return c->depth + inside_loop(c) + (c->ntop - c->top_ord[c->cur + 1]);
}

uint32_t tc_depth_forward(Comp *c, uint32_t b) {
    if (!c->top_ord) return b - c->cur - 1 + c->depth;
    uint32_t h = c->loop_head[c->cur];
    if (h && b <= (uint32_t)c->loop_end[h - 1]) return c->depth + (b - c->cur - 1);
    return c->depth + inside_loop(c) + (c->top_ord[b] - c->top_ord[c->cur + 1]);
}

bool tc_jump_into_loop(Comp *c, uint32_t b) {
    uint32_t h = c->loop_head[b];
    if (!c->top_ord || !h || h - 1 == b || c->loop_head[c->cur] == h) return false;
    i32c(c, 1); lset(c, L_IN);
    op(c, W_BR); u32(c, tc_depth_forward(c, h - 1));
    return true;
}

void tc_open_loop(Comp *c) {
    int32_t e = c->loop_end[c->cur];
    if (e < 0) return;
    op(c, W_LOOP); op(c, WT_VOID);
    for (uint32_t k = c->cur + 1; k <= (uint32_t)e; k++) { op(c, W_BLOCK); op(c, WT_VOID); }
    if (c->loop_entry[c->cur] < 0) return;
    lget(c, L_IN);
    if_void(c);
    i32c(c, 0); lset(c, L_IN);
    op(c, W_BR); u32(c, tc_depth_forward(c, (uint32_t)c->loop_entry[c->cur]));
    end(c);
}

int32_t tc_depth_back_edge(Comp *c, uint32_t b) {
    if (!c->top_ord) return -1;
    uint32_t h = c->loop_head[c->cur];
    if (!h || h - 1 != b) return -1;
    return (int32_t)(c->depth + (uint32_t)c->loop_end[b] - c->cur);
}
