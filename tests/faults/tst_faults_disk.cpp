// Fault injection (issue 8): a full and a read-only data folder. A small
// tmpfs is mounted over $XDG_DATA_HOME/latchkey in a private mount namespace
// (PrivateTmpfs.h) and the real latchkey-cli runs inside it against the real
// private gnome-keyring. A change that cannot be written exits 4 naming the
// cause, leaves the keychain as it was and the old index byte-identical;
// reads keep working; afterwards `list --json` agrees with secret-tool.
#include "FaultSupport.h"
#include "PrivateTmpfs.h"

#include <QTest>

using namespace faults;

namespace {

constexpr qint64 kPage = 4096;

struct Attempt {
    QStringList arguments;
    QByteArray input;
};

} // namespace

class TestFaultsDisk : public QObject {
    Q_OBJECT

    QString m_data; // $XDG_DATA_HOME/latchkey: the tmpfs goes over it

    QString indexIn(const PrivateTmpfs& fs, const QString& vault) const
    {
        return fs.outside(m_data + QStringLiteral("/vaults/") + vault + QStringLiteral(".json"));
    }
    QString journalIn(const PrivateTmpfs& fs, const QString& vault) const
    {
        return fs.outside(m_data + QStringLiteral("/vaults/") + vault + QStringLiteral(".journal"));
    }
    static Runner runnerIn(const PrivateTmpfs& fs)
    {
        return [&fs](const QStringList& arguments, const QByteArray& input) {
            return fs.cli(arguments, input);
        };
    }

    // Stores `count` secrets through the CLI inside the namespace; with a
    // long description each, the index takes several pages.
    static QString populate(const PrivateTmpfs& fs, const QString& vault, int count,
                            int descriptionLength)
    {
        for (int i = 0; i < count; ++i) {
            const QString key = QStringLiteral("DISK_%1").arg(i);
            const QString description(descriptionLength, QLatin1Char('a' + i % 26));
            const CliResult set = fs.cli({"--vault", vault, "set", key, "-d", description},
                                         newValue(QByteArray::number(1000 + i)));
            if (set.exitCode != 0)
                return QStringLiteral("set %1 failed: %2").arg(key, QString::fromUtf8(set.err));
        }
        return {};
    }

    // Fills the tmpfs until exactly `leave` bytes (whole pages) are free.
    static QString fill(const PrivateTmpfs& fs, const QString& name, qint64 leave)
    {
        QFile filler(fs.outside(fs.folder() + QLatin1Char('/') + name));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
            return filler.errorString();
        const qint64 excess = fs.freeBytes() - leave;
        if (excess < 0)
            return QStringLiteral("less than %1 bytes are free already").arg(leave);
        const QByteArray page(kPage, 'x');
        for (qint64 written = 0; written < excess; written += kPage)
            if (filler.write(page) != kPage)
                return filler.errorString();
        filler.close();
        if (fs.freeBytes() != leave)
            return QStringLiteral("%1 bytes free instead of %2").arg(fs.freeBytes()).arg(leave);
        return {};
    }

    // Tries each change; every one must fail with exit 4 naming `cause`,
    // change nothing (keychain, index, journal) and print no value.
    QStringList refused(const PrivateTmpfs& fs, const QString& vault,
                        const QList<Attempt>& attempts, const QByteArray& cause)
    {
        QStringList problems;
        const QByteArray index = fileBytes(indexIn(fs, vault));
        const QByteArray journal = fileBytes(journalIn(fs, vault));
        const bool journalExists = QFile::exists(journalIn(fs, vault));
        const QHash<QString, QByteArray> items = keychainItems(vault);
        for (const Attempt& attempt : attempts) {
            const CliResult result =
                fs.cli(QStringList{"--vault", vault} + attempt.arguments, attempt.input);
            const QString name = attempt.arguments.join(QLatin1Char(' '));
            auto problem = [&](const QString& what) {
                problems << QStringLiteral("%1 (exit %2): %3; stdout \"%4\" stderr \"%5\"")
                                .arg(name)
                                .arg(result.exitCode)
                                .arg(what, QString::fromUtf8(result.out),
                                     QString::fromUtf8(result.err.trimmed()));
            };
            if (result.exitCode != 4)
                problem(QStringLiteral("exit status is not 4"));
            if (!result.err.contains(cause))
                problem(QStringLiteral("the error does not say \"%1\"").arg(cause));
            if (!oneSentence(result.err))
                problem(QStringLiteral("the error is not one sentence on one line"));
            if (result.out.contains("Saved") || result.out.contains("Deleted"))
                problem(QStringLiteral("claims a change"));
            if (const QString leaked = leak(result); !leaked.isEmpty())
                problem(leaked);
            if (keychainItems(vault) != items)
                problem(QStringLiteral("the keychain changed"));
            if (fileBytes(indexIn(fs, vault)) != index)
                problem(QStringLiteral("the index is not byte-identical"));
            if (QFile::exists(journalIn(fs, vault)) != journalExists ||
                fileBytes(journalIn(fs, vault)) != journal)
                problem(QStringLiteral("the journal changed"));
            const QStringList files =
                QDir(fs.outside(m_data + QStringLiteral("/vaults"))).entryList(QDir::Files);
            for (const QString& file : files)
                if (file.contains(QLatin1String(".new-")))
                    problem(QStringLiteral("a temporary file was left: ") + file);
        }
        return problems;
    }

    static QList<Attempt> changesOf(const QString& existing)
    {
        return {
            {{"set", "DISK_NEW"}, newValue("N001")},
            {{"set", existing}, newValue("N002")},
            {{"set", existing, "-d", "a new description"}, newValue("N003")},
            {{"delete", existing}, {}},
        };
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "LATCHKEY_CLI must name the built latchkey-cli");
        m_data = qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/latchkey");
        QVERIFY(QDir().mkpath(m_data));
    }

    // No room at all: the journal (the first write) cannot be written.
    void fullBeforeTheJournal()
    {
        PrivateTmpfs fs;
        const QString failed = fs.mount(m_data, 256);
        QVERIFY2(failed.isEmpty(), qPrintable(failed)); // a failure, never a skip
        const QString vault = QStringLiteral("full_none");
        QString problem = populate(fs, vault, 3, 10);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = fill(fs, QStringLiteral("filler"), 0);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QStringList problems =
            refused(fs, vault, changesOf(QStringLiteral("DISK_1")), "the disk is full");
        for (const QString& p : problems)
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(), "see the warnings above");

        // Reading needs no room.
        problem = agreement(runnerIn(fs), vault, indexIn(fs, vault));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(getShowsMask(runnerIn(fs), vault, QStringLiteral("DISK_1"),
                             keychainItems(vault).value(QStringLiteral("DISK_1")))
                    .isEmpty());

        // With room again, the same change works and is true.
        QVERIFY(QFile::remove(fs.outside(fs.folder() + QStringLiteral("/filler"))));
        const QByteArray value = newValue("N004");
        QCOMPARE(fs.cli({"--vault", vault, "set", "DISK_1"}, value).exitCode, 0);
        QCOMPARE(keychainItems(vault).value(QStringLiteral("DISK_1")), value);
        problem = agreement(runnerIn(fs), vault, indexIn(fs, vault));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Room for the journal but not for the new index: the space runs out
    // after the intent is on disk, before the keychain is touched.
    void fullAfterTheJournal()
    {
        PrivateTmpfs fs;
        const QString failed = fs.mount(m_data, 256);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString vault = QStringLiteral("full_journal");
        QString problem = populate(fs, vault, 12, 1000);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The index needs three pages or more; one is left, which the journal fits.
        QVERIFY(QFileInfo(indexIn(fs, vault)).size() > 2 * kPage);
        problem = fill(fs, QStringLiteral("filler"), kPage);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QStringList problems =
            refused(fs, vault, changesOf(QStringLiteral("DISK_3")), "the disk is full");
        for (const QString& p : problems)
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(), "see the warnings above");
        // It was the index that did not fit, so the journal had been written.
        const CliResult set = fs.cli({"--vault", vault, "set", "DISK_3"}, newValue("N005"));
        QVERIFY2(set.err.contains("vault index"), set.err.constData());

        problem = agreement(runnerIn(fs), vault, indexIn(fs, vault));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A read-only data folder: changes are refused as such, reads work.
    void readOnly()
    {
        PrivateTmpfs fs;
        const QString failed = fs.mount(m_data, 256);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString vault = QStringLiteral("read_only");
        QString problem = populate(fs, vault, 3, 10);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A folder made read-only before Latchkey ever locked it has no lock
        // file: reading must not need to create one.
        const QString lockFile =
            fs.outside(m_data + QStringLiteral("/vaults/") + vault + QStringLiteral(".lock"));
        QVERIFY(QFile::remove(lockFile));
        problem = fs.remount(true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QStringList problems =
            refused(fs, vault, changesOf(QStringLiteral("DISK_2")), "read-only");
        for (const QString& p : problems)
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(), "see the warnings above");

        const CliResult list = fs.cli({"--vault", vault, "list"});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QVERIFY(list.out.contains("DISK_0") && list.out.contains("DISK_2"));
        const CliResult status = fs.cli({"--vault", vault, "status"});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        problem = agreement(runnerIn(fs), vault, indexIn(fs, vault));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(getShowsMask(runnerIn(fs), vault, QStringLiteral("DISK_2"),
                             keychainItems(vault).value(QStringLiteral("DISK_2")))
                    .isEmpty());

        problem = fs.remount(false);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(fs.cli({"--vault", vault, "delete", "DISK_2"}).exitCode, 0);
        QVERIFY(!keychainItems(vault).contains(QStringLiteral("DISK_2")));
        problem = agreement(runnerIn(fs), vault, indexIn(fs, vault));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // An interrupted change (the value reached the keychain, the index was
    // not updated: a kill at that point) meets a full or read-only folder.
    // Changes are refused before the keychain is touched; `list` still shows
    // what the keychain holds and says the index is behind; with the fault
    // gone, the next command completes the change.
    void pendingChangeOnABrokenFolder_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("full") << false;
        QTest::newRow("read-only") << true;
    }
    void pendingChangeOnABrokenFolder()
    {
        QFETCH(bool, readOnly);
        PrivateTmpfs fs;
        const QString failed = fs.mount(m_data, 256);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const QString vault =
            readOnly ? QStringLiteral("pending_ro") : QStringLiteral("pending_full");
        QString problem = populate(fs, vault, 3, 10);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // What a `set DISK_PENDING` killed after its keychain write leaves:
        // the item with the write's revision, and the intent in the journal.
        const QByteArray value = newValue("PEND");
        QVERIFY(secretToolStore(vault, QStringLiteral("DISK_PENDING"), value,
                                {QStringLiteral("latchkey:revision"), QStringLiteral("f00d")}));
        QFile journal(journalIn(fs, vault));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        const QJsonObject intent{
            {"op", "set"},
            {"key", "DISK_PENDING"},
            {"revision", "f00d"},
            {"time", "2030-01-02T03:04:05.000Z"},
            {"hint", latchkey::maskValue(QString::fromUtf8(value))},
        };
        journal.write(
            QJsonDocument(
                QJsonObject{{"schema", 2}, {"vault", vault}, {"pending", QJsonArray{intent}}})
                .toJson(QJsonDocument::Compact));
        journal.close();

        if (readOnly)
            problem = fs.remount(true);
        else
            problem = fill(fs, QStringLiteral("filler"), 0);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QByteArray cause = readOnly ? "read-only" : "the disk is full";

        const QStringList problems = refused(fs, vault, changesOf(QStringLiteral("DISK_1")), cause);
        for (const QString& p : problems)
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(), "see the warnings above");

        // The listing is the keychain's truth, and says why the index lags.
        const CliResult list = fs.cli({"--vault", vault, "list"});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QVERIFY2(list.out.contains("DISK_PENDING"), list.out.constData());
        QVERIFY2(list.err.contains(cause), list.err.constData());
        problem = agreement(runnerIn(fs), vault, QString());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const CliResult status = fs.cli({"--vault", vault, "status"});
        QVERIFY2(status.exitCode == 0 && status.out.contains("(4 secrets)"),
                 status.out.constData());

        if (readOnly)
            problem = fs.remount(false);
        else if (!QFile::remove(fs.outside(fs.folder() + QStringLiteral("/filler"))))
            problem = QStringLiteral("the filler could not be removed");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = agreement(runnerIn(fs), vault, indexIn(fs, vault));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!QFile::exists(journalIn(fs, vault)));
        const QJsonObject entry =
            indexEntries(fileBytes(indexIn(fs, vault))).value(QStringLiteral("DISK_PENDING"));
        QCOMPARE(entry.value(QStringLiteral("updated")).toString(),
                 QStringLiteral("2030-01-02T03:04:05.000Z"));
    }
};

QTEST_GUILESS_MAIN(TestFaultsDisk)
#include "tst_faults_disk.moc"
