/* Reading a whole file, and error texts, for every layer that reads files
 * (the command line's inputs, the corpus runner's reports and expectations).
 * Safe on any thread. */
#ifndef XXGK_FILES_H
#define XXGK_FILES_H
#include <stdbool.h>
#include <stddef.h>

/* Read the whole file into a malloc'd buffer, NUL-terminated (the NUL is
 * not counted in *len). "-" is standard input when dash_is_stdin. Returns
 * 0, or an errno value: EISDIR for a directory, EFBIG past 4 GiB, ENOMEM,
 * or what opening or reading failed with. */
int file_read(const char *path, bool dash_is_stdin, char **buf, size_t *len);

/* strerror(e), safe on any thread: the text, in buf or a constant. */
const char *file_strerror(int e, char *buf, size_t size);
/* An errno's reason in Chinese when zh, for the common ones a user meets
 * (no such file, permission, a folder, no space…); strerror's text for
 * the rest, and for every one when !zh. */
const char *file_errno_text(int e, bool zh, char *buf, size_t size);
#endif
