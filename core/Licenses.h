// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace latchkey {

// Latchkey's licence and those of the libraries it ships with, for Help ▸
// About (ui/MainWindow.cpp) and anything else that shows them. The MIT text
// is LICENSE's (tests/core/tst_licenses.cpp keeps the two equal).
class Licenses {
    Q_DECLARE_TR_FUNCTIONS(Licenses)

public:
    struct Component {
        QString name;
        QString version; // empty when the build did not know it
        QString licence; // SPDX identifier
        QString url;     // where its licence text is published
    };

    static QString projectLicence() { return QStringLiteral("MIT"); }
    // The full text of LICENSE.
    static QString projectLicenceText();
    // Qt, QtKeychain, yaml-cpp and (on Linux) libsecret.
    static QList<Component> components();
    // Rich text for an About box: what Latchkey is, its licence, the
    // components' licences.
    static QString aboutHtml(const QString& version);
    // Only the licence paragraph and the components' licences
    // (ui/AboutDialog.cpp).
    static QString licenceHtml();
};

} // namespace latchkey
