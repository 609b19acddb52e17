/* callbacks.c — Keras's training callbacks (callbacks.h). */
#include "callbacks.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "pyformat.h"
#include "tfevents.h"
#include "train.h"

/* ---- one callback's state -------------------------------------------- */

typedef struct {
    const kiln_callback *cfg;
    int max;                 /* 1: larger monitored values are better */
    double best;
    int wait;
    int best_epoch;          /* 0-based */
    int stopped_epoch;       /* 0-based epoch EarlyStopping stopped after, 0: none */
    int cooldown_counter;    /* ReduceLROnPlateau */
    float *best_params, *best_state;  /* EarlyStopping's kept weights */
    int kept;                /* best_* hold weights */
    FILE *csv;               /* CSVLogger */
    int csv_header;          /* the header is still to be written */
    kiln_event_writer *tb_train, *tb_val;
} cb_state;

struct kiln_callbacks {
    kiln_callback_run run;
    cb_state *s;
    int n;
    int log_lr;              /* a ReduceLROnPlateau is present */
    int nan_epoch;           /* 1-based epoch cut short by TerminateOnNaN, 0: none */
};

/* ---- small helpers ------------------------------------------------------ */

static FILE *out(const kiln_callbacks *c)
{
    return c->run.out ? c->run.out : stdout;
}

static void say(const kiln_callbacks *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* One message on its own line, as Keras's io_utils.print_msg. */
static void say(const kiln_callbacks *c, const char *fmt, ...)
{
    FILE *f = out(c);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(f, fmt, ap);
    va_end(ap);
    fputc('\n', f);
    fflush(f);
}

static void cb_error(const kiln_callback *cb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* An error about a callback, at its place in the model file, or naming the
 * flag that gave it ("kiln: error: --csv-logger: ..."). */
static void cb_error(const kiln_callback *cb, const char *fmt, ...)
{
    char msg[8192];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (cb->file) kiln_error_at(cb->file, cb->line, cb->col, cb->path, "%s", msg);
    else if (cb->path) kiln_error("%s: %s", cb->path, msg);
    else kiln_error("%s", msg);
}

static const char *cls(const kiln_callback *cb)
{
    return kiln_callback_class(cb->type);
}

/* Keras's mode "auto": max when the monitor's name contains "acc". */
static int wants_max(const kiln_callback *cb)
{
    if (cb->mode == CB_MODE_MAX) return 1;
    if (cb->mode == CB_MODE_MIN) return 0;
    return strstr(cb->monitor, "acc") != NULL;
}

static int uses_monitor(const kiln_callback *cb)
{
    return cb->type == CB_EARLY_STOPPING || cb->type == CB_REDUCE_LR_ON_PLATEAU ||
           (cb->type == CB_MODEL_CHECKPOINT && cb->save_best_only);
}

static double logged(const kiln_epoch_record *r, const char *name)
{
    if (!strcmp(name, "loss")) return r->loss;
    if (!strcmp(name, "accuracy")) return r->accuracy;
    if (!strcmp(name, "val_loss")) return r->val_loss;
    if (!strcmp(name, "val_accuracy")) return r->val_accuracy;
    if (!strcmp(name, "learning_rate")) return r->learning_rate;
    KILN_BUG("unknown monitor '%s'", name);
}

/* x improves on ref (strictly; NaN never does). */
static int improves(int max, double x, double ref)
{
    return max ? x > ref : x < ref;
}

/* The fields a ModelCheckpoint filepath may use in this run, valued from r
 * (placeholders when r is NULL).  learning_rate is always there: kiln knows
 * the rate with or without a ReduceLROnPlateau. */
static int path_fields(int has_acc, int has_val, const kiln_epoch_record *r,
                       kiln_pyformat_field *f)
{
    int n = 0;
    f[n++] = (kiln_pyformat_field){"epoch", 1, r ? r->epoch : 1};
    f[n++] = (kiln_pyformat_field){"loss", 0, r ? r->loss : 0.5};
    if (has_acc) f[n++] = (kiln_pyformat_field){"accuracy", 0, r ? r->accuracy : 0.5};
    if (has_val) f[n++] = (kiln_pyformat_field){"val_loss", 0, r ? r->val_loss : 0.5};
    if (has_val && has_acc)
        f[n++] = (kiln_pyformat_field){"val_accuracy", 0, r ? r->val_accuracy : 0.5};
    f[n++] = (kiln_pyformat_field){"learning_rate", 0, r ? r->learning_rate : 0.001};
    return n;
}

/* The directory part of path ("." when none), into buf. */
static void dir_of(const char *path, char *buf, size_t n)
{
    const char *slash = strrchr(path, '/');
    if (!slash) snprintf(buf, n, ".");
    else if (slash == path) snprintf(buf, n, "/");
    else snprintf(buf, n, "%.*s", (int)(slash - path), path);
}

/* 0 when `dir` is a writable directory, or does not exist but its nearest
 * existing ancestor is one (so it can be created); else reports. */
static int check_creatable_dir(const kiln_callback *cb, const char *what, const char *dir)
{
    char p[4096];
    snprintf(p, sizeof p, "%s", dir);
    for (;;) {
        struct stat st;
        if (stat(p, &st) == 0) {
            if (!S_ISDIR(st.st_mode)) {
                cb_error(cb, "%s: %s '%s' cannot be created: '%s' is not a directory", cls(cb),
                         what, dir, p);
                return -1;
            }
            if (access(p, W_OK | X_OK) != 0) {
                cb_error(cb, "%s: %s '%s' cannot be written: %s", cls(cb), what, dir,
                         strerror(errno));
                return -1;
            }
            return 0;
        }
        if (errno != ENOENT && errno != ENOTDIR) {
            cb_error(cb, "%s: %s '%s': %s", cls(cb), what, dir, strerror(errno));
            return -1;
        }
        char parent[4096];
        dir_of(p, parent, sizeof parent);
        if (!strcmp(parent, p)) return 0;
        snprintf(p, sizeof p, "%s", parent);
    }
}

/* mkdir -p; 0 or -1 after reporting. */
static int make_dirs(const kiln_callback *cb, const char *dir)
{
    char p[4096];
    int n = snprintf(p, sizeof p, "%s", dir);
    if (n <= 0 || (size_t)n >= sizeof p) {
        cb_error(cb, "%s: the directory name '%s' is too long", cls(cb), dir);
        return -1;
    }
    for (char *c = p + 1;; c++) {
        if (*c == '/' || *c == 0) {
            char keep = *c;
            *c = 0;
            if (mkdir(p, 0777) != 0 && errno != EEXIST) {
                cb_error(cb, "%s: cannot create the directory '%s': %s", cls(cb), p,
                         strerror(errno));
                return -1;
            }
            *c = keep;
            if (!keep) break;
        }
    }
    return 0;
}

/* ---- checks -------------------------------------------------------------- */

static int check_one(const kiln_callback *cb, int has_acc, int has_val)
{
    int bad = 0;
    if (uses_monitor(cb)) {
        if (!strncmp(cb->monitor, "val_", 4) && !has_val) {
            cb_error(cb, "%s monitors %s, but this run has no validation data (validate on the "
                     "test split with fit.validation_data \"test\", or hold out a fraction with "
                     "--validation-split F)", cls(cb), cb->monitor);
            bad = 1;
        } else if (strstr(cb->monitor, "accuracy") && !has_acc) {
            cb_error(cb, "%s monitors %s, but the model logs no accuracy (add \"metrics\": "
                     "[\"accuracy\"])", cls(cb), cb->monitor);
            bad = 1;
        }
    }
    switch (cb->type) {
    case CB_MODEL_CHECKPOINT: {
        kiln_pyformat_field f[8];
        int n = path_fields(has_acc, has_val, NULL, f);
        char err[256], fixed[4096];
        if (kiln_pyformat(cb->filepath, f, n, NULL, 0, err, sizeof err)) {
            cb_error(cb, "%s: filepath '%s' cannot be filled in this run: %s", cls(cb),
                     cb->filepath, err);
            return -1;
        }
        /* the directory part before the first field must be writable */
        snprintf(fixed, sizeof fixed, "%.*s", (int)strcspn(cb->filepath, "{"), cb->filepath);
        char dir[4096];
        dir_of(fixed, dir, sizeof dir);
        if (!strchr(cb->filepath, '{')) {
            struct stat st;
            if (stat(cb->filepath, &st) == 0 && S_ISDIR(st.st_mode)) {
                cb_error(cb, "%s: filepath '%s' is a directory; give a file name", cls(cb),
                         cb->filepath);
                return -1;
            }
        }
        if (check_creatable_dir(cb, "the checkpoint directory", dir)) bad = 1;
        break;
    }
    case CB_CSV_LOGGER: {
        char dir[4096];
        dir_of(cb->filepath, dir, sizeof dir);
        struct stat st;
        if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
            cb_error(cb, "%s: the directory of '%s' does not exist", cls(cb), cb->filepath);
            bad = 1;
        } else if (access(dir, W_OK | X_OK) != 0) {
            cb_error(cb, "%s: cannot write in '%s': %s", cls(cb), dir, strerror(errno));
            bad = 1;
        } else if (stat(cb->filepath, &st) == 0 &&
                   (S_ISDIR(st.st_mode) || access(cb->filepath, W_OK) != 0)) {
            cb_error(cb, "%s: '%s' cannot be written: %s", cls(cb), cb->filepath,
                     S_ISDIR(st.st_mode) ? "it is a directory" : strerror(errno));
            bad = 1;
        }
        break;
    }
    case CB_TENSORBOARD:
        if (check_creatable_dir(cb, "log_dir", cb->filepath)) bad = 1;
        break;
    default:
        break;
    }
    return bad ? -1 : 0;
}

int kiln_callbacks_check(const kiln_callback *cbs, int n, int has_accuracy, int has_val)
{
    int bad = 0;
    for (int i = 0; i < n; i++) bad |= check_one(&cbs[i], has_accuracy, has_val) != 0;
    return bad ? -1 : 0;
}

/* ---- lifecycle ----------------------------------------------------------- */

kiln_callbacks *kiln_callbacks_new(const kiln_callback *cbs, int n, const kiln_callback_run *run)
{
    if (kiln_callbacks_check(cbs, n, run->has_accuracy, run->has_val)) return NULL;
    kiln_callbacks *c = calloc(1, sizeof *c);
    cb_state *s = calloc((size_t)(n > 0 ? n : 1), sizeof *s);
    if (!c || !s) {
        free(c);
        free(s);
        kiln_error("out of memory setting up the callbacks");
        return NULL;
    }
    c->run = *run;
    c->s = s;
    c->n = n;
    const kiln_module_desc *d = run->module->desc;
    for (int i = 0; i < n; i++) {
        s[i].cfg = &cbs[i];
        c->log_lr |= cbs[i].type == CB_REDUCE_LR_ON_PLATEAU;
        if (cbs[i].type == CB_EARLY_STOPPING && cbs[i].restore_best_weights) {
            s[i].best_params = malloc((size_t)(d->n_params > 0 ? d->n_params : 1) * sizeof(float));
            s[i].best_state = malloc((size_t)(d->n_state > 0 ? d->n_state : 1) * sizeof(float));
            if (!s[i].best_params || !s[i].best_state) {
                kiln_error("out of memory keeping the best weights (%lld parameters)",
                           (long long)d->n_params);
                kiln_callbacks_free(c);
                return NULL;
            }
        }
    }
    return c;
}

/* Opens CSVLogger's file: "w", or "a" with append (no header when its first
 * line is not empty). */
static int csv_open(cb_state *s)
{
    const kiln_callback *cb = s->cfg;
    s->csv_header = 1;
    if (cb->append) {
        FILE *f = fopen(cb->filepath, "r");
        if (f) {
            int ch = fgetc(f);
            s->csv_header = ch == EOF || ch == '\n';
            fclose(f);
        }
    }
    s->csv = fopen(cb->filepath, cb->append ? "a" : "w");
    if (!s->csv) {
        cb_error(cb, "%s: cannot open '%s': %s", cls(cb), cb->filepath, strerror(errno));
        return -1;
    }
    return 0;
}

static int tb_open(const kiln_callbacks *c, cb_state *s)
{
    const kiln_callback *cb = s->cfg;
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/train", cb->filepath);
    if (make_dirs(cb, dir) || !(s->tb_train = kiln_event_writer_open(dir))) return -1;
    if (!c->run.has_val) return 0;
    snprintf(dir, sizeof dir, "%s/validation", cb->filepath);
    if (make_dirs(cb, dir) || !(s->tb_val = kiln_event_writer_open(dir))) return -1;
    return 0;
}

int kiln_callbacks_train_begin(kiln_callbacks *c)
{
    for (int i = 0; i < c->n; i++) {
        cb_state *s = &c->s[i];
        const kiln_callback *cb = s->cfg;
        s->max = wants_max(cb);
        s->best = s->max ? -INFINITY : INFINITY;
        if (cb->type == CB_MODEL_CHECKPOINT && cb->has_baseline) s->best = cb->baseline;
        s->wait = s->best_epoch = s->stopped_epoch = s->cooldown_counter = s->kept = 0;
        if (cb->type == CB_CSV_LOGGER && csv_open(s)) return -1;
        if (cb->type == CB_TENSORBOARD && tb_open(c, s)) return -1;
    }
    c->nan_epoch = 0;
    return 0;
}

/* ---- batches ------------------------------------------------------------ */

int kiln_callbacks_batch_end(kiln_callbacks *c, int epoch, int batch, int64_t step, double loss,
                             double accuracy)
{
    int rc = KILN_CB_CONTINUE;
    for (int i = 0; i < c->n; i++) {
        cb_state *s = &c->s[i];
        const kiln_callback *cb = s->cfg;
        if (cb->type == CB_TERMINATE_ON_NAN && !isfinite(loss) && !c->nan_epoch) {
            if (c->run.end_line) c->run.end_line(c->run.ctx);
            say(c, "Batch %d: Invalid loss, terminating training", batch);
            c->nan_epoch = epoch + 1;
            rc = KILN_CB_STOP;
        }
        if (cb->type == CB_TENSORBOARD && cb->update_freq > 0 && step % cb->update_freq == 0) {
            if (kiln_event_writer_scalar(s->tb_train, "batch_loss", step, (float)loss))
                return KILN_CB_ERROR;
            if (c->run.has_accuracy &&
                kiln_event_writer_scalar(s->tb_train, "batch_accuracy", step, (float)accuracy))
                return KILN_CB_ERROR;
        }
    }
    return rc;
}

/* ---- epochs --------------------------------------------------------------- */

static void keep_weights(const kiln_callbacks *c, cb_state *s)
{
    const kiln_module *m = c->run.module;
    memcpy(s->best_params, m->params, (size_t)m->desc->n_params * sizeof(float));
    memcpy(s->best_state, m->state, (size_t)m->desc->n_state * sizeof(float));
    s->kept = 1;
}

static int early_stopping_epoch_end(const kiln_callbacks *c, cb_state *s, int epoch,
                                    double current)
{
    const kiln_callback *cb = s->cfg;
    if (epoch < cb->start_from_epoch) return KILN_CB_CONTINUE;
    if (cb->restore_best_weights && !s->kept) {
        keep_weights(c, s);
        s->best_epoch = epoch;
    }
    s->wait++;
    /* Keras: monitor_op(current - min_delta, best) with min_delta negated for min */
    double moved = s->max ? current - cb->min_delta : current + cb->min_delta;
    if (improves(s->max, moved, s->best)) {
        s->best = current;
        s->best_epoch = epoch;
        if (cb->restore_best_weights) keep_weights(c, s);
        if (!cb->has_baseline || improves(s->max, moved, cb->baseline)) s->wait = 0;
        return KILN_CB_CONTINUE;
    }
    if (s->wait >= cb->patience && epoch > 0) {
        s->stopped_epoch = epoch;
        return KILN_CB_STOP;
    }
    return KILN_CB_CONTINUE;
}

/* "0.00123" as Keras's %.5f of best, "inf" for no best yet. */
static const char *f5(double v, char *buf, size_t n)
{
    if (isnan(v)) snprintf(buf, n, "nan");
    else snprintf(buf, n, "%.5f", v);
    return buf;
}

static int checkpoint_epoch_end(const kiln_callbacks *c, cb_state *s,
                                const kiln_epoch_record *r)
{
    const kiln_callback *cb = s->cfg;
    const kiln_module *m = c->run.module;
    kiln_pyformat_field f[8];
    int nf = path_fields(c->run.has_accuracy, c->run.has_val, r, f);
    char path[4096], err[256], b1[64], b2[64];
    if (kiln_pyformat(cb->filepath, f, nf, path, sizeof path, err, sizeof err)) {
        cb_error(cb, "%s: cannot fill filepath '%s': %s", cls(cb), cb->filepath, err);
        return KILN_CB_ERROR;
    }
    if (cb->save_best_only) {
        double current = logged(r, cb->monitor);
        if (!improves(s->max, current, s->best)) {
            if (cb->verbose)
                say(c, "Epoch %d: %s did not improve from %s", r->epoch, cb->monitor,
                    f5(s->best, b1, sizeof b1));
            return KILN_CB_CONTINUE;
        }
        if (cb->verbose)
            say(c, "Epoch %d: %s improved from %s to %s, saving model to %s", r->epoch,
                cb->monitor, f5(s->best, b1, sizeof b1), f5(current, b2, sizeof b2), path);
        s->best = current;
    } else if (cb->verbose) {
        say(c, "Epoch %d: saving model to %s", r->epoch, path);
    }
    if (c->nan_epoch) {
        say(c, "Epoch %d: not saving model to %s: training was terminated on an invalid loss",
            r->epoch, path);
        return KILN_CB_CONTINUE;
    }
    if (!kiln_module_weights_finite(m)) {
        say(c, "Epoch %d: not saving model to %s: the weights are not finite", r->epoch, path);
        return KILN_CB_CONTINUE;
    }
    char dir[4096];
    dir_of(path, dir, sizeof dir);
    if (make_dirs(cb, dir)) return KILN_CB_ERROR;
    if (m->pos.valid) kiln_callbacks_state(c, c->run.module->pos.callbacks,
                                           sizeof c->run.module->pos.callbacks);
    int rc = cb->save_weights_only ? kiln_module_save_weights(m, path) : kiln_module_save(m, path);
    return rc ? KILN_CB_ERROR : KILN_CB_CONTINUE;
}

static void reduce_lr_epoch_end(const kiln_callbacks *c, cb_state *s, int epoch, double current,
                                float *lr)
{
    const kiln_callback *cb = s->cfg;
    if (s->cooldown_counter > 0) {
        s->cooldown_counter--;
        s->wait = 0;
    }
    int better = s->max ? current > s->best + cb->min_delta : current < s->best - cb->min_delta;
    if (better) {
        s->best = current;
        s->wait = 0;
        return;
    }
    if (s->cooldown_counter > 0) return;
    if (++s->wait < cb->patience) return;
    double old = *lr;
    if (!(old > (double)(float)cb->min_lr)) return;  /* Keras: old_lr > np.float32(min_lr) */
    double next = fmax(old * cb->factor, cb->min_lr);
    *lr = (float)next;
    if (cb->verbose) {
        char b[32];
        say(c, "Epoch %d: ReduceLROnPlateau reducing learning rate to %s.", epoch + 1,
            kiln_py_repr_f32(*lr, b, sizeof b));
    }
    s->cooldown_counter = cb->cooldown;
    s->wait = 0;
}

/* The logged quantities in sorted order (Keras's CSVLogger: sorted(logs)). */
static int csv_keys(const kiln_callbacks *c, const char **keys)
{
    int n = 0;
    if (c->run.has_accuracy) keys[n++] = "accuracy";
    if (c->log_lr) keys[n++] = "learning_rate";
    keys[n++] = "loss";
    if (c->run.has_val && c->run.has_accuracy) keys[n++] = "val_accuracy";
    if (c->run.has_val) keys[n++] = "val_loss";
    return n;
}

static int csv_epoch_end(const kiln_callbacks *c, cb_state *s, const kiln_epoch_record *r)
{
    const kiln_callback *cb = s->cfg;
    const char *keys[8];
    int n = csv_keys(c, keys);
    char sep = cb->separator;
    if (s->csv_header) {
        fprintf(s->csv, "epoch");
        for (int i = 0; i < n; i++) fprintf(s->csv, "%c%s", sep, keys[i]);
        fputc('\n', s->csv);
        s->csv_header = 0;
    }
    fprintf(s->csv, "%d", r->epoch - 1);
    for (int i = 0; i < n; i++) {
        char b[40];
        fprintf(s->csv, "%c%s", sep, kiln_py_repr(logged(r, keys[i]), b, sizeof b));
    }
    fputc('\n', s->csv);
    if (fflush(s->csv) != 0 || ferror(s->csv)) {
        cb_error(cb, "%s: cannot write '%s': %s", cls(cb), cb->filepath, strerror(errno));
        return KILN_CB_ERROR;
    }
    return KILN_CB_CONTINUE;
}

static int tb_epoch_end(const kiln_callbacks *c, cb_state *s, const kiln_epoch_record *r)
{
    int64_t e = r->epoch - 1, it = c->run.module->step;
    int acc = c->run.has_accuracy;
    kiln_event_writer *v = s->tb_val, *t = s->tb_train;
    if (v && (kiln_event_writer_scalar(v, "evaluation_loss_vs_iterations", it, (float)r->val_loss) ||
              (acc && kiln_event_writer_scalar(v, "evaluation_accuracy_vs_iterations", it,
                                               (float)r->val_accuracy))))
        return KILN_CB_ERROR;
    if (kiln_event_writer_scalar(t, "epoch_loss", e, (float)r->loss) ||
        (acc && kiln_event_writer_scalar(t, "epoch_accuracy", e, (float)r->accuracy)) ||
        kiln_event_writer_scalar(t, "epoch_learning_rate", e, (float)r->learning_rate))
        return KILN_CB_ERROR;
    if (v && (kiln_event_writer_scalar(v, "epoch_loss", e, (float)r->val_loss) ||
              (acc && kiln_event_writer_scalar(v, "epoch_accuracy", e, (float)r->val_accuracy))))
        return KILN_CB_ERROR;
    return KILN_CB_CONTINUE;
}

int kiln_callbacks_epoch_end(kiln_callbacks *c, const kiln_epoch_record *r, float *learning_rate)
{
    int epoch = r->epoch - 1, rc = c->nan_epoch ? KILN_CB_STOP : KILN_CB_CONTINUE;
    /* TerminateOnNaN also stops on weights gone non-finite while the loss
     * still looked finite (an overflow the loss has not seen yet), before
     * any other callback could save them */
    for (int i = 0; i < c->n && !c->nan_epoch; i++)
        if (c->s[i].cfg->type == CB_TERMINATE_ON_NAN && !kiln_module_weights_finite(c->run.module)) {
            say(c, "Epoch %d: Invalid weights (not finite), terminating training", r->epoch);
            c->nan_epoch = r->epoch;
            rc = KILN_CB_STOP;
        }
    for (int i = 0; i < c->n; i++) {
        cb_state *s = &c->s[i];
        const kiln_callback *cb = s->cfg;
        int e = KILN_CB_CONTINUE;
        switch (cb->type) {
        case CB_EARLY_STOPPING:
            e = early_stopping_epoch_end(c, s, epoch, logged(r, cb->monitor));
            break;
        case CB_MODEL_CHECKPOINT: e = checkpoint_epoch_end(c, s, r); break;
        case CB_REDUCE_LR_ON_PLATEAU:
            reduce_lr_epoch_end(c, s, epoch, logged(r, cb->monitor), learning_rate);
            break;
        case CB_CSV_LOGGER: e = csv_epoch_end(c, s, r); break;
        case CB_TENSORBOARD: e = tb_epoch_end(c, s, r); break;
        case CB_TERMINATE_ON_NAN: break;
        }
        if (e == KILN_CB_ERROR) return KILN_CB_ERROR;
        if (e == KILN_CB_STOP) rc = KILN_CB_STOP;
    }
    return rc;
}

static void close_files(cb_state *s)
{
    if (s->csv) fclose(s->csv);
    s->csv = NULL;
    kiln_event_writer_close(s->tb_train);
    kiln_event_writer_close(s->tb_val);
    s->tb_train = s->tb_val = NULL;
}

int kiln_callbacks_train_end(kiln_callbacks *c)
{
    kiln_module *m = c->run.module;
    for (int i = 0; i < c->n; i++) {
        cb_state *s = &c->s[i];
        const kiln_callback *cb = s->cfg;
        if (cb->type == CB_EARLY_STOPPING && s->stopped_epoch > 0) {
            if (cb->verbose) say(c, "Epoch %d: early stopping", s->stopped_epoch + 1);
            if (cb->restore_best_weights && s->kept) {
                if (cb->verbose)
                    say(c, "Restoring model weights from the end of the best epoch: %d.",
                        s->best_epoch + 1);
                memcpy(m->params, s->best_params, (size_t)m->desc->n_params * sizeof(float));
                memcpy(m->state, s->best_state, (size_t)m->desc->n_state * sizeof(float));
            }
        }
        close_files(s);
    }
    return 0;
}

void kiln_callbacks_free(kiln_callbacks *c)
{
    if (!c) return;
    for (int i = 0; i < c->n; i++) {
        close_files(&c->s[i]);
        free(c->s[i].best_params);
        free(c->s[i].best_state);
    }
    free(c->s);
    free(c);
}

int kiln_callbacks_state(const kiln_callbacks *c, char *buf, size_t n)
{
    size_t k = 0;
    buf[0] = 0;
    for (int i = 0; i < c->n; i++) {
        const cb_state *s = &c->s[i];
        int w = snprintf(buf + k, n - k, "%s%d:%.17g:%d:%d:%d:%d", i ? ";" : "", (int)s->cfg->type,
                         s->best, s->wait, s->best_epoch, s->stopped_epoch, s->cooldown_counter);
        if (w < 0 || (size_t)w >= n - k) {
            buf[0] = 0;
            return -1;
        }
        k += (size_t)w;
    }
    return 0;
}

int kiln_callbacks_restore(kiln_callbacks *c, const char *state)
{
    cb_state tmp[64];
    int i = 0;
    const char *p = state;
    while (*p && i < c->n && i < 64) {
        int type, used = 0;
        cb_state t = c->s[i];
        char best[64];
        if (sscanf(p, "%d:%63[^:]:%d:%d:%d:%d%n", &type, best, &t.wait, &t.best_epoch,
                   &t.stopped_epoch, &t.cooldown_counter, &used) != 6 || used == 0 ||
            type != (int)t.cfg->type)
            return -1;
        char *end;
        t.best = strtod(best, &end);
        if (*end) return -1;
        tmp[i++] = t;
        p += used;
        if (*p == ';') p++;
        else if (*p) return -1;
    }
    if (*p || i != c->n) return -1;
    for (int j = 0; j < i; j++) c->s[j] = tmp[j];
    return 0;
}

int kiln_callbacks_log_learning_rate(const kiln_callbacks *c)
{
    return c->log_lr;
}

int kiln_callbacks_stopped_epoch(const kiln_callbacks *c)
{
    for (int i = 0; i < c->n; i++)
        if (c->s[i].stopped_epoch > 0) return c->s[i].stopped_epoch + 1;
    return 0;
}

int kiln_callbacks_terminated_on_nan(const kiln_callbacks *c)
{
    return c->nan_epoch > 0;
}
