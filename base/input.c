/* input.c — bounded opening of input files (input.h). */
#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"

static const char *kind(mode_t m)
{
    return S_ISDIR(m) ? "a directory" : S_ISFIFO(m) ? "a FIFO" : S_ISCHR(m) ? "a character device"
         : S_ISBLK(m) ? "a block device" : S_ISSOCK(m) ? "a socket" : "not a plain file";
}

FILE *kiln_input_open(const char *path, const char *what, int64_t max_bytes, int64_t *size)
{
    *size = 0;
    /* O_NONBLOCK: opening a FIFO must not wait for a writer */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        if (what && !strcmp(what, "model file"))  /* the wording model-file errors always had */
            kiln_error_at(path, 0, 0, NULL, "cannot read the model file: %s", strerror(errno));
        else
            kiln_error_at(path, 0, 0, NULL, "cannot open: %s", strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        kiln_error_at(path, 0, 0, NULL, "cannot open: %s", strerror(errno));
        close(fd);
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        kiln_error_at(path, 0, 0, NULL, "not a regular file (%s); kiln reads %ss from regular "
                      "files only", kind(st.st_mode), what ? what : "input");
        close(fd);
        return NULL;
    }
    if (max_bytes > 0 && st.st_size > max_bytes) {
        kiln_error_at(path, 0, 0, NULL, "%lld bytes, more than the %lld-byte limit for a %s",
                      (long long)st.st_size, (long long)max_bytes, what ? what : "file");
        close(fd);
        return NULL;
    }
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0) fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
    FILE *f = fdopen(fd, "rb");
    if (!f) {
        kiln_error_at(path, 0, 0, NULL, "cannot open: %s", strerror(errno));
        close(fd);
        return NULL;
    }
    *size = st.st_size;
    return f;
}

char *kiln_input_slurp(const char *path, const char *what, int64_t max_bytes, int64_t *len)
{
    *len = 0;
    int64_t size;
    FILE *f = kiln_input_open(path, what, max_bytes, &size);
    if (!f) return NULL;
    char *buf = malloc((size_t)size + 1);
    if (!buf) {
        kiln_error_at(path, 0, 0, NULL, "out of memory reading %lld bytes", (long long)size);
        fclose(f);
        return NULL;
    }
    size_t got = fread(buf, 1, (size_t)size, f);
    int err = ferror(f);
    fclose(f);
    if (err || (int64_t)got != size) {
        kiln_error_at(path, 0, 0, NULL, "%s", err ? "read error" : "file shrank while being read");
        free(buf);
        return NULL;
    }
    buf[size] = 0;
    *len = size;
    return buf;
}
