#pragma once

namespace latchkey::cli {

// The whole command line: the application object, translations and every
// command. The caller has hardened the process (core/ProcessHardening.h).
int main(int argc, char** argv);

} // namespace latchkey::cli
