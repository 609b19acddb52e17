/* output.c — output files: atomic replacement, in-place writes to devices and
 * FIFOs, stale temporaries swept (output.h). */
#include "output.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"

static void say(const kiln_output *o, const char *how, int err)
{
    const char *p = o->path && strcmp(o->path, "-") ? o->path : "standard output";
    if (o->what) kiln_error("%s %s: %s: %s", o->what, p, how, strerror(err));
    else kiln_error("%s: %s: %s", p, how, strerror(err));
}

/* The directory of path ("." without a slash) into buf. */
static void dir_of(const char *path, char *buf, size_t n)
{
    const char *slash = strrchr(path, '/');
    if (!slash) snprintf(buf, n, ".");
    else if (slash == path) snprintf(buf, n, "/");
    else snprintf(buf, n, "%.*s", (int)(slash - path), path);
}

int kiln_output_check(const char *path, const char *what)
{
    kiln_output o = {path, what, -1, 0, 0, 0, ""};
    if (!path || !*path) {
        kiln_error("%s%san empty file name", what ? what : "", what ? ": " : "");
        return -1;
    }
    if (!strcmp(path, "-")) return 0;
    if (strlen(path) >= sizeof o.tmp - 32) {
        say(&o, "cannot be written", ENAMETOOLONG);
        return -1;
    }
    struct stat st;
    if (stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            say(&o, "cannot be written", EISDIR);
            return -1;
        }
        if (!S_ISREG(st.st_mode)) {
            /* written in place: only the node itself must be writable */
            if (access(path, W_OK) != 0) {
                say(&o, "cannot be written", errno);
                return -1;
            }
            return 0;
        }
    } else if (errno != ENOENT) {
        say(&o, "cannot be written", errno);
        return -1;
    }
    /* a regular file is replaced by a new one in its directory */
    char dir[4096];
    dir_of(path, dir, sizeof dir);
    if (stat(dir, &st) != 0) {
        int err = errno;
        if (err == ENOENT) {
            if (what) kiln_error("%s %s: cannot be written: the directory %s does not exist", what,
                                 path, dir);
            else kiln_error("%s: cannot be written: the directory %s does not exist", path, dir);
        } else {
            say(&o, "cannot be written", err);
        }
        return -1;
    }
    if (!S_ISDIR(st.st_mode)) {
        say(&o, "cannot be written", ENOTDIR);
        return -1;
    }
    if (access(dir, W_OK | X_OK) != 0) {
        say(&o, "cannot be written", errno);
        return -1;
    }
    /* access() trusts root; an unnamed O_TMPFILE is a real, invisible try */
    int fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd >= 0) {
        close(fd);
    } else if (errno == EROFS || errno == EACCES || errno == EPERM || errno == ENOSPC ||
               errno == EDQUOT) {
        say(&o, "cannot be written", errno);
        return -1;
    } else {
        /* no O_TMPFILE here: the named temporary a save would use, made and
         * removed at once */
        char probe[4096 + 32];
        snprintf(probe, sizeof probe, "%s.tmp.%ld", path, (long)getpid());
        fd = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0 && errno != EEXIST) {
            say(&o, "cannot be written", errno);
            return -1;
        }
        if (fd >= 0) {
            close(fd);
            unlink(probe);
        }
    }
    return 0;
}

/* Removes DIR/BASE.tmp.<pid> of processes that no longer run: the
 * temporaries of saves that were killed before they could rename. */
static void sweep_stale(const char *path)
{
    char dir[4096];
    dir_of(path, dir, sizeof dir);
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t bl = strlen(base);
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        const char *n = e->d_name;
        if (strncmp(n, base, bl) || strncmp(n + bl, ".tmp.", 5)) continue;
        const char *digits = n + bl + 5;
        char *end;
        errno = 0;
        long pid = strtol(digits, &end, 10);
        if (!*digits || *end || errno || pid <= 0 || pid > INT_MAX) continue;
        if (pid != (long)getpid() && (kill((pid_t)pid, 0) == 0 || errno != ESRCH)) continue;
        char p[4096 + 256];
        if (snprintf(p, sizeof p, "%s/%s", dir, n) >= (int)sizeof p) continue;
        struct stat st;
        if (lstat(p, &st) == 0 && S_ISREG(st.st_mode)) unlink(p);
    }
    closedir(d);
}

int kiln_output_open(kiln_output *o, const char *path, const char *what)
{
    *o = (kiln_output){path, what, -1, 0, 0, 0, ""};
    if (kiln_output_check(path, what)) return -1;
    if (!strcmp(path, "-")) {
        fflush(stdout);
        o->fd = STDOUT_FILENO;
        o->direct = 1;
        return 0;
    }
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        /* a device, FIFO or socket: written where it is, never replaced */
        o->fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY);
        if (o->fd < 0) {
            say(o, "cannot open for writing", errno);
            return -1;
        }
        o->direct = 1;
        return 0;
    }
    sweep_stale(path);
    char dir[4096];
    dir_of(path, dir, sizeof dir);
    mode_t mode = 0666;
    o->fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
    if (o->fd >= 0) {
        o->tmpfile = 1;
        /* O_TMPFILE ignores the umask only for the mode bits it is given */
        mode_t um = umask(0);
        umask(um);
        if (fchmod(o->fd, mode & ~um) != 0) { /* best effort */ }
        return 0;
    }
    /* no O_TMPFILE on this file system: a named temporary */
    snprintf(o->tmp, sizeof o->tmp, "%s.tmp.%ld", path, (long)getpid());
    o->fd = open(o->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode);
    if (o->fd < 0) {
        int err = errno;
        o->tmp[0] = 0;
        say(o, "cannot be created", err);
        return -1;
    }
    return 0;
}

int kiln_output_write(kiln_output *o, const void *data, size_t n)
{
    if (o->failed || o->fd < 0) return -1;
    const char *p = data;
    while (n > 0) {
        ssize_t w = write(o->fd, p, n > (1u << 30) ? (1u << 30) : n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            say(o, "write error", w < 0 ? errno : ENOSPC);
            o->failed = 1;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

void kiln_output_abort(kiln_output *o)
{
    if (o->fd >= 0 && o->fd != STDOUT_FILENO) close(o->fd);
    o->fd = -1;
    if (o->tmp[0]) unlink(o->tmp);
    o->tmp[0] = 0;
}

int kiln_output_commit(kiln_output *o)
{
    if (o->fd < 0) return -1;
    if (o->failed) {
        kiln_output_abort(o);
        return -1;
    }
    if (o->direct) {
        int rc = 0;
        if (o->fd != STDOUT_FILENO) {
            if (close(o->fd) != 0 && errno != EINTR) say(o, "write error", errno), rc = -1;
        }
        o->fd = -1;
        return rc;
    }
    if (fsync(o->fd) != 0) {
        say(o, "write error", errno);
        kiln_output_abort(o);
        return -1;
    }
    if (o->tmpfile) {
        /* give the finished inode a temporary name, then rename it over the
         * target (linkat cannot replace an existing file) */
        char proc[64];
        snprintf(proc, sizeof proc, "/proc/self/fd/%d", o->fd);
        snprintf(o->tmp, sizeof o->tmp, "%s.tmp.%ld", o->path, (long)getpid());
        unlink(o->tmp);
        if (linkat(AT_FDCWD, proc, AT_FDCWD, o->tmp, AT_SYMLINK_FOLLOW) != 0) {
            int err = errno;
            o->tmp[0] = 0;
            say(o, "cannot be created", err);
            kiln_output_abort(o);
            return -1;
        }
    }
    if (close(o->fd) != 0 && errno != EINTR) {
        o->fd = -1;
        say(o, "write error", errno);
        kiln_output_abort(o);
        return -1;
    }
    o->fd = -1;
    if (rename(o->tmp, o->path) != 0) {
        say(o, "cannot be replaced", errno);
        kiln_output_abort(o);
        return -1;
    }
    o->tmp[0] = 0;
    return 0;
}

int kiln_write_file_atomic(const char *path, const void *data, size_t len)
{
    kiln_output o;
    if (kiln_output_open(&o, path, NULL)) return -1;
    if (kiln_output_write(&o, data, len)) {
        kiln_output_abort(&o);
        return -1;
    }
    return kiln_output_commit(&o);
}

int kiln_output_scratch(char *buf, size_t n)
{
    const char *t = getenv("TMPDIR");
    if (!t || !*t) t = "/tmp";
    if ((size_t)snprintf(buf, n, "%s/kiln-out.XXXXXX", t) >= n) {
        kiln_error("TMPDIR %s: too long a name for a scratch file", t);
        return -1;
    }
    int fd = mkstemp(buf);
    if (fd < 0) {
        kiln_error("%s: cannot create a scratch file: %s", t, strerror(errno));
        return -1;
    }
    close(fd);
    return 0;
}

int kiln_output_install(const char *scratch, const char *path, const char *what)
{
    int fd = open(scratch, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        kiln_error("%s: the scratch file %s vanished: %s", path, scratch, strerror(errno));
        return -1;
    }
    kiln_output o;
    int rc = kiln_output_open(&o, path, what);
    char buf[1 << 16];
    while (!rc) {
        ssize_t r = read(fd, buf, sizeof buf);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            kiln_error("%s: reading the scratch file %s: %s", path, scratch, strerror(errno));
            kiln_output_abort(&o);
            rc = -1;
        } else if (r == 0) {
            rc = kiln_output_commit(&o);
            break;
        } else if (kiln_output_write(&o, buf, (size_t)r)) {
            kiln_output_abort(&o);
            rc = -1;
        }
    }
    close(fd);
    unlink(scratch);
    return rc;
}

int kiln_stdout_close(void)
{
    int bad = fflush(stdout) != 0 || ferror(stdout);
    if (bad) {
        kiln_output o = {"-", NULL, -1, 0, 0, 0, ""};
        say(&o, "write error", errno ? errno : EIO);
        return -1;
    }
    return 0;
}
