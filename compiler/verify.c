/* verify.c — the graph's invariants, checked between passes.
 *
 * Any violation is a compiler bug, not a user error: it aborts with the pass
 * that broke it.  Checked: arity and operand ids; each entry point reads only
 * tensors that exist before the node runs (inputs, labels, weights, moments,
 * or an earlier output of the same entry); dtypes; slab offsets within their
 * slab once planned; and no two activations that are live together overlap
 * in the arena.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "ir.h"

static int defined_outside(const kiln_tensor *t)
{
    return t->role != KILN_ROLE_ACT;
}

static void check_entry(const kiln_graph *g, int mask, const char *after)
{
    char *def = calloc((size_t)g->nt + 1, 1);
    int *first = malloc(sizeof(int) * ((size_t)g->nt + 1)), *last = malloc(sizeof(int) * ((size_t)g->nt + 1));
    for (int t = 0; t < g->nt; t++) first[t] = last[t] = -1;
    for (int i = 0; i < g->nn; i++) {
        const kiln_node *n = &g->n[i];
        if (!(n->entries & mask)) continue;
        for (int k = 0; k < n->nin; k++) {
            int t = n->in[k];
            if (t < 0) continue;
            int s = kiln_tensor_storage(g, t);
            int ok = defined_outside(&g->t[s]) || def[s];
            /* accumulating backward nodes also read their outputs */
            if (!ok)
                KILN_BUG("after %s: node %s reads %s before anything writes it", after, n->name, g->t[t].name);
            if (first[s] < 0) first[s] = i;
            last[s] = i;
        }
        for (int k = 0; k < n->nout; k++) {
            int t = n->out[k];
            if (t < 0) continue;
            int s = kiln_tensor_storage(g, t);
            if (n->a.accumulate && !def[s] && g->t[s].role == KILN_ROLE_ACT)
                KILN_BUG("after %s: node %s accumulates into unwritten %s", after, n->name, g->t[t].name);
            def[s] = 1;
            if (first[s] < 0) first[s] = i;
            last[s] = i;
        }
    }
    /* Arena overlap of simultaneously live activations. */
    if (g->n_arena > 0) {
        for (int a = 0; a < g->nt; a++) {
            if (first[a] < 0 || g->t[a].role != KILN_ROLE_ACT || g->t[a].alias >= 0 || g->t[a].kernel_local ||
                g->t[a].to_out)  /* in kiln_step.out */
                continue;
            const kiln_tensor *x = &g->t[a];
            if (x->offset < 0 || x->offset + (x->storage ? x->storage : x->size) > g->n_arena)
                KILN_BUG("after %s: %s lies outside the arena", after, x->name);
            for (int b = a + 1; b < g->nt; b++) {
                if (first[b] < 0 || g->t[b].role != KILN_ROLE_ACT || g->t[b].alias >= 0 || g->t[b].kernel_local ||
                    g->t[b].to_out)
                    continue;
                const kiln_tensor *y = &g->t[b];
                int live_together = !(last[a] < first[b] || last[b] < first[a]);
                int64_t xs = x->storage ? x->storage : x->size, ys = y->storage ? y->storage : y->size;
                int overlap = x->offset < y->offset + ys && y->offset < x->offset + xs;
                if (live_together && overlap)
                    KILN_BUG("after %s: %s and %s overlap in the arena while both live", after, x->name,
                             y->name);
            }
        }
    }
    free(def);
    free(first);
    free(last);
}

void kiln_verify(const kiln_graph *g, const char *after)
{
    for (int i = 0; i < g->nn; i++) {
        const kiln_node *n = &g->n[i];
        if (n->op < 0 || n->op >= OP__COUNT) KILN_BUG("after %s: node %d has a bad op", after, i);
        if (n->nin != kiln_ops[n->op].nin || n->nout != kiln_ops[n->op].nout)
            KILN_BUG("after %s: node %s has the wrong arity", after, n->name);
        for (int k = 0; k < n->nin + n->nout; k++) {
            int t = k < n->nin ? n->in[k] : n->out[k - n->nin];
            if (t >= g->nt) KILN_BUG("after %s: node %s refers to tensor %d of %d", after, n->name, t, g->nt);
            if (t >= 0 && g->t[t].rank == 0) KILN_BUG("after %s: tensor %s has no shape", after, g->t[t].name);
        }
        if (!n->entries) KILN_BUG("after %s: node %s belongs to no entry point", after, n->name);
    }
    for (int t = 0; t < g->nt; t++) {
        const kiln_tensor *x = &g->t[t];
        int64_t slab = x->role == KILN_ROLE_STATE ? g->n_state
                     : (x->role == KILN_ROLE_PARAM || x->role == KILN_ROLE_GRAD || x->role == KILN_ROLE_OPT_M ||
                        x->role == KILN_ROLE_OPT_V) ? g->n_params : -1;
        if (slab >= 0 && (x->offset < 0 || x->offset + x->size > slab))
            KILN_BUG("after %s: %s lies outside its slab", after, x->name);
        if (x->alias >= 0 && g->t[kiln_tensor_storage(g, t)].size != x->size)
            KILN_BUG("after %s: alias %s has a different size from its storage", after, x->name);
    }
    check_entry(g, ENTRY_TRAIN, after);
    check_entry(g, ENTRY_EVAL, after);
    check_entry(g, ENTRY_PREDICT, after);
}

/* ---- the kernel plan ------------------------------------------------------ */

static void check_plan_entry(const kiln_graph *g, int mask, const char *after)
{
    int *first = malloc(sizeof(int) * ((size_t)g->nt + 1)), *last = malloc(sizeof(int) * ((size_t)g->nt + 1));
    char *def = calloc((size_t)g->nt + 1, 1);
    for (int t = 0; t < g->nt; t++) first[t] = last[t] = -1;
    for (int i = 0; i < g->nk; i++) {
        const kiln_kernel *k = &g->k[i];
        if (!(k->entries & mask)) continue;
        for (int j = 0; j < k->n_in + k->n_out + 2; j++) {
            int t = j < k->n_in ? k->in[j] : j < k->n_in + k->n_out ? k->out[j - k->n_in]
                                                                    : k->scratch[j - k->n_in - k->n_out];
            if (t < 0) continue;
            int s = kiln_tensor_storage(g, t);
            const kiln_tensor *x = &g->t[s];
            if (j < k->n_in && x->role == KILN_ROLE_ACT && !def[s])
                KILN_BUG("after %s: kernel %s reads %s before any kernel writes it", after, k->name,
                         g->t[t].name);
            if (j >= k->n_in) def[s] = 1;
            if (x->kernel_local) KILN_BUG("after %s: kernel-local %s is a boundary of %s", after, x->name, k->name);
            int want = kiln_layout_expected(g, k, t);
            if (want != g->t[t].block)
                KILN_BUG("after %s: kernel %s wants %s in layout block %d, it is in block %d", after, k->name,
                         g->t[t].name, want, g->t[t].block);
            if (x->role == KILN_ROLE_ACT && !x->to_out) {  /* (predict's output is in kiln_step.out) */
                if (first[s] < 0) first[s] = i;
                last[s] = i;
            }
        }
    }
    for (int a = 0; a < g->nt; a++) {
        if (first[a] < 0) continue;
        const kiln_tensor *x = &g->t[a];
        if (x->offset < 0 || x->offset + x->storage > g->n_arena)
            KILN_BUG("after %s: %s (%lld elements at %lld) lies outside the arena of %lld", after, x->name,
                     (long long)x->storage, (long long)x->offset, (long long)g->n_arena);
        for (int b = a + 1; b < g->nt; b++) {
            if (first[b] < 0) continue;
            const kiln_tensor *y = &g->t[b];
            int together = !(last[a] < first[b] || last[b] < first[a]);
            if (together && x->offset < y->offset + y->storage && y->offset < x->offset + x->storage)
                KILN_BUG("after %s: %s and %s overlap in the arena while both live", after, x->name, y->name);
        }
    }
    free(first);
    free(last);
    free(def);
}

void kiln_verify_plan(const kiln_graph *g, const char *after)
{
    char *covered = calloc((size_t)g->nn + 1, 1);
    for (int i = 0; i < g->nk; i++) {
        const kiln_kernel *k = &g->k[i];
        if (k->n_nodes < 1 || k->n_nodes > KILN_MAX_FUSED) KILN_BUG("after %s: kernel %s covers %d nodes", after, k->name, k->n_nodes);
        for (int j = 0; j < k->n_nodes; j++) {
            int n = k->nodes[j];
            if (n < 0 || n >= g->nn) KILN_BUG("after %s: kernel %s covers node %d of %d", after, k->name, n, g->nn);
            if (covered[n]) KILN_BUG("after %s: node %s is in two kernels", after, g->n[n].name);
            covered[n] = 1;
            if (g->n[n].group != i) KILN_BUG("after %s: node %s does not point at its kernel %s", after, g->n[n].name, k->name);
            if (g->n[n].entries != k->entries)
                KILN_BUG("after %s: node %s runs in other entry points than its kernel %s", after, g->n[n].name, k->name);
            if (j && k->nodes[j] <= k->nodes[j - 1]) KILN_BUG("after %s: kernel %s covers nodes out of order", after, k->name);
        }
    }
    for (int n = 0; n < g->nn; n++)
        if (!covered[n] && !(g->n[n].op == OP_OUTPUT && g->t[g->n[n].in[0]].to_out))
            KILN_BUG("after %s: node %s is in no kernel", after, g->n[n].name);
    free(covered);
    check_plan_entry(g, ENTRY_TRAIN, after);
    check_plan_entry(g, ENTRY_EVAL, after);
    check_plan_entry(g, ENTRY_PREDICT, after);
}
