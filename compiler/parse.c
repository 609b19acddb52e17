/* parse.c — the model description (JSON, docs/architecture.md §2) into a kiln_model.
 *
 * cJSON reads the values; json_pos.c gives every value its line and column.
 * Every object is checked against the keys it may hold (Keras's argument
 * names, case-sensitive), every value against its type and range, and every
 * mistake is reported, in file order, as
 *   FILE:LINE:COL: $.json.path: expected WHAT, got WHAT
 * where WHAT got is the value's JSON text when short ("-3", "\"samee\"",
 * "[3, 0]") and its kind otherwise ("an object").  Unknown keys point at the
 * key, with a suggestion; missing ones at the enclosing object.
 *
 *   model       := {"name"?, "input", "layers", "loss", "optimizer"?,
 *                   "metrics"?, "fit"?, "target"?, "input_noise"?}
 *   input       := {"shape": [H, W, C] | [N], "rescale"?: F}
 *   layer       := {"type": KerasClass, "name"?, KerasArgument...}
 *   regularizer := "l1" | "l2" | "l1_l2" | {"type": "l2", "l2": F} | null
 *   optimizer   := "adam" | "sgd" | {"type": "Adam"|"SGD", KerasArgument...}
 *   loss        := loss-name | {"type": loss-name}
 *   fit         := {"dataset", "batch_size", "epochs", "validation_split",
 *                   "validation_data", "shuffle", "callbacks"}
 *   callback    := {"type": EarlyStopping | ModelCheckpoint | ReduceLROnPlateau |
 *                   TerminateOnNaN | CSVLogger | TensorBoard, KerasArgument...}
 * Any object may also hold "comment": a string or a list of strings, for
 * readers of the file (where a model departs from its source, say why).
 *
 * Keras classes match case-insensitively; everything else keeps Keras's
 * spelling.  Defaults are Keras's (see model.h), except that "loss" is
 * required and "optimizer" defaults to Adam (Keras would use RMSprop).
 */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>

#include "diag.h"
#include "input.h"
#include "json_pos.h"
#include "kiln_limits.h"
#include "model.h"
#include "pyformat.h"

/* ---- diagnostics: collected, then printed in file order ------------------ */

typedef struct diag {
    long off;           /* byte offset the message points at */
    int seq;            /* order of reporting, to keep ties stable */
    const char *path;   /* JSON path, or NULL */
    const char *msg;
    struct diag *next;
} diag;

typedef struct {
    const char *file;   /* as given, for messages */
    kiln_arena *a;
    kiln_json_pos pos;
    diag *diags;
    int n_diags;
} P;

static void report(P *p, long off, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void report(P *p, long off, const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = kiln_arena_alloc(p->a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);
    diag *d = KILN_NEW(p->a, diag, 1);
    *d = (diag){off, p->n_diags++, path, msg, p->diags};
    p->diags = d;
}

static int by_offset(const void *x, const void *y)
{
    const diag *a = *(const diag *const *)x, *b = *(const diag *const *)y;
    if (a->off != b->off) return a->off < b->off ? -1 : 1;
    return a->seq - b->seq;
}

/* Prints the collected diagnostics sorted by position; returns their count. */
static int flush(P *p)
{
    int n = p->n_diags;
    if (!n) return 0;
    diag **v = KILN_NEW(p->a, diag *, n);
    int k = 0;
    for (diag *d = p->diags; d; d = d->next) v[k++] = d;
    qsort(v, (size_t)n, sizeof *v, by_offset);
    for (int i = 0; i < n; i++) {
        int line, col;
        kiln_json_pos_linecol(&p->pos, v[i]->off, &line, &col);
        kiln_error_at(p->file, line, col, v[i]->path, "%s", v[i]->msg);
    }
    return n;
}

/* Offset of a value, and of its key (the value when it has none). */
static long at(P *p, const cJSON *v)
{
    const kiln_json_span *s = kiln_json_pos_span(&p->pos, v);
    return s ? s->start : 0;
}

static long at_key(P *p, const cJSON *v)
{
    const kiln_json_span *s = kiln_json_pos_span(&p->pos, v);
    return s ? (s->key >= 0 ? s->key : s->start) : 0;
}

/* ---- strings ------------------------------------------------------------- */

static int ieq(const char *a, const char *b)
{
    return strcasecmp(a, b) == 0;
}

/* Equal ignoring case and '_': "glorot_uniform" = "GlorotUniform". */
static int norm_eq(const char *a, const char *b)
{
    for (;;) {
        while (*a == '_') a++;
        while (*b == '_') b++;
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return 0;
        if (!*a) return 1;
        a++, b++;
    }
}

/* Optimal string alignment distance (edits and adjacent transpositions),
 * ignoring case; strings longer than 63 bytes count as far apart. */
static int distance(const char *a, const char *b)
{
    int n = (int)strlen(a), m = (int)strlen(b);
    if (n > 63 || m > 63) return 1000;
    int d[64][64];
    for (int i = 0; i <= n; i++) d[i][0] = i;
    for (int j = 0; j <= m; j++) d[0][j] = j;
    for (int i = 1; i <= n; i++) {
        for (int j = 1; j <= m; j++) {
            int ca = tolower((unsigned char)a[i - 1]), cb = tolower((unsigned char)b[j - 1]);
            int c = d[i - 1][j - 1] + (ca != cb);
            if (d[i - 1][j] + 1 < c) c = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < c) c = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && ca == tolower((unsigned char)b[j - 2]) &&
                tolower((unsigned char)a[i - 2]) == cb && d[i - 2][j - 2] + 1 < c)
                c = d[i - 2][j - 2] + 1;
            d[i][j] = c;
        }
    }
    return d[n][m];
}

/* The candidate closest to `given`, if close enough to be a slip: 1 edit
 * for up to 4 bytes, 2 for up to 8, else 3. */
static const char *closest(const char *given, const char *const *cands)
{
    size_t len = strlen(given);
    int limit = len <= 4 ? 1 : len <= 8 ? 2 : 3;
    int bd = limit + 1;
    const char *best = NULL;
    for (; cands && *cands; cands++) {
        int d = distance(given, *cands);
        if (d < bd) bd = d, best = *cands;
    }
    return bd <= limit ? best : NULL;
}

/* "; did you mean 'x'?" for a string value among `cands`, or "". */
static const char *did_you_mean(P *p, const cJSON *v, const char *const *cands)
{
    const char *s = cJSON_IsString(v) ? closest(v->valuestring, cands) : NULL;
    return s ? kiln_arena_printf(p->a, "; did you mean '%s'?", s) : "";
}

/* ---- JSON paths and values in messages ----------------------------------- */

static const char *path_key(P *p, const char *base, const char *key)
{
    int plain = isalpha((unsigned char)key[0]) || key[0] == '_';
    for (const char *c = key; *c && plain; c++)
        if (!isalnum((unsigned char)*c) && *c != '_') plain = 0;
    if (plain) return kiln_arena_printf(p->a, "%s.%s", base, key);
    size_t n = strlen(key);
    char *q = kiln_arena_alloc(p->a, 2 * n + 1), *o = q;
    for (const char *c = key; *c; c++) {
        if (*c == '\'' || *c == '\\') *o++ = '\\';
        *o++ = (unsigned char)*c < 32 ? '?' : *c;
    }
    return kiln_arena_printf(p->a, "%s['%s']", base, q);
}

static const char *path_index(P *p, const char *base, int i)
{
    return kiln_arena_printf(p->a, "%s[%d]", base, i);
}

static int append(char *buf, size_t cap, size_t *n, const char *s, size_t len)
{
    if (*n + len >= cap) return 0;
    memcpy(buf + *n, s, len);
    *n += len;
    buf[*n] = '\0';
    return 1;
}

/* Writes v as one line of JSON: scalars and keys as written in the file,
 * arrays and objects with ", " and ": " between.  0 when it does not fit. */
static int compact(P *p, const cJSON *v, char *buf, size_t cap, size_t *n)
{
    const kiln_json_span *s = kiln_json_pos_span(&p->pos, v);
    if (!s) return 0;
    const char *text = p->pos.text;
    int t = v->type & 0xFF;
    if (t != cJSON_Array && t != cJSON_Object)
        return append(buf, cap, n, text + s->start, (size_t)(s->end - s->start));
    if (!append(buf, cap, n, t == cJSON_Array ? "[" : "{", 1)) return 0;
    for (const cJSON *k = v->child; k; k = k->next) {
        if (k != v->child && !append(buf, cap, n, ", ", 2)) return 0;
        if (t == cJSON_Object) {
            const kiln_json_span *ks = kiln_json_pos_span(&p->pos, k);
            if (!ks || ks->key < 0) return 0;
            long e = ks->key + 1;
            while (e < p->pos.len && text[e] != '"') e += text[e] == '\\' ? 2 : 1;
            if (!append(buf, cap, n, text + ks->key, (size_t)(e + 1 - ks->key)) ||
                !append(buf, cap, n, ": ", 2))
                return 0;
        }
        if (!compact(p, k, buf, cap, n)) return 0;
    }
    return append(buf, cap, n, t == cJSON_Array ? "]" : "}", 1);
}

/* What a value is, for "got ...": its text when short, else its kind. */
static const char *got(P *p, const cJSON *v)
{
    char buf[48];
    size_t n = 0;
    buf[0] = '\0';
    int ok = compact(p, v, buf, sizeof buf, &n);
    for (size_t i = 0; ok && i < n; i++)
        if ((unsigned char)buf[i] < 32) ok = 0;
    if (ok) return kiln_arena_strdup(p->a, buf);
    switch (v->type & 0xFF) {
    case cJSON_String: return "a string";
    case cJSON_Number: return "a number";
    case cJSON_Array: return "an array";
    case cJSON_Object: return "an object";
    default: return "a value";
    }
}

/* ---- objects and their keys ---------------------------------------------- */

/* A Keras argument kiln does not support yet; its Keras defaults (JSON text,
 * up to two) are accepted and ignored, anything else is an error. */
typedef struct {
    const char *arg;
    const char *ok1, *ok2;
} unsupported_arg;

typedef struct {
    const char *what;                  /* "Conv2D", "fit()", NULL at the top */
    int keras_args;                    /* keys are Keras arguments */
    const char *const *keys;           /* supported keys */
    const unsupported_arg *unsupported, *unsupported2;  /* {NULL}-terminated */
} obj_spec;

/* One object being read: its node, path and spec. */
typedef struct {
    P *p;
    const cJSON *node;
    const char *path;
    const obj_spec *spec;
} obj;

static const unsupported_arg *find_unsupported(const unsupported_arg *u, const char *key)
{
    for (; u && u->arg; u++)
        if (!strcmp(u->arg, key)) return u;
    return NULL;
}

static int matches_json(const cJSON *v, const char *json)
{
    if (!json) return 0;
    cJSON *d = cJSON_Parse(json);
    if (!d) KILN_BUG("bad default %s", json);
    int eq = cJSON_Compare(v, d, 1);
    cJSON_Delete(d);
    return eq;
}

static int has_key(const obj_spec *sp, const char *key)
{
    for (const char *const *k = sp->keys; *k; k++)
        if (!strcmp(*k, key)) return 1;
    return 0;
}

/* The hint after "unknown argument 'x'": a name Keras users bring from
 * elsewhere, else the closest supported or known key, else "". */
static const char *unknown_hint(P *p, const obj_spec *sp, const char *key)
{
    if (!strcmp(key, "lr") && has_key(sp, "learning_rate"))
        return "; did you mean 'learning_rate'?";
    if (!strcmp(key, "epsilon") && has_key(sp, "min_delta"))
        return "; did you mean 'min_delta'? (Keras's old name of it)";
    if (!strcmp(key, "input_shape") || !strcmp(key, "batch_input_shape"))
        return "; give the model's input shape as $.input.shape";
    if (!strcmp(key, "class_name") || !strcmp(key, "config"))
        return "; write {\"type\": CLASS, ARGUMENT: VALUE, ...} (a whole file Keras wrote, "
               "model.to_json(), .keras or .h5, is read as it is)";
    int n = 0;
    while (sp->keys[n]) n++;
    for (const unsupported_arg *u = sp->unsupported; u && u->arg; u++) n++;
    const char **cands = KILN_NEW(p->a, const char *, n + 1);
    n = 0;
    for (const char *const *k = sp->keys; *k; k++) cands[n++] = *k;
    for (const unsupported_arg *u = sp->unsupported; u && u->arg; u++) cands[n++] = u->arg;
    const char *best = closest(key, cands);
    return best ? kiln_arena_printf(p->a, "; did you mean '%s'?", best) : "";
}

/* [string, ...] */
static int is_string_list(const cJSON *v)
{
    if (!cJSON_IsArray(v)) return 0;
    for (const cJSON *e = v->child; e; e = e->next)
        if (!cJSON_IsString(e)) return 0;
    return 1;
}

/* Reports duplicate, unsupported and unknown keys of o.  "comment" (a string
 * or a list of strings) is accepted in every object and ignored. */
static void check_keys(const obj *o)
{
    P *p = o->p;
    const obj_spec *sp = o->spec;
    const char *kind = sp->keras_args ? "argument" : "key";
    for (const cJSON *m = o->node->child; m; m = m->next) {
        const char *key = m->string;
        const char *path = path_key(p, o->path, key);
        const cJSON *first = o->node->child;
        while (first != m && strcmp(first->string, key)) first = first->next;
        if (first != m) {
            int line, col;
            kiln_json_pos_linecol(&p->pos, at_key(p, first), &line, &col);
            report(p, at_key(p, m), path, "duplicate %s '%s' (first given at %d:%d)", kind, key,
                   line, col);
            continue;
        }
        if (has_key(sp, key)) continue;
        if (!strcmp(key, "comment")) {  /* free text for readers, in any object */
            if (!cJSON_IsString(m) && !is_string_list(m))
                report(p, at(p, m), path, "expected a string or a list of strings, got %s",
                       got(p, m));
            continue;
        }
        const unsupported_arg *u = find_unsupported(sp->unsupported, key);
        if (!u) u = find_unsupported(sp->unsupported2, key);
        if (u) {
            if (matches_json(m, u->ok1) || matches_json(m, u->ok2)) continue;
            if (u->ok1)
                report(p, at(p, m), path,
                       "expected %s%s%s (argument '%s' of %s is not supported yet), got %s",
                       u->ok1, u->ok2 ? " or " : "", u->ok2 ? u->ok2 : "", key, sp->what,
                       got(p, m));
            else
                report(p, at(p, m), path, "argument '%s' of %s is not supported yet", key,
                       sp->what);
            continue;
        }
        const char *hint = unknown_hint(p, sp, key);
        if (sp->keras_args)
            report(p, at_key(p, m), path, "unknown argument '%s' for %s%s", key, sp->what, hint);
        else if (sp->what)
            report(p, at_key(p, m), path, "unknown key '%s' in %s%s", key, sp->what, hint);
        else
            report(p, at_key(p, m), path, "unknown key '%s'%s", key, hint);
    }
}

/* The member `key` of o (the first, if repeated), or NULL; reports it
 * missing when required.  *path gets the member's path. */
static const cJSON *get(const obj *o, const char *key, int required, const char **path)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o->node, key);
    *path = path_key(o->p, o->path, key);
    if (!v && required) {
        const obj_spec *sp = o->spec;
        if (sp->keras_args)
            report(o->p, at(o->p, o->node), o->path, "missing required argument '%s' for %s", key,
                   sp->what);
        else if (sp->what)
            report(o->p, at(o->p, o->node), o->path, "missing required key '%s' in %s", key,
                   sp->what);
        else
            report(o->p, at(o->p, o->node), o->path, "missing required key '%s'", key);
    }
    return v;
}

/* A member's value (NULL when absent) and its JSON path. */
typedef struct {
    const cJSON *v;
    const char *path;
} member;

/* The member `key` of o, reported missing when required and absent. */
static member arg(const obj *o, const char *key, int required)
{
    member m;
    m.v = get(o, key, required, &m.path);
    return m;
}

/* ---- values: each reader leaves *out alone and returns 0 when v is absent
 * or wrong (reporting the latter) ------------------------------------------ */

static int is_int(const cJSON *v, int min)
{
    if (!cJSON_IsNumber(v)) return 0;
    double d = v->valuedouble;
    return isfinite(d) && d == floor(d) && d >= min && d <= INT32_MAX;
}

/* integer in min..max, max being one of kiln's limits (kiln_limits.h) */
static int rd_int_upto(P *p, member m, int min, int max, const char *limit, int *out)
{
    const cJSON *v = m.v;
    if (!v || !is_int(v, min) || v->valuedouble <= max) return 0;
    report(p, at(p, v), m.path, "expected %s integer up to %d (kiln's limit on %s), got %s",
           min == 1 ? "a positive" : "an", max, limit, got(p, v));
    *out = 0;
    return 1;
}

/* integer >= min */
static int rd_int(P *p, member m, int min, int *out)
{
    const cJSON *v = m.v;
    const char *path = m.path;
    if (!v) return 0;
    if (!is_int(v, min)) {
        if (min == 1)
            report(p, at(p, v), path, "expected a positive integer, got %s", got(p, v));
        else if (min == 0)
            report(p, at(p, v), path, "expected a non-negative integer, got %s", got(p, v));
        else
            report(p, at(p, v), path, "expected an integer >= %d, got %s", min, got(p, v));
        return 0;
    }
    *out = (int)v->valuedouble;
    return 1;
}

/* A closed or half-open interval; ±INFINITY for no bound. */
typedef struct {
    double lo, hi;
    int lo_open, hi_open;
} range;

#define ANY ((range){-INFINITY, INFINITY, 0, 0})
#define POSITIVE ((range){0, INFINITY, 1, 0})
#define NON_NEGATIVE ((range){0, INFINITY, 0, 0})
#define UNIT_CLOSED ((range){0, 1, 0, 0})     /* [0, 1] */
#define UNIT_HALF_OPEN ((range){0, 1, 0, 1})  /* [0, 1) */

/* number in r, finite (as a float when f32) */
static int rd_number(P *p, member m, range r, int f32, double *out)
{
    const cJSON *v = m.v;
    const char *path = m.path;
    if (!v) return 0;
    double d = cJSON_IsNumber(v) ? v->valuedouble : NAN;
    int ok = isfinite(d) && (!f32 || fabs(d) <= FLT_MAX) && (r.lo_open ? d > r.lo : d >= r.lo) &&
             (r.hi_open ? d < r.hi : d <= r.hi);
    if (!ok) {
        char want[64];
        if (isfinite(r.lo) && isfinite(r.hi))
            snprintf(want, sizeof want, "a number in %c%g, %g%c", r.lo_open ? '(' : '[', r.lo,
                     r.hi, r.hi_open ? ')' : ']');
        else if (isfinite(r.lo))
            snprintf(want, sizeof want, "a number %s %g", r.lo_open ? ">" : ">=", r.lo);
        else
            snprintf(want, sizeof want, "a number");
        report(p, at(p, v), path, "expected %s, got %s", want, got(p, v));
        return 0;
    }
    *out = d;
    return 1;
}

static int rd_float(P *p, member m, range r, float *out)
{
    double d;
    if (!rd_number(p, m, r, 1, &d)) return 0;
    *out = (float)d;
    return 1;
}

static int rd_double(P *p, member m, range r, double *out)
{
    return rd_number(p, m, r, 0, out);
}

/* true | false */
static int rd_bool(P *p, member m, int *out)
{
    const cJSON *v = m.v;
    const char *path = m.path;
    if (!v) return 0;
    if (!cJSON_IsBool(v)) {
        report(p, at(p, v), path, "expected true or false, got %s", got(p, v));
        return 0;
    }
    *out = cJSON_IsTrue(v);
    return 1;
}

/* string of at least one byte */
static int rd_string(P *p, member m, const char **out)
{
    const cJSON *v = m.v;
    const char *path = m.path;
    if (!v) return 0;
    if (!cJSON_IsString(v) || !v->valuestring[0]) {
        report(p, at(p, v), path, "expected a non-empty string, got %s", got(p, v));
        return 0;
    }
    *out = kiln_arena_strdup(p->a, v->valuestring);
    return 1;
}

/* kernel_size, strides, pool_size := n | [n] | [h, w], positive integers */
static int rd_pair(P *p, member m, int out[2])
{
    const cJSON *v = m.v;
    const char *path = m.path;
    if (!v) return 0;
    int n = cJSON_IsArray(v) ? cJSON_GetArraySize(v) : 0, ok = 0, pair[2] = {0, 0};
    if (is_int(v, 1)) {
        pair[0] = pair[1] = (int)v->valuedouble;
        ok = 1;
    } else if ((n == 1 || n == 2) && is_int(v->child, 1) && (n == 1 || is_int(v->child->next, 1))) {
        pair[0] = (int)v->child->valuedouble;
        pair[1] = n == 2 ? (int)v->child->next->valuedouble : pair[0];
        ok = 1;
    }
    if (ok && (pair[0] > KILN_MAX_DIM || pair[1] > KILN_MAX_DIM)) {
        report(p, at(p, v), path, "expected 1 or 2 positive integers up to %d (kiln's limit on "
               "a window), got %s", KILN_MAX_DIM, got(p, v));
        return 0;
    }
    if (ok) {
        out[0] = pair[0];
        out[1] = pair[1];
        return 1;
    }
    report(p, at(p, v), path, "expected 1 or 2 positive integers, got %s", got(p, v));
    return 0;
}

/* padding := "valid" | "same" (Keras lower-cases it) */
static void rd_padding(P *p, member m, int *same)
{
    const cJSON *v = m.v;
    const char *path = m.path;
    static const char *const names[] = {"valid", "same", NULL};
    if (!v) return;
    if (cJSON_IsString(v) && (ieq(v->valuestring, "valid") || ieq(v->valuestring, "same"))) {
        *same = ieq(v->valuestring, "same");
        return;
    }
    report(p, at(p, v), path, "expected \"valid\" or \"same\", got %s%s", got(p, v),
           did_you_mean(p, v, names));
}

/* activation := "relu" | "softmax" | "sigmoid" | "tanh" | "linear" | "leaky_relu" | null */
static void rd_activation(P *p, member m, kiln_layer *L)
{
    const cJSON *v = m.v;
    const char *path = m.path;
    static const char *const names[] = {"linear", "relu",  "softmax",
                                        "sigmoid", "tanh", "leaky_relu", NULL};
    if (!v) return;
    if (cJSON_IsNull(v)) {
        L->activation = ACT_LINEAR;
        return;
    }
    for (int i = 0; cJSON_IsString(v) && names[i]; i++) {
        if (ieq(v->valuestring, names[i])) {
            L->activation = (kiln_activation)i;  /* names[] follows kiln_activation */
            if (L->activation == ACT_LEAKY_RELU) L->alpha = 0.2f;  /* tf.nn.leaky_relu */
            return;
        }
    }
    report(p, at(p, v), path,
           "expected an activation (relu, softmax, sigmoid, tanh, linear, leaky_relu or null), "
           "got %s%s",
           got(p, v), did_you_mean(p, v, names));
}

/* regularizer := "l1" | "l2" | "l1_l2" | {"type": T, "l1"?: F, "l2"?: F} | null
 * Factors: Keras's string shorthands and l1/l2/l1_l2 functions default to
 * 0.01; its L1L2 class defaults to 0. */
static void rd_regularizer(P *p, member m, kiln_regularizer *r)
{
    const cJSON *v = m.v;
    const char *path = m.path;
    static const char *const names[] = {"l1", "l2", "l1_l2", NULL};
    static const char *const keys_l1[] = {"type", "l1", NULL};
    static const char *const keys_l2[] = {"type", "l2", NULL};
    static const char *const keys_l1l2[] = {"type", "l1", "l2", NULL};
    if (!v) return;
    if (cJSON_IsNull(v)) {
        *r = (kiln_regularizer){0, 0, 0};
        return;
    }
    if (cJSON_IsString(v)) {
        const char *s = v->valuestring;
        if (ieq(s, "l1")) *r = (kiln_regularizer){1, 0.01f, 0};
        else if (ieq(s, "l2")) *r = (kiln_regularizer){1, 0, 0.01f};
        else if (ieq(s, "l1_l2")) *r = (kiln_regularizer){1, 0.01f, 0.01f};
        else
            report(p, at(p, v), path,
                   "expected a regularizer (\"l1\", \"l2\", \"l1_l2\"), got %s%s", got(p, v),
                   did_you_mean(p, v, names));
        return;
    }
    if (!cJSON_IsObject(v)) {
        report(p, at(p, v), path,
               "expected a regularizer (\"l1\", \"l2\", \"l1_l2\", "
               "{\"type\": \"l2\", \"l2\": 0.01} or null), got %s",
               got(p, v));
        return;
    }
    obj_spec spec = {"a regularizer", 1, keys_l1l2, NULL, NULL};
    obj o = {p, v, path, &spec};
    const char *tpath;
    const cJSON *t = get(&o, "type", 1, &tpath);
    if (!t) return;
    const char *s = cJSON_IsString(t) ? t->valuestring : "";
    kiln_regularizer reg = {1, 0, 0};
    if (ieq(s, "l1")) {
        spec = (obj_spec){"L1", 1, keys_l1, NULL, NULL};
        reg.l1 = 0.01f;
    } else if (ieq(s, "l2")) {
        spec = (obj_spec){"L2", 1, keys_l2, NULL, NULL};
        reg.l2 = 0.01f;
    } else if (ieq(s, "l1_l2")) {
        spec = (obj_spec){"l1_l2", 1, keys_l1l2, NULL, NULL};
        reg.l1 = reg.l2 = 0.01f;
    } else if (ieq(s, "l1l2")) {
        spec = (obj_spec){"L1L2", 1, keys_l1l2, NULL, NULL};
    } else {
        report(p, at(p, t), tpath, "expected a regularizer type (l1, l2, l1_l2), got %s%s",
               got(p, t), did_you_mean(p, t, names));
        return;
    }
    check_keys(&o);
    if (spec.keys != keys_l2) rd_float(p, arg(&o, "l1", 0), NON_NEGATIVE, &reg.l1);
    if (spec.keys != keys_l1) rd_float(p, arg(&o, "l2", 0), NON_NEGATIVE, &reg.l2);
    *r = reg;
}

/* initializer := Keras's default for the argument, by function or class
 * name ("glorot_uniform" or "GlorotUniform"); others are not supported yet. */
static void rd_initializer(P *p, member m, const char *keras_default)
{
    const cJSON *v = m.v;
    const char *path = m.path;
    if (!v) return;
    if (cJSON_IsString(v) && norm_eq(v->valuestring, keras_default)) return;
    report(p, at(p, v), path, "expected \"%s\" (other initializers are not supported yet), got %s",
           keras_default, got(p, v));
}

/* ---- layers -------------------------------------------------------------- */

static const unsupported_arg layer_common[] = {
    {"trainable", "true", NULL},
    {"dtype", "\"float32\"", "null"},
    {NULL, NULL, NULL},
};

/* Rescaling(scale, offset=0.0) */
static void rd_rescaling(const obj *o, kiln_layer *L)
{
    L->scale = 1, L->offset = 0;
    rd_float(o->p, arg(o, "scale", 1), ANY, &L->scale);
    rd_float(o->p, arg(o, "offset", 0), ANY, &L->offset);
}

/* Conv2D(filters, kernel_size, strides=1, padding="valid", activation=None,
 *        use_bias=True, kernel_initializer="glorot_uniform",
 *        bias_initializer="zeros", kernel_regularizer=None, bias_regularizer=None) */
static void rd_conv2d(const obj *o, kiln_layer *L)
{
    P *p = o->p;
    L->strides[0] = L->strides[1] = 1;
    L->use_bias = 1;
    if (!rd_int_upto(p, arg(o, "filters", 0), 1, KILN_MAX_DIM, "a dimension", &L->filters))
        rd_int(p, arg(o, "filters", 1), 1, &L->filters);
    rd_pair(p, arg(o, "kernel_size", 1), L->kernel_size);
    rd_pair(p, arg(o, "strides", 0), L->strides);
    rd_padding(p, arg(o, "padding", 0), &L->padding_same);
    rd_activation(p, arg(o, "activation", 0), L);
    rd_bool(p, arg(o, "use_bias", 0), &L->use_bias);
    rd_initializer(p, arg(o, "kernel_initializer", 0), "glorot_uniform");
    rd_initializer(p, arg(o, "bias_initializer", 0), "zeros");
    rd_regularizer(p, arg(o, "kernel_regularizer", 0), &L->kernel_regularizer);
    rd_regularizer(p, arg(o, "bias_regularizer", 0), &L->bias_regularizer);
}

/* MaxPooling2D(pool_size=2, strides=None -> pool_size, padding="valid") */
static void rd_maxpooling2d(const obj *o, kiln_layer *L)
{
    P *p = o->p;
    L->pool_size[0] = L->pool_size[1] = 2;
    rd_pair(p, arg(o, "pool_size", 0), L->pool_size);
    L->strides[0] = L->pool_size[0], L->strides[1] = L->pool_size[1];
    member s = arg(o, "strides", 0);
    if (!cJSON_IsNull(s.v)) rd_pair(p, s, L->strides);
    rd_padding(p, arg(o, "padding", 0), &L->padding_same);
}

/* BatchNormalization(axis=-1, momentum=0.99, epsilon=1e-3, center=True,
 *                    scale=True, beta/gamma/moving_* initializers at defaults) */
static void rd_batchnormalization(const obj *o, kiln_layer *L)
{
    P *p = o->p;
    L->momentum = 0.99f, L->epsilon = 1e-3f, L->center = 1, L->scale_gamma = 1;
    member axis = arg(o, "axis", 0);
    if (axis.v && !(cJSON_IsNumber(axis.v) && axis.v->valuedouble == -1))
        report(p, at(p, axis.v), axis.path,
               "expected -1 (the channel axis; other axes are not supported yet), got %s",
               got(p, axis.v));
    rd_float(p, arg(o, "momentum", 0), UNIT_CLOSED, &L->momentum);
    rd_float(p, arg(o, "epsilon", 0), POSITIVE, &L->epsilon);
    rd_bool(p, arg(o, "center", 0), &L->center);
    rd_bool(p, arg(o, "scale", 0), &L->scale_gamma);
    rd_initializer(p, arg(o, "beta_initializer", 0), "zeros");
    rd_initializer(p, arg(o, "gamma_initializer", 0), "ones");
    rd_initializer(p, arg(o, "moving_mean_initializer", 0), "zeros");
    rd_initializer(p, arg(o, "moving_variance_initializer", 0), "ones");
}

/* Dense(units, activation=None, use_bias=True, kernel_initializer=
 *       "glorot_uniform", bias_initializer="zeros", kernel_regularizer=None,
 *       bias_regularizer=None) */
static void rd_dense(const obj *o, kiln_layer *L)
{
    P *p = o->p;
    L->use_bias = 1;
    if (!rd_int_upto(p, arg(o, "units", 0), 1, KILN_MAX_DIM, "a dimension", &L->filters))
        rd_int(p, arg(o, "units", 1), 1, &L->filters);
    rd_activation(p, arg(o, "activation", 0), L);
    rd_bool(p, arg(o, "use_bias", 0), &L->use_bias);
    rd_initializer(p, arg(o, "kernel_initializer", 0), "glorot_uniform");
    rd_initializer(p, arg(o, "bias_initializer", 0), "zeros");
    rd_regularizer(p, arg(o, "kernel_regularizer", 0), &L->kernel_regularizer);
    rd_regularizer(p, arg(o, "bias_regularizer", 0), &L->bias_regularizer);
}

/* Dropout(rate), 0 <= rate < 1 */
static void rd_dropout(const obj *o, kiln_layer *L)
{
    rd_float(o->p, arg(o, "rate", 1), UNIT_HALF_OPEN, &L->rate);
}

/* Flatten() */
static void rd_flatten(const obj *o, kiln_layer *L)
{
    (void)o, (void)L;
}

/* ReLU() */
static void rd_relu(const obj *o, kiln_layer *L)
{
    (void)o;
    L->activation = ACT_RELU;
}

/* LeakyReLU(alpha=0.3), Keras 3: LeakyReLU(negative_slope=0.3); >= 0 */
static void rd_leakyrelu(const obj *o, kiln_layer *L)
{
    L->activation = ACT_LEAKY_RELU;
    L->alpha = 0.3f;
    member a2 = arg(o, "alpha", 0), a3 = arg(o, "negative_slope", 0);
    if (a2.v && a3.v) {
        member later = at(o->p, a2.v) > at(o->p, a3.v) ? a2 : a3;
        report(o->p, at_key(o->p, later.v), later.path,
               "give either 'alpha' (Keras 2) or 'negative_slope' (Keras 3), not both");
        return;
    }
    rd_float(o->p, a2, NON_NEGATIVE, &L->alpha);
    rd_float(o->p, a3, NON_NEGATIVE, &L->alpha);
}

/* Activation(activation) */
static void rd_activation_layer(const obj *o, kiln_layer *L)
{
    rd_activation(o->p, arg(o, "activation", 1), L);
}

static const char *const keys_rescaling[] = {"type", "name", "scale", "offset", NULL};
static const char *const keys_conv2d[] = {
    "type", "name", "filters", "kernel_size", "strides", "padding", "activation", "use_bias",
    "kernel_initializer", "bias_initializer", "kernel_regularizer", "bias_regularizer", NULL};
static const char *const keys_maxpooling2d[] = {"type", "name", "pool_size", "strides", "padding",
                                                NULL};
static const char *const keys_batchnormalization[] = {
    "type", "name", "axis", "momentum", "epsilon", "center", "scale", "beta_initializer",
    "gamma_initializer", "moving_mean_initializer", "moving_variance_initializer", NULL};
static const char *const keys_dense[] = {
    "type", "name", "units", "activation", "use_bias", "kernel_initializer", "bias_initializer",
    "kernel_regularizer", "bias_regularizer", NULL};
static const char *const keys_dropout[] = {"type", "name", "rate", NULL};
static const char *const keys_plain[] = {"type", "name", NULL};
static const char *const keys_leakyrelu[] = {"type", "name", "alpha", "negative_slope", NULL};
static const char *const keys_activation[] = {"type", "name", "activation", NULL};

static const unsupported_arg unsupported_conv2d[] = {
    {"data_format", "\"channels_last\"", "null"},
    {"dilation_rate", "1", "[1, 1]"},
    {"groups", "1", NULL},
    {"activity_regularizer", "null", NULL},
    {"kernel_constraint", "null", NULL},
    {"bias_constraint", "null", NULL},
    {NULL, NULL, NULL},
};
static const unsupported_arg unsupported_pooling[] = {
    {"data_format", "\"channels_last\"", "null"},
    {NULL, NULL, NULL},
};
static const unsupported_arg unsupported_batchnormalization[] = {
    {"beta_regularizer", "null", NULL},
    {"gamma_regularizer", "null", NULL},
    {"beta_constraint", "null", NULL},
    {"gamma_constraint", "null", NULL},
    {"synchronized", "false", NULL},
    {"renorm", "false", NULL},
    {NULL, NULL, NULL},
};
static const unsupported_arg unsupported_dense[] = {
    {"activity_regularizer", "null", NULL},
    {"kernel_constraint", "null", NULL},
    {"bias_constraint", "null", NULL},
    {NULL, NULL, NULL},
};
static const unsupported_arg unsupported_dropout[] = {
    {"noise_shape", "null", NULL},
    {"seed", "null", NULL},
    {NULL, NULL, NULL},
};
static const unsupported_arg unsupported_relu[] = {
    {"max_value", "null", NULL},
    {"negative_slope", "0", NULL},
    {"threshold", "0", NULL},
    {NULL, NULL, NULL},
};

typedef struct {
    const char *cls;    /* Keras class name */
    const char *alias;  /* another Keras name of the class, or NULL */
    const char *snake;  /* Keras's default name: to_snake_case(cls) */
    kiln_layer_type type;
    const char *const *keys;
    const unsupported_arg *unsupported;
    void (*read)(const obj *o, kiln_layer *L);
} layer_class;

static const layer_class layer_classes[] = {
    {"Rescaling", NULL, "rescaling", LAYER_RESCALING, keys_rescaling, NULL, rd_rescaling},
    {"Conv2D", "Convolution2D", "conv2d", LAYER_CONV2D, keys_conv2d, unsupported_conv2d,
     rd_conv2d},
    {"MaxPooling2D", "MaxPool2D", "max_pooling2d", LAYER_MAXPOOLING2D, keys_maxpooling2d,
     unsupported_pooling, rd_maxpooling2d},
    {"BatchNormalization", NULL, "batch_normalization", LAYER_BATCHNORMALIZATION,
     keys_batchnormalization, unsupported_batchnormalization, rd_batchnormalization},
    {"Dense", NULL, "dense", LAYER_DENSE, keys_dense, unsupported_dense, rd_dense},
    {"Dropout", NULL, "dropout", LAYER_DROPOUT, keys_dropout, unsupported_dropout, rd_dropout},
    {"Flatten", NULL, "flatten", LAYER_FLATTEN, keys_plain, unsupported_pooling, rd_flatten},
    {"ReLU", NULL, "re_lu", LAYER_RELU, keys_plain, unsupported_relu, rd_relu},
    {"LeakyReLU", NULL, "leaky_re_lu", LAYER_LEAKYRELU, keys_leakyrelu, NULL, rd_leakyrelu},
    {"Activation", NULL, "activation", LAYER_ACTIVATION, keys_activation, NULL,
     rd_activation_layer},
};
enum { N_CLASSES = sizeof layer_classes / sizeof layer_classes[0] };

/* Keras layers kiln knows by name but does not compile yet. */
static const char *const layers_not_yet[] = {
    "Conv1D", "Conv3D", "Conv2DTranspose", "SeparableConv2D", "DepthwiseConv2D",
    "AveragePooling2D", "GlobalAveragePooling2D", "GlobalMaxPooling2D", "UpSampling2D",
    "ZeroPadding2D", "Cropping2D", "Reshape", "Permute", "InputLayer", "Input", "Embedding",
    "LSTM", "GRU", "SimpleRNN", "LayerNormalization", "Softmax", "ELU", "PReLU", "GaussianNoise",
    "SpatialDropout2D", "Add", "Concatenate", NULL};

static const char *layer_type_list =
    "Rescaling, Conv2D, MaxPooling2D, BatchNormalization, Dense, Dropout, Flatten, ReLU, "
    "LeakyReLU, Activation";

/* A layer name: a C identifier of at most 64 bytes, since it names
 * checkpoint tensors (conv2d/kernel) and generated buffers (conv2d_out). */
static int good_name(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 64 || isdigit((unsigned char)s[0])) return 0;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_') return 0;
    return 1;
}

/* layer := {"type": KerasClass, "name"?: NAME, argument...}
 * Returns the class, or NULL when the layer could not be read at all. */
static const layer_class *rd_layer(P *p, const cJSON *v, const char *path, kiln_layer *L,
                                   const cJSON **name_node)
{
    L->path = path;
    kiln_json_pos_linecol(&p->pos, at(p, v), &L->line, &L->col);
    *name_node = NULL;
    if (!cJSON_IsObject(v)) {
        report(p, at(p, v), path,
               "expected a layer object such as {\"type\": \"Dense\", \"units\": 10}, got %s",
               got(p, v));
        return NULL;
    }
    obj_spec tspec = {"a layer", 0, keys_plain, NULL, NULL};
    obj o = {p, v, path, &tspec};
    const char *tpath;
    const cJSON *t = get(&o, "type", 1, &tpath);
    if (!t) return NULL;
    const layer_class *c = NULL;
    for (int i = 0; cJSON_IsString(t) && i < N_CLASSES && !c; i++)
        if (ieq(t->valuestring, layer_classes[i].cls) ||
            (layer_classes[i].alias && ieq(t->valuestring, layer_classes[i].alias)))
            c = &layer_classes[i];
    if (!c) {
        int not_yet = 0;
        for (const char *const *k = layers_not_yet; cJSON_IsString(t) && *k; k++)
            not_yet |= ieq(t->valuestring, *k);
        const char *hint = "";
        if (not_yet) hint = ", which kiln does not support yet";
        else if (cJSON_IsString(t)) {
            const char *cls[N_CLASSES + 1];
            for (int i = 0; i < N_CLASSES; i++) cls[i] = layer_classes[i].cls;
            cls[N_CLASSES] = NULL;
            hint = did_you_mean(p, t, cls);
        }
        report(p, at(p, t), tpath, "expected a layer type (%s), got %s%s", layer_type_list,
               got(p, t), hint);
        return NULL;
    }
    L->type = c->type;
    obj_spec spec = {c->cls, 1, c->keys, c->unsupported, layer_common};
    o.spec = &spec;
    check_keys(&o);
    const char *npath;
    const cJSON *n = get(&o, "name", 0, &npath);
    if (n) {
        if (cJSON_IsString(n) && good_name(n->valuestring)) {
            L->name = kiln_arena_strdup(p->a, n->valuestring);
            *name_node = n;
        } else {
            report(p, at(p, n), npath,
                   "expected a layer name of letters, digits and '_' (at most 64, not starting "
                   "with a digit), got %s",
                   got(p, n));
        }
    }
    c->read(&o, L);
    return c;
}

/* layers := [layer, ...], named as Keras names them: an unnamed layer gets
 * its class's snake-case name, numbered from the second unnamed one on
 * (conv2d, conv2d_1, ...); names must be unique. */
static void rd_layers(P *p, const cJSON *v, const char *path, kiln_model *m)
{
    if (!cJSON_IsArray(v) || !v->child) {
        report(p, at(p, v), path, "expected a non-empty array of layers, got %s", got(p, v));
        return;
    }
    int n = cJSON_GetArraySize(v);
    if (n > KILN_MAX_LAYERS) {
        report(p, at(p, v), path, "expected at most %d layers (kiln's limit), got %d",
               KILN_MAX_LAYERS, n);
        return;
    }
    m->layers = KILN_NEW(p->a, kiln_layer, n);
    m->n_layers = n;
    const cJSON **name_nodes = KILN_NEW(p->a, const cJSON *, n);
    int unnamed[N_CLASSES] = {0};
    int i = 0;
    for (const cJSON *e = v->child; e; e = e->next, i++) {
        kiln_layer *L = &m->layers[i];
        const layer_class *c = rd_layer(p, e, path_index(p, path, i), L, &name_nodes[i]);
        if (!c) continue;
        if (!L->name) {
            int k = unnamed[c - layer_classes]++;
            L->name = k ? kiln_arena_printf(p->a, "%s_%d", c->snake, k) : c->snake;
        }
        for (int j = 0; j < i; j++) {
            if (!m->layers[j].name || strcmp(m->layers[j].name, L->name)) continue;
            if (name_nodes[i])
                report(p, at(p, name_nodes[i]), path_key(p, L->path, "name"),
                       "expected a unique layer name, got \"%s\", already the name of %s",
                       L->name, m->layers[j].path);
            else
                report(p, at(p, e), L->path,
                       "this layer's default name \"%s\" is already the name of %s; give one of "
                       "them another \"name\"",
                       L->name, m->layers[j].path);
            break;
        }
    }
}

/* ---- the rest of the model ----------------------------------------------- */

/* input := {"shape": [H, W, C] | [N], "rescale"?: F > 0} */
static void rd_input(P *p, const cJSON *v, const char *path, kiln_model *m)
{
    static const char *const keys[] = {"shape", "rescale", NULL};
    static const unsupported_arg unsupported[] = {
        {"dtype", "\"float32\"", "null"},
        {"batch_size", "null", NULL},
        {"name", "null", NULL},
        {NULL, NULL, NULL},
    };
    if (!cJSON_IsObject(v)) {
        report(p, at(p, v), path, "expected an object {\"shape\": [H, W, C]}, got %s", got(p, v));
        return;
    }
    obj_spec spec = {"Input", 1, keys, unsupported, NULL};
    obj o = {p, v, path, &spec};
    check_keys(&o);
    rd_float(p, arg(&o, "rescale", 0), POSITIVE, &m->input_rescale);
    const char *spath;
    const cJSON *s = get(&o, "shape", 1, &spath);
    if (!s) return;
    int n = cJSON_IsArray(s) ? cJSON_GetArraySize(s) : 0, ok = n == 1 || n == 3;
    for (const cJSON *e = ok ? s->child : NULL; e; e = e->next) ok &= is_int(e, 1);
    if (!ok) {
        report(p, at(p, s), spath,
               "expected a shape of 1 or 3 positive integers ([H, W, C] or [N]), got %s",
               got(p, s));
        return;
    }
    for (const cJSON *e = s->child; e; e = e->next)
        if (e->valuedouble > (n == 1 ? KILN_MAX_SAMPLE_ELEMENTS : KILN_MAX_DIM)) {
            report(p, at(p, e), spath, "expected %s up to %lld (kiln's limit), got %s",
                   n == 1 ? "a feature count" : "dimensions",
                   n == 1 ? (long long)KILN_MAX_SAMPLE_ELEMENTS : (long long)KILN_MAX_DIM,
                   got(p, s));
            return;
        }
    m->input_rank = n;
    m->input_shape[0] = m->input_shape[1] = m->input_shape[2] = 1;
    int i = 0;
    for (const cJSON *e = s->child; e; e = e->next) m->input_shape[i++] = (int)e->valuedouble;
}

/* loss := name | {"type": name}; names as Keras's functions or classes */
static void rd_loss(P *p, const cJSON *v, const char *path, kiln_model *m)
{
    static const struct {
        const char *fn, *cls;
        kiln_loss loss;
    } losses[] = {
        {"sparse_categorical_crossentropy", "SparseCategoricalCrossentropy",
         LOSS_SPARSE_CATEGORICAL_CROSSENTROPY},
        {"categorical_crossentropy", "CategoricalCrossentropy", LOSS_CATEGORICAL_CROSSENTROPY},
        {"binary_crossentropy", "BinaryCrossentropy", LOSS_BINARY_CROSSENTROPY},
        {"mean_squared_error", "MeanSquaredError", LOSS_MEAN_SQUARED_ERROR},
        {"mse", "MeanSquaredError", LOSS_MEAN_SQUARED_ERROR},
    };
    static const char *const names[] = {"sparse_categorical_crossentropy",
                                        "categorical_crossentropy", "binary_crossentropy",
                                        "mean_squared_error", NULL};
    static const char *const keys[] = {"type", NULL};
    static const unsupported_arg unsupported[] = {
        {"from_logits", "false", NULL},
        {"label_smoothing", "0", NULL},
        {"reduction", "\"sum_over_batch_size\"", "\"auto\""},
        {NULL, NULL, NULL},
    };
    const cJSON *t = v;
    const char *tpath = path;
    obj_spec spec = {"the loss", 1, keys, unsupported, NULL};
    obj o = {p, v, path, &spec};
    if (cJSON_IsObject(v)) {
        t = get(&o, "type", 1, &tpath);
        if (!t) return;
    }
    for (size_t i = 0; cJSON_IsString(t) && i < sizeof losses / sizeof losses[0]; i++) {
        if (ieq(t->valuestring, losses[i].fn) || ieq(t->valuestring, losses[i].cls)) {
            m->loss = losses[i].loss;
            spec.what = losses[i].cls;
            if (t != v) check_keys(&o);
            return;
        }
    }
    report(p, at(p, t), tpath,
           "expected a loss (sparse_categorical_crossentropy, categorical_crossentropy, "
           "binary_crossentropy, mean_squared_error), got %s%s",
           got(p, t), did_you_mean(p, t, names));
}

/* optimizer := "adam" | "sgd" | {"type": "Adam", "learning_rate"?, "beta_1"?,
 *   "beta_2"?, "epsilon"?} | {"type": "SGD", "learning_rate"?, "momentum"?,
 *   "nesterov"?} */
static void rd_optimizer(P *p, const cJSON *v, const char *path, kiln_optimizer *opt)
{
    static const char *const names[] = {"adam", "sgd", NULL};
    static const char *const keys_adam[] = {"type", "learning_rate", "beta_1", "beta_2",
                                            "epsilon", NULL};
    static const char *const keys_sgd[] = {"type", "learning_rate", "momentum", "nesterov", NULL};
    static const unsupported_arg unsupported_adam[] = {
        {"amsgrad", "false", NULL},          {"weight_decay", "null", "0"},
        {"clipnorm", "null", NULL},          {"clipvalue", "null", NULL},
        {"global_clipnorm", "null", NULL},   {"use_ema", "false", NULL},
        {"name", "\"adam\"", "\"Adam\""},    {NULL, NULL, NULL},
    };
    static const unsupported_arg unsupported_sgd[] = {
        {"weight_decay", "null", "0"},     {"clipnorm", "null", NULL},
        {"clipvalue", "null", NULL},       {"global_clipnorm", "null", NULL},
        {"use_ema", "false", NULL},        {"name", "\"SGD\"", NULL},
        {NULL, NULL, NULL},
    };
    const cJSON *t = v;
    const char *tpath = path;
    obj_spec spec = {"the optimizer", 1, keys_adam, NULL, NULL};
    obj o = {p, v, path, &spec};
    if (cJSON_IsObject(v)) {
        t = get(&o, "type", 1, &tpath);
        if (!t) return;
    }
    kiln_optimizer adam = {OPT_ADAM, 1e-3f, 0.9f, 0.999f, 1e-7f, 0, 0};
    kiln_optimizer sgd = {OPT_SGD, 1e-2f, 0, 0, 0, 0, 0};
    if (cJSON_IsString(t) && ieq(t->valuestring, "adam")) {
        *opt = adam;
        spec = (obj_spec){"Adam", 1, keys_adam, unsupported_adam, NULL};
    } else if (cJSON_IsString(t) && ieq(t->valuestring, "sgd")) {
        *opt = sgd;
        spec = (obj_spec){"SGD", 1, keys_sgd, unsupported_sgd, NULL};
    } else {
        report(p, at(p, t), tpath,
               "expected an optimizer (\"adam\", \"sgd\", {\"type\": \"Adam\", ...} or "
               "{\"type\": \"SGD\", ...}), got %s%s",
               got(p, t), did_you_mean(p, t, names));
        return;
    }
    if (t == v) return;
    check_keys(&o);
    rd_float(p, arg(&o, "learning_rate", 0), POSITIVE, &opt->learning_rate);
    if (opt->type == OPT_ADAM) {
        rd_float(p, arg(&o, "beta_1", 0), UNIT_HALF_OPEN, &opt->beta_1);
        rd_float(p, arg(&o, "beta_2", 0), UNIT_HALF_OPEN, &opt->beta_2);
        rd_float(p, arg(&o, "epsilon", 0), POSITIVE, &opt->epsilon);
    } else {
        rd_float(p, arg(&o, "momentum", 0), UNIT_CLOSED, &opt->momentum);
        rd_bool(p, arg(&o, "nesterov", 0), &opt->nesterov);
    }
}

/* metrics := ["accuracy" | "acc", ...] | null */
static void rd_metrics(P *p, const cJSON *v, const char *path, kiln_model *m)
{
    static const char *const names[] = {"accuracy", NULL};
    if (cJSON_IsNull(v)) return;
    if (!cJSON_IsArray(v)) {
        report(p, at(p, v), path, "expected an array of metrics such as [\"accuracy\"], got %s",
               got(p, v));
        return;
    }
    int i = 0;
    for (const cJSON *e = v->child; e; e = e->next, i++) {
        if (cJSON_IsString(e) && (ieq(e->valuestring, "accuracy") || ieq(e->valuestring, "acc")))
            m->metric_accuracy = 1;
        else
            report(p, at(p, e), path_index(p, path, i),
                   "expected \"accuracy\" (the only metric supported yet), got %s%s", got(p, e),
                   did_you_mean(p, e, names));
    }
}

/* ---- callbacks ----------------------------------------------------------- */

static const char *const callback_classes_text =
    "EarlyStopping, ModelCheckpoint, ReduceLROnPlateau, TerminateOnNaN, CSVLogger, TensorBoard";

/* Indexed by kiln_callback_type, NULL-terminated for closest(). */
static const char *const callback_class_names[] = {
    [CB_EARLY_STOPPING] = "EarlyStopping",         [CB_MODEL_CHECKPOINT] = "ModelCheckpoint",
    [CB_REDUCE_LR_ON_PLATEAU] = "ReduceLROnPlateau", [CB_TERMINATE_ON_NAN] = "TerminateOnNaN",
    [CB_CSV_LOGGER] = "CSVLogger",                 [CB_TENSORBOARD] = "TensorBoard",
    NULL,
};

const char *kiln_callback_class(kiln_callback_type type)
{
    return callback_class_names[type];
}

void kiln_callback_defaults(kiln_callback *cb, kiln_callback_type type)
{
    memset(cb, 0, sizeof *cb);
    cb->type = type;
    cb->monitor = "val_loss";
    cb->mode = CB_MODE_AUTO;
    cb->factor = 0.1;
    cb->separator = ',';
    if (type == CB_REDUCE_LR_ON_PLATEAU) {
        cb->patience = 10;
        cb->min_delta = 1e-4;
    }
    if (type == CB_TENSORBOARD) cb->filepath = "logs";
}

/* Keras callbacks kiln knows by name but does not run yet. */
static const char *const callbacks_not_yet[] = {
    "LearningRateScheduler", "LambdaCallback", "BackupAndRestore", "RemoteMonitor",
    "ProgbarLogger", "History", "BaseLogger", "SwapEMAWeights", NULL};

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && !strcmp(s + a - b, suffix);
}

/* monitor := "loss" | "val_loss" | "accuracy" | "val_accuracy" (the last two
 * only when the model has the accuracy metric): the quantities kiln logs. */
static void rd_monitor(P *p, member mm, const kiln_model *m, const char **out)
{
    static const char *const all[] = {"loss", "accuracy", "val_loss", "val_accuracy", NULL};
    static const char *const losses[] = {"loss", "val_loss", NULL};
    const cJSON *v = mm.v;
    if (!v) return;
    for (int i = 0; cJSON_IsString(v) && all[i]; i++) {
        if (strcmp(v->valuestring, all[i])) continue;
        if (strstr(all[i], "accuracy") && !m->metric_accuracy) {
            report(p, at(p, v), mm.path,
                   "expected \"loss\" or \"val_loss\", got %s: the model logs no accuracy (add "
                   "\"metrics\": [\"accuracy\"] to monitor it)", got(p, v));
            return;
        }
        *out = all[i];
        return;
    }
    const char *hint = "";
    if (cJSON_IsString(v) && m->metric_accuracy &&
        (!strcmp(v->valuestring, "acc") || !strcmp(v->valuestring, "val_acc")))
        hint = kiln_arena_printf(p->a, "; did you mean '%.*saccuracy'? (kiln logs the metric as "
                                 "\"accuracy\")", (int)strlen(v->valuestring) - 3,
                                 v->valuestring);
    else
        hint = did_you_mean(p, v, m->metric_accuracy ? all : losses);
    if (m->metric_accuracy)
        report(p, at(p, v), mm.path,
               "expected a quantity kiln logs (\"loss\", \"accuracy\", \"val_loss\" or "
               "\"val_accuracy\"), got %s%s", got(p, v), hint);
    else
        report(p, at(p, v), mm.path,
               "expected a quantity kiln logs (\"loss\" or \"val_loss\"), got %s%s", got(p, v),
               hint);
}

/* mode := "auto" | "min" | "max" */
static void rd_mode(P *p, member mm, kiln_monitor_mode *out)
{
    static const char *const names[] = {"auto", "min", "max", NULL};
    const cJSON *v = mm.v;
    if (!v) return;
    for (int i = 0; cJSON_IsString(v) && names[i]; i++)
        if (!strcmp(v->valuestring, names[i])) {
            *out = (kiln_monitor_mode)i;  /* names[] follows kiln_monitor_mode */
            return;
        }
    report(p, at(p, v), mm.path,
           "expected \"auto\", \"min\" or \"max\" (the direction of improvement), got %s%s",
           got(p, v), did_you_mean(p, v, names));
}

/* baseline / initial_value_threshold := null | number */
static void rd_baseline(P *p, member mm, kiln_callback *cb)
{
    if (!mm.v || cJSON_IsNull(mm.v)) return;
    if (cJSON_IsNumber(mm.v) && isfinite(mm.v->valuedouble)) {
        cb->has_baseline = 1;
        cb->baseline = mm.v->valuedouble;
        return;
    }
    report(p, at(p, mm.v), mm.path, "expected a number or null, got %s", got(p, mm.v));
}

/* ModelCheckpoint filepath: a Python format string over the fields a run
 * logs (epoch 1-based), naming a .safetensors file. */
static void rd_checkpoint_path(P *p, member mm, const kiln_model *m, const char **out)
{
    kiln_pyformat_field f[6];
    int n = 0;
    f[n++] = (kiln_pyformat_field){"epoch", 1, 1};
    f[n++] = (kiln_pyformat_field){"loss", 0, 0.5};
    if (m->metric_accuracy) f[n++] = (kiln_pyformat_field){"accuracy", 0, 0.5};
    f[n++] = (kiln_pyformat_field){"val_loss", 0, 0.5};
    if (m->metric_accuracy) f[n++] = (kiln_pyformat_field){"val_accuracy", 0, 0.5};
    f[n++] = (kiln_pyformat_field){"learning_rate", 0, 0.001};
    if (!rd_string(p, mm, out)) return;
    char err[256];
    if (kiln_pyformat(*out, f, n, NULL, 0, err, sizeof err))
        report(p, at(p, mm.v), mm.path,
               "expected a file name, with Python format fields such as {epoch:02d} or "
               "{val_loss:.2f}, got %s: %s", got(p, mm.v), err);
    else if (!ends_with(*out, ".safetensors"))
        report(p, at(p, mm.v), mm.path,
               "expected a file name ending in .safetensors (kiln writes safetensors "
               "checkpoints), got %s", got(p, mm.v));
}

/* CSVLogger separator: one character that cannot occur in a number and
 * needs no quoting (Python's csv writer takes a 1-character delimiter). */
static void rd_separator(P *p, member mm, char *out)
{
    const cJSON *v = mm.v;
    if (!v) return;
    const char *s = cJSON_IsString(v) ? v->valuestring : NULL;
    if (s && strlen(s) == 1 && (ispunct((unsigned char)s[0]) || s[0] == ' ' || s[0] == '\t') &&
        !strchr(".-+\"'", s[0])) {
        *out = s[0];
        return;
    }
    report(p, at(p, v), mm.path,
           "expected one separator character such as \",\", \";\" or \"\\t\", got %s", got(p, v));
}

/* TensorBoard update_freq := "epoch" | "batch" | N >= 1 (train steps) */
static void rd_update_freq(P *p, member mm, int *out)
{
    const cJSON *v = mm.v;
    if (!v) return;
    if (cJSON_IsString(v) && !strcmp(v->valuestring, "epoch")) *out = 0;
    else if (cJSON_IsString(v) && !strcmp(v->valuestring, "batch")) *out = 1;
    else if (is_int(v, 1)) *out = (int)v->valuedouble;
    else
        report(p, at(p, v), mm.path,
               "expected \"epoch\", \"batch\" or a positive number of batches, got %s",
               got(p, v));
}

/* EarlyStopping(monitor="val_loss", min_delta=0, patience=0, verbose=0,
 *               mode="auto", baseline=None, restore_best_weights=False,
 *               start_from_epoch=0) */
static void rd_early_stopping(const obj *o, const kiln_model *m, kiln_callback *cb)
{
    P *p = o->p;
    rd_monitor(p, arg(o, "monitor", 0), m, &cb->monitor);
    if (rd_double(p, arg(o, "min_delta", 0), ANY, &cb->min_delta)) cb->min_delta = fabs(cb->min_delta);
    rd_int(p, arg(o, "patience", 0), 0, &cb->patience);
    rd_int(p, arg(o, "verbose", 0), 0, &cb->verbose);
    rd_mode(p, arg(o, "mode", 0), &cb->mode);
    rd_baseline(p, arg(o, "baseline", 0), cb);
    rd_bool(p, arg(o, "restore_best_weights", 0), &cb->restore_best_weights);
    rd_int(p, arg(o, "start_from_epoch", 0), 0, &cb->start_from_epoch);
}

/* ModelCheckpoint(filepath, monitor="val_loss", verbose=0, save_best_only=False,
 *                 save_weights_only=False, mode="auto", save_freq="epoch",
 *                 initial_value_threshold=None) */
static void rd_model_checkpoint(const obj *o, const kiln_model *m, kiln_callback *cb)
{
    P *p = o->p;
    rd_checkpoint_path(p, arg(o, "filepath", 1), m, &cb->filepath);
    rd_monitor(p, arg(o, "monitor", 0), m, &cb->monitor);
    rd_int(p, arg(o, "verbose", 0), 0, &cb->verbose);
    rd_bool(p, arg(o, "save_best_only", 0), &cb->save_best_only);
    rd_bool(p, arg(o, "save_weights_only", 0), &cb->save_weights_only);
    rd_mode(p, arg(o, "mode", 0), &cb->mode);
    rd_baseline(p, arg(o, "initial_value_threshold", 0), cb);
}

/* ReduceLROnPlateau(monitor="val_loss", factor=0.1, patience=10, verbose=0,
 *                   mode="auto", min_delta=1e-4, cooldown=0, min_lr=0) */
static void rd_reduce_lr_on_plateau(const obj *o, const kiln_model *m, kiln_callback *cb)
{
    P *p = o->p;
    rd_monitor(p, arg(o, "monitor", 0), m, &cb->monitor);
    rd_double(p, arg(o, "factor", 0), ((range){0, 1, 1, 1}), &cb->factor);
    rd_int(p, arg(o, "patience", 0), 0, &cb->patience);
    rd_int(p, arg(o, "verbose", 0), 0, &cb->verbose);
    rd_mode(p, arg(o, "mode", 0), &cb->mode);
    rd_double(p, arg(o, "min_delta", 0), ANY, &cb->min_delta);
    rd_int(p, arg(o, "cooldown", 0), 0, &cb->cooldown);
    rd_double(p, arg(o, "min_lr", 0), NON_NEGATIVE, &cb->min_lr);
}

/* TerminateOnNaN() */
static void rd_terminate_on_nan(const obj *o, const kiln_model *m, kiln_callback *cb)
{
    (void)o, (void)m, (void)cb;
}

/* CSVLogger(filename, separator=",", append=False) */
static void rd_csv_logger(const obj *o, const kiln_model *m, kiln_callback *cb)
{
    (void)m;
    rd_string(o->p, arg(o, "filename", 1), &cb->filepath);
    rd_separator(o->p, arg(o, "separator", 0), &cb->separator);
    rd_bool(o->p, arg(o, "append", 0), &cb->append);
}

/* TensorBoard(log_dir="logs", update_freq="epoch") */
static void rd_tensorboard(const obj *o, const kiln_model *m, kiln_callback *cb)
{
    (void)m;
    rd_string(o->p, arg(o, "log_dir", 0), &cb->filepath);
    rd_update_freq(o->p, arg(o, "update_freq", 0), &cb->update_freq);
}

static const char *const keys_early_stopping[] = {
    "type", "monitor", "min_delta", "patience", "verbose", "mode", "baseline",
    "restore_best_weights", "start_from_epoch", NULL};
static const char *const keys_model_checkpoint[] = {
    "type", "filepath", "monitor", "verbose", "save_best_only", "save_weights_only", "mode",
    "initial_value_threshold", NULL};
static const char *const keys_reduce_lr_on_plateau[] = {
    "type", "monitor", "factor", "patience", "verbose", "mode", "min_delta", "cooldown", "min_lr",
    NULL};
static const char *const keys_csv_logger[] = {"type", "filename", "separator", "append", NULL};
static const char *const keys_tensorboard[] = {"type", "log_dir", "update_freq", NULL};
static const char *const keys_type[] = {"type", NULL};

static const unsupported_arg unsupported_model_checkpoint[] = {
    {"save_freq", "\"epoch\"", NULL},
    {"options", "null", NULL},
    {NULL, NULL, NULL},
};
static const unsupported_arg unsupported_terminate_on_nan[] = {
    {"raise_error", "false", NULL},
    {NULL, NULL, NULL},
};
static const unsupported_arg unsupported_tensorboard[] = {
    {"histogram_freq", "0", NULL},       {"write_graph", "true", "false"},
    {"write_images", "false", NULL},     {"write_steps_per_second", "false", NULL},
    {"profile_batch", "0", NULL},        {"embeddings_freq", "0", NULL},
    {"embeddings_metadata", "null", NULL}, {NULL, NULL, NULL},
};

static const struct {
    kiln_callback_type type;
    const char *const *keys;
    const unsupported_arg *unsupported;
    void (*read)(const obj *o, const kiln_model *m, kiln_callback *cb);
} callback_readers[] = {
    {CB_EARLY_STOPPING, keys_early_stopping, NULL, rd_early_stopping},
    {CB_MODEL_CHECKPOINT, keys_model_checkpoint, unsupported_model_checkpoint,
     rd_model_checkpoint},
    {CB_REDUCE_LR_ON_PLATEAU, keys_reduce_lr_on_plateau, NULL, rd_reduce_lr_on_plateau},
    {CB_TERMINATE_ON_NAN, keys_type, unsupported_terminate_on_nan, rd_terminate_on_nan},
    {CB_CSV_LOGGER, keys_csv_logger, NULL, rd_csv_logger},
    {CB_TENSORBOARD, keys_tensorboard, unsupported_tensorboard, rd_tensorboard},
};
enum { N_CALLBACK_CLASSES = sizeof callback_readers / sizeof callback_readers[0] };

/* callback := {"type": KerasCallbackClass, argument...}; returns 1 when read. */
static int rd_callback(P *p, const cJSON *v, const char *path, const kiln_model *m,
                       kiln_callback *cb)
{
    if (!cJSON_IsObject(v)) {
        report(p, at(p, v), path,
               "expected a callback object such as {\"type\": \"EarlyStopping\", \"patience\": "
               "5}, got %s", got(p, v));
        return 0;
    }
    obj_spec tspec = {"a callback", 0, keys_type, NULL, NULL};
    obj o = {p, v, path, &tspec};
    const char *tpath;
    const cJSON *t = get(&o, "type", 1, &tpath);
    if (!t) return 0;
    int c = -1;
    for (int i = 0; cJSON_IsString(t) && i < N_CALLBACK_CLASSES && c < 0; i++)
        if (ieq(t->valuestring, callback_class_names[callback_readers[i].type])) c = i;
    if (c < 0) {
        int not_yet = 0;
        for (const char *const *k = callbacks_not_yet; cJSON_IsString(t) && *k; k++)
            not_yet |= ieq(t->valuestring, *k);
        report(p, at(p, t), tpath, "expected a callback type (%s), got %s%s",
               callback_classes_text, got(p, t),
               not_yet ? ", which kiln does not support yet"
                       : did_you_mean(p, t, callback_class_names));
        return 0;
    }
    kiln_callback_defaults(cb, callback_readers[c].type);
    cb->file = p->file;
    cb->path = path;
    kiln_json_pos_linecol(&p->pos, at(p, v), &cb->line, &cb->col);
    obj_spec spec = {callback_class_names[cb->type], 1, callback_readers[c].keys,
                     callback_readers[c].unsupported, NULL};
    o.spec = &spec;
    check_keys(&o);
    callback_readers[c].read(&o, m, cb);
    return 1;
}

/* callbacks := [callback, ...] | null */
static void rd_callbacks(P *p, member mm, kiln_model *m)
{
    const cJSON *v = mm.v;
    if (!v || cJSON_IsNull(v)) return;
    if (!cJSON_IsArray(v)) {
        report(p, at(p, v), mm.path,
               "expected a list of callbacks such as [{\"type\": \"EarlyStopping\", "
               "\"patience\": 5}], got %s", got(p, v));
        return;
    }
    int n = cJSON_GetArraySize(v), i = 0;
    m->callbacks = KILN_NEW(p->a, kiln_callback, n > 0 ? n : 1);
    m->n_callbacks = 0;
    for (const cJSON *e = v->child; e; e = e->next, i++)
        if (rd_callback(p, e, path_index(p, mm.path, i), m, &m->callbacks[m->n_callbacks]))
            m->n_callbacks++;
}

/* fit := {"dataset"?: "mnist" | "fashion-mnist" | "cifar10" | PATH,
 *         "batch_size"?: 32, "epochs"?: 1, "validation_split"?: 0,
 *         "validation_data"?: "test" | null, "shuffle"?: true | false | "batch",
 *         "callbacks"?: [callback, ...]} */
static void rd_fit(P *p, const cJSON *v, const char *path, kiln_model *m)
{
    static const char *const keys[] = {"dataset", "batch_size", "epochs", "validation_split",
                                       "validation_data", "shuffle", "callbacks", NULL};
    static const unsupported_arg unsupported[] = {
        {"verbose", "\"auto\"", "1"},      {"class_weight", "null", NULL},
        {"sample_weight", "null", NULL},   {"initial_epoch", "0", NULL},
        {"steps_per_epoch", "null", NULL}, {"validation_steps", "null", NULL},
        {"validation_freq", "1", NULL},    {NULL, NULL, NULL},
    };
    if (!cJSON_IsObject(v)) {
        report(p, at(p, v), path,
               "expected an object {\"dataset\": ..., \"batch_size\": ...}, got %s", got(p, v));
        return;
    }
    obj_spec spec = {"fit()", 1, keys, unsupported, NULL};
    obj o = {p, v, path, &spec};
    check_keys(&o);
    member d = arg(&o, "dataset", 0);
    if (!cJSON_IsNull(d.v) && rd_string(p, d, &m->dataset) &&
        !strcmp(m->dataset, "fashion_mnist"))
        m->dataset = "fashion-mnist";  /* Keras's module name */
    if (!rd_int_upto(p, arg(&o, "batch_size", 0), 1, KILN_MAX_BATCH, "the batch size",
                     &m->batch_size))
        rd_int(p, arg(&o, "batch_size", 0), 1, &m->batch_size);
    rd_int(p, arg(&o, "epochs", 0), 1, &m->epochs);
    rd_float(p, arg(&o, "validation_split", 0), UNIT_HALF_OPEN, &m->validation_split);
    member vd = arg(&o, "validation_data", 0);
    if (vd.v) {
        if (cJSON_IsNull(vd.v)) m->validation_data = 0;
        else if (cJSON_IsString(vd.v) && !strcmp(vd.v->valuestring, "test")) m->validation_data = 1;
        else
            report(p, at(p, vd.v), vd.path,
                   "expected \"test\" (validate on the dataset's test split) or null (no "
                   "validation), got %s", got(p, vd.v));
    }
    if (m->validation_split > 0 && vd.v && !cJSON_IsNull(vd.v))
        report(p, at(p, vd.v), vd.path,
               "expected null or no validation_data with a validation_split (Keras ignores "
               "validation_split when validation_data is given), got %s", got(p, vd.v));
    member sh = arg(&o, "shuffle", 0);
    if (cJSON_IsString(sh.v) && !strcmp(sh.v->valuestring, "batch")) m->shuffle = 2;
    else if (sh.v && !cJSON_IsBool(sh.v))
        report(p, at(p, sh.v), sh.path,
               "expected true, false or \"batch\" (shuffle whole batches), got %s", got(p, sh.v));
    else rd_bool(p, sh, &m->shuffle);
    rd_callbacks(p, arg(&o, "callbacks", 0), m);
}

/* target := "input" | null */
static void rd_target(P *p, const cJSON *v, const char *path, kiln_model *m)
{
    if (cJSON_IsNull(v)) return;
    if (cJSON_IsString(v) && !strcmp(v->valuestring, "input")) {
        m->target_is_input = 1;
        return;
    }
    report(p, at(p, v), path,
           "expected \"input\" (train to reconstruct the input) or null (the labels), got %s",
           got(p, v));
}

/* input_noise := {"type": "salt_and_pepper", "level": F in [0, 1],
 *                 "redraw"?: "once" | "every_epoch"} | null */
static void rd_input_noise(P *p, const cJSON *v, const char *path, kiln_model *m)
{
    static const char *const keys[] = {"type", "level", "redraw", NULL};
    if (cJSON_IsNull(v)) return;
    if (!cJSON_IsObject(v)) {
        report(p, at(p, v), path,
               "expected an object {\"type\": \"salt_and_pepper\", \"level\": F}, got %s",
               got(p, v));
        return;
    }
    obj_spec spec = {"input_noise", 0, keys, NULL, NULL};
    obj o = {p, v, path, &spec};
    check_keys(&o);
    const char *kp;
    const cJSON *t = get(&o, "type", 1, &kp);
    if (t && !(cJSON_IsString(t) && norm_eq(t->valuestring, "salt_and_pepper")))
        report(p, at(p, t), kp,
               "expected \"salt_and_pepper\" (the only input noise supported yet), got %s",
               got(p, t));
    else if (t)
        m->noise_salt_and_pepper = 1;
    rd_float(p, arg(&o, "level", 1), UNIT_CLOSED, &m->noise_level);
    member r = arg(&o, "redraw", 0);
    if (cJSON_IsString(r.v) && !strcmp(r.v->valuestring, "every_epoch")) m->noise_every_epoch = 1;
    else if (r.v && !(cJSON_IsString(r.v) && !strcmp(r.v->valuestring, "once")))
        report(p, at(p, r.v), r.path,
               "expected \"once\" (each training sample corrupted once, before training) or "
               "\"every_epoch\" (a new corruption every epoch), got %s", got(p, r.v));
}

/* The file's name without directory and extension, made a model name
 * (good_name): models/a.json -> a, "my-model v2.json" -> my_model_v2,
 * 2024.json -> _2024. */
static const char *file_stem(kiln_arena *a, const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    if (n > 63) n = 63;
    if (!n) return "model";
    char *s = kiln_arena_alloc(a, n + 2), *o = s;
    if (isdigit((unsigned char)base[0])) *o++ = '_';
    for (size_t i = 0; i < n; i++)
        *o++ = isalnum((unsigned char)base[i]) || base[i] == '_' ? base[i] : '_';
    return s;
}

/* The first byte of text[0, len) that is not UTF-8 text (a NUL, a byte
 * that starts no UTF-8 sequence, a cut or overlong sequence, a surrogate or a
 * code point above U+10FFFF), or -1; *what says which. */
static long not_utf8(const unsigned char *t, long len, const char **what)
{
    for (long i = 0; i < len;) {
        unsigned c = t[i];
        if (c == 0) {
            *what = "a NUL byte";
            return i;
        }
        if (c < 0x80) {
            i++;
            continue;
        }
        int k = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
        *what = "a byte that is not UTF-8";
        if (k < 0) return i;
        unsigned cp = c & (0x3F >> k);
        for (int j = 1; j <= k; j++) {
            if (i + j >= len || (t[i + j] & 0xC0) != 0x80) return i;
            cp = cp << 6 | (t[i + j] & 0x3F);
        }
        if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += k + 1;
    }
    return -1;
}

/* model := {"name"?, "input", "layers", "loss", "optimizer"?, "metrics"?,
 *           "fit"?, "target"?, "input_noise"?} */
static void rd_model(P *p, const cJSON *root, kiln_model *m)
{
    static const char *const keys[] = {"name", "input", "layers", "loss", "optimizer",
                                       "metrics", "fit", "target", "input_noise", NULL};
    if (!cJSON_IsObject(root)) {
        report(p, at(p, root), "$",
               "expected a model object {\"input\": ..., \"layers\": [...], ...}, got %s",
               got(p, root));
        return;
    }
    obj_spec spec = {NULL, 0, keys, NULL, NULL};
    obj o = {p, root, "$", &spec};
    check_keys(&o);
    const cJSON *v;
    const char *kp;
    member name = arg(&o, "name", 0);
    if (name.v && cJSON_IsString(name.v) && !good_name(name.v->valuestring))
        report(p, at(p, name.v), name.path,
               "expected a model name of letters, digits and '_' (at most 64, not starting with "
               "a digit: it names the generated C and its files), got %s", got(p, name.v));
    else
        rd_string(p, name, &m->name);
    if ((v = get(&o, "input", 1, &kp))) rd_input(p, v, kp, m);
    if ((v = get(&o, "layers", 1, &kp))) rd_layers(p, v, kp, m);
    if ((v = get(&o, "loss", 1, &kp))) rd_loss(p, v, kp, m);
    if ((v = get(&o, "optimizer", 0, &kp))) rd_optimizer(p, v, kp, &m->optimizer);
    if ((v = get(&o, "metrics", 0, &kp))) rd_metrics(p, v, kp, m);
    if ((v = get(&o, "fit", 0, &kp))) rd_fit(p, v, kp, m);
    if ((v = get(&o, "target", 0, &kp))) rd_target(p, v, kp, m);
    if ((v = get(&o, "input_noise", 0, &kp))) rd_input_noise(p, v, kp, m);
}

/* Parses buf[0, len); buf[len] must be '\0' (cJSON reads it as blank). */
static int parse_buffer(const char *path, const char *buf, long len, kiln_arena *a,
                        kiln_model *m)
{
    memset(m, 0, sizeof *m);
    m->file = kiln_arena_strdup(a, path);
    m->name = file_stem(a, path);
    m->optimizer = (kiln_optimizer){OPT_ADAM, 1e-3f, 0.9f, 0.999f, 1e-7f, 0, 0};
    m->batch_size = 32;
    m->epochs = 1;
    m->shuffle = 1;
    m->validation_data = 1;
    m->input_rescale = 1;

    P p = {m->file, a, {0}, NULL, 0};
    kiln_json_pos_init(&p.pos, buf, len, a);
    const char *bad;
    long at_bad = not_utf8((const unsigned char *)buf, len, &bad);
    if (at_bad >= 0) {
        report(&p, at_bad, NULL, "expected UTF-8 JSON text, got %s (0x%02x)", bad,
               (unsigned char)buf[at_bad]);
        return flush(&p) ? -1 : 0;
    }
    /* "\u0000" would end a C string early: "ti\u0000ny" would name a layer "ti" */
    for (long i = 0, in_str = 0; i < len; i++) {
        if (!in_str) {
            in_str = buf[i] == '"';
        } else if (buf[i] == '\\') {
            if (i + 5 < len && !strncmp(buf + i + 1, "u0000", 5)) {
                report(&p, i, NULL, "a \\u0000 escape: kiln's strings cannot hold a NUL");
                return flush(&p) ? -1 : 0;
            }
            i++;
        } else if (buf[i] == '"') {
            in_str = 0;
        }
    }
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(buf, (size_t)len + 1, &end, 0);
    long tail = root && end ? (long)(end - buf) : -1;
    while (tail >= 0 && tail < len && (unsigned char)buf[tail] <= 32) tail++;
    if (!root || tail < len) {
        char msg[256];
        long off = kiln_json_syntax_error(buf, len, msg, sizeof msg);
        if (off < 0) {  /* cJSON and json_pos.c disagree: say where cJSON stopped */
            off = root ? tail : end ? (long)(end - buf) : 0;
            snprintf(msg, sizeof msg, "cannot read past this point");
        }
        report(&p, off, NULL, "invalid JSON: %s", msg);
    } else {
        kiln_json_pos_index(&p.pos, root, a);
        rd_model(&p, root, m);
    }
    cJSON_Delete(root);
    return flush(&p) ? -1 : 0;
}

int kiln_parse_model_text(const char *path, const char *text, long len, kiln_arena *a,
                          kiln_model *m)
{
    if (len < 0) len = (long)strlen(text);
    char *buf = malloc((size_t)len + 1);
    if (!buf) KILN_BUG("out of memory (%ld bytes)", len + 1);
    memcpy(buf, text, (size_t)len);
    buf[len] = '\0';
    int rc = parse_buffer(path, buf, len, a, m);
    free(buf);
    return rc;
}

int kiln_parse_model_file(const char *path, kiln_arena *a, kiln_model *m)
{
    memset(m, 0, sizeof *m);
    int64_t len;
    char *buf = kiln_input_slurp(path, "model file", KILN_MAX_MODEL_FILE_BYTES, &len);
    if (!buf) return -1;
    int rc = parse_buffer(path, buf, (long)len, a, m);
    free(buf);
    return rc;
}
