// latchkey-cli where there is no front (macOS, Windows): every command
// through the full command line. On Linux Front.cpp is the program.
#include "CliMain.h"
#include "ProcessHardening.h"

int main(int argc, char** argv)
{
    latchkey::hardenProcess();
    return latchkey::cli::main(argc, argv);
}
