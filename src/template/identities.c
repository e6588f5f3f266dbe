/* The template's identities as data (identities.h). */
#include "identities.h"

const int xxgk_applicant_cols[6] = {XXGK_C_NATURAL_PERSON, XXGK_C_COMMERCIAL,
                                    XXGK_C_RESEARCH,       XXGK_C_PUBLIC_INTEREST,
                                    XXGK_C_LEGAL_SERVICES, XXGK_C_OTHER_ORG};
const int xxgk_appeals_groups[3] = {XXGK_R_REVIEW, XXGK_R_SUIT_DIRECT, XXGK_R_SUIT_AFTER_REVIEW};
const int xxgk_appeals_parts[4] = {XXGK_C_UPHELD, XXGK_C_CORRECTED, XXGK_C_OTHER, XXGK_C_PENDING};

int xxgk_outcome_rows(int tmpl, int *rows)
{
    int n = 0;
    for (int r = XXGK_R_GRANTED; r <= XXGK_R_OTHER; r++) {
        bool other_2021 = r >= XXGK_R_OTHER_NO_CORRECTION && r <= XXGK_R_OTHER_OTHER;
        if (tmpl == 2019 ? other_2021 : r == XXGK_R_OTHER)
            continue;
        rows[n++] = r;
    }
    return n;
}
