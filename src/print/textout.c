/* Escaping for JSON and CSV output. */
#include <string.h>
#include "xxgk.h"

void xxgk_json_string(FILE *f, const char *s, size_t len)
{
    fputc('"', f);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\t': fputs("\\t", f); break;
        default:
            if (c < 0x20 || c == 0x7F)
                fprintf(f, "\\u%04x", c);
            else if (c >= 0x80) {
                /* pass valid UTF-8 through; replace invalid bytes */
                int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
                int ok = n && i + (size_t)n <= len;
                for (int k = 1; ok && k < n; k++)
                    ok = ((unsigned char)s[i + (size_t)k] & 0xC0) == 0x80;
                if (ok) {
                    fwrite(s + i, 1, (size_t)n, f);
                    i += (size_t)n - 1;
                } else {
                    fputs("\\ufffd", f);
                }
            } else {
                fputc(c, f);
            }
        }
    }
    fputc('"', f);
}

/* A field is quoted when it holds a comma, a quote or a line break: bytes
 * all below '-', so one comparison passes any other byte. */
static int csv_needs_quotes(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] < '-' && (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r'))
            return 1;
    return 0;
}

void xxgk_csv_field(FILE *f, const char *s, size_t len)
{
    int quote = csv_needs_quotes(s, len);
    if (!quote) {
        fwrite(s, 1, len, f);
        return;
    }
    fputc('"', f);
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"')
            fputc('"', f);
        fputc(s[i], f);
    }
    fputc('"', f);
}

void xxgk_json_string_or_null(FILE *f, const char *s)
{
    if (s)
        xxgk_json_string(f, s, strlen(s));
    else
        fputs("null", f);
}
