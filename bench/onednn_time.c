/* onednn_time.c — times oneDNN primitives for kiln profile --against onednn.
 *
 * A program of its own because Debian's libdnnl runs its threads with GNU
 * OpenMP (libgomp) while kiln and its kernels run on LLVM's (libomp): two
 * OpenMP runtimes in one process keep two thread pools that spin against
 * each other, so oneDNN is timed here, in its own process with its own
 * runtime, as a PyTorch build runs it.  kiln profile writes one problem per
 * line (bench/onednn_map.h kiln_onednn_problem_line) to a file given as
 * standard input and reads one result line per problem:
 *
 *   ok ms=0.1234 calls=57 impl=jit:avx512_core dst=32x64x11x11
 *   error <what oneDNN said>
 *
 * ms is the median over the timed calls of one execute + stream wait, after
 * one untimed call; dst the (N, C, H, W) of the destination (diff_dst for
 * backward passes) as oneDNN's primitive descriptor has it, which equals the
 * problem's oh/ow only if oneDNN's shape rule agrees with kiln's.  Memory
 * descriptors use format "any" so oneDNN picks its own layouts (pooling,
 * which takes no "any" source, gets the blocked layout its convolutions
 * pick: nChw16c with AVX-512, nChw8c otherwise); buffers hold random values.
 * Threads: OMP_NUM_THREADS; ISA: oneDNN's best, or DNNL_MAX_CPU_ISA.
 *
 * usage: onednn_time [--repeats N] < PROBLEMS
 *   N timed calls per problem; 0 (default): 10 to 1000, about 30 ms of calls.
 * The first output line is "isa <oneDNN's effective ISA> version <x.y.z>".
 */
#include <oneapi/dnnl/dnnl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
    char prim[8], pass[16], post[16];
    long mb, ic, ih, iw, oc, oh, ow, kh, kw, sh, sw, pt, pl, pb, pr, bias;
} problem;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int parse(char *line, problem *p)
{
    memset(p, 0, sizeof *p);
    p->ih = p->iw = p->oh = p->ow = p->kh = p->kw = p->sh = p->sw = 1;
    char *save = NULL, *tok = strtok_r(line, " \t\r\n", &save);
    if (!tok) return -1;
    snprintf(p->prim, sizeof p->prim, "%s", tok);
    tok = strtok_r(NULL, " \t\r\n", &save);
    if (!tok) return -1;
    snprintf(p->pass, sizeof p->pass, "%s", tok);
    struct { const char *k; long *v; } keys[] = {
        {"mb", &p->mb}, {"ic", &p->ic}, {"ih", &p->ih}, {"iw", &p->iw}, {"oc", &p->oc},
        {"oh", &p->oh}, {"ow", &p->ow}, {"kh", &p->kh}, {"kw", &p->kw}, {"sh", &p->sh},
        {"sw", &p->sw}, {"pt", &p->pt}, {"pl", &p->pl}, {"pb", &p->pb}, {"pr", &p->pr},
        {"bias", &p->bias},
    };
    while ((tok = strtok_r(NULL, " \t\r\n", &save))) {
        char *eq = strchr(tok, '=');
        if (!eq) return -1;
        *eq = 0;
        if (!strcmp(tok, "post")) {
            snprintf(p->post, sizeof p->post, "%s", eq + 1);
            continue;
        }
        int found = 0;
        for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
            if (!strcmp(tok, keys[i].k)) *keys[i].v = strtol(eq + 1, NULL, 10), found = 1;
        if (!found) return -1;
    }
    return p->mb > 0 && p->ic > 0 && p->oc > 0 ? 0 : -1;
}

/* ---- a primitive with its buffers ---------------------------------------------- */

#define MAX_ARGS 8

typedef struct {
    dnnl_primitive_desc_t pd;
    dnnl_primitive_t prim;
    dnnl_exec_arg_t args[MAX_ARGS];
    int nargs;
    dnnl_memory_t mem[MAX_ARGS];
} runnable;

static dnnl_engine_t engine;
static dnnl_stream_t stream;
static char errbuf[256];

#define TRY(call, what)                                                               \
    do {                                                                              \
        dnnl_status_t st_ = (call);                                                   \
        if (st_ != dnnl_success) {                                                    \
            snprintf(errbuf, sizeof errbuf, "%s: status %d", what, (int)st_);         \
            return -1;                                                                \
        }                                                                             \
    } while (0)

static uint64_t rng = 0x9E3779B97F4A7C15ull;

/* Adds argument `arg` with memory of the pd's descriptor for `q`, random values. */
static int add_arg(runnable *r, int arg, dnnl_query_t q, int index)
{
    const dnnl_memory_desc_t *md = dnnl_primitive_desc_query_md(r->pd, q, index);
    if (!md || md->ndims == 0) {
        snprintf(errbuf, sizeof errbuf, "no memory descriptor for argument %d", arg);
        return -1;
    }
    dnnl_memory_t m;
    TRY(dnnl_memory_create(&m, md, engine, DNNL_MEMORY_ALLOCATE), "memory");
    void *h = NULL;
    dnnl_memory_get_data_handle(m, &h);
    size_t n = dnnl_memory_desc_get_size(md) / sizeof(float);
    float *f = h;
    for (size_t i = 0; i < n; i++) {
        rng = rng * 6364136223846793005ull + 1442695040888963407ull;
        f[i] = (float)((double)(rng >> 40) * 0x1p-24 - 0.5);
    }
    r->mem[r->nargs] = m;
    r->args[r->nargs].arg = arg;
    r->args[r->nargs].memory = m;
    r->nargs++;
    return 0;
}

static void release(runnable *r)
{
    for (int i = 0; i < r->nargs; i++) dnnl_memory_destroy(r->mem[i]);
    if (r->prim) dnnl_primitive_destroy(r->prim);
    if (r->pd) dnnl_primitive_desc_destroy(r->pd);
    memset(r, 0, sizeof *r);
}

static void md_any(dnnl_memory_desc_t *md, int nd, long a, long b, long c, long d)
{
    dnnl_dims_t dims = {a, b, c, d};
    dnnl_memory_desc_init_by_tag(md, nd, dims, dnnl_f32, dnnl_format_tag_any);
}

static dnnl_format_tag_t blocked_tag(void)
{
    dnnl_cpu_isa_t isa = dnnl_get_effective_cpu_isa();
    return (isa & dnnl_cpu_isa_avx512_core) == dnnl_cpu_isa_avx512_core ? dnnl_nChw16c : dnnl_nChw8c;
}

static int make_attr(const problem *p, dnnl_primitive_attr_t *attr)
{
    TRY(dnnl_primitive_attr_create(attr), "attr");
    if (!p->post[0]) return 0;
    dnnl_alg_kind_t alg = !strcmp(p->post, "relu") ? dnnl_eltwise_relu
                        : !strcmp(p->post, "leaky_relu") ? dnnl_eltwise_relu
                        : !strcmp(p->post, "logistic") ? dnnl_eltwise_logistic
                        : !strcmp(p->post, "tanh") ? dnnl_eltwise_tanh : dnnl_alg_kind_undef;
    if (alg == dnnl_alg_kind_undef) {
        snprintf(errbuf, sizeof errbuf, "unknown post-op '%s'", p->post);
        return -1;
    }
    dnnl_post_ops_t po;
    TRY(dnnl_post_ops_create(&po), "post-ops");
    TRY(dnnl_post_ops_append_eltwise(po, 1.0f, alg, !strcmp(p->post, "leaky_relu") ? 0.2f : 0.f, 0.f),
        "eltwise post-op");
    TRY(dnnl_primitive_attr_set_post_ops(*attr, po), "set post-ops");
    dnnl_post_ops_destroy(po);
    return 0;
}

/* Builds the primitive of p into r (and, for backward passes, the forward
 * hint in hint, whose workspace pooling backward reads). */
static int build(const problem *p, runnable *r, runnable *hint)
{
    memset(r, 0, sizeof *r);
    memset(hint, 0, sizeof *hint);
    const int conv = !strcmp(p->prim, "conv"), ip = !strcmp(p->prim, "ip"),
              pool = !strcmp(p->prim, "pool"), eltwise = !strcmp(p->prim, "eltwise");
    const int training = !strcmp(p->pass, "fwd_training"), inference = !strcmp(p->pass, "fwd_inference");
    const int bwd_data = !strcmp(p->pass, "bwd_data"), bwd_weights = !strcmp(p->pass, "bwd_weights");
    const int bwd = !strcmp(p->pass, "bwd");
    dnnl_dims_t strides = {p->sh, p->sw}, pad_l = {p->pt, p->pl}, pad_r = {p->pb, p->pr},
                kernel = {p->kh, p->kw}, dil = {0, 0};
    dnnl_memory_desc_t src, wei, bia, dst;
    int nd = ip ? 2 : 4;
    if (ip) {
        md_any(&src, 2, p->mb, p->ic, 0, 0);
        md_any(&wei, 2, p->oc, p->ic, 0, 0);
        md_any(&dst, 2, p->mb, p->oc, 0, 0);
    } else {
        md_any(&src, 4, p->mb, p->ic, p->ih, p->iw);
        md_any(&wei, 4, p->oc, p->ic, p->kh, p->kw);
        md_any(&dst, 4, p->mb, p->oc, p->oh, p->ow);
    }
    (void)nd;
    dnnl_dims_t bd = {p->oc};
    dnnl_memory_desc_init_by_tag(&bia, 1, bd, dnnl_f32, dnnl_a);
    const dnnl_memory_desc_t *bias = p->bias ? &bia : NULL;
    dnnl_primitive_attr_t attr = NULL;
    if (make_attr(p, &attr) != 0) return -1;

    if (conv || ip) {
        /* the forward descriptor: the primitive itself, or the backward's hint */
        dnnl_prop_kind_t prop = inference ? dnnl_forward_inference : dnnl_forward_training;
        union { dnnl_convolution_desc_t c; dnnl_inner_product_desc_t i; } fd, bdsc;
        if (conv)
            TRY(dnnl_convolution_forward_desc_init(&fd.c, prop, dnnl_convolution_direct, &src, &wei,
                                                   bias, &dst, strides, pad_l, pad_r),
                "convolution forward descriptor");
        else
            TRY(dnnl_inner_product_forward_desc_init(&fd.i, prop, &src, &wei, bias, &dst),
                "inner product forward descriptor");
        runnable *f = training || inference ? r : hint;
        TRY(dnnl_primitive_desc_create(&f->pd, &fd, f == r ? attr : NULL, engine, NULL),
            "forward primitive descriptor");
        dnnl_primitive_attr_destroy(attr);
        if (f == r) {
            if (add_arg(r, DNNL_ARG_SRC, dnnl_query_src_md, 0) || add_arg(r, DNNL_ARG_WEIGHTS, dnnl_query_weights_md, 0))
                return -1;
            if (p->bias && add_arg(r, DNNL_ARG_BIAS, dnnl_query_weights_md, 1)) return -1;
            if (add_arg(r, DNNL_ARG_DST, dnnl_query_dst_md, 0)) return -1;
        } else if (bwd_data) {
            if (conv)
                TRY(dnnl_convolution_backward_data_desc_init(&bdsc.c, dnnl_convolution_direct, &src, &wei,
                                                             &dst, strides, pad_l, pad_r),
                    "convolution backward-data descriptor");
            else
                TRY(dnnl_inner_product_backward_data_desc_init(&bdsc.i, &src, &wei, &dst),
                    "inner product backward-data descriptor");
            TRY(dnnl_primitive_desc_create(&r->pd, &bdsc, NULL, engine, hint->pd),
                "backward-data primitive descriptor");
            if (add_arg(r, DNNL_ARG_DIFF_DST, dnnl_query_diff_dst_md, 0) ||
                add_arg(r, DNNL_ARG_WEIGHTS, dnnl_query_weights_md, 0) ||
                add_arg(r, DNNL_ARG_DIFF_SRC, dnnl_query_diff_src_md, 0))
                return -1;
        } else if (bwd_weights) {
            if (conv)
                TRY(dnnl_convolution_backward_weights_desc_init(&bdsc.c, dnnl_convolution_direct, &src,
                                                                &wei, bias, &dst, strides, pad_l, pad_r),
                    "convolution backward-weights descriptor");
            else
                TRY(dnnl_inner_product_backward_weights_desc_init(&bdsc.i, &src, &wei, bias, &dst),
                    "inner product backward-weights descriptor");
            TRY(dnnl_primitive_desc_create(&r->pd, &bdsc, NULL, engine, hint->pd),
                "backward-weights primitive descriptor");
            if (add_arg(r, DNNL_ARG_SRC, dnnl_query_src_md, 0) ||
                add_arg(r, DNNL_ARG_DIFF_DST, dnnl_query_diff_dst_md, 0) ||
                add_arg(r, DNNL_ARG_DIFF_WEIGHTS, dnnl_query_diff_weights_md, 0))
                return -1;
            if (p->bias && add_arg(r, DNNL_ARG_DIFF_BIAS, dnnl_query_diff_weights_md, 1)) return -1;
        } else {
            snprintf(errbuf, sizeof errbuf, "unknown pass '%s' of %s", p->pass, p->prim);
            return -1;
        }
    } else if (pool) {
        dnnl_primitive_attr_destroy(attr);
        dnnl_dims_t sd = {p->mb, p->ic, p->ih, p->iw}, dd = {p->mb, p->oc, p->oh, p->ow};
        dnnl_memory_desc_t psrc, pdst;
        dnnl_memory_desc_init_by_tag(&psrc, 4, sd, dnnl_f32, blocked_tag());
        dnnl_memory_desc_init_by_tag(&pdst, 4, dd, dnnl_f32, dnnl_format_tag_any);
        dnnl_pooling_v2_desc_t fd, bdsc;
        TRY(dnnl_pooling_v2_forward_desc_init(&fd, inference ? dnnl_forward_inference : dnnl_forward_training,
                                              dnnl_pooling_max, &psrc, &pdst, strides, kernel, dil,
                                              pad_l, pad_r),
            "pooling forward descriptor");
        runnable *f = training || inference ? r : hint;
        TRY(dnnl_primitive_desc_create(&f->pd, &fd, NULL, engine, NULL), "pooling primitive descriptor");
        if (add_arg(f, DNNL_ARG_SRC, dnnl_query_src_md, 0) || add_arg(f, DNNL_ARG_DST, dnnl_query_dst_md, 0))
            return -1;
        if (!inference && add_arg(f, DNNL_ARG_WORKSPACE, dnnl_query_workspace_md, 0)) return -1;
        if (bwd) {
            /* the forward pass fills the workspace (argmax) backward reads */
            TRY(dnnl_primitive_create(&hint->prim, hint->pd), "pooling forward primitive");
            TRY(dnnl_primitive_execute(hint->prim, stream, hint->nargs, hint->args), "pooling forward");
            dnnl_stream_wait(stream);
            dnnl_memory_desc_t ddst;
            dnnl_memory_desc_init_by_tag(&ddst, 4, dd, dnnl_f32, dnnl_format_tag_any);
            TRY(dnnl_pooling_v2_backward_desc_init(&bdsc, dnnl_pooling_max, &psrc, &ddst, strides, kernel,
                                                   dil, pad_l, pad_r),
                "pooling backward descriptor");
            TRY(dnnl_primitive_desc_create(&r->pd, &bdsc, NULL, engine, hint->pd),
                "pooling backward primitive descriptor");
            if (add_arg(r, DNNL_ARG_DIFF_DST, dnnl_query_diff_dst_md, 0) ||
                add_arg(r, DNNL_ARG_DIFF_SRC, dnnl_query_diff_src_md, 0))
                return -1;
            r->mem[r->nargs] = NULL; /* the workspace belongs to the hint */
            r->args[r->nargs].arg = DNNL_ARG_WORKSPACE;
            r->args[r->nargs].memory = hint->mem[hint->nargs - 1];
            r->nargs++;
        } else if (!training && !inference) {
            snprintf(errbuf, sizeof errbuf, "unknown pass '%s' of pool", p->pass);
            return -1;
        }
    } else if (eltwise && bwd && !strcmp(p->post, "relu")) {
        /* the ReLU backward a library build runs after a backward-data or
         * pooling backward: diff_src = src > 0 ? diff_dst : 0, on (mb, ic,
         * ih, iw) in the blocked layout */
        dnnl_primitive_attr_destroy(attr);
        dnnl_dims_t sd = {p->mb, p->ic, p->ih, p->iw};
        dnnl_memory_desc_t data, diff;
        dnnl_memory_desc_init_by_tag(&data, 4, sd, dnnl_f32, blocked_tag());
        dnnl_memory_desc_init_by_tag(&diff, 4, sd, dnnl_f32, blocked_tag());
        dnnl_eltwise_desc_t fd, bdsc;
        TRY(dnnl_eltwise_forward_desc_init(&fd, dnnl_forward_training, dnnl_eltwise_relu, &data, 0.f, 0.f),
            "eltwise forward descriptor");
        TRY(dnnl_primitive_desc_create(&hint->pd, &fd, NULL, engine, NULL), "eltwise forward primitive descriptor");
        TRY(dnnl_eltwise_backward_desc_init(&bdsc, dnnl_eltwise_relu, &diff, &data, 0.f, 0.f),
            "eltwise backward descriptor");
        TRY(dnnl_primitive_desc_create(&r->pd, &bdsc, NULL, engine, hint->pd),
            "eltwise backward primitive descriptor");
        if (add_arg(r, DNNL_ARG_SRC, dnnl_query_src_md, 0) ||
            add_arg(r, DNNL_ARG_DIFF_DST, dnnl_query_diff_dst_md, 0) ||
            add_arg(r, DNNL_ARG_DIFF_SRC, dnnl_query_diff_src_md, 0))
            return -1;
    } else {
        dnnl_primitive_attr_destroy(attr);
        snprintf(errbuf, sizeof errbuf, "unknown primitive '%s'", p->prim);
        return -1;
    }
    TRY(dnnl_primitive_create(&r->prim, r->pd), "primitive");
    return 0;
}

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int repeats = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--repeats") && i + 1 < argc) repeats = atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: onednn_time [--repeats N] < PROBLEMS\n");
            return 2;
        }
    }
    if (dnnl_engine_create(&engine, dnnl_cpu, 0) != dnnl_success ||
        dnnl_stream_create(&stream, engine, dnnl_stream_default_flags) != dnnl_success) {
        fprintf(stderr, "onednn_time: cannot create a oneDNN CPU engine\n");
        return 1;
    }
    const dnnl_version_t *v = dnnl_version();
    dnnl_cpu_isa_t isa = dnnl_get_effective_cpu_isa();
    const char *iname = (isa & dnnl_cpu_isa_avx512_core) == dnnl_cpu_isa_avx512_core ? "avx512_core"
                      : (isa & dnnl_cpu_isa_avx2) == dnnl_cpu_isa_avx2 ? "avx2" : (isa & dnnl_cpu_isa_sse41) == dnnl_cpu_isa_sse41 ? "sse41" : "any";
    printf("isa %s version %d.%d.%d\n", iname, v->major, v->minor, v->patch);
    fflush(stdout);
    char line[1024];
    double *t = malloc(100000 * sizeof *t);
    while (fgets(line, sizeof line, stdin)) {
        problem p;
        if (parse(line, &p) != 0) {
            printf("error cannot parse the problem line\n");
            fflush(stdout);
            continue;
        }
        runnable r, hint;
        errbuf[0] = 0;
        if (build(&p, &r, &hint) != 0) {
            printf("error %s\n", errbuf);
            release(&r);
            release(&hint);
            fflush(stdout);
            continue;
        }
        /* one untimed call, then the timed ones */
        dnnl_primitive_execute(r.prim, stream, r.nargs, r.args);
        dnnl_stream_wait(stream);
        int n = 0;
        double spent = 0;
        for (;;) {
            double t0 = now();
            dnnl_primitive_execute(r.prim, stream, r.nargs, r.args);
            dnnl_stream_wait(stream);
            t[n] = now() - t0;
            spent += t[n++];
            if (repeats > 0 ? n >= repeats : (n >= 10 && spent >= 0.03) || n >= 1000) break;
            if (n >= 100000) break;
        }
        qsort(t, (size_t)n, sizeof *t, cmp);
        double med = n % 2 ? t[n / 2] : 0.5 * (t[n / 2 - 1] + t[n / 2]);
        const char *impl = "?";
        dnnl_primitive_desc_query(r.pd, dnnl_query_impl_info_str, 0, &impl);
        int bwd = strncmp(p.pass, "fwd", 3) != 0;
        const dnnl_memory_desc_t *d =
            dnnl_primitive_desc_query_md(r.pd, bwd ? dnnl_query_diff_dst_md : dnnl_query_dst_md, 0);
        char dims[96] = "?";
        if (d) {
            int k = 0;
            for (int i = 0; i < d->ndims && k < (int)sizeof dims - 16; i++)
                k += snprintf(dims + k, sizeof dims - (size_t)k, "%s%ld", i ? "x" : "", (long)d->dims[i]);
        }
        printf("ok ms=%.6f calls=%d impl=%s dst=%s\n", med * 1e3, n, impl, dims);
        fflush(stdout);
        /* the hint's workspace is shared with r: release r's arguments first */
        for (int i = 0; i < r.nargs; i++)
            if (r.args[i].arg == DNNL_ARG_WORKSPACE && !r.mem[i]) r.nargs = i;
        release(&r);
        release(&hint);
    }
    free(t);
    dnnl_stream_destroy(stream);
    dnnl_engine_destroy(engine);
    return 0;
}
