// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace latchkey {

// Installs Latchkey's translation for the user's language (QLocale::system():
// LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix) and Qt's own for the same
// language, so both front ends speak it. Called once, right after the
// application object exists and before any text is made. English is the
// source language: for it, and for a language Latchkey has no translation of,
// only the English plural forms are loaded ("1 file", "2 files"). Returns the
// catalogues it installed (for tests).
QStringList installTranslations();

} // namespace latchkey
