// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace latchkey {

// Installs Latchkey's translation for the user's language (QLocale::system():
// LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix) and Qt's own for the same
// language, so both front ends speak it. Called once, right after the
// application object exists and before any text is made. English is the
// source language: nothing is loaded for it, nor for a language Latchkey has
// no translation of. Returns the catalogues it installed (for tests).
QStringList installTranslations();

} // namespace latchkey
