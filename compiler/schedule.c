/* schedule.c — how each kernel runs (docs/architecture.md §4): its register
 * tile, how its work is shared among threads, and the scratch it needs.
 *
 * Every entry point is one OpenMP parallel region; a kernel shares its work
 * out with static work-sharing (so the split depends only on the thread
 * count, and results are bit-reproducible for a thread count), or runs on
 * one thread (omp single).  Scratch tensors are planned in the arena by
 * plan_memory, live only while their kernel runs: nothing is allocated in a
 * step and no kernel keeps static buffers.
 */
#include "diag.h"
#include "ir.h"

/* A scratch tensor named after `base` (unbatched, in the arena). */
static int scratch(kiln_graph *g, int base, const char *what, int rank, const int *dims)
{
    char name[256];
    snprintf(name, sizeof name, "%s.%s", g->t[base].name, what);
    return kiln_graph_add_tensor(g, name, g->t[base].origin, KILN_ROLE_ACT, DT_F32, rank, dims, 0);
}

static void schedule_plain(kiln_graph *g, kiln_kernel *k)
{
    const kiln_node *n = &g->n[k->anchor];
    switch (n->op) {
    case OP_BN_TRAIN: case OP_BN_BWD: k->parallel = PAR_CHANNELS; break;
    case OP_CONV2D_BWD_WEIGHTS: k->parallel = PAR_TAPS; break;
    case OP_DENSE_BWD_WEIGHTS: k->parallel = PAR_OUTPUT_ROWS; break;
    case OP_SOFTMAX_CE_SPARSE: case OP_SOFTMAX_CE: case OP_SIGMOID_BCE: case OP_MSE: case OP_REG:
    case OP_OUTPUT:
        k->parallel = PAR_SINGLE;
        break;
    case OP_REG_BWD: case OP_ADAM_UPDATE: case OP_SGD_UPDATE: case OP_REORDER:
        k->parallel = PAR_ELEMENTS;
        break;
    case OP_CONV2D_BWD_DATA: {
        /* the kernel transposed to (KH, KW, F, C): the innermost loop runs over c */
        const kiln_tensor *w = &g->t[n->in[1]];
        k->scratch[0] = scratch(g, n->in[1], "transposed", 4,
                                (int[]){w->dims[0], w->dims[1], w->dims[3], w->dims[2]});
        k->parallel = PAR_BATCH;
        break;
    }
    case OP_DENSE_BWD_DATA: {
        const kiln_tensor *w = &g->t[n->in[1]];
        k->scratch[0] = scratch(g, n->in[1], "transposed", 2, (int[]){w->dims[1], w->dims[0]});
        k->parallel = PAR_BATCH;
        break;
    }
    default: k->parallel = PAR_BATCH; break;
    }
}

void kiln_schedule(kiln_graph *g)
{
    for (int i = 0; i < g->nk; i++) {
        kiln_kernel *k = &g->k[i];
        k->tile = (kiln_tile){0, 0, 0, 0};
        k->partial_sums = 0;
        schedule_plain(g, k);
        for (int s = 0; s < 2; s++)
            if (k->scratch[s] >= 0) {
                kiln_tensor *t = &g->t[k->scratch[s]];
                t->cpad = t->dims[t->rank - 1];
                t->storage = t->size;
            }
    }
}
