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
    case OP_SOFTMAX_CE_SPARSE: case OP_SOFTMAX_CE: case OP_SIGMOID_BCE: case OP_MSE:
        /* per-sample loss and hit, as doubles, summed in order after */
        k->scratch[0] = scratch(g, n->in[0], "per_sample", 1, (int[]){4 * g->batch});
        k->parallel = PAR_BATCH;
        break;
    case OP_REG: case OP_OUTPUT:
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

/* Can a kernel hold the weights of `taps` column taps beside ocv weight
 * vectors' worth of accumulators (tile.col_taps)?  With one or two channel
 * vectors (AVX-512; one on AVX2) the broadcasts are the loads that bound a
 * tile; with more, each broadcast already serves several FMAs.  Returns the
 * accumulator budget then (4 registers spare on AVX-512: with none, clang
 * spills), else 0. */
static int col_taps_budget(const kiln_isa *isa, int ocv, int taps)
{
    if (taps < 2 || ocv > (isa->registers >= 32 ? 2 : 1)) return 0;
    return isa->registers - ocv * taps - 1 - (isa->registers >= 32 ? 4 : 0);
}

/* The accumulators a tile of ocv channel vectors may hold beside its weights
 * and a broadcast (AVX-512 up to 28, AVX2 12), fewer when it holds its `taps`
 * column taps' weights; *reuse says whether it does. */
static int acc_budget(const kiln_isa *isa, int ocv, int taps, int *reuse)
{
    int budget = isa->registers >= 32 ? 28 : 12;
    if (ocv * 2 + budget > isa->registers) budget = isa->registers - ocv - 2;
    int r = col_taps_budget(isa, ocv, taps);
    *reuse = r > 0;
    return r && r < budget ? r : budget;
}

/* Loads per FMA of a rows x cols x ocv tile, per input channel and row tap:
 * holding the column taps' weights, ocv x taps weights and the tile rows'
 * input columns ((cols - 1) * stride + taps) once; else per column tap ocv
 * weights and a broadcast per pixel. */
static double loads_per_fma(int ocv, int rows, int cols, int taps, int stride, int reuse)
{
    int acc = ocv * rows * cols, t = taps > 1 ? taps : 1;
    return reuse ? (double)(ocv * t + rows * ((cols - 1) * stride + t)) / ((double)acc * t)
                 : (double)(ocv + rows * cols) / acc;
}

/* The register tile of a blocked direct convolution (LIBXSMM's and oneDNN's
 * rule): accumulators for oc_vectors output-channel vectors x a block of
 * output pixels, as many as the register file holds beside one vector of
 * weights per output-channel vector and a broadcast input (AVX-512: up to
 * 28 of 32; AVX2: 12 of 16), or beside the column taps' weights
 * (col_taps_budget), the pixels along the output row and, when a row is
 * shorter than that, over several rows; of the channel-vector counts that
 * divide the output's, the one with the fewest loads per FMA (ties: more
 * channel vectors). */
static kiln_tile conv_tile(const kiln_isa *isa, int ocb, int oh, int ow, int taps, int stride)
{
    int max_ocv = isa->registers >= 32 ? 4 : 2;
    kiln_tile best = {1, 1, 1, isa->lanes, 0, 0, 0, 0};
    double best_lpf = 1e30;  /* loads per FMA, per input channel and row tap */
    for (int ocv = max_ocv; ocv >= 1; ocv--) {
        if (ocb % ocv) continue;
        int reuse, budget = acc_budget(isa, ocv, taps, &reuse);
        int pixels = budget / ocv;
        if (pixels < 1) pixels = 1;
        /* even tiles along the row: the fewest tiles of at most `pixels` */
        int ntiles = (ow + pixels - 1) / pixels;
        int owt = (ow + ntiles - 1) / ntiles;
        int oht = pixels / owt;
        if (oht < 1) oht = 1;
        if (oht > oh) oht = oh;
        if (owt * oht * ocv > budget && oht > 1) oht = budget / (owt * ocv);
        double lpf = loads_per_fma(ocv, oht, owt, taps, stride, reuse);
        if (lpf < best_lpf - 1e-9) {
            best = (kiln_tile){ocv, oht, owt, isa->lanes, 0, reuse ? taps : 0, 0, 0};
            best_lpf = lpf;
        }
    }
    return best;
}

/* The tile of a convolution with a max-pooling in its epilogue: whole
 * windows (pkh x pkw pixels), wr x wc of them, the fewest loads per FMA
 * (ties: more accumulators, then wider), then evened out so the tiles along
 * a row and down the image are as equal as they can be. */
static kiln_tile pool_conv_tile(const kiln_isa *isa, int ocb, int PH, int PW, int pkh, int pkw, int taps, int stride)
{
    int max_ocv = isa->registers >= 32 ? 4 : 2;
    kiln_tile best = {1, pkh, pkw, isa->lanes, 0, 0, 0, 0};
    int best_acc = 0;
    double best_lpf = 1e30;  /* loads per FMA */
    for (int ocv = max_ocv; ocv >= 1; ocv--) {
        if (ocb % ocv) continue;
        int reuse, budget = acc_budget(isa, ocv, taps, &reuse);
        for (int wr = 1; wr <= PH; wr++)
            for (int wc = 1; wc <= PW; wc++) {
                int rows = wr * pkh, cols = wc * pkw, acc = ocv * rows * cols;
                if (acc > budget) continue;
                double lpf = loads_per_fma(ocv, rows, cols, taps, stride, reuse);
                int better = lpf < best_lpf - 1e-9 ||
                             (lpf < best_lpf + 1e-9 && (acc > best_acc || (acc == best_acc && cols > best.ow_regs)));
                if (better) {
                    best = (kiln_tile){ocv, rows, cols, isa->lanes, 0, reuse ? taps : 0, 0, 0};
                    best_acc = acc;
                    best_lpf = lpf;
                }
            }
    }
    int wr = best.oh_regs / pkh, wc = best.ow_regs / pkw;
    int nr = (PH + wr - 1) / wr, nc = (PW + wc - 1) / wc;
    best.oh_regs = (PH + nr - 1) / nr * pkh;
    best.ow_regs = (PW + nc - 1) / nc * pkw;
    return best;
}

/* The output tile of F(m x m, 3x3) for an oh x ow output: 4 where both are
 * multiples of 4 (36 products per 16 pixels; AVX-512, against F(2x2):
 * seed003_cnn's 3x3x32x64 backward-weights 5.25 -> 3.66 ms, maxpool4's
 * 16x16x32 forward with pooling 1.01 -> 0.77), else 2 where both are even
 * (16 per 4), else 0.  Unless `exact`, a partial tiling by 4 (the last tile
 * row and column computing pixels that are not stored) where the pixels
 * computed are at most 1.5 times those that exist (2.25 products per pixel
 * against F(2x2)'s 4), or, where F(2x2) cannot tile, at most 1.8 times
 * (against the direct kernel's 9). */
static int winograd_m(int oh, int ow, int exact)
{
    if (oh % 4 == 0 && ow % 4 == 0) return 4;
    int even = oh % 2 == 0 && ow % 2 == 0;
    double waste = (double)((oh + 3) / 4 * 4) * ((ow + 3) / 4 * 4) / ((double)oh * ow);
    if (!exact && oh >= 4 && ow >= 4 && waste <= (even ? 1.5 : 1.8)) return 4;
    return even ? 2 : 0;
}

/* Winograd F(m x m, 3x3) (Lavin and Gray, "Fast Algorithms for
 * Convolutional Neural Networks", CVPR 2016; emit_winograd.c) for a 3x3
 * stride-1 forward or backward-data of kernel k: each m x m block of output
 * pixels is A^T [(G g G^T) . (B^T d B)] A of its (m+2) x (m+2) input tile
 * d, (m+2)^2 products per input and output channel where the direct form
 * takes 9 m^2 (m = 4: 36 for 144; m = 2: 16 for 36).  Taken for blocked
 * tensors (a vector of input channels per weight block, not a first layer),
 * an output tiled as winograd_m allows (exactly where a max-pooling is fused,
 * whose windows must tile the output, each tile holding whole windows or,
 * kiln_winograd_band, bands of whole tiles and windows), two output-channel
 * vectors or more (F(4x4): one or more), and a batch of at least
 * WINOGRAD_MIN_BATCH.  The batch-1 specialisation keeps the direct kernels:
 * the weight transform runs at every call, and a batch of one has too few
 * tiles to pay for reading U (seed004_cifar_maxpool4's batch-1 predict 0.109
 * -> 0.372 ms, 0.162 ms even without the transform).  The tile is the
 * Winograd-domain product's: ocv output-channel vectors x tt tiles of
 * accumulators (AVX-512 4 x 6 of 32 registers, AVX2 2 x 6 of 16: the GEMM
 * rule of gemm_tile), and a block of nt tiles (a multiple of tt) whose
 * transformed inputs and products, 4 (m+2)^2 bytes per tile and channel,
 * fit in about 96 KB of L2.  Returns 0 when the kernel does not qualify;
 * else 1, with *band_out the band of a banded pooling (kiln_winograd_band)
 * or 0. */
#define WINOGRAD_MIN_BATCH 2

static int winograd_tile(const kiln_graph *g, const kiln_kernel *k, const kiln_node *a, kiln_tile *tile, int *band_out)
{
    int VL = g->isa->lanes;
    const kiln_tensor *w = &g->t[a->in[1]], *x = &g->t[a->in[0]], *y = &g->t[a->out[0]];
    if (VL < 8 || g->batch < WINOGRAD_MIN_BATCH) return 0;
    if (w->dims[0] != 3 || w->dims[1] != 3 || a->a.sh != 1 || a->a.sw != 1) return 0;
    if (a->op == OP_CONV2D && w->icb != VL) return 0;
    if (x->block != VL || y->block != VL || g->t[k->out[0]].block != VL) return 0;
    int pooled = 0;
    for (int q = 1; q < k->n_nodes; q++) pooled |= g->n[k->nodes[q]].op == OP_MAXPOOL;
    int m = winograd_m(y->dims[1], y->dims[2], pooled);
    if (!m) return 0;
    int band = 0;  /* a pooling whose windows tiles do not hold whole: output rows per band */
    for (int q = 1; q < k->n_nodes; q++) {
        const kiln_node *p = &g->n[k->nodes[q]];
        if (p->op != OP_MAXPOOL) continue;
        const kiln_tensor *py = &g->t[p->out[0]];
        int kh = p->a.kh, kw = p->a.kw;
        if (kh != p->a.sh || kw != p->a.sw || p->a.pad_top || p->a.pad_left || py->dims[1] * kh != y->dims[1] ||
            py->dims[2] * kw != y->dims[2])
            return 0;
        band = kiln_winograd_band(m, kh, kw);
        if (band && y->dims[1] % band) return 0;
    }
    int KB = y->cpad / VL, CB = x->cpad / VL, max_ocv = g->isa->registers >= 32 ? 4 : 2, ocv = 1;
    /* with one output-channel vector the product loads a weight vector for
     * each FMA: F(2x2) measured slower than the direct kernel (AVX-512, 16 ->
     * 16 channels, 16x16 backward-data 0.69 -> 0.81 ms), F(4x4) faster (32x32
     * forward with pooling 1.63 -> 1.15 ms, 16x16 backward-data 0.74 -> 0.48) */
    if (KB < 2 && m < 4) return 0;
    for (int v = max_ocv; v >= 1; v--)
        if (KB % v == 0) { ocv = v; break; }
    int budget = g->isa->registers >= 32 ? 28 : 12;
    if (budget + ocv + 1 > g->isa->registers) budget = g->isa->registers - ocv - 1;
    int tt = budget / ocv;
    if (tt > 8) tt = 8;
    int per_tile = 4 * (m + 2) * (m + 2) * (CB + KB) * VL;  /* bytes of V and M per tile */
    int groups = 96 * 1024 / (per_tile * tt);
    if (groups < 1) groups = 1;
    if (groups > 8) groups = 8;
    int nt = groups * tt;
    if (band) {  /* a block is a band's tiles: the tile count of the product's tile divides it */
        nt = band / m * (y->dims[2] / m);
        while (nt % tt) tt--;
    }
    *tile = (kiln_tile){ocv, nt, tt, VL, 0, 0, m, 0};
    *band_out = band;
    return 1;
}

/* A Dense product's register tile: JV column vectors (up to 4 on AVX-512, 2
 * on AVX2) x R rows, as many rows as the accumulator budget holds beside JV
 * vectors of B, a broadcast (and, for backward-weights, JV bias sums).
 * whole_rows: every column in one tile (a softmax in the epilogue; fuse.c
 * fused it only where they fit). */
static kiln_tile gemm_tile(const kiln_graph *g, const kiln_node *a, int whole_rows)
{
    int VL = g->isa->lanes, cols;
    if (a->op == OP_DENSE) cols = g->t[a->out[0]].dims[1];
    else if (a->op == OP_DENSE_BWD_DATA) cols = g->t[a->out[0]].dims[1];
    else cols = g->t[a->in[0]].dims[1];
    int nvec = (cols + VL - 1) / VL, max_jv = g->isa->registers >= 32 ? 4 : 2;
    int jv = nvec < max_jv ? nvec : max_jv;
    int budget = g->isa->registers >= 32 ? 28 : 12;
    int extra = jv + 1 + (a->op == OP_DENSE_BWD_WEIGHTS ? jv : 0);
    if (budget + extra > g->isa->registers) budget = g->isa->registers - extra;
    int r = budget / jv;
    if (r < 1) r = 1;
    if (r > 8) r = 8;
    if (a->op == OP_DENSE && g->batch == 1) {
        /* one row: the column groups are the only parallel axis, so as many
         * vectors per group as keep the threads evenly loaded, and the
         * reduction split into k partial sums per accumulator (a divisor of
         * its length, up to 8 and half the budget) so that the FMAs do not
         * wait on each other (seed002's batch-1 576 -> 64 forward, one
         * thread doing all 4 vectors as one chain each: 0.0021 -> 0.0016
         * ms); whole rows keep one group */
        int T = g->threads, best_work = 1 << 30;
        for (int v = max_jv; v >= 1 && !whole_rows; v--) {
            int groups = (nvec + v - 1) / v, work = (groups + T - 1) / T * v;
            if (work < best_work) best_work = work, jv = v;
        }
        int steps = g->t[a->in[0]].dims[1], ks = 1;
        for (int u = 8; u >= 2; u /= 2)
            if (steps % u == 0 && u * jv <= budget / 2) { ks = u; break; }
        return (kiln_tile){.oc_vectors = jv, .oh_regs = 1, .ow_regs = 1, .ic_block = 1, .k_split = ks};
    }
    return (kiln_tile){jv, r, 1, 1, 0, 0, 0, 0};
}

/* Backward-weights of a 3x3 stride-1 convolution by Winograd F(m x m, 3x3)
 * (emit_winograd.c): dg = G^T [sum over tiles (A dY A^T) . (B^T d B)] G,
 * (m+2)^2 products per m x m block of dy and channel pair where the direct
 * form takes 9 m^2.  Taken for blocked x and dy with a vector of input
 * channels per weight block, dy tiled as winograd_m allows (a partial tiling
 * too), two or more dy channel vectors (F(4x4): one or more), no fused
 * pooling backward and a batch of at least WINOGRAD_MIN_BATCH.  The tile: fv dy vectors x cr broadcast input
 * channels of accumulators (up to 24 on AVX-512, 12 on AVX2; cr divides the
 * vector), summed over blocks of nt tiles whose transforms fit beside dU
 * (below). */
static int winograd_bwd_weights_tile(const kiln_graph *g, const kiln_kernel *k, const kiln_node *a, kiln_tile *tile)
{
    const kiln_tensor *dy = &g->t[a->in[0]], *x = &g->t[a->in[1]], *dw = &g->t[a->out[0]];
    int VL = g->isa->lanes, FB = dy->cpad / VL, CB = x->cpad / VL;
    if (VL < 8 || g->batch < WINOGRAD_MIN_BATCH || k->n_nodes != 1) return 0;
    if (dw->dims[0] != 3 || dw->dims[1] != 3 || a->a.sh != 1 || a->a.sw != 1 || dw->icb != VL) return 0;
    int m = winograd_m(dy->dims[1], dy->dims[2], 0);
    /* one dy vector: as winograd_tile, F(4x4) only (maxpool's 32x32
     * 3x3x16x16 1.77 -> 1.14 ms) */
    if (x->block != VL || dy->block != VL || !m || (FB < 2 && m < 4)) return 0;
    /* The products skip the channels past x's last (emit_winograd.c), in
     * steps of cr: cost ~ the channels a step covers over the FMA chains
     * that hide the FMA latency (8 of them); then the larger tile, then
     * fewer loads per FMA.  strided_extra's 3x3x8x16 (8 channels in 16
     * lanes): cr 16 -> 8, 0.28 -> 0.22 ms; seed000's 3x3x28x28: 2 x 8
     * over 32 channels -> 2 x 4 over 28, 0.434 ms both */
    int budget = g->isa->registers >= 32 ? 24 : 12, best_fv = 1, best_cr = 1, C = x->dims[3];
    double best_lpf = 1e30, best_cost = 1e30;
    for (int fv = 1; fv <= 4 && fv <= FB; fv++) {
        if (FB % fv) continue;
        for (int cr = 1; cr <= VL; cr *= 2) {
            if (fv * cr > budget || fv * cr + fv + 1 > g->isa->registers) continue;
            double lpf = (double)(fv + cr) / (fv * cr);  /* loads per FMA */
            double cost = (double)((C + cr - 1) / cr * cr) / (fv * cr < 8 ? fv * cr / 8.0 : 1.0);
            if (cost < best_cost ||
                (cost == best_cost && (fv * cr > best_fv * best_cr || (fv * cr == best_fv * best_cr && lpf < best_lpf)))) {
                best_cost = cost;
                best_fv = fv;
                best_cr = cr;
                best_lpf = lpf;
            }
        }
    }
    /* the block's transforms beside the chunk's dU in about 768 KB of L2: a
     * small dU leaves room for long blocks (seed003_cnn's 3x3x32x64, dU 295
     * KB: 8 -> 34 tiles, 3.35 -> 2.9 ms), a large one keeps them short
     * (maxpool4's 3x3x64x64, dU 590 KB: 21 tiles measured 0.70 -> 0.75 ms) */
    int per_tile = 4 * (m + 2) * (m + 2) * (CB + FB) * VL;
    long du = 4L * (m + 2) * (m + 2) * CB * VL * FB * VL;
    int nt = du < 768 * 1024 ? (int)((768 * 1024 - du) / per_tile) : 0;
    if (nt < 8) nt = 8;
    if (nt > 64) nt = 64;
    *tile = (kiln_tile){best_fv, nt, best_cr, VL, 0, 0, m, 0};
    return 1;
}

/* Backward-weights: FV dy vectors x TH x TW filter taps x CR broadcast
 * input channels of accumulators (AVX-512 up to 24, 27 for a first layer;
 * AVX2 12), with FV dy
 * registers and a broadcast beside them; the larger tiles first, then the
 * ones with more dy vectors (fewer broadcasts per FMA).  The batch goes in
 * g->threads chunks with private partial sums. */
static void schedule_bwd_weights(kiln_graph *g, kiln_kernel *k, const kiln_node *a)
{
    const kiln_tensor *dy = &g->t[a->in[0]], *dw = &g->t[a->out[0]];
    int VL = g->isa->lanes, FB = (dy->cpad + VL - 1) / VL, ICPB = dw->icb, regs = g->isa->registers;
    int KH = dw->dims[0], KW = dw->dims[1];
    if (winograd_bwd_weights_tile(g, k, a, &k->tile)) {
        int CB = g->t[a->in[1]].cpad / VL, NT = k->tile.oh_regs, CP = CB * VL, FP = FB * VL;
        k->parallel = PAR_BATCH;
        k->partial_sums = 1;
        int NP = (k->tile.winograd + 2) * (k->tile.winograd + 2);  /* positions */
        k->scratch[0] = scratch(g, a->out[0], "partial", 1, (int[]){g->threads * (NP * CP * FP + FP)});
        k->scratch[1] = scratch(g, a->out[0], "winograd_tiles", 1, (int[]){g->threads * NP * (NT * (CP + FP) + 2 * VL)});
        return;
    }
    /* a first layer (1 to 3 channels) may take all 27 taps x channels of a
     * 3x3x3 filter: with 9 the FMA chains, one per accumulator and pixel,
     * bound it (AVX-512 3x3x3x16: 0.42 -> 0.34 ms) */
    int budget = regs >= 32 ? (ICPB < 4 ? 27 : 24) : 12;
    int has_b = a->out[1] >= 0;
    kiln_tile best = {1, 1, 1, 1, 0, 0, 0, 0};
    int best_n = 1;
    for (int fv = 1; fv <= 4 && fv <= FB; fv++) {
        if (FB % fv) continue;
        for (int th = 1; th <= KH; th++) {
            if (KH % th) continue;
            for (int tw = 1; tw <= KW; tw++) {
                if (KW % tw) continue;
                for (int cr = 1; cr <= ICPB; cr++) {
                    if (ICPB % cr) continue;
                    int n = fv * th * tw * cr;
                    if (n > budget || n + fv + 1 > regs) continue;
                    int better = n > best_n || (n == best_n && fv > best.oc_vectors) ||
                                 (n == best_n && fv == best.oc_vectors && tw > best.ow_regs);
                    if (better) {
                        best = (kiln_tile){fv, th, tw, cr, 0, 0, 0, 0};
                        best_n = n;
                    }
                }
            }
        }
    }
    /* With x blocked by the vector the accumulators can be vectors over input
     * channels instead: each pixel loads TH x TW x vectors and broadcasts FR
     * dy values for TH x TW x FR FMAs (3 + 8 loads for 24 FMAs, where the form
     * above needs 24 broadcasts + 1 dy vector; on AVX-512 the loads bound
     * it).  The partial sums are then [f][c] blocks, transposed by the
     * reduction; the lanes of x's padding channels sum into weights that do
     * not exist, which the reorder to Keras's layout drops. */
    int C = g->t[a->in[1]].dims[3], F = dy->dims[3];
    if (k->n_nodes == 1 && ICPB == VL) {
        kiln_tile tr = {1, 1, 1, VL, 0, 0, 0, 0};
        int tr_n = 0;
        for (int th = 1; th <= KH; th++) {
            if (KH % th) continue;
            for (int tw = 1; tw <= KW; tw++) {
                if (KW % tw) continue;
                for (int fr = 1; fr <= VL; fr++) {
                    if (VL % fr) continue;
                    int n = th * tw * fr, loads = th * tw + fr;
                    if (n > budget || n + th * tw + 1 > regs) continue;
                    int tr_loads = tr.oh_regs * tr.ow_regs + tr.dy_scalars;
                    int better = n > tr_n || (n == tr_n && loads < tr_loads) ||
                                 (n == tr_n && loads == tr_loads && tw > tr.ow_regs);
                    if (better) {
                        tr = (kiln_tile){1, th, tw, VL, fr, 0, 0, 0};
                        tr_n = n;
                    }
                }
            }
        }
        /* The cheaper form per dy pixel, counting FMAs at 2 a cycle and loads
         * at 1.6 (a tile of 24 FMAs with 25 loads runs at 66 % of the FMA
         * peak, one with 11 at 80 %, measured on AVX-512).  Each skips the
         * padding channels it can: the direct form x's, the transposed
         * dy's. */
        int ICBN = (C + ICPB - 1) / ICPB, CR = best.ic_block, FR = tr.dy_scalars;
        int c_used = (ICBN - 1) * ICPB + ((C - (ICBN - 1) * ICPB) + CR - 1) / CR * CR;
        int f_used = (FB - 1) * VL + ((F - (FB - 1) * VL) + FR - 1) / FR * FR;
        double d_fma = (double)FB * KH * KW * c_used, t_fma = (double)ICBN * KH * KW * f_used;
        double d_loads = d_fma * (best.oc_vectors + best.oh_regs * best.ow_regs * best.ic_block) / best_n;
        double t_loads = t_fma * (tr.oh_regs * tr.ow_regs + FR) / (tr_n ? tr_n : 1);
        double d_cost = d_fma / 2 > d_loads / 1.6 ? d_fma / 2 : d_loads / 1.6;
        double t_cost = t_fma / 2 > t_loads / 1.6 ? t_fma / 2 : t_loads / 1.6;
        if (tr_n && t_cost <= d_cost) best = tr;
    }
    k->tile = best;
    k->parallel = PAR_BATCH;
    k->partial_sums = 1;
    int64_t wsz = dw->storage + (has_b ? (int64_t)FB * VL : 0);
    int64_t total = wsz * g->threads;
    k->scratch[0] = scratch(g, a->out[0], "partial", 1, (int[]){(int)total});
}

void kiln_schedule(kiln_graph *g)
{
    for (int i = 0; i < g->nk; i++) {
        kiln_kernel *k = &g->k[i];
        k->tile = k->tile2 = (kiln_tile){0, 0, 0, 0, 0, 0, 0, 0};
        k->partial_sums = 0;
        const kiln_node *a = &g->n[k->anchor];
        if ((a->op == OP_CONV2D || a->op == OP_CONV2D_BWD_DATA) && g->t[a->in[1]].form != FORM_KERAS) {
            const kiln_node *last = &g->n[k->nodes[k->n_nodes - 1]];
            int feeds_bwd_weights = a->op == OP_CONV2D_BWD_DATA && last->op == OP_CONV2D_BWD_WEIGHTS;  /* fuse.c */
            const kiln_tensor *y = &g->t[feeds_bwd_weights ? a->out[0] : k->out[0]];
            int VL = g->isa->lanes;
            /* the column taps of a row (a backward-data phase's, of stride 1:
             * at most ceil(KW / sw)); not the few-channel first layer, whose
             * tiles keep each tap's loop rolled (emit_conv.c) */
            const kiln_tensor *w = &g->t[a->in[1]];
            int KW = w->dims[1], sw = a->a.sw;
            int taps = a->op == OP_CONV2D_BWD_DATA ? (KW + sw - 1) / sw : KW;
            if (a->op == OP_CONV2D && w->icb < 4) taps = 0;
            k->tile = conv_tile(g->isa, (y->dims[3] + VL - 1) / VL, y->dims[1], y->dims[2], taps,
                                a->op == OP_CONV2D ? sw : 1);
            for (int q = 1; q < k->n_nodes; q++) {
                const kiln_node *p = &g->n[k->nodes[q]];
                if (p->op != OP_MAXPOOL) continue;
                const kiln_tensor *c = &g->t[p->in[0]], *py = &g->t[p->out[0]];
                k->tile = pool_conv_tile(g->isa, (c->dims[3] + VL - 1) / VL, py->dims[1], py->dims[2], p->a.kh, p->a.kw,
                                         taps, sw);
            }
            k->parallel = PAR_ROWS;
            if (feeds_bwd_weights) {
                /* the backward-weights' schedule (chunks of samples, partial
                 * sums), its tile in tile2; and per thread one sample of the
                 * gradient, as its layout stores it */
                kiln_tile bwd_data = k->tile;
                schedule_bwd_weights(g, k, last);
                k->tile2 = k->tile;
                k->tile = bwd_data;
                k->scratch[1] = scratch(g, last->in[0], "sample", 1,
                                        (int[]){(int)(g->threads * (g->t[last->in[0]].storage / g->batch))});
                continue;
            }
            kiln_tile wt;
            int band;
            if (winograd_tile(g, k, a, &wt, &band)) {
                /* the transformed weights U[ocb][16][c][VL], shared; per chunk of
                 * the work its blocks of transformed inputs and products */
                int KB = y->cpad / VL, CB = g->t[a->in[0]].cpad / VL, NT = wt.oh_regs;
                k->tile = wt;
                int NP = (wt.winograd + 2) * (wt.winograd + 2);  /* positions */
                k->scratch[0] = scratch(g, a->in[1], "winograd", 1, (int[]){NP * KB * CB * VL * VL});
                /* and, pooling a band, the band's convolution outputs */
                int zsz = band * g->t[a->out[0]].dims[2] * KB * VL;
                k->scratch[1] = scratch(g, a->in[0], "winograd_tiles", 1,
                                        (int[]){g->threads * (NP * (NT * (CB + KB) + 2) * VL + zsz)});
                k->parallel = PAR_BATCH;
            }
            continue;
        }
        if (a->op == OP_CONV2D_BWD_WEIGHTS && g->t[a->out[0]].form == FORM_CONV_W) {
            schedule_bwd_weights(g, k, a);
            continue;
        }
        if (g->isa->lanes > 1 && (a->op == OP_DENSE || a->op == OP_DENSE_BWD_DATA || a->op == OP_DENSE_BWD_WEIGHTS)) {
            k->tile = gemm_tile(g, a, k->n_nodes > 1 && g->n[k->nodes[1]].op == OP_SOFTMAX);
            k->parallel = a->op == OP_DENSE_BWD_WEIGHTS ? PAR_OUTPUT_ROWS : PAR_ROWS;
            continue;
        }
        if (a->op == OP_MAXPOOL_BWD && g->n[k->nodes[k->n_nodes - 1]].op == OP_CONV2D_BWD_WEIGHTS) {
            schedule_bwd_weights(g, k, &g->n[k->nodes[k->n_nodes - 1]]);  /* its dy made in the microkernel */
            continue;
        }
        if (a->op == OP_MAXPOOL_BWD && g->n[k->nodes[k->n_nodes - 1]].op == OP_BN_BWD)
            a = &g->n[k->nodes[k->n_nodes - 1]];  /* the BN backward it feeds: its scratch */
        if ((a->op == OP_BN_TRAIN || a->op == OP_BN_INFER || a->op == OP_BN_BWD) && g->t[a->in[0]].block) {
            /* double partials per chunk (2 x cpad each) and 5 per-channel vectors */
            int cp = g->t[a->in[0]].cpad;
            if (a->op != OP_BN_INFER)
                k->scratch[0] = scratch(g, a->in[0], "partial", 1, (int[]){4 * cp * g->threads});
            k->scratch[1] = scratch(g, a->in[0], "stats", 1, (int[]){5 * cp});
            k->parallel = PAR_BATCH;
            k->partial_sums = a->op != OP_BN_INFER;
            continue;
        }
        schedule_plain(g, k);
    }
    /* scratch is dense (Keras layout, no padding) */
    for (int i = 0; i < g->nk; i++) {
        kiln_kernel *k = &g->k[i];
        for (int s = 0; s < 2; s++)
            if (k->scratch[s] >= 0) {
                kiln_tensor *t = &g->t[k->scratch[s]];
                t->cpad = t->dims[t->rank - 1];
                t->storage = t->size;
            }
    }
}
