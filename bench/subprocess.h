/* subprocess.h — running a helper program and capturing what it prints
 * (the PyTorch baseline of kiln bench, the oneDNN timer of kiln profile). */
#ifndef KILN_SUBPROCESS_H
#define KILN_SUBPROCESS_H

/* Runs argv[0] (a path; no shell, no PATH search) with arguments argv
 * (NULL-terminated), this process's environment plus the "NAME=value"
 * strings of `env` (NULL-terminated, may be NULL), standard input from the
 * file `stdin_path` (NULL: /dev/null), standard error shared with this
 * process.  Its standard output is returned in *out (NUL-terminated, to
 * free; "" when it printed nothing).  Returns its exit status (0..255), 128 +
 * the signal that killed it, or -1 when it could not be started (reported
 * through diag.h). */
int kiln_subprocess(const char *const *argv, const char *const *env, const char *stdin_path,
                    char **out);

#endif /* KILN_SUBPROCESS_H */
