/* tfevents.c — TFRecord framing and TensorFlow Event records (tfevents.h). */
#include "tfevents.h"

#include <errno.h>
#include <isa-l/crc.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "diag.h"
#include "event.pb-c.h"

_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "tfevents.c writes little-endian lengths");

uint32_t kiln_crc32c(const void *data, size_t n)
{
    /* ISA-L's crc32_iscsi neither inverts its initial value nor its result:
     * seeding it with ~0 and inverting the result gives the standard CRC-32C
     * (checked against the check value in tests/test_formats.c). */
    const unsigned char *p = data;
    unsigned int crc = 0xFFFFFFFFu;
    while (n > 0) {
        int chunk = n > (size_t)INT_MAX ? INT_MAX : (int)n;
        crc = crc32_iscsi((unsigned char *)p, chunk, crc);
        p += chunk;
        n -= (size_t)chunk;
    }
    return crc ^ 0xFFFFFFFFu;
}

uint32_t kiln_crc32c_masked(const void *data, size_t n)
{
    uint32_t crc = kiln_crc32c(data, n);
    return ((crc >> 15) | (crc << 17)) + 0xa282ead8u;
}

int kiln_tfrecord_write(FILE *f, const void *data, size_t n)
{
    unsigned char head[12], tail[4];
    uint64_t len = n;
    memcpy(head, &len, 8);
    uint32_t c = kiln_crc32c_masked(head, 8);
    memcpy(head + 8, &c, 4);
    c = kiln_crc32c_masked(data, n);
    memcpy(tail, &c, 4);
    if (fwrite(head, 1, 12, f) != 12 || fwrite(data, 1, n, f) != n || fwrite(tail, 1, 4, f) != 4)
        return -1;
    return fflush(f) == 0 ? 0 : -1;
}

struct kiln_event_writer {
    FILE *f;
    char *path;
};

static double wall_time(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Serializes e and appends it as one record; reports errors. */
static int write_event(kiln_event_writer *w, const Tensorflow__Event *e)
{
    size_t n = tensorflow__event__get_packed_size(e);
    uint8_t *buf = malloc(n ? n : 1);
    if (!buf) {
        kiln_error("%s: out of memory encoding an event", w->path);
        return -1;
    }
    tensorflow__event__pack(e, buf);
    int rc = kiln_tfrecord_write(w->f, buf, n);
    free(buf);
    if (rc) kiln_error("%s: cannot write: %s", w->path, strerror(errno));
    return rc;
}

kiln_event_writer *kiln_event_writer_open(const char *dir)
{
    char host[256];
    if (gethostname(host, sizeof host) != 0) snprintf(host, sizeof host, "localhost");
    host[sizeof host - 1] = 0;
    size_t n = strlen(dir) + strlen(host) + 96;
    kiln_event_writer *w = calloc(1, sizeof *w);
    char *path = malloc(n);
    if (!w || !path) {
        free(w);
        free(path);
        kiln_error("%s: out of memory opening an event file", dir);
        return NULL;
    }
    snprintf(path, n, "%s/events.out.tfevents.%010lld.%s.%ld.v2", dir, (long long)time(NULL), host,
             (long)getpid());
    w->path = path;
    w->f = fopen(path, "ab");
    if (!w->f) {
        kiln_error("%s: cannot create: %s", path, strerror(errno));
        kiln_event_writer_close(w);
        return NULL;
    }
    Tensorflow__Event e = TENSORFLOW__EVENT__INIT;
    e.wall_time = wall_time();
    e.what_case = TENSORFLOW__EVENT__WHAT_FILE_VERSION;
    e.file_version = "brain.Event:2";
    if (write_event(w, &e)) {
        kiln_event_writer_close(w);
        return NULL;
    }
    return w;
}

int kiln_event_writer_scalar(kiln_event_writer *w, const char *tag, int64_t step, float value)
{
    Tensorflow__Summary__Value v = TENSORFLOW__SUMMARY__VALUE__INIT;
    v.tag = (char *)tag;
    v.value_case = TENSORFLOW__SUMMARY__VALUE__VALUE_SIMPLE_VALUE;
    v.simple_value = value;
    Tensorflow__Summary__Value *vs[1] = {&v};
    Tensorflow__Summary s = TENSORFLOW__SUMMARY__INIT;
    s.n_value = 1;
    s.value = vs;
    Tensorflow__Event e = TENSORFLOW__EVENT__INIT;
    e.wall_time = wall_time();
    e.step = step;
    e.what_case = TENSORFLOW__EVENT__WHAT_SUMMARY;
    e.summary = &s;
    return write_event(w, &e);
}

const char *kiln_event_writer_path(const kiln_event_writer *w)
{
    return w->path;
}

void kiln_event_writer_close(kiln_event_writer *w)
{
    if (!w) return;
    if (w->f) fclose(w->f);
    free(w->path);
    free(w);
}
