/* plan_memory.c — the static plan of the activation arena, over kernels.
 *
 * Entry points never run at the same time and nothing in the arena outlives
 * a call, so each entry is planned on its own and the arena is as large as
 * the largest plan.  What is placed: every activation a kernel reads or
 * writes at its boundary and every scratch tensor of a kernel — not the
 * intermediates a fused kernel keeps in registers (kernel_local).  Each takes
 * its physical layout's storage (ir.h).  Within an entry a tensor is live
 * from the first to the last kernel that touches it; tensors are placed
 * largest first at the lowest 64-byte-aligned offset that overlaps no live
 * tensor already placed (greedy best-fit, as ggml's allocator does).  A
 * tensor whose interval touches another's never shares its bytes, so no
 * kernel reads what it writes.
 *
 * One exception to "nothing outlives a call": the weight copies of the
 * inference entries (a REORDER kernel that reads only parameters or state and
 * runs in eval_step/predict, never in train_step) are held.  They go above
 * both plans, one after another, where no entry's activations reach, so a
 * caller that holds the weights (kiln_abi.h: weights_version) lets eval and
 * predict skip the reorders after their first call.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "ir.h"

typedef struct {
    int t;
    int first, last;
    int64_t size;
} live;

static int by_size_desc(const void *a, const void *b)
{
    const live *x = a, *y = b;
    if (x->size != y->size) return x->size < y->size ? 1 : -1;
    return x->t - y->t;  /* deterministic */
}

static int64_t plan_entry(kiln_graph *g, int mask, live *L, char *placed)
{
    int n = 0;
    int *slot = calloc((size_t)g->nt, sizeof *slot);
    for (int t = 0; t < g->nt; t++) slot[t] = -1;
    for (int i = 0; i < g->nk; i++) {
        const kiln_kernel *kk = &g->k[i];
        if (!(kk->entries & mask)) continue;
        int ops[KILN_MAX_KIN + KILN_MAX_KOUT + 2], k = 0;
        for (int j = 0; j < kk->n_in; j++) ops[k++] = kk->in[j];
        for (int j = 0; j < kk->n_out; j++) ops[k++] = kk->out[j];
        for (int j = 0; j < 2; j++) ops[k++] = kk->scratch[j];
        for (int j = 0; j < k; j++) {
            if (ops[j] < 0) continue;
            int s = kiln_tensor_storage(g, ops[j]);
            if (g->t[s].role != KILN_ROLE_ACT || g->t[s].kernel_local || g->t[s].held || g->t[s].to_out) continue;
            if (slot[s] < 0) {
                slot[s] = n;
                L[n++] = (live){.t = s, .first = i, .last = i,
                                .size = (g->t[s].storage + 15) & ~(int64_t)15};
            }
            L[slot[s]].last = i;
        }
    }
    free(slot);
    qsort(L, (size_t)n, sizeof *L, by_size_desc);
    int64_t top = 0;
    for (int a = 0; a < n; a++) {
        /* Lowest offset that fits between the already-placed overlapping tensors. */
        int64_t off = 0;
        for (int moved = 1; moved;) {
            moved = 0;
            for (int b = 0; b < a; b++) {
                if (L[b].last < L[a].first || L[a].last < L[b].first) continue;
                int64_t bo = g->t[L[b].t].offset;
                if (off < bo + L[b].size && bo < off + L[a].size) {
                    off = bo + L[b].size;
                    moved = 1;
                }
            }
        }
        if (placed[L[a].t]) KILN_BUG("tensor %s is used by two entry points", g->t[L[a].t].name);
        placed[L[a].t] = 1;
        g->t[L[a].t].offset = off;
        if (off + L[a].size > top) top = off + L[a].size;
    }
    return top;
}

/* A kernel whose only work is to copy weights into an inference entry's
 * layout (a REORDER, or a BN_FOLD of a batch normalization into the kernel
 * before it): every input is a parameter, state or an earlier weight
 * copy's output, it never runs in train_step, and what it writes no other
 * kernel writes.  Kernels are taken in plan order, so an earlier copy's
 * outputs are marked held by then. */
static int is_weight_copy(const kiln_graph *g, const kiln_kernel *k)
{
    if (k->family != FAM_REORDER || (k->entries & ENTRY_TRAIN) || !k->entries || k->n_in == 0) return 0;
    for (int j = 0; j < k->n_in; j++) {
        const kiln_tensor *t = &g->t[kiln_tensor_storage(g, k->in[j])];
        if (t->role != KILN_ROLE_PARAM && t->role != KILN_ROLE_STATE && !t->held) return 0;
    }
    for (int j = 0; j < k->n_out; j++) {
        const kiln_tensor *t = &g->t[kiln_tensor_storage(g, k->out[j])];
        if (t->role != KILN_ROLE_ACT || t->kernel_local) return 0;
    }
    return 1;
}

void kiln_plan_memory(kiln_graph *g)
{
    live *L = calloc((size_t)g->nt + 1, sizeof *L);
    char *placed = calloc((size_t)g->nt + 1, 1);
    for (int i = 0; i < g->nk; i++) {
        kiln_kernel *k = &g->k[i];
        k->weight_copy = is_weight_copy(g, k);
        for (int j = 0; k->weight_copy && j < k->n_out; j++) g->t[kiln_tensor_storage(g, k->out[j])].held = 1;
    }
    /* A held copy another kernel writes too would not survive: no kernel may. */
    for (int i = 0; i < g->nk; i++) {
        const kiln_kernel *k = &g->k[i];
        for (int j = 0; !k->weight_copy && j < k->n_out; j++)
            if (g->t[kiln_tensor_storage(g, k->out[j])].held)
                KILN_BUG("held weight copy %s is written by kernel %s", g->t[k->out[j]].name, k->name);
    }
    int64_t train = plan_entry(g, ENTRY_TRAIN, L, placed);
    int64_t infer = plan_entry(g, ENTRY_EVAL | ENTRY_PREDICT, L, placed);
    int64_t top = train > infer ? train : infer;
    for (int t = 0; t < g->nt; t++) {
        kiln_tensor *x = &g->t[t];
        if (!x->held || x->alias >= 0) continue;
        x->offset = top;
        top += (x->storage + 15) & ~(int64_t)15;
    }
    g->n_arena = top;
    if (g->n_arena == 0) g->n_arena = 16;
    for (int t = 0; t < g->nt; t++) {
        kiln_tensor *x = &g->t[t];
        if (x->alias >= 0) x->offset = g->t[kiln_tensor_storage(g, t)].offset;
    }
    free(L);
    free(placed);
}
