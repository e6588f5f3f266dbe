/* A shared library opened at its first use, not when the program starts:
 * libxml2 and libzip (src/input/libs.h), libsqlite3 (src/corpus/
 * panel_sqlite.c). Linked as usual, a library and what it needs in turn
 * are mapped and relocated by every run, one that never calls them too.
 *
 * Each user keeps its X-macro list of the functions it calls, a struct of
 * pointers made from it, and a dynlib (its once and its result); this
 * routine opens the file by name (the build reads it from the library:
 * CMakeLists.txt, xxgk_soname) and fills the struct, once, under
 * pthread_once, so that any thread may ask first (`check -j N`). */
#ifndef XXGK_CORE_DYNLIB_H
#define XXGK_CORE_DYNLIB_H
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

/* One function of a table: its name and where its pointer goes. */
typedef struct dynlib_fn {
    const char *name;
    size_t offset;
} dynlib_fn;
/* {"name", offsetof(table type, name)}, for an X-macro list */
#define DYNLIB_FN(type, name) {#name, offsetof(type, name)},

/* A library's state: filled once by its init (under once), only read after. */
typedef struct dynlib {
    pthread_once_t once;
    bool ok;
    char why[160]; /* when not ok: why, "libxml2 cannot be loaded: ..." */
} dynlib;
#define DYNLIB_INIT {PTHREAD_ONCE_INIT, false, ""}

/* For an init: open soname (`label` names it in why) and store each of the
 * n functions' addresses at table + its offset. lib->ok says whether all
 * were found. */
void dynlib_load(dynlib *lib, const char *label, const char *soname, const dynlib_fn *fns, size_t n,
                 void *table);

/* Run init once (it fills the table and lib->ok) and give the table; NULL,
 * with lib->why copied into why, when the library could not be opened. */
const void *dynlib_get(dynlib *lib, void (*init)(void), const void *table, char *why, size_t n);

#endif
