// Preferences as a user changes them: values land in QSettings, and "Start
// Latchkey when I log in" writes and removes a valid XDG autostart entry.
#include "Autostart.h"
#include "PreferencesDialog.h"
#include "Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QProcess>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;

namespace {
QCheckBox* startAtLogin(const PreferencesDialog& dialog)
{
    return dialog.findChild<QCheckBox*>(QStringLiteral("startAtLogin"));
}
} // namespace

class TestPreferences : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("latchkey"));
        QCoreApplication::setApplicationName(QStringLiteral("latchkey"));
        QVERIFY(Autostart::entryPath().startsWith(m_config.path()));
    }

    void valuesAreStored()
    {
        PreferencesDialog dialog;
        dialog.findChild<QSpinBox*>(QStringLiteral("clipboardDelay"))->setValue(45);
        dialog.findChild<QSpinBox*>(QStringLiteral("revealDuration"))->setValue(3);
        dialog.accept();
        QCOMPARE(Settings::clipboardClearSeconds(), 45);
        QCOMPARE(Settings::revealSeconds(), 3);
    }

    void startAtLoginWritesAndRemovesTheEntry()
    {
        QVERIFY(!Autostart::isEnabled());
        {
            PreferencesDialog dialog;
            dialog.show();
            QVERIFY(startAtLogin(dialog)->isVisible());
            QVERIFY(!startAtLogin(dialog)->isChecked());
            QTest::mouseClick(startAtLogin(dialog), Qt::LeftButton, {},
                              QPoint(8, startAtLogin(dialog)->height() / 2));
            QVERIFY(startAtLogin(dialog)->isChecked());
            dialog.accept();
        }
        QVERIFY(QFile::exists(Autostart::entryPath()));
        QVERIFY(Autostart::isEnabled());
        QFile entry(Autostart::entryPath());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QByteArray text = entry.readAll();
        QVERIFY(text.contains(QCoreApplication::applicationFilePath().toUtf8()));
        const QString validate =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (!validate.isEmpty()) {
            QProcess check;
            check.start(validate, {Autostart::entryPath()});
            QVERIFY(check.waitForFinished(20000));
            QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());
        }

        {
            PreferencesDialog dialog;
            QVERIFY(startAtLogin(dialog)->isChecked());
            startAtLogin(dialog)->setChecked(false);
            dialog.accept();
        }
        QVERIFY(!QFile::exists(Autostart::entryPath()));
        QVERIFY(!Autostart::isEnabled());
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
