/* Why a file cannot be read, as a reader says it (the argument of L052,
 * L055, L057): in the language of the messages. Each call names the
 * sentence in English and in Chinese, so that no reason is left in one
 * language only (a test runs --lang zh over damaged files: tests/cli). */
#ifndef XXGK_WHY_H
#define XXGK_WHY_H
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

/* Write the reason into why[0..cap): EN's words, or ZH_FMT's when ZH;
 * both take the same arguments in the same order. */
static inline void why_put(char *why, size_t cap, bool zh, const char *en, const char *zh_fmt, ...)
{
    va_list ap;
    va_start(ap, zh_fmt);
    vsnprintf(why, cap, zh ? zh_fmt : en, ap);
    va_end(ap);
}
#endif
