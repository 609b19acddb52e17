/* report.h — scikit-learn's classification_report and confusion_matrix of
 * predicted class ids, and NumPy's printing of the matrix (kiln evaluate
 * --report, --report-json).
 *
 * Definitions: scikit-learn 1.2's precision_recall_fscore_support and
 * classification_report with their defaults (beta 1, zero_division "warn"):
 *   labels        L[0..nl): the sorted union of the ids present in y_true and
 *                 in y_pred (sklearn.utils.multiclass.unique_labels) — a class
 *                 that is neither true nor predicted for any sample has no row
 *   confusion     C[i][j] (nl, nl): samples whose true label is L[i] and whose
 *                 predicted label is L[j] (sklearn.metrics.confusion_matrix)
 *   tp_i          C[i][i]
 *   support_i     sum_j C[i][j], the true samples of L[i]
 *   predicted_i   sum_j C[j][i], the samples predicted as L[i]
 *   precision_i   tp_i / predicted_i, 0.0 when predicted_i = 0
 *   recall_i      tp_i / support_i,   0.0 when support_i = 0
 *                 (zero division: sklearn sets 0.0 and warns; kiln counts these
 *                 labels in n_no_predicted / n_no_true)
 *   f1_i          2 precision_i recall_i / (precision_i + recall_i), 0.0 when
 *                 the denominator is 0
 *   accuracy      sum_i tp_i / n, the micro average (sklearn's output_dict
 *                 "accuracy" is the micro precision; the text's accuracy row
 *                 shows the micro F1, 2 a a / (a + a), the same up to rounding)
 *   macro avg     the unweighted mean over the labels of each score
 *   weighted avg  the mean over the labels weighted by support_i
 * Everything is float64 in sklearn's order of operations, and the means are
 * summed pairwise as NumPy's add.reduce sums a float64 array (eight
 * interleaved partial sums per block of up to 128, halves beyond that), so the
 * numbers are bit-identical to sklearn's, not merely close.
 */
#ifndef KILN_REPORT_H
#define KILN_REPORT_H

#include <stdint.h>

#include <cjson/cJSON.h>

typedef struct {
    double precision, recall, f1;
} kiln_prf;

typedef struct {
    int64_t n;               /* samples */
    int nl;                  /* labels present (rows of the report) */
    int32_t *labels;         /* (nl) class ids, ascending */
    int64_t *confusion;      /* (nl, nl) row-major: [true][predicted] counts */
    int64_t *support;        /* (nl) true samples per label */
    int64_t *predicted;      /* (nl) predicted samples per label */
    kiln_prf *per_label;     /* (nl) */
    kiln_prf macro, weighted;
    double accuracy;         /* correct / n: the micro precision (= recall) */
    double accuracy_f1;      /* the micro F1 that the text's accuracy row prints */
    int n_no_predicted;      /* labels whose precision was 0/0, set to 0.0 */
    int n_no_true;           /* labels whose recall was 0/0, set to 0.0 */
} kiln_class_report;

/* Predicted class of each of the n rows of `out` (n, k) float32: the index
 * of the row's first maximum, as numpy.argmax does (a NaN counts as the
 * maximum: the first NaN's index).  Writes pred (n). */
void kiln_argmax_rows(const float *out, int64_t n, int k, int32_t *pred);

/* Computes the report of y_true (n) against y_pred (n), class ids that must
 * lie in 0..n_classes-1, with the definitions at the top of this file.
 * Returns 0, or -1 after reporting (no samples, an id out of range, out of
 * memory) with *r left empty.  Release with kiln_class_report_free. */
int kiln_class_report_compute(const int32_t *y_true, const int32_t *y_pred, int64_t n,
                              int n_classes, kiln_class_report *r);
void kiln_class_report_free(kiln_class_report *r);

/* The text of sklearn.metrics.classification_report(y_true, y_pred,
 * digits=digits), byte for byte: a header of right-aligned columns
 * "precision recall f1-score support" (9 characters each, one space apart),
 * a blank line, a row per label, a blank line, then the accuracy row (its
 * F1 and support only), "macro avg" and "weighted avg"; the first column is
 * max(longest label, len("weighted avg"), digits) wide; scores printed with
 * `digits` decimals (sklearn's default is 2), supports as integers.  Ends in
 * a newline.  digits >= 0.  Returns a malloc'd string, NULL when out of
 * memory (reported). */
char *kiln_class_report_text(const kiln_class_report *r, int digits);

/* str() of the confusion matrix as NumPy prints a 2-D integer array with
 * its default options: see kiln_numpy_int_matrix_str.  No final newline.
 * Returns a malloc'd string, NULL when out of memory (reported). */
char *kiln_confusion_matrix_text(const kiln_class_report *r);

/* str(a) of a (rows, cols) int64 array, rows and cols >= 1, as NumPy 1.24
 * prints it with its default print options (linewidth 75, threshold 1000,
 * edgeitems 3): every element right-aligned to the width of the longest
 * one, separated by one space, "[[" ... "]\n [" ... "]]"; a row longer
 * than the line is wrapped with a two-space indent; an array of more than
 * 1000 elements shows only its first and last 3 rows and columns around
 * "..." (the width then taken over the elements shown).  Returns a malloc'd
 * string, NULL when out of memory (reported). */
char *kiln_numpy_int_matrix_str(const int64_t *a, int rows, int cols);

/* A note naming the labels whose precision or recall was ill-defined and set
 * to 0.0 (sklearn's UndefinedMetricWarning, which it prints to stderr), one
 * line per kind, each ending in a newline; NULL when there were none (or out
 * of memory).  Malloc'd. */
char *kiln_class_report_zero_division_note(const kiln_class_report *r);

/* The report as classification_report(..., output_dict=True) builds it:
 *   {"<label>": {"precision": p, "recall": r, "f1-score": f, "support": s}, ...,
 *    "accuracy": a, "macro avg": {...}, "weighted avg": {...},
 *    "labels": [ids...], "confusion_matrix": [[...], ...]}
 * (labels as decimal strings in ascending order, the averages' support = n).
 * Numbers read back exactly (kiln_json_double).  Returns a cJSON object to
 * release with cJSON_Delete, or NULL when out of memory (reported). */
cJSON *kiln_class_report_json(const kiln_class_report *r);

/* A JSON number that reads back as exactly v: the shortest of %.15g, %.16g
 * and %.17g that strtod turns back into v (cJSON's own printing may lose the
 * last bit); null when v is not finite (JSON has no NaN).  NULL when out of
 * memory. */
cJSON *kiln_json_double(double v);

/* The confusion matrix of a report that kiln evaluate --report-json wrote
 * (kiln plot confusion): "confusion_matrix", nl rows of nl counts (whole
 * numbers >= 0 below 2^53, 1 <= nl <= 1000), and "labels", nl class ids or
 * names (optional; a missing one is its index).  The file is opened through
 * base/input.c (a regular file of at most 64 MiB).  Returns 0 with *nl,
 * *counts (nl * nl doubles, row-major [true][predicted], malloc'd) and
 * *names (nl strings of at most 63 bytes, malloc'd), or -1 after reporting
 * the file and the JSON path ("$.confusion_matrix[2][5]: expected a count,
 * got -1"). */
int kiln_report_read_confusion(const char *path, int *nl, double **counts, char (**names)[64]);

#endif /* KILN_REPORT_H */
