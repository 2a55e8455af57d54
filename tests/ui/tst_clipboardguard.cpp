// The clipboard guard on the offscreen platform's in-process clipboard.
#include "ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace latchkey;
using namespace std::chrono_literals;

namespace {
const QString kCanary = QStringLiteral("clip-canary-5d1e-0042");

QString clipboardText()
{
    return QApplication::clipboard()->text();
}
} // namespace

class TestClipboardGuard : public QObject {
    Q_OBJECT
private slots:
    void init() { QApplication::clipboard()->clear(); }

    void copySetsValueAndConcealmentHint()
    {
        ClipboardGuard guard(QApplication::clipboard());
        guard.setClearDelay(0ms);
        guard.copy(kCanary);
        QVERIFY2(clipboardText() == kCanary, "the clipboard does not hold the copied value");
        const QMimeData* mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->data(QLatin1String(ClipboardGuard::kKdeHint)), QByteArray("secret"));
        QVERIFY(guard.holdsCopiedValue());
    }

    void clearsAfterDelayWithCountdown()
    {
        ClipboardGuard guard(QApplication::clipboard());
        QSignalSpy countdown(&guard, &ClipboardGuard::countdown);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.setClearDelay(400ms);
        guard.copy(kCanary);
        QVERIFY(!countdown.isEmpty());
        QVERIFY(countdown.first().first().toInt() >= 1);
        QVERIFY(guard.secondsLeft() >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 5000);
        QVERIFY(clipboardText().isEmpty());
        QCOMPARE(countdown.last().first().toInt(), 0);
        QCOMPARE(guard.secondsLeft(), 0);
    }

    void leavesNewerContentAlone()
    {
        ClipboardGuard guard(QApplication::clipboard());
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.setClearDelay(300ms);
        guard.copy(kCanary);
        QApplication::clipboard()->setText(QStringLiteral("something the user copied"));
        QTest::qWait(700);
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(clipboardText(), QStringLiteral("something the user copied"));
        guard.clear();
        QCOMPARE(clipboardText(), QStringLiteral("something the user copied"));
    }

    void clearsOnDestructionAndQuit()
    {
        {
            ClipboardGuard guard(QApplication::clipboard());
            guard.setClearDelay(0ms);
            guard.copy(kCanary);
            QVERIFY(guard.holdsCopiedValue());
        }
        QVERIFY(clipboardText().isEmpty());

        ClipboardGuard guard(QApplication::clipboard());
        guard.setClearDelay(60s);
        guard.copy(kCanary);
        // What QCoreApplication::quit() sends on the way out.
        QVERIFY(QMetaObject::invokeMethod(qApp, "aboutToQuit", Qt::DirectConnection));
        QVERIFY(clipboardText().isEmpty());
    }
};

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
