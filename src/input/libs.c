/* libxml2 and libzip opened at their first use (see libs.h; the loader is
 * core/dynlib.c). */
#include "libs.h"

#include "dynlib.h"

static xml_lib xml_table;
static zip_lib zip_table;
static dynlib xml_state = DYNLIB_INIT;
static dynlib zip_state = DYNLIB_INIT;

#if defined XXGK_XML_SONAME && defined XXGK_ZIP_SONAME

#define XML_FN(name) DYNLIB_FN(xml_lib, name)
#define ZIP_FN(name) DYNLIB_FN(zip_lib, name)
static const dynlib_fn xml_fns[] = {XXGK_XML_FUNCTIONS(XML_FN)};
static const dynlib_fn zip_fns[] = {XXGK_ZIP_FUNCTIONS(ZIP_FN)};
#undef XML_FN
#undef ZIP_FN

static void load_xml(void)
{
    dynlib_load(&xml_state, "libxml2", XXGK_XML_SONAME, xml_fns, sizeof xml_fns / sizeof *xml_fns,
                &xml_table);
    if (xml_state.ok)
        xml_table.xmlInitParser();
}

static void load_zip(void)
{
    dynlib_load(&zip_state, "libzip", XXGK_ZIP_SONAME, zip_fns, sizeof zip_fns / sizeof *zip_fns,
                &zip_table);
}

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
    return dynlib_get(&xml_state, load_xml, &xml_table, why, n);
}

const zip_lib *input_zip_lib(char *why, size_t n)
{
    return dynlib_get(&zip_state, load_zip, &zip_table, why, n);
}
