#include "numerals.h"

#include <stdbool.h>

#include "utf8.h"

int numeral_digit(uint32_t cp)
{
    static const uint32_t cn[] = {0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
                                  0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D}; /* 〇一二三四五六七八九 */
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return (int)(cp - 0xFF10);
    if (cp == 0x25CB || cp == 0x96F6) /* ○ 零 */
        return 0;
    if (cp == 0x5341) /* 十 */
        return 10;
    for (int d = 0; d < 10; d++)
        if (cn[d] == cp)
            return d;
    return -1;
}

int numeral_parse(const uint8_t *s, uint32_t *i, uint32_t e)
{
    int v = 0;
    bool ten = false;
    while (*i < e) {
        uint32_t cp;
        int l = utf8_decode(s + *i, e - *i, &cp);
        int d = l ? numeral_digit(cp) : -1;
        if (d < 0)
            break;
        if (d == 10) { /* 十 = 10, 十二 = 12, 二十 = 20, 二十六 = 26 */
            v = v ? v * 10 : 10;
            ten = true;
        } else if (ten) {
            v += d;
        } else if (v < 100000000) {
            v = v * 10 + d;
        }
        *i += (uint32_t)l;
    }
    return v;
}

void numeral_skip_to(const uint8_t *s, uint32_t *i, uint32_t e)
{
    while (*i < e) {
        uint32_t cp;
        int l = utf8_decode(s + *i, e - *i, &cp);
        if (l && numeral_digit(cp) >= 0)
            return;
        *i += l ? (uint32_t)l : 1;
    }
}

int numeral_first(const uint8_t *s, const uint8_t *e)
{
    uint32_t i = 0, n = (uint32_t)(e - s);
    numeral_skip_to(s, &i, n);
    return numeral_parse(s, &i, n);
}
