/* libxml2 and libzip opened at their first use (see libs.h). */
#include "libs.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#if defined XXGK_XML_SONAME && defined XXGK_ZIP_SONAME
#include <dlfcn.h>
#define XXGK_LIBS_DLOPEN 1
#endif

/* A library's table, filled once (pthread_once) and only read after, by
 * any thread: the libraries' own state, which a link would make at start. */
typedef struct lib_state {
    pthread_once_t once;
    bool ok;
    char why[160];
} lib_state;

static xml_lib xml_table;
static zip_lib zip_table;
static lib_state xml_state = {PTHREAD_ONCE_INIT, false, ""};
static lib_state zip_state = {PTHREAD_ONCE_INIT, false, ""};

#ifdef XXGK_LIBS_DLOPEN
_Static_assert(sizeof(void *) == sizeof(void (*)(void)), "dlsym gives functions as data pointers");

/* The library by its file name; its functions stored through memcpy (C
 * converts no data pointer to a function pointer). */
static void *open_lib(lib_state *st, const char *name, const char *soname)
{
    void *h = dlopen(soname, RTLD_LAZY | RTLD_LOCAL);
    if (!h) /* dlerror names the file */
        snprintf(st->why, sizeof st->why, "%s cannot be loaded: %s", name, dlerror());
    return h;
}

static bool find_fn(lib_state *st, void *h, const char *name, void *fn)
{
    void *p = dlsym(h, name);
    if (!p) {
        snprintf(st->why, sizeof st->why, "%s not found: %s", name, dlerror());
        return false;
    }
    memcpy(fn, &p, sizeof p);
    return true;
}

#define FIND(name) &&find_fn(st, h, #name, &t->name)
static void load_xml(void)
{
    lib_state *st = &xml_state;
    xml_lib *t = &xml_table;
    void *h = open_lib(st, "libxml2", XXGK_XML_SONAME);
    st->ok = h != NULL XXGK_XML_FUNCTIONS(FIND); /* && each function found */
    if (st->ok)
        t->xmlInitParser();
}

static void load_zip(void)
{
    lib_state *st = &zip_state;
    zip_lib *t = &zip_table;
    void *h = open_lib(st, "libzip", XXGK_ZIP_SONAME);
    st->ok = h != NULL XXGK_ZIP_FUNCTIONS(FIND);
}
#undef FIND

#else /* linked: the functions themselves */

#define TAKE(name) t->name = name;
static void load_xml(void)
{
    xml_lib *t = &xml_table;
    XXGK_XML_FUNCTIONS(TAKE)
    xml_state.ok = true;
    t->xmlInitParser();
}

static void load_zip(void)
{
    zip_lib *t = &zip_table;
    XXGK_ZIP_FUNCTIONS(TAKE)
    zip_state.ok = true;
}
#undef TAKE
#endif

const xml_lib *input_xml_lib(char *why, size_t n)
{
    pthread_once(&xml_state.once, load_xml);
    if (!xml_state.ok)
        snprintf(why, n, "%s", xml_state.why);
    return xml_state.ok ? &xml_table : NULL;
}

const zip_lib *input_zip_lib(char *why, size_t n)
{
    pthread_once(&zip_state.once, load_zip);
    if (!zip_state.ok)
        snprintf(why, n, "%s", zip_state.why);
    return zip_state.ok ? &zip_table : NULL;
}
