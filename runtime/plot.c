/* plot.c — the seeds' figures (see plot.h): PLplot for charts and images,
 * Graphviz's libgvc for the model diagram. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>
#include <graphviz/gvc.h>
#include <plplot.h>

#include "diag.h"
#include "input.h"
#include "output.h"
#include "plot.h"
#include "report.h"

/* ---- devices ------------------------------------------------------------- */

static const char *device_of(const char *out)
{
    const char *dot = strrchr(out, '.');
    if (dot && !strcasecmp(dot, ".png")) return "pngcairo";
    if (dot && !strcasecmp(dot, ".svg")) return "svgcairo";
    if (dot && !strcasecmp(dot, ".pdf")) return "pdfcairo";
    return NULL;
}

/* Colours: 0 background white, 1 black, 2..5 matplotlib's tab10 blue,
 * orange, green, red, 6 grey, 7 white. */
static void palette(void)
{
    static const int c[8][3] = {{255, 255, 255}, {0, 0, 0},     {31, 119, 180}, {255, 127, 14},
                                {44, 160, 44},   {214, 39, 40}, {128, 128, 128}, {255, 255, 255}};
    for (int i = 0; i < 8; i++) plscol0(i, c[i][0], c[i][1], c[i][2]);
}

static char tmp_path[4096];

/* Starts a figure of w x h pixels into a scratch file (kiln_output_install
 * puts it in place). */
static int begin(const char *out, int w, int h)
{
    const char *dev = device_of(out);
    if (!dev) {
        kiln_error("%s: figures are written as .png, .svg or .pdf", out);
        return -1;
    }
    if (kiln_output_scratch(tmp_path, sizeof tmp_path)) return -1;
    plsdev(dev);
    plsfnam(tmp_path);
    char geo[32];
    snprintf(geo, sizeof geo, "%dx%d", w, h);
    plsetopt("geometry", geo);
    plscolbg(255, 255, 255);
    plinit();
    palette();
    plfontld(1);
    plwidth(1.0);
    return 0;
}

static int finish(const char *out)
{
    plend();
    struct stat st;
    if (stat(tmp_path, &st) != 0 || st.st_size == 0) {
        kiln_error("%s: PLplot wrote nothing (is Debian's plplot-driver-cairo installed?)", out);
        unlink(tmp_path);
        return -1;
    }
    return kiln_output_install(tmp_path, out, "figure");
}

static void suptitle(const char *t)
{
    if (!t || !*t) return;
    plvpor(0, 1, 0, 1);
    plwind(0, 1, 0, 1);
    plcol0(1);
    plschr(0, 1.1);
    plptex(0.5, 0.965, 1, 0, 0.5, t);
    plschr(0, 1.0);
}

static void range(const double *v, int n, double *lo, double *hi)
{
    *lo = INFINITY, *hi = -INFINITY;
    for (int i = 0; i < n; i++)
        if (isfinite(v[i])) *lo = fmin(*lo, v[i]), *hi = fmax(*hi, v[i]);
    if (!isfinite(*lo)) *lo = 0, *hi = 1;
    if (*hi - *lo < 1e-12) *lo -= 0.5, *hi += 0.5;
    double pad = 0.05 * (*hi - *lo);
    *lo -= pad, *hi += pad;
}

/* Tick labels as %g (PLplot would factor out a power of ten). */
static void fmt_tick(PLINT axis, PLFLT value, char *label, PLINT length, PLPointer data)
{
    (void)axis, (void)data;
    if (fabs(value) < 1e-12) value = 0;
    snprintf(label, (size_t)length, "%g", value);
}

/* The points of the current panel in viewport-relative coordinates, so the
 * legend can go to the corner that hides fewest of them. */
static double pts[4096][2];
static int n_pts;
static double win[4];

static void panel_window(double x0, double x1, double y0, double y1)
{
    plwind(x0, x1, y0, y1);
    win[0] = x0, win[1] = x1, win[2] = y0, win[3] = y1;
    n_pts = 0;
}

static void note_points(int n, const double *x, const double *y)
{
    for (int i = 0; i < n && n_pts < 4096; i++) {
        if (!isfinite(x[i]) || !isfinite(y[i])) continue;
        pts[n_pts][0] = (x[i] - win[0]) / (win[1] - win[0]);
        pts[n_pts][1] = (y[i] - win[2]) / (win[3] - win[2]);
        n_pts++;
    }
}

/* PL_POSITION_* of the corner (upper left first, as the seeds' legends)
 * whose 40% x 35% box holds the fewest noted points. */
static int legend_corner(void)
{
    static const int pos[4] = {PL_POSITION_TOP | PL_POSITION_LEFT, PL_POSITION_TOP | PL_POSITION_RIGHT,
                               PL_POSITION_BOTTOM | PL_POSITION_LEFT,
                               PL_POSITION_BOTTOM | PL_POSITION_RIGHT};
    int best = 0, best_n = 1 << 30;
    for (int c = 0; c < 4; c++) {
        int left = !(pos[c] & PL_POSITION_RIGHT), top = !!(pos[c] & PL_POSITION_TOP), k = 0;
        for (int i = 0; i < n_pts; i++) {
            int inx = left ? pts[i][0] < 0.4 : pts[i][0] > 0.6;
            int iny = top ? pts[i][1] > 0.65 : pts[i][1] < 0.35;
            k += inx && iny;
        }
        if (k < best_n) best = c, best_n = k;
    }
    return pos[best];
}

static void legend(int n, const char *const *text, const int *colors, int symbols)
{
    PLINT opt[8], tc[8], lc[8], ls[8], sc[8], sn[8];
    PLFLT lw[8], ss[8];
    const char *sym[8];
    for (int i = 0; i < n; i++) {
        opt[i] = PL_LEGEND_LINE | (symbols ? PL_LEGEND_SYMBOL : 0);
        tc[i] = 1, lc[i] = colors[i], ls[i] = 1, lw[i] = 2.0;
        sc[i] = colors[i], ss[i] = 1.0, sn[i] = 1, sym[i] = "\u25CF";  /* a filled circle, as the points */
    }
    PLFLT w, h;
    pllegend(&w, &h, PL_LEGEND_BACKGROUND | PL_LEGEND_BOUNDING_BOX,
             legend_corner() | PL_POSITION_INSIDE, 0.02, 0.02, 0.08, 0, 1, 1,
             0, 0, n, opt, 1.0, 0.9, 2.0, 0.0, tc, text, NULL, NULL, NULL, NULL, lc, ls, lw,
             symbols ? sc : NULL, symbols ? ss : NULL, symbols ? sn : NULL, symbols ? sym : NULL);
}

/* ---- history ----------------------------------------------------------------- */

typedef struct {
    int n;
    double *epoch, *col[4];   /* accuracy, val_accuracy, loss, val_loss (NAN: absent) */
    int has[4];
} hist;

static const char *const hist_keys[4] = {"accuracy", "val_accuracy", "loss", "val_loss"};

/* The whole text file (a history, a sweep table, a report): a regular file
 * of at most 64 MiB (base/input.h).  NULL after reporting. */
static char *slurp(const char *path, const char *what)
{
    int64_t n;
    return kiln_input_slurp(path, what, 64ll << 20, &n);
}

static void hist_alloc(hist *h, int n)
{
    h->n = 0;
    h->epoch = calloc((size_t)n + 1, sizeof(double));
    for (int k = 0; k < 4; k++) h->col[k] = calloc((size_t)n + 1, sizeof(double));
}

static int read_history(const char *path, hist *h)
{
    memset(h, 0, sizeof *h);
    char *text = slurp(path, "history file");
    if (!text) return -1;
    const char *dot = strrchr(path, '.');
    if (dot && !strcasecmp(dot, ".json")) {
        cJSON *root = cJSON_Parse(text);
        const cJSON *ep = root ? cJSON_GetObjectItem(root, "epochs") : NULL;
        if (!cJSON_IsArray(ep)) {
            kiln_error("%s: not a kiln history (no \"epochs\" list)", path);
            cJSON_Delete(root);
            free(text);
            return -1;
        }
        hist_alloc(h, cJSON_GetArraySize(ep));
        for (const cJSON *e = ep->child; e; e = e->next, h->n++) {
            const cJSON *x = cJSON_GetObjectItem(e, "epoch");
            h->epoch[h->n] = cJSON_IsNumber(x) ? x->valuedouble : h->n + 1;
            for (int k = 0; k < 4; k++) {
                x = cJSON_GetObjectItem(e, hist_keys[k]);
                h->col[k][h->n] = cJSON_IsNumber(x) ? x->valuedouble : NAN;
                h->has[k] |= cJSON_IsNumber(x);
            }
        }
        cJSON_Delete(root);
    } else {
        /* CSV: a header naming the columns; kiln's (epoch,seconds,loss,...),
         * Keras's CSVLogger (epoch,accuracy,loss,...) or pandas' (,accuracy,...) */
        int rows = 0;
        for (char *c = text; *c; c++) rows += *c == '\n';
        hist_alloc(h, rows + 1);
        char *save = NULL;
        char *line = strtok_r(text, "\r\n", &save);
        int col_of[64], nc = 0, epoch_col = -1;
        for (char *f = line ? line : ""; nc < 64;) {
            char *comma = strchr(f, ',');
            if (comma) *comma = 0;
            col_of[nc] = -1;
            for (int k = 0; k < 4; k++)
                if (!strcmp(f, hist_keys[k])) col_of[nc] = k;
            if (!strcmp(f, "epoch")) epoch_col = nc;
            nc++;
            if (!comma) break;
            f = comma + 1;
        }
        while ((line = strtok_r(NULL, "\r\n", &save))) {
            if (!strncmp(line, "test", 4)) continue;  /* kiln's final test row */
            double v[64];
            int k = 0;
            for (char *f = line; k < nc;) {
                char *comma = strchr(f, ',');
                if (comma) *comma = 0;
                char *end;
                v[k] = strtod(f, &end);
                if (end == f) v[k] = NAN;
                k++;
                if (!comma) break;
                f = comma + 1;
            }
            h->epoch[h->n] = epoch_col >= 0 && isfinite(v[epoch_col]) ? v[epoch_col] : h->n + 1;
            for (int c = 0; c < k; c++)
                if (col_of[c] >= 0) {
                    h->col[col_of[c]][h->n] = v[c];
                    h->has[col_of[c]] |= isfinite(v[c]);
                }
            h->n++;
        }
        /* Keras's CSVLogger and pandas count epochs from 0 */
        if (h->n && h->epoch[0] == 0)
            for (int i = 0; i < h->n; i++) h->epoch[i] += 1;
        if (epoch_col < 0)
            for (int i = 0; i < h->n; i++) h->epoch[i] = i + 1;
    }
    free(text);
    if (!h->n) {
        kiln_error("%s: the history has no epochs", path);
        return -1;
    }
    return 0;
}

static void hist_free(hist *h)
{
    free(h->epoch);
    for (int k = 0; k < 4; k++) free(h->col[k]);
}

/* One panel: train and validation series k0, k0+1. */
static void history_panel(const hist *h, int k0, double y0, double y1, const char *title,
                          const char *ylabel)
{
    plvpor(0.15, 0.95, y0, y1);
    double lo = INFINITY, hi = -INFINITY;
    for (int k = k0; k < k0 + 2; k++)
        if (h->has[k]) {
            double a, b;
            range(h->col[k], h->n, &a, &b);
            lo = fmin(lo, a), hi = fmax(hi, b);
        }
    if (!isfinite(lo)) lo = 0, hi = 1;
    double x0 = h->epoch[0], x1 = h->epoch[h->n - 1];
    if (x1 <= x0) x0 -= 0.5, x1 += 0.5;
    double xpad = 0.02 * (x1 - x0);
    x0 -= xpad, x1 += xpad;
    panel_window(x0, x1, lo, hi);
    plcol0(1);
    plslabelfunc(fmt_tick, NULL);
    plbox("bcnsto", 0, 0, "bcnstvo", 0, 0);
    pllab("Epoch", "", title);
    plmtex("l", 6.5, 0.5, 0.5, ylabel);
    const char *names[2];
    int colors[2], n = 0;
    for (int k = k0; k < k0 + 2; k++) {
        if (!h->has[k]) continue;
        plcol0(k == k0 ? 2 : 3);
        plwidth(2.0);
        plline(h->n, h->epoch, h->col[k]);
        plwidth(1.0);
        plpoin(h->n, h->epoch, h->col[k], 17);
        note_points(h->n, h->epoch, h->col[k]);
        names[n] = k == k0 ? "Train" : "Validation";
        colors[n++] = k == k0 ? 2 : 3;
    }
    if (n) legend(n, names, colors, 0);
}

int kiln_plot_history(const char *in, const char *out, const char *title)
{
    hist h;
    if (read_history(in, &h) != 0) return -1;
    if (!h.has[2] && !h.has[0]) {
        kiln_error("%s: no accuracy or loss columns", in);
        hist_free(&h);
        return -1;
    }
    if (begin(out, 1000, 1000) != 0) {
        hist_free(&h);
        return -1;
    }
    pladv(0);
    double top = title && *title ? 0.88 : 0.94;
    if (h.has[0]) {
        history_panel(&h, 0, 0.59, top, "Model Accuracy", "Accuracy");
        history_panel(&h, 2, 0.08, 0.43, "Model Loss", "Loss");
    } else {
        history_panel(&h, 2, 0.08, top, "Model Loss", "Loss");
    }
    suptitle(title);
    hist_free(&h);
    return finish(out);
}

/* ---- sweep -------------------------------------------------------------------- */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The numeric value of parameter `p` of a run (NAN when absent). */
static double run_param(const cJSON *r, const char *p)
{
    if (!strcmp(p, "max_samples")) {
        const cJSON *x = cJSON_GetObjectItem(r, "max_samples");
        return cJSON_IsNumber(x) ? x->valuedouble : NAN;
    }
    const cJSON *x = cJSON_GetObjectItem(cJSON_GetObjectItem(r, "parameters"), p);
    if (cJSON_IsString(x)) {
        char *end;
        double v = strtod(x->valuestring, &end);
        return end != x->valuestring && !*end ? v : NAN;
    }
    return cJSON_IsNumber(x) ? x->valuedouble : NAN;
}

static const char *pretty_metric(const char *m)
{
    static const struct { const char *k, *v; } names[] = {
        {"test_accuracy", "Test accuracy"}, {"accuracy", "Training accuracy"},
        {"val_accuracy", "Validation accuracy"}, {"test_loss", "Test loss"},
        {"loss", "Training loss"}, {"val_loss", "Validation loss"},
        {"seconds", "Run time (s)"}, {"fit_seconds", "Training time (s)"}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(m, names[i].k)) return names[i].v;
    return m;
}

int kiln_plot_sweep(const char *dir, const char *out, const char *metrics, const char *xsel,
                    const char *xlabel, int xscale, const char *title)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/results.json", dir);
    char *text = slurp(path, "sweep table");
    if (!text) return -1;
    cJSON *root = cJSON_Parse(text);
    free(text);
    const cJSON *runs = root ? cJSON_GetObjectItem(root, "runs") : NULL;
    const cJSON *params = root ? cJSON_GetObjectItem(root, "parameters") : NULL;
    if (!cJSON_IsArray(runs) || !runs->child) {
        kiln_error("%s: no runs in the sweep's results", path);
        cJSON_Delete(root);
        return -1;
    }
    /* panels: the swept parameters (more than one value), then max_samples */
    const char *panel[16];
    int np = 0;
    const char *cand[17];
    int nc = 0;
    for (const cJSON *p = params ? params->child : NULL; p && nc < 16; p = p->next)
        if (cJSON_IsString(p)) cand[nc++] = p->valuestring;
    cand[nc++] = "max_samples";
    int nr = cJSON_GetArraySize(runs);
    double *xs = malloc(sizeof(double) * (size_t)nr);
    for (int c = 0; c < nc; c++) {
        int k = 0, distinct = 0;
        for (const cJSON *r = runs->child; r; r = r->next) xs[k++] = run_param(r, cand[c]);
        qsort(xs, (size_t)k, sizeof *xs, cmp_double);
        for (int i = 0; i < k; i++)
            if (isfinite(xs[i]) && (i == 0 || xs[i] != xs[i - 1])) distinct++;
        if (distinct > 1 && (!xsel || !strcmp(xsel, cand[c]))) panel[np++] = cand[c];
    }
    if (!np) {
        kiln_error("%s: %s", path, xsel ? "that parameter was not swept over numeric values"
                                        : "no parameter takes two or more numeric values");
        free(xs);
        cJSON_Delete(root);
        return -1;
    }
    const char *mlist[6];
    int nm = 0;
    char mbuf[256];
    const cJSON *r0 = runs->child;
    snprintf(mbuf, sizeof mbuf, "%s",
             metrics ? metrics : cJSON_GetObjectItem(r0, "test_accuracy") ? "test_accuracy" : "test_loss");
    for (char *s = strtok(mbuf, ","); s && nm < 6; s = strtok(NULL, ",")) mlist[nm++] = s;
    if (begin(out, 900 * (np > 1 ? 2 : 1), 750) != 0) {
        free(xs);
        cJSON_Delete(root);
        return -1;
    }
    pladv(0);
    double top = title && *title ? 0.85 : 0.93;
    for (int p = 0; p < np; p++) {
        /* distinct x values, then mean and std of each metric over their runs */
        int k = 0;
        for (const cJSON *r = runs->child; r; r = r->next) {
            const cJSON *st = cJSON_GetObjectItem(r, "status");
            if (cJSON_IsString(st) && strcmp(st->valuestring, "ok")) continue;
            double v = run_param(r, panel[p]);
            if (isfinite(v)) xs[k++] = v;
        }
        qsort(xs, (size_t)k, sizeof *xs, cmp_double);
        int nx = 0;
        for (int i = 0; i < k; i++)
            if (i == 0 || xs[i] != xs[i - 1]) xs[nx++] = xs[i];
        /* a log axis when the positive values span two decades; like
         * matplotlib's xscale("log"), it leaves out values <= 0 */
        double lo_x = xs[0], hi_x = xs[nx - 1], lo_pos = INFINITY;
        for (int i = 0; i < nx; i++)
            if (xs[i] > 0) lo_pos = fmin(lo_pos, xs[i]);
        int logx = xscale == 1 ? isfinite(lo_pos) : xscale == 2 ? 0
                                                  : isfinite(lo_pos) && hi_x / lo_pos >= 100;
        if (logx && lo_x <= 0) {
            int q = 0;
            for (int i = 0; i < nx; i++)
                if (xs[i] > 0) xs[q++] = xs[i];
            fprintf(stderr, "kiln plot: note: %s: %d value(s) <= 0 left out of the log axis\n",
                    panel[p], nx - q);
            nx = q;
            lo_x = lo_pos;
        }
        double *mean = calloc((size_t)(nm * nx), sizeof(double));
        double *sd = calloc((size_t)(nm * nx), sizeof(double));
        double ylo = INFINITY, yhi = -INFINITY;
        for (int m = 0; m < nm; m++)
            for (int i = 0; i < nx; i++) {
                double s = 0, s2 = 0;
                int c = 0;
                for (const cJSON *r = runs->child; r; r = r->next) {
                    const cJSON *st = cJSON_GetObjectItem(r, "status");
                    if (cJSON_IsString(st) && strcmp(st->valuestring, "ok")) continue;
                    const cJSON *y = cJSON_GetObjectItem(r, mlist[m]);
                    if (run_param(r, panel[p]) != xs[i] || !cJSON_IsNumber(y)) continue;
                    s += y->valuedouble, s2 += y->valuedouble * y->valuedouble, c++;
                }
                double mu = c ? s / c : NAN;
                double var = c ? fmax(0, s2 / c - mu * mu) : NAN;
                mean[m * nx + i] = mu, sd[m * nx + i] = sqrt(var);
                if (isfinite(mu)) ylo = fmin(ylo, mu - sd[m * nx + i]), yhi = fmax(yhi, mu + sd[m * nx + i]);
            }
        if (!isfinite(ylo)) ylo = 0, yhi = 1;
        if (yhi - ylo < 1e-9) ylo -= 0.01, yhi += 0.01;
        double pad = 0.08 * (yhi - ylo);
        double x0 = np > 1 ? 0.09 + 0.5 * p : 0.15, x1 = np > 1 ? 0.47 + 0.5 * p : 0.95;
        plvpor(x0 + 0.03, x1, 0.12, top);
        double wx0 = logx ? log10(lo_x) : lo_x, wx1 = logx ? log10(hi_x) : hi_x;
        double xpad = wx1 > wx0 ? 0.06 * (wx1 - wx0) : 0.5;
        panel_window(wx0 - xpad, wx1 + xpad, ylo - pad, yhi + pad);
        plcol0(1);
        plslabelfunc(fmt_tick, NULL);
        plbox(logx ? "bclnst" : "bcnsto", 0, 0, "bcnstvo", 0, 0);
        char xl[256], tl[512];
        snprintf(xl, sizeof xl, "%s", xlabel && np == 1 ? xlabel
                                      : !strcmp(panel[p], "max_samples") ? "Number of training samples"
                                                                         : panel[p]);
        snprintf(tl, sizeof tl, "%s vs %s", nm == 1 ? pretty_metric(mlist[0]) : "Metrics", xl);
        pllab(xl, "", tl);
        plmtex("l", 7.0, 0.5, 0.5, nm == 1 ? pretty_metric(mlist[0]) : "");
        const char *names[6];
        int colors[6];
        for (int m = 0; m < nm; m++) {
            double *px = malloc(sizeof(double) * (size_t)nx), *py = malloc(sizeof(double) * (size_t)nx);
            double *e0 = malloc(sizeof(double) * (size_t)nx), *e1 = malloc(sizeof(double) * (size_t)nx);
            int q = 0;
            for (int i = 0; i < nx; i++) {
                if (!isfinite(mean[m * nx + i])) continue;
                px[q] = logx ? log10(xs[i]) : xs[i];
                py[q] = mean[m * nx + i];
                e0[q] = py[q] - sd[m * nx + i], e1[q] = py[q] + sd[m * nx + i];
                q++;
            }
            plcol0(2 + m % 4);
            plwidth(2.0);
            if (q > 1) plline(q, px, py);
            plerry(q, px, e0, e1);
            plwidth(1.0);
            plssym(0, 2.0);
            plpoin(q, px, py, 17);  /* a filled circle */
            note_points(q, px, py);
            note_points(q, px, e0);
            note_points(q, px, e1);
            names[m] = pretty_metric(mlist[m]);
            colors[m] = 2 + m % 4;
            free(px), free(py), free(e0), free(e1);
        }
        legend(nm, names, colors, 1);
        free(mean);
        free(sd);
    }
    suptitle(title);
    free(xs);
    cJSON_Delete(root);
    return finish(out);
}

/* ---- plain lines ------------------------------------------------------------------ */

int kiln_plot_lines(const char *out, int n_series, const char *const *names, int n,
                    const double *x, const double *y, const char *xlabel, const char *ylabel,
                    const char *title)
{
    if (n < 1 || n_series < 1 || n_series > 6) {
        kiln_error("%s: nothing to plot", out);
        return -1;
    }
    if (begin(out, 900, 750) != 0) return -1;
    pladv(0);
    double x0, x1, y0, y1;
    range(x, n, &x0, &x1);
    range(y, n * n_series, &y0, &y1);
    plvpor(0.15, 0.95, 0.12, title && *title ? 0.88 : 0.93);
    panel_window(x0, x1, y0, y1);
    plcol0(1);
    plslabelfunc(fmt_tick, NULL);
    plbox("bcnsto", 0, 0, "bcnstvo", 0, 0);
    pllab(xlabel, "", "");
    plmtex("l", 7.0, 0.5, 0.5, ylabel);
    int colors[6];
    for (int k = 0; k < n_series; k++) {
        colors[k] = 2 + k % 4;
        plcol0(colors[k]);
        plwidth(2.0);
        plline(n, x, y + (size_t)k * n);
        plwidth(1.0);
        plssym(0, 2.0);
        plpoin(n, x, y + (size_t)k * n, 17);
        note_points(n, x, y + (size_t)k * n);
    }
    legend(n_series, names, colors, 1);
    suptitle(title);
    return finish(out);
}

/* ---- confusion matrix ------------------------------------------------------------ */

int kiln_plot_confusion(const char *report, const char *out, const char *title)
{
    int n;
    double *v;
    char(*names)[64];
    if (kiln_report_read_confusion(report, &n, &v, &names) != 0) return -1;
    double vmax = 0;
    for (int i = 0; i < n * n; i++) vmax = fmax(vmax, v[i]);
    if (begin(out, 900, 850) != 0) {
        free(v);
        free(names);
        return -1;
    }
    /* cmap1: white to matplotlib's Blues end */
    PLFLT pos[2] = {0, 1}, r[2] = {1, 0.03}, g[2] = {1, 0.19}, b[2] = {1, 0.42};
    plscmap1l(1, 2, pos, r, g, b, NULL);
    pladv(0);
    plvpor(0.12, 0.92, 0.1, title && *title ? 0.86 : 0.9);
    plwind(0, n, 0, n);
    plschr(0, n > 12 ? 0.6 : 1.0);
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            double f = vmax > 0 ? v[i * n + j] / vmax : 0;
            PLFLT xx[4] = {j, j + 1, j + 1, j}, yy[4] = {n - i - 1, n - i - 1, n - i, n - i};
            plcol1(f);
            plfill(4, xx, yy);
            char num[32];
            snprintf(num, sizeof num, "%.0f", v[i * n + j]);
            plcol0(f > 0.5 ? 7 : 1);
            plptex(j + 0.5, n - i - 0.62, 1, 0, 0.5, num);
        }
    plcol0(1);
    plbox("bc", 0, 0, "bc", 0, 0);
    for (int i = 0; i < n; i++) {
        plmtex("b", 1.5, (i + 0.5) / n, 0.5, names[i]);
        plmtex("lv", 1.0, 1 - (i + 0.5) / n, 1.0, names[i]);
    }
    plschr(0, 1.0);
    pllab("Predicted label", "True label", "Confusion matrix");
    suptitle(title);
    free(v);
    free(names);
    return finish(out);
}

/* ---- images ------------------------------------------------------------------------ */

int kiln_plot_images(const char *out, const float *img, int rows, int cols, int h, int w,
                     const char *const *row_labels, const char *title)
{
    int cw = 160;
    if (begin(out, 200 + cols * cw, 60 + rows * cw) != 0) return -1;
    PLFLT pos[2] = {0, 1}, gray[2] = {0, 1};
    plscmap1l(1, 2, pos, gray, gray, gray, NULL);
    pladv(0);
    double top = title && *title ? 0.92 : 0.98, left = 0.2;
    double cwid = (0.98 - left) / cols, chei = (top - 0.02) / rows;
    PLFLT **z;
    plAlloc2dGrid(&z, w, h);
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++) {
            const float *im = img + ((size_t)r * cols + c) * (size_t)(h * w);
            for (int x = 0; x < w; x++)
                for (int y = 0; y < h; y++) {
                    double v = im[(h - 1 - y) * w + x];
                    z[x][y] = v < 0 ? 0 : v > 1 ? 1 : v;
                }
            double x0 = left + c * cwid, y1 = top - r * chei;
            plvpor(x0 + 0.005, x0 + cwid - 0.005, y1 - chei + 0.005, y1 - 0.005);
            plwind(0, w, 0, h);
            plimage((PLFLT_MATRIX)z, w, h, 0, w, 0, h, 0, 1, 0, w, 0, h);
            plcol0(6);
            plbox("bc", 0, 0, "bc", 0, 0);
            if (c == 0 && row_labels && row_labels[r]) {
                plcol0(1);
                plschr(0, 0.8);
                plmtex("lv", 0.6, 0.5, 1.0, row_labels[r]);
                plschr(0, 1.0);
            }
        }
    plFree2dGrid(z, w, h);
    suptitle(title);
    return finish(out);
}

/* ---- the model diagram --------------------------------------------------------------- */

static const char *class_of(kiln_layer_type t)
{
    static const char *const n[] = {"Rescaling", "Conv2D", "MaxPooling2D", "BatchNormalization",
                                    "Dense", "Dropout", "Flatten", "ReLU", "LeakyReLU",
                                    "Activation"};
    return n[t];
}

/* "(None, 26, 26, 32)": the batch as None, then the per-sample dims (dims
 * holds the batch first when `batched`). */
static void shape_text(char *buf, size_t n, int rank, const int *dims, int batched)
{
    size_t k = (size_t)snprintf(buf, n, "(None");
    for (int i = batched ? 1 : 0; i < rank && k < n; i++)
        k += (size_t)snprintf(buf + k, n - k, ", %d", dims[i]);
    if (k < n) snprintf(buf + k, n - k, ")");
}

int kiln_plot_model(const kiln_model *m, const kiln_graph *g, const char *out)
{
    const char *dot = strrchr(out, '.');
    const char *fmt = dot && !strcasecmp(dot, ".svg") ? "svg"
                      : dot && !strcasecmp(dot, ".png") ? "png"
                      : dot && !strcasecmp(dot, ".pdf") ? "pdf" : NULL;
    if (!fmt) {
        kiln_error("%s: the diagram is written as .svg, .png or .pdf", out);
        return -1;
    }
    size_t cap = 4096, len = 0;
    char *d = malloc(cap);
#define ADD(...)                                                                \
    do {                                                                        \
        int need_ = snprintf(NULL, 0, __VA_ARGS__);                             \
        while (len + (size_t)need_ + 1 > cap) d = realloc(d, cap *= 2);         \
        len += (size_t)snprintf(d + len, cap - len, __VA_ARGS__);               \
    } while (0)
    ADD("digraph \"%s\" {\n  graph [rankdir=TB, dpi=96];\n"
        "  node [shape=record, fontname=\"Helvetica\", fontsize=11];\n", m->name);
    char in[128], o[128];
    shape_text(in, sizeof in, m->input_rank, m->input_shape, 0);
    ADD("  input_layer [label=\"input_layer: InputLayer|{input:|output:}|{{%s}|{%s}}\"];\n", in, in);
    const char *prev = "input_layer";
    for (int i = 0; i < m->n_layers; i++) {
        const kiln_layer *L = &m->layers[i];
        const kiln_tensor *t = g->layer_out ? &g->t[g->layer_out[i]] : NULL;
        if (t) shape_text(o, sizeof o, t->rank, t->dims, t->batched);
        else snprintf(o, sizeof o, "?");
        ADD("  \"%s\" [label=\"%s: %s|{input:|output:}|{{%s}|{%s}}\"];\n", L->name, L->name,
            class_of(L->type), in, o);
        ADD("  \"%s\" -> \"%s\";\n", prev, L->name);
        prev = L->name;
        snprintf(in, sizeof in, "%s", o);
    }
    ADD("}\n");
#undef ADD
    char tmp[4096];
    if (kiln_output_scratch(tmp, sizeof tmp)) {
        free(d);
        return -1;
    }
    GVC_t *gvc = gvContext();
    Agraph_t *gr = agmemread(d);
    int rc = -1;
    if (!gr) kiln_error("%s: Graphviz could not read the diagram", out);
    else if (gvLayout(gvc, gr, "dot") != 0) kiln_error("%s: Graphviz's dot layout failed", out);
    else {
        rc = gvRenderFilename(gvc, gr, fmt, tmp) == 0 ? 0 : -1;
        if (rc) kiln_error("%s: Graphviz cannot render %s (its plugins: Debian's libgvc6)", out, fmt);
        gvFreeLayout(gvc, gr);
    }
    if (gr) agclose(gr);
    gvFreeContext(gvc);
    free(d);
    if (rc) {
        unlink(tmp);
        return rc;
    }
    return kiln_output_install(tmp, out, "figure");
}
