/* history.c — reading back a history file kiln wrote, and freeing one (train.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "diag.h"
#include "input.h"
#include "train.h"

/* A history file larger than this is not one kiln wrote (~200 bytes/epoch). */
#define HISTORY_MAX_BYTES (64ll << 20)

void kiln_history_free(kiln_history *h)
{
    free(h->epochs);
    free(h->model_owned);
    h->epochs = NULL;
    h->model_owned = NULL;
    h->n = h->cap = 0;
}

/* A number member, or NAN when absent; -1 when present but not a number. */
static int num(const cJSON *o, const char *key, double *out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!v) {
        *out = NAN;
        return 0;
    }
    if (!cJSON_IsNumber(v)) return -1;
    *out = v->valuedouble;
    return 0;
}

int kiln_history_read_text(const char *path, const char *text, size_t len, kiln_history *h)
{
    memset(h, 0, sizeof *h);
    cJSON *root = cJSON_ParseWithLength(text, len);
    const char *why = NULL;
    const cJSON *eps = NULL, *v;
    if (!root || !cJSON_IsObject(root)) {
        why = "not a JSON object";
        goto bad;
    }
    v = cJSON_GetObjectItemCaseSensitive(root, "model");
    if (!cJSON_IsString(v)) {
        why = "no \"model\" string";
        goto bad;
    }
    eps = cJSON_GetObjectItemCaseSensitive(root, "epochs");
    if (!cJSON_IsArray(eps)) {
        why = "no \"epochs\" array";
        goto bad;
    }
    int n = cJSON_GetArraySize(eps);
    if (n > 10000000) {
        why = "more epochs than kiln trains";
        goto bad;
    }
    h->epochs = calloc((size_t)(n > 0 ? n : 1), sizeof *h->epochs);
    if (!h->epochs) {
        why = "out of memory";
        goto bad;
    }
    h->cap = n > 0 ? n : 1;
    const cJSON *e;
    int prev = 0;
    cJSON_ArrayForEach(e, eps)
    {
        kiln_epoch_record r = {0};
        double ep;
        if (!cJSON_IsObject(e) || num(e, "epoch", &ep) || !(ep >= 1 && ep <= 1e7) ||
            ep != floor(ep) || (int)ep <= prev) {
            why = "an epoch without an increasing positive integer \"epoch\"";
            goto bad;
        }
        r.epoch = prev = (int)ep;
        if (num(e, "seconds", &r.seconds) || num(e, "loss", &r.loss) ||
            num(e, "accuracy", &r.accuracy) || num(e, "val_loss", &r.val_loss) ||
            num(e, "val_accuracy", &r.val_accuracy) || num(e, "learning_rate", &r.learning_rate)) {
            why = "an epoch field that is not a number";
            goto bad;
        }
        if (isnan(r.loss)) {
            why = "an epoch without \"loss\"";
            goto bad;
        }
        h->has_accuracy |= !isnan(r.accuracy);
        h->has_val |= !isnan(r.val_loss);
        h->has_learning_rate |= !isnan(r.learning_rate);
        h->epochs[h->n++] = r;
    }
    double x;
    if (num(root, "samples_per_epoch", &x) || (!isnan(x) && !(x >= 0 && x < 9e15))) {
        why = "a bad \"samples_per_epoch\"";
        goto bad;
    }
    h->samples_per_epoch = isnan(x) ? 0 : (int64_t)x;
    if (num(root, "stopped_epoch", &x) || (!isnan(x) && !(x >= 0 && x <= 1e7))) {
        why = "a bad \"stopped_epoch\"";
        goto bad;
    }
    h->stopped_epoch = isnan(x) ? 0 : (int)x;
    if (num(root, "test_loss", &h->test_loss) || num(root, "test_accuracy", &h->test_accuracy)) {
        why = "a test result that is not a number";
        goto bad;
    }
    h->has_test = !isnan(h->test_loss);
    h->interrupted = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(root, "interrupted"));
    h->terminated_on_nan = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(root, "terminated_on_nan"));
    h->model_owned = strdup(cJSON_GetObjectItemCaseSensitive(root, "model")->valuestring);
    if (!h->model_owned) {
        why = "out of memory";
        goto bad;
    }
    h->model = h->model_owned;
    cJSON_Delete(root);
    return 0;
bad:
    kiln_error_at(path, 0, 0, NULL, "not a kiln history file: %s", why);
    cJSON_Delete(root);
    kiln_history_free(h);
    return -1;
}

int kiln_history_read(const char *path, kiln_history *h)
{
    memset(h, 0, sizeof *h);
    int64_t len;
    char *text = kiln_input_slurp(path, "history file", HISTORY_MAX_BYTES, &len);
    if (!text) return -1;
    int rc = kiln_history_read_text(path, text, (size_t)len, h);
    free(text);
    return rc;
}
