#include "numerals.h"

#include <stdbool.h>

#include "utf8.h"

/* A switch, not a search of the numerals: every character of a heading's
 * numbering (and the one after it) is asked, and most are none. */
int numeral_digit(uint32_t cp)
{
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return (int)(cp - 0xFF10);
    switch (cp) {
    case 0x3007: case 0x25CB: case 0x96F6: return 0; /* 〇 ○ 零 */
    case 0x4E00: return 1; /* 一 */
    case 0x4E8C: return 2; /* 二 */
    case 0x4E09: return 3; /* 三 */
    case 0x56DB: return 4; /* 四 */
    case 0x4E94: return 5; /* 五 */
    case 0x516D: return 6; /* 六 */
    case 0x4E03: return 7; /* 七 */
    case 0x516B: return 8; /* 八 */
    case 0x4E5D: return 9; /* 九 */
    case 0x5341: return 10; /* 十 */
    default: return -1;
    }
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
