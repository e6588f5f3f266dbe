/* Why a file gave no text, when its front end names a catalogue code (a
 * PDF: L020-L024, src/input/pdf.c; a .doc: L055-L057, src/input/msdoc.c): one located message at 1:1 of the
 * file, in the catalogue's words; the file then gives no report (exit 2). */
#include "cli.h"
#include "doc.h"
#include "msdoc.h"

void cli_input_error(FILE *err, const char *name, int lang, const xxgk_input *in)
{
    bool zh = lang == XXGK_LANG_ZH;
    const char *fmt = doc_code_format(in->error_code, lang);
    fprintf(err, "%s:1:1: %s[%s]: ", name, zh ? "错误" : "error", xxgk_code_name(in->error_code));
    switch (in->error_code) {
    case XXGK_L_PDF_NO_PDFTOTEXT:
        fprintf(err, fmt, zh ? "找不到该程序" : "not found");
        break;
    case XXGK_L_DOC_NOT_WORD: /* what it is, else its streams (named as they are) */
        fprintf(err, fmt, msdoc_what(in->error_num, zh) ? msdoc_what(in->error_num, zh) : in->error);
        break;
    case XXGK_L_DOC_ENCRYPTED:
        fprintf(err, fmt, msdoc_locked(in->error_num, zh));
        break;
    case XXGK_L_DOC_DAMAGED: /* what is damaged, in the reader's words */
    case XXGK_L_ZIP_NOT_DOCX:
        fprintf(err, fmt, in->error);
        break;
    case XXGK_L_PDF_FAILED:
        fprintf(err, fmt, in->error[0] ? in->error : zh ? "原因未知" : "no reason given");
        break;
    case XXGK_L_PDF_TOO_LARGE:
        fprintf(err, fmt, (size_t)in->error_num);
        break;
    default: /* L020 pages, L023 seconds */
        fprintf(err, fmt, (unsigned)in->error_num);
        break;
    }
    fputc('\n', err);
}
