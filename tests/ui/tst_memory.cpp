// No copy of a value left in the desktop app's memory once it is out of sight:
// after reveal → re-mask and copy → clipboard clear, this process's own memory
// (read through /proc/self/mem) holds the value neither as UTF-8 nor as UTF-16.
//
// tst_memory_x11 runs it on the real X server (tests/run.sh's Xvfb), where the
// copied value is also pasted by another X client.
//
// The test process is built like the app: with app/gui/ZeroOnFree.cpp, which
// zeroes every block freed, so what is measured is what `latchkey` keeps.
// The test never holds the value in plain form longer than it takes to store
// it: it keeps it XOR-masked and compares memory against the mask, so its own
// needle is not a copy that the scan would find.
#include "AppIdentity.h"
#include "RevealPopup.h"
#include "UiTestSupport.h"
#include "VaultModel.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>
#include <QTest>

#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace latchkey;
using uitest::App;

namespace {

constexpr unsigned char kMask = 0x5A;

// The value, masked: plain form only inside store().
QByteArray makeMaskedCanary()
{
    QByteArray masked = "LKMEM-";
    for (int i = 0; i < 24; ++i)
        masked += "0123456789abcdef"[QRandomGenerator::global()->bounded(16)];
    for (char& c : masked)
        c = char(static_cast<unsigned char>(c) ^ kMask);
    return masked;
}

QByteArray utf16Of(const QByteArray& maskedAscii)
{
    QByteArray wide;
    for (char c : maskedAscii)
        wide.append(c).append(char(kMask)); // 0 ^ kMask: the high byte of an ASCII char
    return wide;
}

// How often the unmasked `masked` occurs in [data, data + size).
qsizetype countIn(const char* data, qsizetype size, const QByteArray& masked)
{
    const char first = char(static_cast<unsigned char>(masked.at(0)) ^ kMask);
    qsizetype count = 0;
    const char* end = data + size;
    for (const char* at = data; at + masked.size() <= end;) {
        const void* hit = std::memchr(at, first, size_t(end - at - masked.size() + 1));
        if (!hit)
            break;
        const char* p = static_cast<const char*>(hit);
        qsizetype i = 1;
        while (i < masked.size() && static_cast<unsigned char>(p[i]) ==
                                        (static_cast<unsigned char>(masked.at(i)) ^ kMask))
            ++i;
        count += i == masked.size();
        at = p + 1;
    }
    return count;
}

// Copies of the unmasked `masked` in this process's readable memory.
qsizetype copiesInMemory(const QByteArray& masked)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    const int mem = ::open("/proc/self/mem", O_RDONLY);
    if (!maps.open(QIODevice::ReadOnly) || mem < 0)
        return -1;
    const QByteArray table = maps.readAll();
    qsizetype count = 0;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (const QByteArray& line : table.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || !fields.at(1).startsWith('r') || line.contains("[vvar]") ||
            line.contains("[vsyscall]"))
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        const quint64 from = range.at(0).toULongLong(nullptr, 16);
        const quint64 to = range.at(1).toULongLong(nullptr, 16);
        // Overlapping reads, so a copy across a chunk boundary is seen too.
        for (quint64 at = from; at < to;) {
            const qsizetype want = qsizetype(qMin<quint64>(to - at, quint64(chunk.size())));
            const ssize_t got = ::pread(mem, chunk.data(), size_t(want), off_t(at));
            if (got <= 0)
                break;
            count += countIn(chunk.constData(), qsizetype(got), masked);
            if (at + quint64(got) >= to)
                break;
            at += quint64(got) - quint64(masked.size());
        }
    }
    std::memset(chunk.data(), 0, size_t(chunk.size()));
    ::close(mem);
    return count;
}

bool selectKey(QTableView* table, const QString& key)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data().toString() == key) {
            table->selectRow(row);
            return true;
        }
    return false;
}

} // namespace

class TestMemory : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { setApplicationIdentity(); }

    void revealThenCopyLeaveNoCopy()
    {
        const QByteArray masked = makeMaskedCanary();
        const QByteArray wide = utf16Of(masked);
        App app(QStringLiteral("memory"));
        app.window.setRevealSeconds(1);
        {
            QByteArray plain = masked;
            for (char& c : plain)
                c = char(static_cast<unsigned char>(c) ^ kMask);
            QString value = QString::fromLatin1(plain);
            std::memset(plain.data(), 0, size_t(plain.size()));
            QVERIFY(!uitest::setSync(app.vault(), QStringLiteral("LK_MEMORY"), value));
            value.fill(QChar(0));
        }
        auto* table = app.find<QTableView>("secretsTable");
        QTRY_VERIFY(selectKey(table, QStringLiteral("LK_MEMORY")));
        QTRY_COMPARE(app.session.secrets()->stateOf(QStringLiteral("LK_MEMORY")), SecretState::Set);

        // Positive control: while the value is on screen the scan finds it.
        app.action("actionReveal")->trigger();
        auto* popup = app.find<RevealPopup>("revealPopup");
        QVERIFY(popup);
        QTRY_VERIFY(popup->isVisible() && !popup->shownText().isEmpty());
        QVERIFY2(copiesInMemory(masked) + copiesInMemory(wide) > 0,
                 "the scan does not see the revealed value: it cannot be trusted");
        QTRY_VERIFY_WITH_TIMEOUT(!popup->isVisible(), 5000);

        app.action("actionCopy")->trigger();
        QTRY_VERIFY(!QApplication::clipboard()->text().isEmpty());
        if (QGuiApplication::platformName() == QLatin1String("xcb")) {
            // Another X client pastes it, so the value really crosses the X
            // selection (Qt's transfer buffers). Only its length comes back
            // here, never a copy of it.
            QProcess paste;
            paste.start(
                QStringLiteral("sh"),
                {QStringLiteral("-c"), QStringLiteral("xclip -selection clipboard -o | wc -c")});
            // The event loop must run meanwhile: this process answers the paste.
            QTRY_VERIFY_WITH_TIMEOUT(paste.state() == QProcess::NotRunning, 10000);
            QCOMPARE(paste.readAllStandardOutput().trimmed().toInt(), int(masked.size()));
        }
        app.clipboard.clear();
        QTRY_VERIFY(QApplication::clipboard()->text().isEmpty());
        // Let deferred deletes and the keychain thread's answers settle.
        QTest::qWait(500);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

        const qsizetype utf8 = copiesInMemory(masked);
        const qsizetype utf16 = copiesInMemory(wide);
        QVERIFY2(utf8 >= 0 && utf16 >= 0, "cannot read /proc/self/mem");
        QVERIFY2(utf8 == 0 && utf16 == 0,
                 qPrintable(QStringLiteral("the value is still in memory: %1 UTF-8 and %2 UTF-16 "
                                           "copies")
                                .arg(utf8)
                                .arg(utf16)));
    }
};

QTEST_MAIN(TestMemory)
#include "tst_memory.moc"
