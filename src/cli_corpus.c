/* xxgk corpus: not built yet (see its issue). */
#include "cli.h"

int cmd_corpus(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("xxgk corpus: not implemented yet\n", stderr);
    return EXIT_TROUBLE;
}
