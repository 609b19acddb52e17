/* report.c — classification report, confusion matrix and NumPy's printing of
 * it (report.h). */
#include "report.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "input.h"

void kiln_argmax_rows(const float *out, int64_t n, int k, int32_t *pred)
{
    for (int64_t i = 0; i < n; i++) {
        const float *row = out + i * k;
        int best = 0;
        for (int j = 0; j < k; j++) {
            if (isnan(row[j])) {
                best = j;
                break;
            }
            if (row[j] > row[best]) best = j;
        }
        pred[i] = best;
    }
}

/* ---- numbers in NumPy's and sklearn's order ----------------------------- */

/* Sum of a[0..n) as NumPy's add.reduce computes it over a contiguous float64
 * array (pairwise summation, numpy/core/src/umath/loops_utils.h): fewer than
 * 8 elements in order from 0.0; up to 128 in eight interleaved partial sums
 * combined as ((s0+s1)+(s2+s3))+((s4+s5)+(s6+s7)), the tail added in order;
 * more by halves, the first a multiple of 8 long. */
static double pairwise_sum(const double *a, int64_t n)
{
    if (n < 8) {
        double s = 0.0;
        for (int64_t i = 0; i < n; i++) s += a[i];
        return s;
    }
    if (n <= 128) {
        double r[8];
        for (int j = 0; j < 8; j++) r[j] = a[j];
        int64_t i = 8;
        for (; i < n - n % 8; i += 8)
            for (int j = 0; j < 8; j++) r[j] += a[i + j];
        double s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++) s += a[i];
        return s;
    }
    int64_t half = n / 2;
    half -= half % 8;
    return pairwise_sum(a, half) + pairwise_sum(a + half, n - half);
}

/* numpy.mean: the pairwise sum divided by the count (the reduction starts
 * from the identity 0.0). */
static double np_mean(const double *a, int n)
{
    return (0.0 + pairwise_sum(a, n)) / (double)n;
}

/* F1 as sklearn computes the F-beta score for beta = 1:
 * (1 + beta^2) * p * r / (beta^2 * p + r), a zero denominator taken as 1. */
static double f1_score(double p, double r)
{
    double den = p + r;
    if (den == 0.0) den = 1.0;
    return 2.0 * p * r / den;
}

void kiln_class_report_free(kiln_class_report *r)
{
    free(r->labels);
    free(r->confusion);
    free(r->support);
    free(r->predicted);
    free(r->per_label);
    memset(r, 0, sizeof *r);
}

int kiln_class_report_compute(const int32_t *y_true, const int32_t *y_pred, int64_t n,
                              int n_classes, kiln_class_report *r)
{
    memset(r, 0, sizeof *r);
    if (n < 1) {
        kiln_error("a classification report needs at least one sample");
        return -1;
    }
    if (n_classes < 1) {
        kiln_error("a classification report needs at least one class (got %d)", n_classes);
        return -1;
    }
    for (int64_t i = 0; i < n; i++) {
        if (y_true[i] < 0 || y_true[i] >= n_classes || y_pred[i] < 0 || y_pred[i] >= n_classes) {
            int bad_true = y_true[i] < 0 || y_true[i] >= n_classes;
            kiln_error("sample %" PRId64 ": %s class id %d is outside 0..%d", i,
                       bad_true ? "true" : "predicted", (int)(bad_true ? y_true[i] : y_pred[i]),
                       n_classes - 1);
            return -1;
        }
    }
    /* row[c]: the report row of class c, -1 when c is neither true nor predicted */
    int *row = malloc((size_t)n_classes * sizeof *row);
    if (!row) goto oom;
    for (int c = 0; c < n_classes; c++) row[c] = -1;
    for (int64_t i = 0; i < n; i++) row[y_true[i]] = row[y_pred[i]] = 0;
    int nl = 0;
    for (int c = 0; c < n_classes; c++)
        if (row[c] == 0) row[c] = nl++;

    r->n = n;
    r->nl = nl;
    r->labels = malloc((size_t)nl * sizeof *r->labels);
    r->confusion = calloc((size_t)nl * (size_t)nl, sizeof *r->confusion);
    r->support = calloc((size_t)nl, sizeof *r->support);
    r->predicted = calloc((size_t)nl, sizeof *r->predicted);
    r->per_label = calloc((size_t)nl, sizeof *r->per_label);
    double *tmp = malloc((size_t)nl * 3 * sizeof *tmp);
    if (!r->labels || !r->confusion || !r->support || !r->predicted || !r->per_label || !tmp) {
        free(row);
        free(tmp);
        kiln_class_report_free(r);
        goto oom;
    }
    for (int c = 0; c < n_classes; c++)
        if (row[c] >= 0) r->labels[row[c]] = c;
    int64_t correct = 0;
    for (int64_t i = 0; i < n; i++) {
        int t = row[y_true[i]], p = row[y_pred[i]];
        r->confusion[(int64_t)t * nl + p]++;
        r->support[t]++;
        r->predicted[p]++;
        correct += t == p;
    }
    free(row);

    /* Per label: precision, recall, F1 (sklearn's _prf_divide: a zero
     * denominator gives 0.0). */
    double *ps = tmp, *rs = tmp + nl, *fs = tmp + 2 * nl;
    for (int i = 0; i < nl; i++) {
        double tp = (double)r->confusion[(int64_t)i * nl + i];
        kiln_prf *s = &r->per_label[i];
        if (r->predicted[i] > 0) s->precision = tp / (double)r->predicted[i];
        else r->n_no_predicted++;
        if (r->support[i] > 0) s->recall = tp / (double)r->support[i];
        else r->n_no_true++;
        s->f1 = f1_score(s->precision, s->recall);
        ps[i] = s->precision;
        rs[i] = s->recall;
        fs[i] = s->f1;
    }
    /* macro: numpy.average without weights = numpy.mean */
    r->macro.precision = np_mean(ps, nl);
    r->macro.recall = np_mean(rs, nl);
    r->macro.f1 = np_mean(fs, nl);
    /* weighted: numpy.average(x, weights=support) = sum(x * w) / sum(w), both
     * sums pairwise; sum(w) is n exactly (integers below 2^53). */
    double *w[3] = {ps, rs, fs};
    double *avg[3] = {&r->weighted.precision, &r->weighted.recall, &r->weighted.f1};
    for (int k = 0; k < 3; k++) {
        for (int i = 0; i < nl; i++) w[k][i] *= (double)r->support[i];
        *avg[k] = (0.0 + pairwise_sum(w[k], nl)) / (double)n;
    }
    free(tmp);
    /* micro: the summed counts; precision = recall = correct / n */
    r->accuracy = (double)correct / (double)n;
    r->accuracy_f1 = f1_score(r->accuracy, r->accuracy);
    return 0;

oom:
    kiln_error("out of memory computing the classification report (%d classes)", n_classes);
    return -1;
}

/* ---- text ------------------------------------------------------------------ */

/* A growable string that records the first allocation failure. */
typedef struct {
    char *s;
    size_t len, cap;
    int failed;
} strbuf;

static void sb_add(strbuf *b, const char *s, size_t n)
{
    if (b->failed) return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1) cap *= 2;
        char *p = realloc(b->s, cap);
        if (!p) {
            b->failed = 1;
            return;
        }
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

static void sb_puts(strbuf *b, const char *s) { sb_add(b, s, strlen(s)); }

static void sb_printf(strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(strbuf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = 1;
        return;
    }
    if ((size_t)n < sizeof small) {
        sb_add(b, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        b->failed = 1;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb_add(b, big, (size_t)n);
    free(big);
}

static char *sb_finish(strbuf *b, const char *what)
{
    if (b->failed || !b->s) {
        free(b->s);
        kiln_error("out of memory formatting the %s", what);
        return NULL;
    }
    return b->s;
}

/* One row of scores: the label right-aligned to `width`, then precision,
 * recall and F1 with `digits` decimals and the support, each right-aligned
 * in 9 characters after a space. */
static void report_row(strbuf *b, const char *name, int width, const kiln_prf *s, int digits,
                       int64_t support)
{
    sb_printf(b, "%*s  %9.*f %9.*f %9.*f %9" PRId64 "\n", width, name, digits, s->precision,
              digits, s->recall, digits, s->f1, support);
}

char *kiln_class_report_text(const kiln_class_report *r, int digits)
{
    static const char *const heads[] = {"precision", "recall", "f1-score", "support"};
    const char *last = "weighted avg";
    int width = (int)strlen(last);
    char name[16];
    for (int i = 0; i < r->nl; i++) {
        int len = snprintf(name, sizeof name, "%d", (int)r->labels[i]);
        if (len > width) width = len;
    }
    if (digits > width) width = digits;
    strbuf b = {0};
    sb_printf(&b, "%*s ", width, "");
    for (int k = 0; k < 4; k++) sb_printf(&b, " %9s", heads[k]);
    sb_puts(&b, "\n\n");
    for (int i = 0; i < r->nl; i++) {
        snprintf(name, sizeof name, "%d", (int)r->labels[i]);
        report_row(&b, name, width, &r->per_label[i], digits, r->support[i]);
    }
    sb_puts(&b, "\n");
    /* the accuracy row: blank precision and recall columns */
    sb_printf(&b, "%*s  %9s %9s %9.*f %9" PRId64 "\n", width, "accuracy", "", "", digits,
              r->accuracy_f1, r->n);
    report_row(&b, "macro avg", width, &r->macro, digits, r->n);
    report_row(&b, "weighted avg", width, &r->weighted, digits, r->n);
    return sb_finish(&b, "classification report");
}

/* NumPy's default print options (numpy.get_printoptions()). */
enum { NP_LINEWIDTH = 75, NP_THRESHOLD = 1000, NP_EDGEITEMS = 3 };

/* Indices shown along an axis of length n: all, or the first and last
 * NP_EDGEITEMS around a "..." (marked -1) when summarizing. */
static int shown_indices(int n, int summarize, int *idx)
{
    if (!summarize || n <= 2 * NP_EDGEITEMS) {
        for (int i = 0; i < n; i++) idx[i] = i;
        return n;
    }
    int k = 0;
    for (int i = 0; i < NP_EDGEITEMS; i++) idx[k++] = i;
    idx[k++] = -1;
    for (int i = n - NP_EDGEITEMS; i < n; i++) idx[k++] = i;
    return k;
}

/* numpy's _extendLine: appends `word` to the current line, first moving to
 * a new line (indented by the two-space hanging indent) when the line would
 * pass `limit` and is not empty past its indent. */
static void extend_line(strbuf *s, strbuf *line, const char *word, int limit)
{
    size_t wl = strlen(word);
    if (line->len + wl > (size_t)limit && line->len > 2) {
        size_t keep = line->len;
        while (keep > 0 && line->s[keep - 1] == ' ') keep--;
        sb_add(s, line->s, keep);
        sb_puts(s, "\n");
        line->len = 0;
        sb_puts(line, "  ");
    }
    sb_add(line, word, wl);
}

char *kiln_numpy_int_matrix_str(const int64_t *a, int rows, int cols)
{
    int summarize = (int64_t)rows * cols > NP_THRESHOLD;
    int *ri = malloc(((size_t)rows + 1) * sizeof *ri), *ci = malloc(((size_t)cols + 1) * sizeof *ci);
    if (!ri || !ci) {
        free(ri);
        free(ci);
        kiln_error("out of memory formatting a %dx%d matrix", rows, cols);
        return NULL;
    }
    int nr = shown_indices(rows, summarize, ri), nc = shown_indices(cols, summarize, ci);
    /* IntegerFormat: the width of the longest element shown */
    int width = 0;
    char word[32];
    for (int i = 0; i < nr; i++)
        for (int j = 0; j < nc; j++) {
            if (ri[i] < 0 || ci[j] < 0) continue;
            int len = snprintf(word, sizeof word, "%" PRId64, a[(int64_t)ri[i] * cols + ci[j]]);
            if (len > width) width = len;
        }
    /* The last axis fits in linewidth less one for the outer bracket and one
     * for the row's own closing bracket. */
    const int limit = NP_LINEWIDTH - 1 - 1;
    strbuf out = {0}, s = {0}, line = {0};
    sb_puts(&out, "[");
    for (int i = 0; i < nr; i++) {
        if (i > 0) sb_puts(&out, "\n ");
        if (ri[i] < 0) {
            sb_puts(&out, "...");
            continue;
        }
        s.len = line.len = 0;
        sb_puts(&s, "");
        sb_puts(&line, "  ");
        for (int j = 0; j < nc; j++) {
            if (ci[j] < 0) snprintf(word, sizeof word, "...");
            else snprintf(word, sizeof word, "%*" PRId64, width, a[(int64_t)ri[i] * cols + ci[j]]);
            extend_line(&s, &line, word, limit);
            if (j + 1 < nc) sb_puts(&line, " ");
        }
        sb_add(&s, line.s, line.len);
        if (s.failed) break;
        /* drop the hanging indent of the first line, wrap in brackets */
        sb_puts(&out, "[");
        sb_add(&out, s.s + 2, s.len - 2);
        sb_puts(&out, "]");
    }
    sb_puts(&out, "]");
    int failed = s.failed || line.failed;
    free(s.s);
    free(line.s);
    free(ri);
    free(ci);
    if (failed) out.failed = 1;
    return sb_finish(&out, "confusion matrix");
}

char *kiln_confusion_matrix_text(const kiln_class_report *r)
{
    return kiln_numpy_int_matrix_str(r->confusion, r->nl, r->nl);
}

char *kiln_class_report_zero_division_note(const kiln_class_report *r)
{
    if (!r->n_no_predicted && !r->n_no_true) return NULL;
    strbuf b = {0};
    for (int kind = 0; kind < 2; kind++) {
        int count = kind == 0 ? r->n_no_predicted : r->n_no_true;
        if (!count) continue;
        sb_printf(&b, "%s and F-score are ill-defined and being set to 0.0 in labels with no "
                      "%s samples:", kind == 0 ? "Precision" : "Recall",
                  kind == 0 ? "predicted" : "true");
        for (int i = 0; i < r->nl; i++) {
            int64_t c = kind == 0 ? r->predicted[i] : r->support[i];
            if (!c) sb_printf(&b, " %d", (int)r->labels[i]);
        }
        sb_puts(&b, " (scikit-learn's zero_division default)\n");
    }
    if (b.failed) {
        free(b.s);
        return NULL;
    }
    return b.s;
}

/* ---- JSON ------------------------------------------------------------------ */

cJSON *kiln_json_double(double v)
{
    if (!isfinite(v)) return cJSON_CreateNull();
    char buf[40];
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, v);
        if (strtod(buf, NULL) == v) break;
    }
    return cJSON_CreateRaw(buf);
}

static cJSON *prf_json(const kiln_prf *s, int64_t support)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) return NULL;
    cJSON_AddItemToObject(o, "precision", kiln_json_double(s->precision));
    cJSON_AddItemToObject(o, "recall", kiln_json_double(s->recall));
    cJSON_AddItemToObject(o, "f1-score", kiln_json_double(s->f1));
    cJSON_AddItemToObject(o, "support", cJSON_CreateNumber((double)support));
    return o;
}

cJSON *kiln_class_report_json(const kiln_class_report *r)
{
    cJSON *root = cJSON_CreateObject();
    if (!root) goto oom;
    char name[16];
    for (int i = 0; i < r->nl; i++) {
        snprintf(name, sizeof name, "%d", (int)r->labels[i]);
        cJSON_AddItemToObject(root, name, prf_json(&r->per_label[i], r->support[i]));
    }
    cJSON_AddItemToObject(root, "accuracy", kiln_json_double(r->accuracy));
    cJSON_AddItemToObject(root, "macro avg", prf_json(&r->macro, r->n));
    cJSON_AddItemToObject(root, "weighted avg", prf_json(&r->weighted, r->n));
    cJSON *labels = cJSON_AddArrayToObject(root, "labels");
    cJSON *cm = cJSON_AddArrayToObject(root, "confusion_matrix");
    if (!labels || !cm) goto oom;
    for (int i = 0; i < r->nl; i++) {
        cJSON_AddItemToArray(labels, cJSON_CreateNumber(r->labels[i]));
        cJSON *row = cJSON_CreateArray();
        if (!row) goto oom;
        for (int j = 0; j < r->nl; j++)
            cJSON_AddItemToArray(row, cJSON_CreateNumber((double)r->confusion[(int64_t)i * r->nl + j]));
        cJSON_AddItemToArray(cm, row);
    }
    return root;

oom:
    cJSON_Delete(root);
    kiln_error("out of memory building the classification report's JSON");
    return NULL;
}

int kiln_report_read_confusion(const char *path, int *nl, double **counts, char (**names)[64])
{
    *nl = 0, *counts = NULL, *names = NULL;
    int64_t len;
    char *text = kiln_input_slurp(path, "report", 64ll << 20, &len);
    if (!text) return -1;
    cJSON *root = cJSON_ParseWithLength(text, (size_t)len);
    free(text);
    if (!cJSON_IsObject(root)) {
        kiln_error("%s: not a JSON object (a report is written by kiln evaluate --report-json)", path);
        cJSON_Delete(root);
        return -1;
    }
    const cJSON *cm = cJSON_GetObjectItemCaseSensitive(root, "confusion_matrix");
    const cJSON *labels = cJSON_GetObjectItemCaseSensitive(root, "labels");
    int n = cJSON_IsArray(cm) ? cJSON_GetArraySize(cm) : 0;
    if (n < 1 || n > 1000) {
        kiln_error("%s: $.confusion_matrix: expected 1 to 1000 rows of counts (write one with kiln "
                   "evaluate --report-json), got %s", path,
                   !cm ? "none" : cJSON_IsArray(cm) ? (n ? "more than 1000" : "no rows") : "no array");
        cJSON_Delete(root);
        return -1;
    }
    if (labels && (!cJSON_IsArray(labels) || cJSON_GetArraySize(labels) != n)) {
        kiln_error("%s: $.labels: expected %d labels, one per row", path, n);
        cJSON_Delete(root);
        return -1;
    }
    double *v = malloc(sizeof(double) * (size_t)n * (size_t)n);
    char(*nm)[64] = malloc(sizeof *nm * (size_t)n);
    if (!v || !nm) KILN_BUG("out of memory (%d labels)", n);
    int i = 0, bad = 0;
    for (const cJSON *row = cm->child; row && !bad; row = row->next, i++) {
        if (!cJSON_IsArray(row) || cJSON_GetArraySize(row) != n) {
            kiln_error("%s: $.confusion_matrix[%d]: expected a row of %d counts", path, i, n);
            bad = 1;
            break;
        }
        int j = 0;
        for (const cJSON *e = row->child; e; e = e->next, j++) {
            double x = cJSON_IsNumber(e) ? e->valuedouble : -1;
            if (!(x >= 0 && x < 9007199254740992.0 && x == floor(x))) {
                kiln_error("%s: $.confusion_matrix[%d][%d]: expected a count (a whole number >= 0)", path,
                           i, j);
                bad = 1;
                break;
            }
            v[(size_t)i * (size_t)n + (size_t)j] = x;
        }
    }
    for (i = 0; i < n && !bad; i++) {
        const cJSON *l = labels ? cJSON_GetArrayItem(labels, i) : NULL;
        if (l && cJSON_IsNumber(l)) snprintf(nm[i], sizeof nm[i], "%g", l->valuedouble);
        else if (l && cJSON_IsString(l)) snprintf(nm[i], sizeof nm[i], "%s", l->valuestring);
        else if (!l) snprintf(nm[i], sizeof nm[i], "%d", i);
        else {
            kiln_error("%s: $.labels[%d]: expected a class id or name", path, i);
            bad = 1;
        }
    }
    cJSON_Delete(root);
    if (bad) {
        free(v);
        free(nm);
        return -1;
    }
    *nl = n, *counts = v, *names = nm;
    return 0;
}
