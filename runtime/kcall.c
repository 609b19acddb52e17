/* kcall.c — one emitted kernel called on its own through libffi (kcall.h). */
#include "kcall.h"

#include <ctype.h>
#include <ffi.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

/* ---- the signature ------------------------------------------------------ */

static const struct {
    const char *word;
    kiln_ktype type;
    int value_ok, pointer_ok;   /* what the ABI uses it for */
} TYPES[] = {
    {"float", KILN_KT_FLOAT, 1, 1},   {"double", KILN_KT_DOUBLE, 1, 1},
    {"int", KILN_KT_INT, 1, 0},       {"int8_t", KILN_KT_INT8, 0, 1},
    {"uint8_t", KILN_KT_UINT8, 0, 1}, {"int32_t", KILN_KT_INT32, 1, 1},
    {"int64_t", KILN_KT_INT64, 1, 1}, {"uint64_t", KILN_KT_UINT64, 1, 1},
};
#define N_TYPES ((int)(sizeof TYPES / sizeof TYPES[0]))

static int is_qualifier(const char *w, size_t n)
{
    static const char *const q[] = {"const", "restrict", "__restrict", "__restrict__", "volatile"};
    for (size_t i = 0; i < sizeof q / sizeof q[0]; i++)
        if (strlen(q[i]) == n && strncmp(q[i], w, n) == 0) return 1;
    return 0;
}

/* A token: an identifier, or one of the characters * , ( ) and end (0). */
typedef struct {
    const char *s;   /* where it starts */
    size_t n;        /* its length; 0 at the end */
    char c;          /* 'a' identifier, or the punctuator */
} token;

static token next_token(const char **pp)
{
    const char *p = *pp;
    while (isspace((unsigned char)*p)) p++;
    token t = {p, 0, 0};
    if (!*p) {
        *pp = p;
        return t;
    }
    if (isalpha((unsigned char)*p) || *p == '_') {
        while (isalnum((unsigned char)*p) || *p == '_') p++;
        t.n = (size_t)(p - t.s);
        t.c = 'a';
    } else {
        t.n = 1;
        t.c = *p++;
    }
    *pp = p;
    return t;
}

static int word_is(token t, const char *w)
{
    return t.c == 'a' && strlen(w) == t.n && strncmp(t.s, w, t.n) == 0;
}

const char *kiln_kparam_type_str(const kiln_kparam *p, char *buf, int n)
{
    const char *w = "?";
    for (int i = 0; i < N_TYPES; i++)
        if (TYPES[i].type == p->type) w = TYPES[i].word;
    snprintf(buf, (size_t)n, "%s%s%s", p->pointer && p->is_const ? "const " : "", w,
             p->pointer ? " *" : "");
    return buf;
}

/* Parses one parameter from *pp up to ',' or ')'; 0, or -1 after reporting. */
static int parse_param(const char *sig, const char **pp, int index, kiln_kparam *out,
                       token *end)
{
    memset(out, 0, sizeof *out);
    int have_type = 0, stars = 0, const_before_star = 0;
    token name = {0};
    for (;;) {
        token t = next_token(pp);
        if (t.c == ',' || t.c == ')' || t.c == 0) {
            *end = t;
            break;
        }
        if (t.c == '*') {
            if (name.n) {
                kiln_error("kernel signature: parameter %d: '*' after the name '%.*s' in \"%s\"",
                           index + 1, (int)name.n, name.s, sig);
                return -1;
            }
            if (++stars > 1) {
                kiln_error("kernel signature: parameter %d: a pointer to a pointer is not a kernel "
                           "argument kiln passes, in \"%s\"", index + 1, sig);
                return -1;
            }
            continue;
        }
        if (t.c != 'a') {
            kiln_error("kernel signature: parameter %d: unexpected '%c' in \"%s\"", index + 1, t.c,
                       sig);
            return -1;
        }
        if (is_qualifier(t.s, t.n)) {
            if (word_is(t, "const") && !stars) const_before_star = 1;
            continue;
        }
        if (!have_type) {
            int k = -1;
            for (int i = 0; i < N_TYPES; i++)
                if (word_is(t, TYPES[i].word)) k = i;
            if (k < 0) {
                kiln_error("kernel signature: parameter %d: unknown type '%.*s' in \"%s\" (kiln "
                           "passes float, double, int, int8_t, uint8_t, int32_t, int64_t, "
                           "uint64_t and pointers to them)", index + 1, (int)t.n, t.s, sig);
                return -1;
            }
            out->type = TYPES[k].type;
            have_type = 1;
            continue;
        }
        if (name.n) {
            kiln_error("kernel signature: parameter %d: unexpected '%.*s' after the name '%.*s' "
                       "in \"%s\"", index + 1, (int)t.n, t.s, (int)name.n, name.s, sig);
            return -1;
        }
        name = t;
    }
    if (!have_type) {
        kiln_error("kernel signature: parameter %d has no type in \"%s\"", index + 1, sig);
        return -1;
    }
    if (!name.n) {
        kiln_error("kernel signature: parameter %d has no name in \"%s\" (kiln binds arguments "
                   "by name)", index + 1, sig);
        return -1;
    }
    if (name.n >= sizeof out->name) {
        kiln_error("kernel signature: parameter %d: name '%.*s' longer than %zu characters",
                   index + 1, (int)name.n, name.s, sizeof out->name - 1);
        return -1;
    }
    memcpy(out->name, name.s, name.n);
    out->pointer = stars;
    out->is_const = stars && const_before_star;
    for (int i = 0; i < N_TYPES; i++) {
        if (TYPES[i].type != out->type) continue;
        if (stars ? !TYPES[i].pointer_ok : !TYPES[i].value_ok) {
            kiln_error("kernel signature: parameter %d ('%s'): %s %s is not a kernel argument "
                       "kiln passes, in \"%s\"", index + 1, out->name,
                       stars ? "a pointer to" : "a value of", TYPES[i].word, sig);
            return -1;
        }
    }
    return 0;
}

int kiln_ksig_parse(const char *signature, kiln_ksig *out)
{
    memset(out, 0, sizeof *out);
    if (!signature) {
        kiln_error("kernel signature: none given");
        return -1;
    }
    const char *p = signature;
    token t = next_token(&p);
    if (!word_is(t, "void")) {
        kiln_error("kernel signature: expected the return type void at the start of \"%s\"",
                   signature);
        return -1;
    }
    t = next_token(&p);
    if (t.c != 'a' || is_qualifier(t.s, t.n)) {
        kiln_error("kernel signature: expected the kernel's name after void in \"%s\"", signature);
        return -1;
    }
    if (t.n >= sizeof out->name) {
        kiln_error("kernel signature: name longer than %zu characters in \"%s\"",
                   sizeof out->name - 1, signature);
        return -1;
    }
    memcpy(out->name, t.s, t.n);
    if (next_token(&p).c != '(') {
        kiln_error("kernel signature: expected '(' after %s in \"%s\"", out->name, signature);
        return -1;
    }
    /* "(void)" and "()": no parameters */
    const char *save = p;
    token a = next_token(&p), b = next_token(&p);
    if ((word_is(a, "void") && b.c == ')') || a.c == ')') {
        if (a.c != ')') a = b;
    } else {
        p = save;
        for (;;) {
            if (out->n == KILN_KSIG_MAX) {
                kiln_error("kernel signature: more than %d parameters in \"%s\"", KILN_KSIG_MAX,
                           signature);
                return -1;
            }
            token end;
            if (parse_param(signature, &p, out->n, &out->p[out->n], &end) != 0) return -1;
            for (int i = 0; i < out->n; i++)
                if (strcmp(out->p[i].name, out->p[out->n].name) == 0) {
                    kiln_error("kernel signature: parameter '%s' appears twice in \"%s\"",
                               out->p[i].name, signature);
                    return -1;
                }
            out->n++;
            if (end.c == ')') break;
            if (end.c != ',') {
                kiln_error("kernel signature: missing ')' at the end of \"%s\"", signature);
                return -1;
            }
        }
    }
    t = next_token(&p);
    if (t.c == ';') t = next_token(&p);
    if (t.c != 0) {
        kiln_error("kernel signature: unexpected '%.*s' after the parameter list of \"%s\"",
                   (int)t.n, t.s, signature);
        return -1;
    }
    return 0;
}

char *kiln_c_ident(const char *name, char *buf, int n)
{
    int k = 0;
    for (; name[k] && k < n - 1; k++) buf[k] = isalnum((unsigned char)name[k]) ? name[k] : '_';
    buf[k] = 0;
    return buf;
}

/* ---- binding ------------------------------------------------------------ */

struct kiln_kcall {
    kiln_ksig sig;
    void (*fn)(void);
    ffi_cif cif;
    ffi_type *types[KILN_KSIG_MAX];
    void *values[KILN_KSIG_MAX];   /* what ffi_call reads: &ptrs[i] or a kiln_step field */
    void *ptrs[KILN_KSIG_MAX];     /* pointer arguments */
};

static ffi_type *ffi_of(const kiln_kparam *p)
{
    if (p->pointer) return &ffi_type_pointer;
    switch (p->type) {
    case KILN_KT_FLOAT: return &ffi_type_float;
    case KILN_KT_DOUBLE: return &ffi_type_double;
    case KILN_KT_INT: return &ffi_type_sint;
    case KILN_KT_INT8: return &ffi_type_sint8;
    case KILN_KT_UINT8: return &ffi_type_uint8;
    case KILN_KT_INT32: return &ffi_type_sint32;
    case KILN_KT_INT64: return &ffi_type_sint64;
    case KILN_KT_UINT64: return &ffi_type_uint64;
    }
    KILN_BUG("unknown kernel parameter type %d", (int)p->type);
}

static float *slab_of(const kiln_step *s, int role)
{
    switch (role) {
    case KILN_ROLE_PARAM: return s->params;
    case KILN_ROLE_GRAD: return s->grads;
    case KILN_ROLE_OPT_M: return s->opt_m;
    case KILN_ROLE_OPT_V: return s->opt_v;
    case KILN_ROLE_STATE: return s->state;
    case KILN_ROLE_ACT: return s->arena;
    default: return NULL;
    }
}

static const kiln_tensor_desc *find_tensor(const kiln_module_desc *d, const char *ident)
{
    char buf[256];
    for (int i = 0; i < d->n_tensors; i++)
        if (strcmp(kiln_c_ident(d->tensors[i].name, buf, sizeof buf), ident) == 0)
            return &d->tensors[i];
    return NULL;
}

static const kiln_tensor_desc *find_tensor_named(const kiln_module_desc *d, const char *name)
{
    for (int i = 0; i < d->n_tensors; i++)
        if (strcmp(d->tensors[i].name, name) == 0) return &d->tensors[i];
    return NULL;
}

/* A view the descriptor does not list (Flatten's output shares its input's
 * storage): the descriptor tensor owning its storage, through the graph. */
static const kiln_tensor_desc *find_view(const kiln_module_desc *d, const kiln_graph *g,
                                         const char *ident)
{
    if (!g) return NULL;
    char buf[256];
    for (int i = 0; i < g->nt; i++) {
        if (strcmp(kiln_c_ident(g->t[i].name, buf, sizeof buf), ident) != 0) continue;
        int owner = kiln_tensor_storage(g, i);
        return find_tensor_named(d, g->t[owner].name);
    }
    return NULL;
}

/* A scalar parameter read from a field of s: checks that the declared type
 * is the field's. */
static int bind_field(const kiln_kernel_desc *k, const kiln_kparam *p, kiln_ktype want,
                      const char *field, void *addr, void **value)
{
    if (p->pointer || p->type != want) {
        char have[32], w[32];
        kiln_kparam q = {.type = want};
        kiln_error("kernel %s: parameter '%s' is %s, but what it names (kiln_step.%s) is %s",
                   k->name, p->name, kiln_kparam_type_str(p, have, sizeof have), field,
                   kiln_kparam_type_str(&q, w, sizeof w));
        return -1;
    }
    *value = addr;
    return 0;
}

/* Binds parameter i of c; 0, or -1 after reporting. */
static int bind_param(kiln_kcall *c, int i, const kiln_module_desc *d, const kiln_graph *g,
                      const kiln_kernel_desc *k, kiln_step *s)
{
    const kiln_kparam *p = &c->sig.p[i];
    const char *nm = p->name;
    const kiln_tensor_desc *t = find_tensor(d, nm);
    if (!t) t = find_view(d, g, nm);
    if (t || !strcmp(nm, "out") || !strcmp(nm, "p") || !strcmp(nm, "g") || !strcmp(nm, "m") ||
        !strcmp(nm, "v") || !strcmp(nm, "state") || !strcmp(nm, "arena") || !strcmp(nm, "loss") ||
        !strcmp(nm, "metric")) {
        if (!p->pointer) {
            kiln_error("kernel %s: parameter '%s' names a buffer but is not a pointer", k->name, nm);
            return -1;
        }
        void *ptr = NULL;
        if (t && t->role == KILN_ROLE_INPUT) ptr = (void *)s->x;
        else if (t && t->role == KILN_ROLE_OUTPUT) ptr = (void *)s->out;  /* predict's output, in place */
        else if (t && t->role == KILN_ROLE_LABEL)
            ptr = p->type == KILN_KT_INT32 ? (void *)s->y_index : (void *)s->y;
        else if (t) {
            float *slab = slab_of(s, t->role);
            if (!slab) {
                kiln_error("kernel %s: parameter '%s': tensor '%s' has role %d, which has no slab",
                           k->name, nm, t->name, t->role);
                return -1;
            }
            ptr = slab + t->offset;
        } else if (!strcmp(nm, "loss") || !strcmp(nm, "metric")) {
            if (p->type != KILN_KT_DOUBLE) {
                kiln_error("kernel %s: parameter '%s' must be double * (kiln_step.%s is double)",
                           k->name, nm, nm);
                return -1;
            }
            ptr = !strcmp(nm, "loss") ? (void *)&s->loss : (void *)&s->metric;
        } else {
            ptr = !strcmp(nm, "out") ? s->out : !strcmp(nm, "p") ? s->params
                : !strcmp(nm, "g") ? s->grads : !strcmp(nm, "m") ? s->opt_m
                : !strcmp(nm, "v") ? s->opt_v : !strcmp(nm, "state") ? s->state : s->arena;
        }
        c->ptrs[i] = ptr;
        c->values[i] = &c->ptrs[i];
        return 0;
    }
    if (!strcmp(nm, "nb")) return bind_field(k, p, KILN_KT_INT, "nb", &s->nb, &c->values[i]);
    if (!strcmp(nm, "step") || !strcmp(nm, "t"))
        return bind_field(k, p, KILN_KT_INT64, "step", &s->step, &c->values[i]);
    if (!strcmp(nm, "seed")) return bind_field(k, p, KILN_KT_UINT64, "seed", &s->seed, &c->values[i]);
    if (!strcmp(nm, "lr"))
        return bind_field(k, p, KILN_KT_FLOAT, "learning_rate", &s->learning_rate, &c->values[i]);
    kiln_error("kernel %s: parameter '%s' names no tensor of module '%s' and none of the values "
               "kiln passes (nb, step, t, seed, lr, loss, metric, out, p, g, m, v, state, arena)",
               k->name, nm, d->model ? d->model : "?");
    return -1;
}

kiln_kcall *kiln_kcall_bind(const kiln_module_desc *d, const kiln_graph *g,
                            const kiln_kernel_desc *k, void *fn, kiln_step *s)
{
    if (!fn) {
        kiln_error("kernel %s: no code for it (symbol not found)", k->name);
        return NULL;
    }
    kiln_kcall *c = calloc(1, sizeof *c);
    if (!c) {
        kiln_error("out of memory");
        return NULL;
    }
    if (kiln_ksig_parse(k->signature, &c->sig) != 0) goto fail;
    if (strcmp(c->sig.name, k->name) != 0) {
        kiln_error("kernel %s: its signature declares '%s'", k->name, c->sig.name);
        goto fail;
    }
    c->fn = (void (*)(void))fn;
    for (int i = 0; i < c->sig.n; i++) {
        c->types[i] = ffi_of(&c->sig.p[i]);
        if (bind_param(c, i, d, g, k, s) != 0) goto fail;
    }
    if (ffi_prep_cif(&c->cif, FFI_DEFAULT_ABI, (unsigned)c->sig.n, &ffi_type_void, c->types) !=
        FFI_OK) {
        kiln_error("kernel %s: libffi cannot prepare a call of \"%s\"", k->name, k->signature);
        goto fail;
    }
    return c;
fail:
    free(c);
    return NULL;
}

const kiln_ksig *kiln_kcall_sig(const kiln_kcall *c) { return &c->sig; }

const void *kiln_kcall_arg(const kiln_kcall *c, int i)
{
    if (i < 0 || i >= c->sig.n) return NULL;
    return c->sig.p[i].pointer ? c->ptrs[i] : c->values[i];
}

void kiln_kcall_invoke(const kiln_kcall *c)
{
    /* ffi_call only reads the cif and the argument values */
    ffi_call((ffi_cif *)&c->cif, c->fn, NULL, (void **)c->values);
}

unsigned kiln_kcall_flush_denormals(void)
{
#if defined(__x86_64__) || defined(__i386__)
    const unsigned csr = __builtin_ia32_stmxcsr();
    __builtin_ia32_ldmxcsr(csr | 0x8040u);  /* FTZ (bit 15) | DAZ (bit 6), as emit_c.c's entry points */
    return csr;
#else
    return 0;
#endif
}

void kiln_kcall_restore_mxcsr(unsigned csr)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_ldmxcsr(csr);
#else
    (void)csr;
#endif
}

void kiln_kcall_run(const kiln_kcall *c)
{
#pragma omp parallel
    {
        const unsigned csr = kiln_kcall_flush_denormals();
        kiln_kcall_invoke(c);
        kiln_kcall_restore_mxcsr(csr);
    }
}

void kiln_kcall_free(kiln_kcall *c) { free(c); }
