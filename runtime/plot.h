/* plot.h — the seeds' figures: PLplot (cairo driver) for charts and images,
 * Graphviz (libgvc) for the model diagram.
 *
 * Every figure goes to a file whose extension picks the format: .png
 * (pngcairo), .svg (svgcairo), .pdf (pdfcairo); PLplot's own axes, log axes,
 * error bars, legends and images are used, nothing is rasterised by hand.
 * Each function returns 0, or -1 after reporting through diag.h (an input it
 * cannot read, a format it cannot write).
 */
#ifndef KILN_PLOT_H
#define KILN_PLOT_H

#include "ir.h"
#include "model.h"

/* Seed 004's accuracy/loss figure of a history (kiln's H.json or H.csv,
 * Keras's CSVLogger CSV, or a pandas DataFrame(history.history).to_csv()):
 * "Model Accuracy" over "Model Loss", train and validation per epoch.
 * `title` (may be NULL) is the figure's suptitle. */
int kiln_plot_history(const char *in, const char *out, const char *title);

/* The metric(s) of a kiln sweep (DIR/results.json) against each swept
 * parameter (and max_samples when swept), one panel each: the mean over the
 * runs that share that value, with a ±1 standard deviation bar (population
 * std, numpy.std's default, as seed 003 plots); a log x axis when the
 * positive values span two decades or more.  `metrics` is a comma-separated
 * list of result columns (test_accuracy, accuracy, val_accuracy, loss,
 * val_loss, test_loss, seconds, fit_seconds); NULL: test_accuracy (or
 * test_loss without accuracy).  `x` restricts the panels to one parameter;
 * `xlabel` (may be NULL) names its axis instead of the parameter's path;
 * xscale 0 picks the axis as above, 1 makes it logarithmic, 2 linear. */
int kiln_plot_sweep(const char *dir, const char *out, const char *metrics, const char *x,
                    const char *xlabel, int xscale, const char *title);

/* An annotated heat map of "confusion_matrix" (rows true, columns predicted,
 * as sklearn's) of a `kiln evaluate --report-json` file. */
int kiln_plot_confusion(const char *report, const char *out, const char *title);

/* Keras's plot_model(show_shapes=True, show_layer_names=True): one box per
 * layer — "name (Class)", its input and output shapes with None for the
 * batch — from the input down, laid out by Graphviz's dot.  Shapes come from
 * the compiled graph `g` (g->layer_out). */
int kiln_plot_model(const kiln_model *m, const kiln_graph *g, const char *out);

/* A grid of grey images (seed 003's originals / noisy / denoised):
 * `img` holds rows * cols images of h x w floats in [0, 1] (row-major, image
 * after image); `row_labels` (rows of them, may be NULL) name the rows. */
int kiln_plot_images(const char *out, const float *img, int rows, int cols, int h, int w,
                     const char *const *row_labels, const char *title);

/* Lines with points: n_series series of n (x, y) points each (y is
 * n_series * n values, series after series), named in a legend; seed 003's
 * "Noise level vs True-positive rate" figure. */
int kiln_plot_lines(const char *out, int n_series, const char *const *names, int n,
                    const double *x, const double *y, const char *xlabel, const char *ylabel,
                    const char *title);

#endif /* KILN_PLOT_H */
