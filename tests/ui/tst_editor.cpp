// The secret editor on the offscreen platform, saving into the real keychain
// (tests/with-keyring.sh): key validation and hints, long values stored whole
// (read back by secret-tool), the 64 KiB limit, multi-line values pasted
// while hidden, editing without the old value, and a refusing keychain.
#include "AppIdentity.h"
#include "SecretActions.h"
#include "SecretEditor.h"
#include "UiTestSupport.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace latchkey;
using uitest::App;

namespace {

const QString kCanary = QStringLiteral("sk-editor-canary-8a2f51c0");

// The editor's parts, found by name.
struct Editor {
    QWidget* dialog;
    template <typename T = QWidget> T* part(const char* name) const
    {
        return dialog->findChild<T*>(QLatin1String(name));
    }
    QLineEdit* key() const { return part<QLineEdit>("keyEdit"); }
    QLineEdit* value() const { return part<QLineEdit>("valueEdit"); }
    QPlainTextEdit* multi() const { return part<QPlainTextEdit>("multiLineEdit"); }
    QPushButton* save() const { return part<QPushButton>("saveButton"); }
};

Editor openAdd(App& app)
{
    app.window.actions()->addSecret();
    return {app.find("secretEditor")};
}

QString stored(App& app, const QString& key)
{
    QString value;
    const Error error = uitest::valueSync(app.vault(), key, value);
    return error ? QStringLiteral("<%1>").arg(error.message) : value;
}

} // namespace

class TestEditor : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setApplicationIdentity(); }

    void invalidKeyKeepsSaveDisabled()
    {
        App app(QStringLiteral("editor-invalid"));
        const Editor editor = openAdd(app);
        QVERIFY(editor.dialog);
        QTest::keyClicks(editor.key(), QStringLiteral("9-BAD KEY"));
        QTest::keyClicks(editor.value(), kCanary);
        QVERIFY(!editor.save()->isEnabled());
        QVERIFY(editor.part("keyReason")->isVisible());
        // Fixing the key enables Save and hides the reason.
        editor.key()->clear();
        QTest::keyClicks(editor.key(), QStringLiteral("GOOD_KEY"));
        QVERIFY(editor.save()->isEnabled());
        QVERIFY(!editor.part("keyReason")->isVisible());
        static_cast<QDialog*>(editor.dialog)->reject();
    }

    void wellKnownKeyWarnsButDoesNotBlock()
    {
        App app(QStringLiteral("editor-hint"));
        const Editor editor = openAdd(app);
        QTest::keyClicks(editor.key(), QStringLiteral("OPENAI_API_KEY"));
        QTest::keyClicks(editor.value(), QStringLiteral("not-an-openai-looking-value"));
        auto* hint = editor.part<QLabel>("valueHint");
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("sk-")));
        QVERIFY(editor.save()->isEnabled());
        editor.value()->clear();
        QTest::keyClicks(editor.value(), QStringLiteral("sk-proj-looks-right-0123456789"));
        QVERIFY(!hint->isVisible());
        static_cast<QDialog*>(editor.dialog)->reject();
    }

    // Adding under a key the vault already has says that saving replaces it,
    // also for a key stored while the dialog is open.
    void existingKeyIsNoted()
    {
        App app(QStringLiteral("editor-existing"));
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_EXISTING"), kCanary));
        QTRY_VERIFY(app.session.secrets()->contains(QStringLiteral("LK_EXISTING")));
        const Editor editor = openAdd(app);
        auto* notes = editor.part<QLabel>("serviceLabel");
        QTest::keyClicks(editor.key(), QStringLiteral("LK_EXISTING"));
        QVERIFY(notes->text().contains(QStringLiteral("already exists")));
        editor.key()->clear();
        QTest::keyClicks(editor.key(), QStringLiteral("LK_LATER"));
        QVERIFY(!notes->text().contains(QStringLiteral("already exists")));
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_LATER"), kCanary));
        QTRY_VERIFY(notes->text().contains(QStringLiteral("already exists")));
        static_cast<QDialog*>(editor.dialog)->reject();
    }

    // A pasted 60,000-character value is stored whole (QLineEdit's default
    // limit of 32,767 would have cut it), as secret-tool reads it back.
    void longPasteStoredWhole()
    {
        App app(QStringLiteral("editor-long"));
        QString value;
        for (int i = 0; value.size() < 60000; ++i)
            value += QStringLiteral("%1-").arg(i, 5, 36, QLatin1Char('0'));
        value.truncate(60000);
        const Editor editor = openAdd(app);
        QTest::keyClicks(editor.key(), QStringLiteral("LK_LONG"));
        QApplication::clipboard()->setText(value);
        editor.value()->setFocus();
        QTest::keyClick(editor.value(), Qt::Key_V, Qt::ControlModifier);
        QApplication::clipboard()->clear();
        QCOMPARE(editor.value()->text().size(), 60000);
        QVERIFY(editor.save()->isEnabled());
        QTest::mouseClick(editor.save(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!app.find("secretEditor"), 20000);
        const QByteArray back =
            testsupport::secretToolLookup(QStringLiteral("editor-long"), QStringLiteral("LK_LONG"));
        QCOMPARE(back.size(), 60000);
        QVERIFY2(back == value.toUtf8(), "secret-tool does not read back what was pasted");
    }

    // Beyond 64 KiB a value is refused, with the reason, and not saved.
    void tooLongIsRefusedWithTheReason()
    {
        App app(QStringLiteral("editor-toolong"));
        const Editor editor = openAdd(app);
        QTest::keyClicks(editor.key(), QStringLiteral("LK_TOO_LONG"));
        editor.value()->setText(QString(70000, QLatin1Char('x')));
        QVERIFY(!editor.save()->isEnabled());
        auto* hint = editor.part<QLabel>("valueHint");
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("larger than 64 KiB")),
                 qPrintable(hint->text()));
        // Multi-byte characters count in UTF-8: 30,000 of them are 90,000 bytes.
        editor.value()->setText(QString(30000, QChar(0x20AC)));
        QVERIFY(!editor.save()->isEnabled());
        editor.value()->setText(QString(65536, QLatin1Char('x')));
        QVERIFY(editor.save()->isEnabled());
        static_cast<QDialog*>(editor.dialog)->reject();
    }

    // A PEM key pasted into the hidden value: it switches to several lines,
    // stays hidden, counts its lines right, and is stored byte for byte.
    void multiLinePasteWhileHidden()
    {
        App app(QStringLiteral("editor-pem"));
        const QString pem = QStringLiteral("-----BEGIN PRIVATE KEY-----\n") + kCanary +
                            QStringLiteral("\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"
                                           "-----END PRIVATE KEY-----\n");
        const Editor editor = openAdd(app);
        QTest::keyClicks(editor.key(), QStringLiteral("LK_PEM"));
        QApplication::clipboard()->setText(pem);
        editor.value()->setFocus();
        QTest::keyClick(editor.value(), Qt::Key_V, Qt::ControlModifier);
        auto* hidden = editor.part<QLabel>("hiddenValue");
        QVERIFY(editor.part<QToolButton>("multiLineButton")->isChecked());
        QVERIFY(hidden->isVisible());
        QVERIFY(!editor.multi()->isVisible());
        QVERIFY2(!hidden->text().contains(kCanary), "the hidden value is drawn");
        QVERIFY2(hidden->text().contains(QStringLiteral("lines: 4")), qPrintable(hidden->text()));
        QCOMPARE(SecretEditor::lineCount(QStringLiteral("one\n")), 1);
        QCOMPARE(SecretEditor::lineCount(QStringLiteral("one\ntwo")), 2);
        QCOMPARE(SecretEditor::lineCount(QString()), 0);

        // Cleared and pasted again while hidden, into the hidden box itself.
        hidden->setFocus();
        QTest::keyClick(hidden, Qt::Key_Delete);
        QVERIFY(hidden->text().contains(QStringLiteral("Paste")));
        QTest::keyClick(hidden, Qt::Key_V, Qt::ControlModifier);
        QApplication::clipboard()->clear();
        QVERIFY(hidden->text().contains(QStringLiteral("lines: 4")));

        // Shown: a fixed-width font that does not wrap.
        editor.part<QToolButton>("showButton")->click();
        QVERIFY(editor.multi()->isVisible());
        QCOMPARE(editor.multi()->lineWrapMode(), QPlainTextEdit::NoWrap);
        const QFontMetrics metrics(editor.multi()->font());
        QCOMPARE(metrics.horizontalAdvance(QStringLiteral("iiii")),
                 metrics.horizontalAdvance(QStringLiteral("MMMM"))); // every letter as wide
        QVERIFY(editor.save()->isEnabled());
        QTest::mouseClick(editor.save(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!app.find("secretEditor"), 20000);
        QVERIFY2(stored(app, QStringLiteral("LK_PEM")) == pem, "the PEM value changed on the way");
    }

    // Editing never loads the old value; a new one replaces it unseen.
    void editReplacesWithoutShowingTheOldValue()
    {
        App app(QStringLiteral("editor-edit"));
        QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_EDIT"), kCanary,
                                 QStringLiteral("before")));
        QTRY_VERIFY(app.session.secrets()->contains(QStringLiteral("LK_EDIT")));
        app.window.actions()->editKey(QStringLiteral("LK_EDIT"));
        const Editor editor{app.find("secretEditor")};
        QVERIFY(editor.dialog);
        QVERIFY(editor.key()->isReadOnly());
        QVERIFY(editor.value()->text().isEmpty());
        QVERIFY(editor.multi()->toPlainText().isEmpty());
        QCOMPARE(editor.part<QLineEdit>("descriptionEdit")->text(), QStringLiteral("before"));
        // Only the description: the value stays.
        editor.part<QLineEdit>("descriptionEdit")->setText(QStringLiteral("after"));
        QTest::mouseClick(editor.save(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!app.find("secretEditor"), 20000);
        QVERIFY(stored(app, QStringLiteral("LK_EDIT")) == kCanary);
        QTRY_COMPARE(app.session.secrets()->find(QStringLiteral("LK_EDIT"))->description,
                     QStringLiteral("after"));

        app.window.actions()->editKey(QStringLiteral("LK_EDIT"));
        const Editor again{app.find("secretEditor")};
        QTest::keyClicks(again.value(), QStringLiteral("replacement-value"));
        QTest::mouseClick(again.save(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!app.find("secretEditor"), 20000);
        QCOMPARE(stored(app, QStringLiteral("LK_EDIT")), QStringLiteral("replacement-value"));
    }

    void keychainErrorKeepsDialogOpen()
    {
        uitest::RefusingStore store;
        QTemporaryDir dir;
        App app(QStringLiteral("refusing"),
                [&](const QString& name) { return new Vault(name, &store, dir.path()); });
        const Editor editor = openAdd(app);
        QTest::keyClicks(editor.key(), QStringLiteral("KEPT_KEY"));
        QTest::keyClicks(editor.value(), kCanary);
        QTest::mouseClick(editor.save(), Qt::LeftButton);
        auto* error = editor.part<QLabel>("errorLabel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(editor.dialog->isVisible());
        QCOMPARE(editor.key()->text(), QStringLiteral("KEPT_KEY"));
        QVERIFY2(editor.value()->text() == kCanary, "the typed value was lost");
        QVERIFY(!error->text().contains(kCanary));
        QVERIFY(app.session.secrets()->entries().isEmpty());
        static_cast<QDialog*>(editor.dialog)->reject();
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
