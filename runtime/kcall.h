/* kcall.h — calling one emitted kernel on its own, through libffi, with the C
 * signature the module descriptor gives for it (docs/architecture.md §5, §9).
 *
 * A kernel's signature is a C prototype, e.g.
 *   void k03_conv2d_fwd_n32_h11w11c64(const float *restrict max_pooling2d_out,
 *       const float *restrict conv2d_1_kernel, const float *restrict conv2d_1_bias,
 *       float *restrict conv2d_1_pre, int nb)
 * Its parameter names say what each argument is (the scheme the emitter keeps
 * for every kernel, fused or not):
 *   a tensor's C identifier   the tensor's name with every character other
 *                             than [A-Za-z0-9] replaced by '_' ("conv2d/kernel"
 *                             -> conv2d_kernel): its storage, found in the
 *                             descriptor's tensor table (role -> slab, + offset);
 *                             INPUT -> kiln_step.x, LABEL -> kiln_step.y or, for
 *                             an int32_t pointer, kiln_step.y_index.  A view
 *                             the descriptor does not list (Flatten's output)
 *                             is resolved through the graph to the tensor whose
 *                             storage it shares;
 *   nb                        kiln_step.nb          (int)
 *   step, t                   kiln_step.step        (int64_t)
 *   seed                      kiln_step.seed        (uint64_t)
 *   lr                        kiln_step.learning_rate (float)
 *   loss, metric              &kiln_step.loss, &kiln_step.metric (double *)
 *   out                       kiln_step.out         (predict's outputs)
 *   p, g, m, v                the params, grads, opt_m, opt_v slabs
 *   state, arena              the state and arena slabs
 * Scalars are read from the kiln_step at every call (the call holds pointers
 * to its fields), so changing s->step between calls is seen.
 *
 * An entry point is one `#pragma omp parallel` region that calls its kernels
 * in descriptor order (the kernels whose `entries` has the entry's bit); the
 * kernels share their work with orphaned `omp for` / `omp single`
 * constructs.  kiln_kcall_run() calls a kernel the same way: every thread of
 * a parallel region makes the same call, so a kernel replayed with it gives,
 * bit for bit, what the entry point computes.
 */
#ifndef KILN_KCALL_H
#define KILN_KCALL_H

#include "kiln.h"
#include "kiln_abi.h"

#define KILN_KSIG_MAX 32   /* parameters of one kernel */

/* Value types of parameters (the pointee type for pointers). */
typedef enum {
    KILN_KT_FLOAT,    /* float */
    KILN_KT_DOUBLE,   /* double */
    KILN_KT_INT,      /* int */
    KILN_KT_INT8,     /* int8_t */
    KILN_KT_UINT8,    /* uint8_t */
    KILN_KT_INT32,    /* int32_t */
    KILN_KT_INT64,    /* int64_t */
    KILN_KT_UINT64    /* uint64_t */
} kiln_ktype;

typedef struct {
    char name[96];        /* the parameter's C identifier */
    kiln_ktype type;      /* its type, or its pointee's */
    int pointer;          /* 1: a pointer to `type` */
    int is_const;         /* pointer: the pointee is const */
} kiln_kparam;

typedef struct {
    char name[128];       /* the function's name (the C symbol) */
    int n;                /* parameters, 0..KILN_KSIG_MAX */
    kiln_kparam p[KILN_KSIG_MAX];
} kiln_ksig;

/* Parses a kernel prototype "void NAME(PARAM, ...)" (or "void NAME(void)").
 * A PARAM is qualifiers and a type, optionally one '*' with qualifiers, and a
 * name: const, restrict (also __restrict, __restrict__) and volatile are
 * accepted anywhere and only a pointee's const is kept.  Types: float, double,
 * int, int8_t, uint8_t, int32_t, int64_t, uint64_t as values, and pointers to
 * them, except that pointers to int and values of int8_t/uint8_t are refused
 * (the ABI has none).  Anything else — another return type, an unknown type
 * name, a pointer to pointer, an array, more than KILN_KSIG_MAX parameters,
 * a missing name, trailing text — is reported through diag.h naming the
 * parameter and quoting the signature, and -1 is returned; 0 on success. */
int kiln_ksig_parse(const char *signature, kiln_ksig *out);

/* "const float *", "int64_t": the C spelling of parameter p's type. */
const char *kiln_kparam_type_str(const kiln_kparam *p, char *buf, int n);

/* The C identifier of a tensor name ("conv2d_1/kernel.transposed" ->
 * "conv2d_1_kernel_transposed") into buf (size n); returns buf. */
char *kiln_c_ident(const char *name, char *buf, int n);

typedef struct kiln_kcall kiln_kcall;

/* Prepares calls of kernel `k` of descriptor `d` (an element of d->kernels),
 * whose code is at `fn`, with the arguments its signature names bound as the
 * top of this file says to the buffers and fields of `s` (its six slab
 * pointers, x, y / y_index, out, nb, step, seed, learning_rate, loss,
 * metric).  `g` is the graph the module was compiled from, for views the
 * descriptor does not list; it may be NULL.  `s` must outlive the call
 * object.  Returns NULL after reporting a parse error, a name that is none
 * of the above, or a type that does not fit what the name binds to (e.g.
 * `int t`: kiln_step.step is int64_t). */
kiln_kcall *kiln_kcall_bind(const kiln_module_desc *d, const kiln_graph *g,
                            const kiln_kernel_desc *k, void *fn, kiln_step *s);

/* The parsed signature of a prepared call. */
const kiln_ksig *kiln_kcall_sig(const kiln_kcall *c);

/* The address argument i is bound to: the buffer of a pointer parameter, or
 * the kiln_step field a scalar is read from. */
const void *kiln_kcall_arg(const kiln_kcall *c, int i);

/* One call on the calling thread (ffi_call).  Inside a parallel region every
 * thread of the team must make it, as the kernel's worksharing constructs
 * expect; the call object is only read, so the threads may share it. */
void kiln_kcall_invoke(const kiln_kcall *c);

/* One call as an entry point makes it: a `#pragma omp parallel` region (the
 * current number of OpenMP threads) in which every thread invokes it with
 * denormals flushed to zero, as the entry points run their kernels. */
void kiln_kcall_run(const kiln_kcall *c);

/* The calling thread's MXCSR with FTZ and DAZ set (denormal results and
 * inputs read as zero, as inside an entry point); returns the previous
 * value for kiln_kcall_restore_mxcsr.  No-ops off x86. */
unsigned kiln_kcall_flush_denormals(void);
void kiln_kcall_restore_mxcsr(unsigned csr);

void kiln_kcall_free(kiln_kcall *c);

#endif /* KILN_KCALL_H */
