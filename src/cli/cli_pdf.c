/* A PDF named on the command line: its text from pdftotext's word boxes
 * (src/input/pdf.c), parsed with its page starts so every location can
 * name its page; or one L020-L024 message and no document. */
#include <stdarg.h>
#include <stdlib.h>

#include "cli.h"
#include "doc.h"
#include "pdf.h"

/* "name:1:1: error[L02x]: message" in the catalogue's words */
static void pdf_error(FILE *err, const char *name, int lang, int code, ...)
{
    va_list ap;
    va_start(ap, code);
    fprintf(err, "%s:1:1: %s[%s]: ", name, lang == XXGK_LANG_ZH ? "错误" : "error",
            xxgk_code_name(code));
    vfprintf(err, doc_code_format(code, lang), ap);
    fputc('\n', err);
    va_end(ap);
}

static void report_status(FILE *err, const char *name, int lang, enum xxgk_pdf_status st,
                          const xxgk_pdf_limits *lim, const char *why, size_t npages)
{
    switch (st) {
    case XXGK_PDF_NO_TEXT:
        pdf_error(err, name, lang, XXGK_L_PDF_NO_TEXT, (unsigned)npages);
        break;
    case XXGK_PDF_MISSING:
        pdf_error(err, name, lang, XXGK_L_PDF_NO_PDFTOTEXT,
                  lang == XXGK_LANG_ZH ? "找不到该程序" : "not found");
        break;
    case XXGK_PDF_TIMEOUT:
        pdf_error(err, name, lang, XXGK_L_PDF_TIMEOUT, lim->seconds);
        break;
    case XXGK_PDF_TOO_LARGE:
        pdf_error(err, name, lang, XXGK_L_PDF_TOO_LARGE, lim->max_output >> 20);
        break;
    case XXGK_PDF_NO_MEMORY:
        fprintf(err, "xxgk: %s: out of memory\n", name);
        break;
    default:
        pdf_error(err, name, lang, XXGK_L_PDF_FAILED,
                  *why ? why : (lang == XXGK_LANG_ZH ? "原因未知" : "no reason given"));
        break;
    }
}

/* $NAME as a whole number from 1 to max, else def */
static unsigned long env_number(const char *name, unsigned long def, unsigned long max)
{
    const char *e = getenv(name);
    char *end;
    unsigned long v = e && *e ? strtoul(e, &end, 10) : 0;
    return e && *e && !*end && v >= 1 && v <= max ? v : def;
}

xxgk_doc *cli_load_pdf(const char *path, const char *name, const char *buf, size_t len,
                       const xxgk_options *opts, FILE *err)
{
    int lang = opts ? opts->lang : XXGK_LANG_EN;
    xxgk_pdf_limits lim = xxgk_pdf_default_limits();
    /* a very large PDF, or a slow machine, may need more */
    lim.seconds = (unsigned)env_number("XXGK_PDF_TIMEOUT", lim.seconds, 86400);
    lim.max_output = (size_t)env_number("XXGK_PDF_MAX_MIB", lim.max_output >> 20, 1 << 20) << 20;
    xxgk_pdf_text t;
    char why[256];
    enum xxgk_pdf_status st = xxgk_pdf_extract(path, buf, len, &lim, &t, why, sizeof why, NULL);
    if (st != XXGK_PDF_OK) {
        report_status(err, name, lang, st, &lim, why, t.npages);
        return NULL;
    }
    /* pdftotext writes UTF-8 (-enc UTF-8): the encoding is settled */
    xxgk_options o = opts ? *opts : (xxgk_options){0};
    o.utf8_decided = true;
    o.page_starts = t.page_starts;
    o.npages = t.npages;
    xxgk_doc *doc = xxgk_parse(name, t.text, t.len, &o);
    xxgk_pdf_text_free(&t);
    if (!doc)
        fprintf(err, "xxgk: %s: out of memory\n", path);
    return doc;
}
