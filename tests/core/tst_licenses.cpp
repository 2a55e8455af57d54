// SPDX-License-Identifier: MIT
// The licence Latchkey shows (core/Licenses.cpp) is LICENSE's, and About
// names every shipped library with its licence.
#include "Licenses.h"

#include <QFile>
#include <QTest>

using latchkey::Licenses;

class TestLicenses : public QObject {
    Q_OBJECT
private slots:
    void textIsLicenseFile()
    {
        QFile file(qEnvironmentVariable("LATCHKEY_TEST_DATA") + QStringLiteral("/../../LICENSE"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(Licenses::projectLicenceText(), QString::fromUtf8(file.readAll()));
        QVERIFY(Licenses::projectLicenceText().startsWith(QLatin1String("MIT License")));
    }
    void aboutNamesEveryComponent()
    {
        const QString html = Licenses::aboutHtml(QStringLiteral("1.2.3"));
        QVERIFY(html.contains(QLatin1String("Latchkey 1.2.3")));
        QVERIFY(html.contains(QLatin1String("MIT licence")));
        for (const auto& [name, licence] :
             {std::pair{"Qt", "LGPL-3.0-only"}, std::pair{"QtKeychain", "BSD-3-Clause"},
              std::pair{"yaml-cpp", "MIT"}}) {
            QVERIFY2(html.contains(QLatin1String(name)), name);
            QVERIFY2(html.contains(QLatin1String(licence)), licence);
        }
        for (const auto& c : Licenses::components()) {
            QVERIFY2(!c.version.isEmpty() || c.name == QLatin1String("libsecret"),
                     qPrintable(c.name));
            QVERIFY(c.url.startsWith(QLatin1String("https://")));
        }
    }
};

QTEST_GUILESS_MAIN(TestLicenses)
#include "tst_licenses.moc"
