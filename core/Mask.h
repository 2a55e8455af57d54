#pragma once

#include <QString>

namespace latchkey {

// The one masking rule (core/README.md, "Masking"; MaskRule.h has it in full):
// eight bullets, plus the last four characters when the value is at least 16
// characters long. The length of the value is never revealed.
QString maskValue(const QString& value);

} // namespace latchkey
