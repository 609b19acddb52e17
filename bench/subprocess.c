/* subprocess.c — fork, exec, capture standard output (subprocess.h). */
#include "subprocess.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diag.h"

int kiln_subprocess(const char *const *argv, const char *const *env, const char *stdin_path,
                    char **out)
{
    *out = NULL;
    int fd[2];
    if (pipe(fd) != 0) {
        kiln_error("cannot run %s: pipe: %s", argv[0], strerror(errno));
        return -1;
    }
    int in = open(stdin_path ? stdin_path : "/dev/null", O_RDONLY | O_CLOEXEC);
    if (in < 0) {
        kiln_error("cannot run %s: %s: %s", argv[0], stdin_path ? stdin_path : "/dev/null",
                   strerror(errno));
        close(fd[0]), close(fd[1]);
        return -1;
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        kiln_error("cannot run %s: fork: %s", argv[0], strerror(errno));
        close(fd[0]), close(fd[1]), close(in);
        return -1;
    }
    if (pid == 0) {
        dup2(in, 0);
        dup2(fd[1], 1);
        close(fd[0]);
        for (int i = 0; env && env[i]; i++) putenv((char *)env[i]);
        execv(argv[0], (char *const *)argv);
        fprintf(stderr, "kiln: error: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    close(fd[1]);
    close(in);
    size_t len = 0, cap = 4096;
    char *buf = malloc(cap);
    for (;;) {
        if (buf && len + 1 >= cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) free(buf);
            buf = nb;
        }
        if (!buf) {
            char sink[4096];
            if (read(fd[0], sink, sizeof sink) <= 0) break;
            continue;
        }
        ssize_t n = read(fd[0], buf + len, cap - len - 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        len += (size_t)n;
    }
    close(fd[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (!buf) {
        kiln_error("out of memory reading the output of %s", argv[0]);
        return -1;
    }
    buf[len] = 0;
    *out = buf;
    if (WIFEXITED(status)) return WEXITSTATUS(status) == 127 ? -1 : WEXITSTATUS(status);
    return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}
