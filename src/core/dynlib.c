/* Shared libraries opened at their first use (see dynlib.h). */
#include "dynlib.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

_Static_assert(sizeof(void *) == sizeof(void (*)(void)), "dlsym gives functions as data pointers");

/* The functions are stored through memcpy: C converts no data pointer to
 * a function pointer. The handle is never closed: the tables live as long
 * as the program. */
void dynlib_load(dynlib *lib, const char *label, const char *soname, const dynlib_fn *fns, size_t n,
                 void *table)
{
    lib->ok = false;
    void *h = dlopen(soname, RTLD_LAZY | RTLD_LOCAL);
    if (!h) { /* dlerror names the file */
        snprintf(lib->why, sizeof lib->why, "%s cannot be loaded: %s", label, dlerror());
        return;
    }
    for (size_t i = 0; i < n; i++) {
        void *p = dlsym(h, fns[i].name);
        if (!p) {
            snprintf(lib->why, sizeof lib->why, "%s not found: %s", fns[i].name, dlerror());
            return;
        }
        memcpy((char *)table + fns[i].offset, &p, sizeof p);
    }
    lib->ok = true;
}

const void *dynlib_get(dynlib *lib, void (*init)(void), const void *table, char *why, size_t n)
{
    pthread_once(&lib->once, init);
    if (!lib->ok)
        snprintf(why, n, "%s", lib->why);
    return lib->ok ? table : NULL;
}
