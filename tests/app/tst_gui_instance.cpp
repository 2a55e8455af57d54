// Single instance, as a user meets it: a second `latchkey path/to/app` hands
// the manifest to the running Latchkey, which opens it, and exits 0.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTest>

namespace {
QString runtimeSocket()
{
    return qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/latchkey.sock");
}

QStringList openManifests()
{
    QSettings settings(qEnvironmentVariable("XDG_CONFIG_HOME") +
                           QStringLiteral("/latchkey/latchkey.conf"),
                       QSettings::IniFormat);
    return settings.value(QStringLiteral("manifests/open")).toStringList();
}
} // namespace

class TestGuiInstance : public QObject {
    Q_OBJECT
private slots:
    void secondStartOpensManifestInFirst()
    {
        const QString gui = qEnvironmentVariable("LATCHKEY_GUI");
        QVERIFY2(QFile::exists(gui), "LATCHKEY_GUI must name the built latchkey");
        QVERIFY(!qEnvironmentVariable("XDG_RUNTIME_DIR").isEmpty());
        QVERIFY(!QFile::exists(runtimeSocket()));

        QProcess first;
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(gui, {});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(runtimeSocket()), 20000);
        QVERIFY(openManifests().isEmpty());

        const QString manifest =
            QDir(qEnvironmentVariable("LATCHKEY_TEST_DATA")).filePath(QStringLiteral("tray"));
        QProcess second;
        second.start(gui, {manifest});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);

        // The first instance opened it (and remembers it for the next start).
        QTRY_VERIFY_WITH_TIMEOUT(!openManifests().isEmpty(), 10000);
        QVERIFY2(openManifests().first().startsWith(manifest),
                 qPrintable(openManifests().join(u',')));
        QCOMPARE(first.state(), QProcess::Running);

        first.terminate();
        if (!first.waitForFinished(10000)) {
            first.kill();
            first.waitForFinished();
        }
    }

    // The app checks a vault name with the CLI's rule: one that could leave
    // the vault folder, or an empty one, is refused at once and never
    // remembered as the current vault.
    void badVaultNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent folders") << QStringLiteral("../../x");
        QTest::newRow("empty") << QString();
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("dot start") << QStringLiteral(".hidden");
    }
    void badVaultNamesAreRefused()
    {
        QFETCH(QString, name);
        const QString gui = qEnvironmentVariable("LATCHKEY_GUI");
        QProcess app;
        app.start(gui, {QStringLiteral("--vault"), name});
        QVERIFY(app.waitForFinished(20000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 2);
        QVERIFY2(app.readAllStandardError().contains("invalid vault name"), "no reason given");
        QSettings settings(qEnvironmentVariable("XDG_CONFIG_HOME") +
                               QStringLiteral("/latchkey/latchkey.conf"),
                           QSettings::IniFormat);
        QVERIFY(settings.value(QStringLiteral("ui/vault")).toString() != name);
        QVERIFY(!QFile::exists(qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/x.json")));
    }

    // A socket left by a crashed instance does not stop the next start.
    void staleSocketIsReplaced()
    {
        const QString gui = qEnvironmentVariable("LATCHKEY_GUI");
        QFile stale(runtimeSocket());
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QProcess app;
        app.start(gui, {});
        QVERIFY(app.waitForStarted());
        QTest::qWait(1500);
        QCOMPARE(app.state(), QProcess::Running);
        QProcess second;
        second.start(gui, {});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(app.state(), QProcess::Running);
        app.terminate();
        if (!app.waitForFinished(10000))
            app.kill();
    }
};

QTEST_GUILESS_MAIN(TestGuiInstance)
#include "tst_gui_instance.moc"
