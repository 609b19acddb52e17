/* fuse.c — nodes into kernels (docs/architecture.md §4).
 *
 * A kernel is one emitted C function.  It owns a chain of nodes; its
 * signature is its boundary tensors: what it reads that it does not produce,
 * and what it produces that is stored (read by a later kernel, or a slab
 * tensor).  Kernels run in graph order within each entry point.
 *
 * Names say what a kernel does and its shape: k<index>_<what>_<shape>, the
 * shape of the anchor node's first output (k04_conv2d_fwd_n32_h11w11c64).
 */
#include <string.h>

#include "diag.h"
#include "ir.h"

kiln_family kiln_family_of(kiln_op op)
{
    switch (op) {
    case OP_CONV2D: return FAM_CONV_FWD;
    case OP_CONV2D_BWD_DATA: return FAM_CONV_BWD_DATA;
    case OP_CONV2D_BWD_WEIGHTS: return FAM_CONV_BWD_WEIGHTS;
    case OP_DENSE: case OP_DENSE_BWD_DATA: case OP_DENSE_BWD_WEIGHTS: return FAM_GEMM;
    case OP_MAXPOOL: case OP_MAXPOOL_BWD: return FAM_POOL;
    case OP_BN_TRAIN: case OP_BN_INFER: case OP_BN_BWD: return FAM_BN;
    case OP_SOFTMAX: case OP_SOFTMAX_BWD: case OP_SOFTMAX_CE_SPARSE: case OP_SOFTMAX_CE:
    case OP_SIGMOID_BCE: case OP_MSE: case OP_REG: case OP_SOFTMAX_CE_SPARSE_BWD:
    case OP_SOFTMAX_CE_BWD: case OP_SIGMOID_BCE_BWD: case OP_MSE_BWD: case OP_REG_BWD:
        return FAM_LOSS;
    case OP_ADAM_UPDATE: case OP_SGD_UPDATE: return FAM_OPTIMIZER;
    case OP_REORDER: case OP_BN_FOLD: return FAM_REORDER;  /* BN_FOLD: a weight copy (plan_memory.c) */
    default: return FAM_ELTWISE;
    }
}

const char *kiln_family_name(kiln_family f)
{
    static const char *const names[FAM__COUNT] = {
        "conv_fwd", "conv_bwd_data", "conv_bwd_weights", "gemm", "eltwise",
        "pool", "batchnorm", "loss", "optimizer", "reorder"};
    return f >= 0 && f < FAM__COUNT ? names[f] : "?";
}

static const char *kernel_base(const kiln_node *n)
{
    switch (n->op) {
    case OP_CONV2D: return "conv2d_fwd";
    case OP_DENSE: return "dense_fwd";
    case OP_MAXPOOL: return "maxpool_fwd";
    case OP_BN_TRAIN: return "batchnorm_fwd_training";
    case OP_BN_INFER: return "batchnorm_fwd_inference";
    case OP_CONV2D_BWD_DATA: return "conv2d_bwd_data";
    case OP_CONV2D_BWD_WEIGHTS: return "conv2d_bwd_weights";
    case OP_DENSE_BWD_DATA: return "dense_bwd_data";
    case OP_DENSE_BWD_WEIGHTS: return "dense_bwd_weights";
    case OP_BN_BWD: return "batchnorm_bwd";
    default: return kiln_ops[n->op].name;
    }
}

static const char *shape_suffix(kiln_arena *a, const kiln_tensor *t)
{
    if (t->rank == 4 && t->batched)
        return kiln_arena_printf(a, "n%d_h%dw%dc%d", t->dims[0], t->dims[1], t->dims[2], t->dims[3]);
    if (t->rank == 4) return kiln_arena_printf(a, "%dx%dx%dx%d", t->dims[0], t->dims[1], t->dims[2], t->dims[3]);
    if (t->rank == 2 && t->batched) return kiln_arena_printf(a, "n%d_k%d", t->dims[0], t->dims[1]);
    if (t->rank == 2) return kiln_arena_printf(a, "%dx%d", t->dims[0], t->dims[1]);
    if (t->rank == 1) return kiln_arena_printf(a, "%s%d", t->batched ? "n" : "c", t->dims[0]);
    return "";
}

/* The tensor whose shape names a kernel: its first output, else first input. */
static int naming_tensor(const kiln_node *n)
{
    for (int k = 0; k < n->nout; k++)
        if (n->out[k] >= 0) return n->out[k];
    return n->nin ? n->in[0] : -1;
}

static void add_unique(int *list, int *n, int cap, int t)
{
    for (int i = 0; i < *n; i++)
        if (list[i] == t) return;
    if (*n == cap) KILN_BUG("kernel has more than %d boundary tensors", cap);
    list[(*n)++] = t;
}

/* Nodes (any entry) that read tensor t. */
static int readers(const kiln_graph *g, int t, int *who, int cap)
{
    int n = 0;
    for (int i = 0; i < g->nn; i++)
        for (int j = 0; j < g->n[i].nin; j++)
            if (g->n[i].in[j] >= 0 && kiln_tensor_storage(g, g->n[i].in[j]) == t) {
                if (n < cap) who[n] = i;
                n++;
                break;
            }
    return n;
}

static int fusable(const kiln_graph *g, int anchor, int last, int next);

/* Max-pooling in the epilogue of the blocked convolution or batch
 * normalization before it (with or without its ReLU): 'valid', windows that tile the image (strides = pool
 * size) of at most 16 elements, the convolution's output blocked, and nothing else reading that output but the pooling's backward
 * (blocked, writing, with at most the ReLU backward of the layer fused after
 * it).  The output is then never stored: the kernel writes the pooled
 * tensor and, when there is a backward, a 1-byte argmax per pooled element
 * (kiln_fuse), which the pooling's backward reads instead. */
static int pool_in_epilogue(const kiln_graph *g, int anchor, int last, int next)
{
    const kiln_node *a = &g->n[anchor], *l = &g->n[last], *x = &g->n[next];
    int conv = a->op == OP_CONV2D && g->t[a->in[1]].form != FORM_KERAS;
    int bn = (a->op == OP_BN_TRAIN || a->op == OP_BN_INFER) && g->t[a->in[0]].block;
    if ((!conv && !bn) || x->op != OP_MAXPOOL || x->in[0] != l->out[0]) return 0;
    if (bn && g->t[x->out[0]].block != g->t[a->in[0]].block) return 0;  /* pooled in the same blocks */
    if (last != anchor && !(last == anchor + 1 && l->op == OP_RELU)) return 0;
    const kiln_attrs *pa = &x->a;
    if (pa->same || pa->pad_top || pa->pad_left || pa->sh != pa->kh || pa->sw != pa->kw || pa->kh * pa->kw > 16)
        return 0;
    int c = l->out[0];
    const kiln_tensor *ct = &g->t[c], *y = &g->t[x->out[0]];
    if (!ct->block || ct->alias >= 0) return 0;  /* (its halo, if any, is never stored either) */
    if (y->block && y->block != ct->block) return 0;
    for (int u = 0; u < g->nt; u++)
        if (g->t[u].alias == c) return 0;
    int who[8], nr = readers(g, c, who, 8);
    if (nr > 8) return 0;
    for (int r = 0; r < nr; r++) {
        const kiln_node *m = &g->n[who[r]];
        if (who[r] == next) continue;
        if (m->op == OP_MAXPOOL_BWD && m->in[1] == c && m->in[0] != c && !m->a.accumulate && g->t[m->in[0]].block &&
            m->entries == ENTRY_TRAIN)
            continue;
        /* the ReLU backward of this layer, fused into the pooling's backward */
        if (m->op == OP_RELU_BWD && m->in[1] == c && who[r] > 0 && g->n[who[r] - 1].op == OP_MAXPOOL_BWD &&
            g->n[who[r] - 1].in[1] == c && fusable(g, who[r] - 1, who[r] - 1, who[r]))
            continue;
        return 0;
    }
    return 1;
}

/* Can node `next` join the kernel that ends with node `last` (its anchor
 * `anchor`)?  The epilogues the blocked families implement: a convolution
 * or a Dense followed by the ReLU of its layer, when nothing else reads the
 * pre-activation. */
static int fusable(const kiln_graph *g, int anchor, int last, int next)
{
    if (g->isa->lanes <= 1) return 0;
    const kiln_node *a = &g->n[anchor], *l = &g->n[last], *x = &g->n[next];
    if (a->entries != x->entries) return 0;
    if (x->op == OP_MAXPOOL) return pool_in_epilogue(g, anchor, last, next);
    int who[2];
    /* max-pooling backward then the ReLU backward of the pooled activation:
     * dy goes to the window's maximum only where that maximum is positive */
    if (last == anchor && a->op == OP_MAXPOOL_BWD && g->t[a->in[0]].block && !a->a.accumulate && x->op == OP_RELU_BWD &&
        x->in[0] == a->out[0] && x->in[1] == a->in[1] && g->t[x->out[0]].block == g->t[a->out[0]].block &&
        !memcmp(g->t[x->out[0]].halo, g->t[a->out[0]].halo, sizeof g->t[0].halo))
        return readers(g, a->out[0], who, 2) == 1;
    /* max-pooling backward from an argmax (and the ReLU backward after it)
     * then the batch normalization's backward that alone reads its
     * gradient: dy made where BN reads it, never stored */
    if (a->op == OP_MAXPOOL_BWD && x->op == OP_BN_BWD && x->in[0] == l->out[0] && g->t[a->in[0]].block &&
        g->t[a->in[1]].argmax >= 0 && !a->a.accumulate && !x->a.accumulate && x->entries == ENTRY_TRAIN &&
        (last == anchor || (last == anchor + 1 && l->op == OP_RELU_BWD && !l->a.accumulate)) &&
        g->t[x->in[0]].block == g->t[a->in[0]].block && g->t[x->in[1]].block == g->t[a->in[0]].block)
        return readers(g, l->out[0], who, 2) == 1;
    /* ... or then the blocked backward-weights of the convolution below that
     * alone reads it (a first layer: no backward-data) */
    if (a->op == OP_MAXPOOL_BWD && x->op == OP_CONV2D_BWD_WEIGHTS && x->in[0] == l->out[0] && g->t[a->in[0]].block &&
        g->t[a->in[1]].argmax >= 0 && !a->a.accumulate && x->entries == ENTRY_TRAIN &&
        g->t[x->out[0]].form == FORM_CONV_W &&
        (last == anchor || (last == anchor + 1 && l->op == OP_RELU_BWD && !l->a.accumulate)) &&
        g->t[x->in[0]].block == g->t[a->in[0]].block)
        return readers(g, l->out[0], who, 2) == 1;
    /* a strided backward-data and the ReLU backward of the layer below, then
     * that layer's blocked backward-weights, which alone reads the gradient
     * (a first layer: no backward-data of its own): sample by sample, the
     * gradient goes to a per-thread buffer and its weight gradient is summed
     * from there while it is in L2; the full-size gradient is never stored */
    if (a->op == OP_CONV2D_BWD_DATA && last == anchor + 1 && l->op == OP_RELU_BWD && !l->a.accumulate &&
        x->op == OP_CONV2D_BWD_WEIGHTS &&
        x->in[0] == l->out[0] && (a->a.sh > 1 || a->a.sw > 1) && g->t[l->out[0]].block &&
        g->t[x->out[0]].form == FORM_CONV_W && x->entries == ENTRY_TRAIN)
        return readers(g, l->out[0], who, 2) == 1;
    if (last != anchor) return 0;
    /* backward-data (blocked direct, or the vector GEMM) then the ReLU
     * backward of the layer below: its mask in the epilogue */
    if ((a->op == OP_CONV2D_BWD_DATA || a->op == OP_DENSE_BWD_DATA) && !a->a.accumulate &&
        x->op == OP_RELU_BWD && x->in[0] == a->out[0]) {
        const kiln_tensor *dx = &g->t[a->out[0]], *y = &g->t[x->in[1]], *o = &g->t[x->out[0]];
        int same = dx->block == y->block && dx->block == o->block && !memcmp(dx->halo, y->halo, sizeof dx->halo) &&
                   !memcmp(dx->halo, o->halo, sizeof dx->halo) && dx->cpad == o->cpad;
        int ok = a->op == OP_DENSE_BWD_DATA || dx->block;
        return same && ok && readers(g, a->out[0], who, 2) == 1;
    }
    /* a loss and its gradient (moved next to it by kiln_fuse) */
    if ((a->op == OP_SOFTMAX_CE_SPARSE && x->op == OP_SOFTMAX_CE_SPARSE_BWD) ||
        (a->op == OP_SOFTMAX_CE && x->op == OP_SOFTMAX_CE_BWD) || (a->op == OP_SIGMOID_BCE && x->op == OP_SIGMOID_BCE_BWD))
        return x->in[0] == a->out[0] && x->in[1] == a->in[1] && !x->a.accumulate && readers(g, a->out[0], who, 2) == 1;
    /* batch normalization then a ReLU: max(y, 0) as y is written */
    if ((a->op == OP_BN_TRAIN || a->op == OP_BN_INFER) && g->t[a->in[0]].block && x->op == OP_RELU &&
        x->in[0] == a->out[0] && g->t[x->out[0]].block == g->t[a->out[0]].block &&
        !memcmp(g->t[x->out[0]].halo, g->t[a->out[0]].halo, sizeof g->t[0].halo))
        return readers(g, a->out[0], who, 2) == 1;
    int conv = a->op == OP_CONV2D && g->t[a->in[1]].form != FORM_KERAS;  /* the blocked family */
    int dense = a->op == OP_DENSE;  /* the vector GEMM (lanes > 1, checked above) */
    /* a Dense forward then the softmax of its layer (eval and predict: in
     * training it is folded into the loss), when every column fits one
     * register tile (schedule.c then gives one column group, so a thread
     * holds whole rows): each row's logits go from the accumulators to a
     * buffer on the stack and its probabilities to y; the logits are never
     * stored */
    if (dense && x->op == OP_SOFTMAX && x->in[0] == a->out[0]) {
        int VL = g->isa->lanes, max_jv = g->isa->registers >= 32 ? 4 : 2;
        return g->t[a->out[0]].dims[1] <= max_jv * VL && g->t[a->out[0]].rank == 2 &&
               readers(g, a->out[0], who, 2) == 1;
    }
    /* ... or its sigmoid, elementwise and so of any width (predict's folded
     * one of the last layer, or a hidden layer's, whose backward reads the
     * sigmoid's output, not the Dense's) */
    if (dense && x->op == OP_SIGMOID && x->in[0] == a->out[0]) return readers(g, a->out[0], who, 2) == 1;
    if (!conv && !dense) return 0;
    if (x->op != OP_RELU || x->in[0] != l->out[0]) return 0;
    if (g->t[x->out[0]].block != g->t[a->out[0]].block) return 0;
    return readers(g, a->out[0], who, 2) == 1;
}

/* Moves the gradient of the loss computed by node i up to i + 1, when the
 * nodes between neither touch what it reads or writes (the regularizers sit
 * there: they read weights and add to the loss).  Returns 1 if moved. */
static int bring_loss_gradient(kiln_graph *g, int i)
{
    const kiln_node *a = &g->n[i];
    kiln_op want = a->op == OP_SOFTMAX_CE_SPARSE ? OP_SOFTMAX_CE_SPARSE_BWD : a->op == OP_SOFTMAX_CE ? OP_SOFTMAX_CE_BWD
                 : a->op == OP_SIGMOID_BCE        ? OP_SIGMOID_BCE_BWD
                                                  : OP__COUNT;
    if (want == OP__COUNT || g->isa->lanes <= 1) return 0;
    for (int j = i + 1; j < g->nn && j < i + 64; j++) {
        const kiln_node *x = &g->n[j];
        if (x->op == want && x->in[0] == a->out[0] && x->entries == a->entries) {
            for (int m = i + 1; m < j; m++) {  /* nothing between writes what it reads or touches what it writes */
                const kiln_node *y = &g->n[m];
                for (int q = 0; q < y->nin + y->nout; q++) {
                    int t = q < y->nin ? y->in[q] : y->out[q - y->nin];
                    if (t >= 0 && (t == x->out[0] || (q >= y->nin && (t == x->in[0] || t == x->in[1])))) return 0;
                }
            }
            kiln_node moved = *x;
            memmove(&g->n[i + 2], &g->n[i + 1], sizeof(kiln_node) * (size_t)(j - i - 1));
            g->n[i + 1] = moved;
            return 1;
        }
    }
    return 0;
}

/* The argmax of a max-pooling fused into a convolution (pool_in_epilogue),
 * when a pooling backward reads the convolution's output: uint8 per pooled
 * element, laid out as nChw{b}c without a halo (b the convolution output's
 * block): bits 0-6 the window element (row-major) of the first maximum, bit
 * 7 set when that maximum is positive (the ReLU backward's mask). */
static void add_argmax(kiln_graph *g, kiln_kernel *k, int pool)
{
    int c = g->n[pool].in[0], y = g->n[pool].out[0], who[8];
    int nr = readers(g, c, who, 8), bwd = 0;
    for (int r = 0; r < nr && r < 8; r++) bwd |= g->n[who[r]].op == OP_MAXPOOL_BWD;
    if (!bwd) return;
    const char *name = kiln_arena_printf(g->arena, "%s.argmax", g->t[y].name);
    int dims[4];
    memcpy(dims, g->t[y].dims, sizeof dims);
    int a = kiln_graph_add_tensor(g, name, g->t[y].origin, KILN_ROLE_ACT, DT_U8, 4, dims, 1);
    kiln_tensor *t = &g->t[a];
    t->block = g->t[c].block;
    t->cpad = g->t[c].cpad;
    int64_t bytes = (int64_t)dims[0] * dims[1] * dims[2] * t->cpad;
    t->storage = (bytes + 3) / 4;  /* in float32 elements, as the arena counts */
    g->t[c].argmax = a;
    add_unique(k->out, &k->n_out, KILN_MAX_KOUT, a);
}

/* The regularizers' gradients (autodiff.c puts them last) run in the
 * optimizer's update, which reads the same weights and gradients: each
 * gradient slice gets its penalty term added as it is updated, and is
 * stored with it: the same floating-point operations in the same order as
 * the separate passes (seed003_mlp_l2, SGD with L2, trains to the same bits;
 * where the JIT's -ffp-contract=fast contracts the term into the update's
 * arithmetic, as for seed004's Adam with L1, the weights' last bits may
 * differ).  seed003_mlp_l2's two passes over 545 840 weights and gradients
 * and their barriers go: its three kernels 0.061 -> 0.049 ms.  When node i
 * starts a run of REG_BWD nodes that ends at the optimizer's node, within
 * KILN_MAX_FUSED nodes: that node; else -1. */
static int reg_bwd_run(const kiln_graph *g, int i)
{
    int j = i;
    while (j < g->nn && g->n[j].op == OP_REG_BWD) j++;
    if (j == i || j >= g->nn || !(kiln_ops[g->n[j].op].flags & OPF_OPTIMIZER) || j - i + 1 > KILN_MAX_FUSED) return -1;
    return j;
}

/* Predict's OUTPUT node (a copy into kiln_step.out) needs no kernel when
 * the tensor it copies can be written there in the first place: plain and
 * unpadded, made in predict alone by a kernel that writes its rows up to the
 * run-time nb (a softmax, an activation, a Dense: what ends a model), and
 * read by nothing else.  Saves a kernel and its barrier per call (at batch
 * 1, about a microsecond of a 20-microsecond predict). */
static int output_in_place(const kiln_graph *g, const kiln_node *n)
{
    if (n->op != OP_OUTPUT) return 0;
    int t = n->in[0], who[2];
    const kiln_tensor *x = &g->t[t];
    if (x->role != KILN_ROLE_ACT || x->alias >= 0 || x->block || x->halo[0] || x->halo[1] || x->halo[2] ||
        x->halo[3] || (x->cpad && x->cpad != x->dims[x->rank - 1]))
        return 0;
    for (int u = 0; u < g->nt; u++)
        if (g->t[u].alias == t) return 0;
    if (readers(g, t, who, 2) != 1) return 0;
    for (int i = 0; i < g->nn; i++) {
        const kiln_node *p = &g->n[i];
        for (int o = 0; o < p->nout; o++) {
            if (p->out[o] != t) continue;
            kiln_family f = kiln_family_of(p->op);
            if (p->entries != ENTRY_PREDICT || (f != FAM_LOSS && f != FAM_ELTWISE && f != FAM_GEMM)) return 0;
        }
    }
    return 1;
}

void kiln_fuse(kiln_graph *g)
{
    g->k = KILN_NEW(g->arena, kiln_kernel, g->nn > 0 ? g->nn : 1);
    g->nk = 0;
    for (int i = 0; i < g->nn;) {
        if (output_in_place(g, &g->n[i])) {
            g->t[g->n[i].in[0]].to_out = 1;
            i++;
            continue;
        }
        kiln_kernel *k = &g->k[g->nk];
        memset(k, 0, sizeof *k);
        bring_loss_gradient(g, i);
        const kiln_node *a = &g->n[i];
        k->family = kiln_family_of(a->op);
        k->anchor = i;
        k->entries = a->entries;
        k->scratch[0] = k->scratch[1] = -1;
        k->nodes[k->n_nodes++] = i;
        int last = i++;
        int upd = reg_bwd_run(g, k->anchor);
        if (upd >= 0) {  /* the regularizers' gradients, then the update: anchored on the update */
            while (i <= upd) k->nodes[k->n_nodes++] = i++;
            k->anchor = upd;
            k->family = FAM_OPTIMIZER;
        }
        while (upd < 0 && i < g->nn && k->n_nodes < KILN_MAX_FUSED && fusable(g, k->anchor, last, i)) {
            k->nodes[k->n_nodes++] = i;
            last = i++;
        }
        /* boundaries: what a node reads that no earlier node of the kernel
         * wrote; what it writes unless only the kernel reads it */
        for (int q = 0; q < k->n_nodes; q++) {
            kiln_node *n = &g->n[k->nodes[q]];
            n->group = g->nk;
            for (int j = 0; j < n->nin; j++) {
                int t = n->in[j], inside = 0;
                if (t < 0) continue;
                for (int r = 0; r < q; r++)
                    for (int o = 0; o < g->n[k->nodes[r]].nout; o++)
                        if (g->n[k->nodes[r]].out[o] == t) inside = 1;
                if (!inside) add_unique(k->in, &k->n_in, KILN_MAX_KIN, t);
            }
        }
        int pool = -1;  /* a max-pooling in the epilogue: the node */
        for (int q = 1; q < k->n_nodes; q++)
            if (g->n[k->nodes[q]].op == OP_MAXPOOL) pool = k->nodes[q];
        for (int q = 0; q < k->n_nodes; q++) {
            const kiln_node *n = &g->n[k->nodes[q]];
            for (int o = 0; o < n->nout; o++) {
                int t = n->out[o];
                if (t < 0) continue;
                if (pool >= 0 && t == g->n[pool].in[0]) {  /* pooled in the epilogue: never stored */
                    g->t[t].kernel_local = 1;
                    continue;
                }
                int who[KILN_MAX_FUSED + 1], nr = readers(g, t, who, KILN_MAX_FUSED + 1), outside = 0;
                for (int r = 0; r < nr && r <= KILN_MAX_FUSED; r++)
                    if (g->n[who[r]].group != g->nk || who[r] < k->nodes[0]) outside = 1;
                if (nr > KILN_MAX_FUSED) outside = 1;
                kiln_tensor *x = &g->t[t];
                if (k->n_nodes > 1 && !outside && nr > 0 && x->role == KILN_ROLE_ACT && x->alias < 0) {
                    int aliased = 0;
                    for (int u = 0; u < g->nt; u++)
                        if (g->t[u].alias == t) aliased = 1;
                    if (!aliased) {
                        x->kernel_local = 1;
                        continue;
                    }
                }
                add_unique(k->out, &k->n_out, KILN_MAX_KOUT, t);
            }
        }
        if (pool >= 0) add_argmax(g, k, pool);
        /* a pooling backward whose forward went into a convolution's epilogue
         * reads the argmax that epilogue wrote, not the convolution's output */
        for (int j = 0; j < k->n_in; j++)
            if (g->t[k->in[j]].argmax >= 0) k->in[j] = g->t[k->in[j]].argmax;
        const kiln_node *an = &g->n[k->anchor];
        int nt = naming_tensor(an);
        const char *sfx = nt >= 0 ? shape_suffix(g->arena, &g->t[nt]) : "";
        if (kiln_ops[an->op].flags & OPF_OPTIMIZER)
            sfx = kiln_arena_printf(g->arena, "p%lld", (long long)g->n_params);
        const char *base = kernel_base(an);
        if (k->n_nodes > 1) {
            /* the fused ops after the anchor's, each op once in a row (an
             * update's regularizer gradients come before it) */
            const char *epi = "";
            for (int q = 0, prev = -1; q < k->n_nodes; q++) {
                int op = g->n[k->nodes[q]].op;
                if (k->nodes[q] == k->anchor || op == prev) continue;
                epi = kiln_arena_printf(g->arena, "%s_%s", epi, kiln_ops[op].name);
                prev = op;
            }
            base = kiln_arena_printf(g->arena, "%s%s", base, epi);
        }
        k->name = kiln_arena_printf(g->arena, "k%02d_%s%s%s", g->nk, base, *sfx ? "_" : "", sfx);
        g->nk++;
    }
}
