/* libxml2 and libzip, opened when the first HTML page or .docx is read,
 * not when xxgk starts.
 *
 * Linked as usual, the two (with what they need in turn: ICU, libstdc++,
 * liblzma, libcrypto) are mapped and relocated by every run, a text file's
 * too: about 3 ms of a 4 ms `xxgk check one.txt`, 8 M instructions of the
 * dynamic loader, where checking an 8 KB report takes 0.7 M. So the front
 * ends call them through these tables: with XXGK_XML_SONAME and
 * XXGK_ZIP_SONAME defined (the build finds their file names), the tables
 * are filled by dlopen and dlsym at the first use, and the program is
 * linked with --as-needed, which leaves out a library none of its code
 * names; without them, with the functions themselves (an ordinary link).
 * The loader is core/dynlib.c (libsqlite3 is opened by it too). */
#ifndef XXGK_INPUT_LIBS_H
#define XXGK_INPUT_LIBS_H
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <stddef.h>
#include <zip.h>

/* The functions the front ends call (html.c, docx.c). */
#define XXGK_XML_FUNCTIONS(F)                                                                      \
    F(xmlInitParser)                                                                               \
    F(htmlCreateMemoryParserCtxt)                                                                  \
    F(htmlCtxtUseOptions)                                                                          \
    F(xmlSwitchEncoding)                                                                           \
    F(htmlParseDocument)                                                                           \
    F(htmlFreeParserCtxt)                                                                          \
    F(xmlByteConsumed)                                                                             \
    F(xmlReadMemory)                                                                               \
    F(xmlDocGetRootElement)                                                                        \
    F(xmlFreeDoc)
#define XXGK_ZIP_FUNCTIONS(F)                                                                      \
    F(zip_error_init)                                                                              \
    F(zip_error_fini)                                                                              \
    F(zip_error_strerror)                                                                          \
    F(zip_source_buffer_create)                                                                    \
    F(zip_source_free)                                                                             \
    F(zip_open_from_source)                                                                        \
    F(zip_fopen)                                                                                   \
    F(zip_fread)                                                                                   \
    F(zip_fclose)                                                                                  \
    F(zip_strerror)                                                                                \
    F(zip_close)

#define XXGK_LIB_POINTER(name) __typeof__(name) *name;
typedef struct xml_lib {
    XXGK_XML_FUNCTIONS(XXGK_LIB_POINTER)
} xml_lib;
typedef struct zip_lib {
    XXGK_ZIP_FUNCTIONS(XXGK_LIB_POINTER)
} zip_lib;
#undef XXGK_LIB_POINTER

/* The tables, libxml2 initialised (xmlInitParser, once, before any thread
 * parses: `check -j N` reads pages on N threads); NULL when the library
 * cannot be opened, with the reason in why. */
const xml_lib *input_xml_lib(char *why, size_t n);
const zip_lib *input_zip_lib(char *why, size_t n);

#endif
