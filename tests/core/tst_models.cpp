// The vault and readiness table models and the secrets filter, each under
// QAbstractItemModelTester, against the real keychain (tests/with-keyring.sh),
// including a write by latchkey-cli in another process.
#include "AppIdentity.h"
#include "KeyCatalog.h"
#include "ManifestParser.h"
#include "OpenManifest.h"
#include "ReadinessModel.h"
#include "Session.h"
#include "Vault.h"
#include "VaultModel.h"

#include <QAbstractItemModelTester>
#include <QEventLoop>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"

#include "TestKeychain.h"

using testsupport::removeSync;
using testsupport::setSync;
using testsupport::valueSync;

using namespace latchkey;

namespace {

// Canary values: if one ever shows up in a display role, the test says so
// without printing it.
const QString kLongCanary = QStringLiteral("sk-canary-long-value-7f3a9c");
const QString kShortCanary = QStringLiteral("cnry42");

bool anyCellShows(const QAbstractItemModel& model, const QString& needle)
{
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::EditRole)})
                if (model.index(row, column).data(role).toString().contains(needle))
                    return true;
    return false;
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        setApplicationIdentity(); // the same index directory as latchkey-cli
        QVERIFY(m_dir.isValid());
    }

    void vaultModelRowsAndRoles()
    {
        Vault vault(QStringLiteral("models"), m_dir.path());
        QVERIFY(!setSync(vault, QStringLiteral("B_LONG"), kLongCanary, QStringLiteral("long one")));
        QVERIFY(!setSync(vault, QStringLiteral("A_SHORT"), kShortCanary, QStringLiteral("short")));
        VaultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList added = model.setEntries(vault.list().entries);
        QCOMPARE(added, (QStringList{QStringLiteral("A_SHORT"), QStringLiteral("B_LONG")}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(VaultModel::ColumnCount));
        // Sorted by key.
        QCOMPARE(model.index(0, VaultModel::KeyColumn).data().toString(),
                 QStringLiteral("A_SHORT"));
        QCOMPARE(model.index(1, VaultModel::KeyColumn).data().toString(), QStringLiteral("B_LONG"));
        QCOMPARE(model.index(1, VaultModel::DescriptionColumn).data().toString(),
                 QStringLiteral("long one"));
        QCOMPARE(model.index(1, VaultModel::ValueColumn).data(VaultModel::KeyRole).toString(),
                 QStringLiteral("B_LONG"));
        QVERIFY(model.index(1, 0).data(VaultModel::UpdatedRole).toDateTime().isValid());
        // The masking rule's output, never the value.
        const QString bullets(8, QChar(0x2022));
        QCOMPARE(model.index(0, VaultModel::ValueColumn).data().toString(), bullets);
        QCOMPARE(model.index(1, VaultModel::ValueColumn).data().toString(),
                 bullets + kLongCanary.right(4));
        QVERIFY2(!anyCellShows(model, kLongCanary), "a value leaked into the vault model");
        QVERIFY2(!anyCellShows(model, kShortCanary), "a value leaked into the vault model");
        QCOMPARE(model.headerData(VaultModel::ValueColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Value"));
        QCOMPARE(model.rowOf(QStringLiteral("B_LONG")), 1);
        QVERIFY(model.find(QStringLiteral("A_SHORT")));
        QVERIFY(!model.contains(QStringLiteral("NOT_THERE")));
    }

    // Rows change in place: a run of new keys is one insertion, a changed
    // entry one dataChanged, and the answer names exactly those keys.
    void vaultModelMergesInPlace()
    {
        auto info = [](const char* key, const char* description = "") {
            return SecretInfo{QLatin1String(key), QLatin1String(description),
                              QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc(),
                              QStringLiteral("hint")};
        };
        VaultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QList<SecretInfo> entries;
        for (int i = 0; i < 100; ++i)
            entries << info(qPrintable(QStringLiteral("KEY_%1").arg(i, 3, 10, QLatin1Char('0'))));
        QCOMPARE(model.setEntries(entries).size(), 100);
        QCOMPARE(inserted.count(), 1); // one insertion for a whole vault
        inserted.clear();
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        entries.removeAt(50);
        entries[10].description = QStringLiteral("changed");
        entries << info("KEY_100A") << info("KEY_100B") << info("AAA_FIRST");
        const QStringList touched = model.setEntries(entries);
        QCOMPARE(QSet<QString>(touched.cbegin(), touched.cend()),
                 (QSet<QString>{QStringLiteral("KEY_050"), QStringLiteral("KEY_010"),
                                QStringLiteral("KEY_100A"), QStringLiteral("KEY_100B"),
                                QStringLiteral("AAA_FIRST")}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 2); // AAA_FIRST, then the run KEY_100A..B
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 102);
        QCOMPARE(model.keyAt(0), QStringLiteral("AAA_FIRST"));
        QCOMPARE(model.rowOf(QStringLiteral("KEY_100B")), 101);
        QVERIFY(model.setEntries(entries).isEmpty()); // nothing differs: nothing said
    }

    // A locked or unreachable keychain changes every row at once; what the
    // keychain said about single keys shows once it is available.
    void vaultModelStates()
    {
        VaultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        model.setEntries({{QStringLiteral("A"), {}, now, now, QStringLiteral("hint-a")},
                          {QStringLiteral("B"), {}, now, now, QStringLiteral("hint-b")}});
        auto state = [&](int row) {
            return SecretState(
                model.index(row, VaultModel::ValueColumn).data(VaultModel::StateRole).toInt());
        };
        QCOMPARE(state(0), SecretState::Checking);
        QCOMPARE(model.index(0, VaultModel::ValueColumn).data().toString(),
                 QStringLiteral("hint-a"));
        model.setKeychainState(KeychainState::Available);
        model.setPresence(
            {{QStringLiteral("A"), Presence::Present}, {QStringLiteral("B"), Presence::Absent}});
        QCOMPARE(state(0), SecretState::Set);
        QCOMPARE(state(1), SecretState::Unreadable);
        QCOMPARE(model.index(1, VaultModel::ValueColumn).data().toString(),
                 QStringLiteral("Unreadable"));
        QVERIFY(!model.index(1, VaultModel::ValueColumn)
                     .data(VaultModel::DetailRole)
                     .toString()
                     .isEmpty());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setKeychainState(KeychainState::Locked);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(state(0), SecretState::Locked);
        QCOMPARE(state(1), SecretState::Locked);
        QCOMPARE(model.index(0, VaultModel::ValueColumn).data().toString(),
                 QStringLiteral("Locked"));
        QCOMPARE(model.stateOf(QStringLiteral("A")), SecretState::Locked);
        model.setKeychainState(KeychainState::Unavailable);
        QCOMPARE(state(0), SecretState::Unreadable);
        model.setKeychainState(KeychainState::Available);
        QCOMPARE(state(0), SecretState::Set);
    }

    // Issue 12: the age column shows days and status, sorts by age, and its
    // state role says which secrets need a new value.
    void vaultModelAgeColumn()
    {
        class LaterClock : public Clock {
        public:
            QDateTime now() const override { return QDateTime::currentDateTimeUtc().addDays(100); }
        };
        QTemporaryDir dir;
        Vault vault(QStringLiteral("models-age"), dir.path());
        SecretChange expired;
        expired.schedule.expires = QDate::currentDate().addDays(-1);
        Error error{ErrorKind::Other, QStringLiteral("no answer")};
        testsupport::waitFor([&](auto finish, QObject* context) {
            vault.set(QStringLiteral("EXPIRED_KEY"), QStringLiteral("value-one-1234"), expired,
                      context, [&, finish](const Error& e) {
                          error = e;
                          finish();
                      });
        });
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(!setSync(vault, QStringLiteral("FRESH_KEY"), QStringLiteral("value-two-5678")));
        VaultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // What Session does: the index's entries, the vault's age rule.
        const VaultIndex::Snapshot snapshot = vault.list();
        QVERIFY(!snapshot.error);
        model.setEntries(snapshot.entries);
        model.setAging(vault.lifecycle().rotateDays, vault.sharedClock());
        QCOMPARE(model.headerData(VaultModel::AgeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Age"));
        const int expiredRow = model.rowOf(QStringLiteral("EXPIRED_KEY"));
        const int freshRow = model.rowOf(QStringLiteral("FRESH_KEY"));
        QCOMPARE(model.index(expiredRow, VaultModel::AgeColumn).data().toString(),
                 QStringLiteral("0d \u00b7 stale"));
        QCOMPARE(model.index(freshRow, VaultModel::AgeColumn).data().toString(),
                 QStringLiteral("0d"));
        QCOMPARE(
            model.index(expiredRow, VaultModel::KeyColumn).data(VaultModel::AgeStateRole).toInt(),
            int(AgeState::Stale));
        QVERIFY(model.index(expiredRow, VaultModel::AgeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("expired")));
        QCOMPARE(model.index(freshRow, VaultModel::AgeColumn).data(VaultModel::SortRole).toInt(),
                 0);
        // With the vault's default period and a clock 100 days on, the fresh
        // key is stale too and sorts by its age.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setAging(90, std::make_shared<LaterClock>());
        QVERIFY(!changed.isEmpty()); // the view learns that every age changed
        QCOMPARE(model.index(freshRow, VaultModel::AgeColumn).data().toString(),
                 QStringLiteral("3mo \u00b7 stale"));
        QCOMPARE(model.index(freshRow, VaultModel::AgeColumn).data(VaultModel::SortRole).toInt(),
                 100);
    }

    // The session gives the table its vault's rotation period and clock.
    void sessionAgesByTheVaultsRule()
    {
        class LaterClock : public Clock {
        public:
            QDateTime now() const override { return QDateTime::currentDateTimeUtc().addDays(100); }
        };
        QTemporaryDir dir;
        {
            Vault writer(QStringLiteral("models-session-age"), dir.path());
            QVERIFY(!setSync(writer, QStringLiteral("AGED_KEY"), QStringLiteral("value-3-9876")));
        }
        Session session([&](const QString& name) {
            auto* vault = new Vault(name, dir.path());
            Lifecycle lifecycle;
            lifecycle.rotateDays = 30;
            vault->setLifecycle(lifecycle);
            vault->setClock(std::make_shared<LaterClock>());
            return vault;
        });
        session.openVault(QStringLiteral("models-session-age"));
        VaultModel& model = *session.secrets();
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, VaultModel::AgeColumn).data().toString(),
                 QStringLiteral("3mo \u00b7 stale"));
        QCOMPARE(model.index(0, VaultModel::KeyColumn).data(VaultModel::AgeStateRole).toInt(),
                 int(AgeState::Stale));
        QVERIFY(!removeSync(*session.vault(), QStringLiteral("AGED_KEY")));
    }

    // Issue 12: the manifest view flags a declared key that is due for a new
    // value, by the vault's own rule, and follows a new value at once.
    void manifestFlagsStaleDeclaredKeys()
    {
        QTemporaryDir dir;
        const QString vaultName = QStringLiteral("models-manifest-age");
        {
            Vault writer(vaultName, dir.path());
            SecretChange expired;
            expired.schedule.expires = QDate::currentDate().addDays(-3);
            const Error error = testsupport::setSync(writer, QStringLiteral("OPENAI_API_KEY"),
                                                     kLongCanary, expired);
            QVERIFY2(!error, qPrintable(error.message));
            QVERIFY(!setSync(writer, QStringLiteral("LK_UI_TEST_TOKEN"), kShortCanary));
        }
        Session session([&](const QString& name) { return new Vault(name, dir.path()); });
        session.openVault(vaultName);
        QTRY_COMPARE(session.secrets()->rowCount(), 2);
        OpenManifest* manifest = session.openManifest(qEnvironmentVariable("LATCHKEY_TEST_DATA") +
                                                      QStringLiteral("/ui/inf.yml"));
        QVERIFY(manifest);
        ReadinessModel& model = *manifest->readiness();
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(model.hasReport() && model.stateAt(0) == SecretState::Set, 20000);
        QCOMPARE(model.headerData(ReadinessModel::AgeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Age"));
        const QModelIndex openai =
            model.index(model.rowOf(QStringLiteral("OPENAI_API_KEY")), ReadinessModel::AgeColumn);
        const QModelIndex token =
            model.index(model.rowOf(QStringLiteral("LK_UI_TEST_TOKEN")), ReadinessModel::AgeColumn);
        QCOMPARE(openai.data().toString(), QStringLiteral("0d \u00b7 stale"));
        QCOMPARE(openai.data(ReadinessModel::AgeStateRole).toInt(), int(AgeState::Stale));
        QVERIFY(openai.data(Qt::ToolTipRole).toString().contains(QStringLiteral("expired")));
        QCOMPARE(token.data().toString(), QStringLiteral("0d"));
        QCOMPARE(token.data(ReadinessModel::AgeStateRole).toInt(), int(AgeState::Ok));
        // A key with no value has no age.
        QCOMPARE(
            model.index(model.rowOf(QStringLiteral("WEBHOOK_SECRET")), ReadinessModel::AgeColumn)
                .data()
                .toString(),
            QString());
        QCOMPARE(model.dueForRotation(), QStringList{QStringLiteral("OPENAI_API_KEY")});
        QCOMPARE(manifest->tone(), OpenManifest::Tone::Ready);
        QCOMPARE(manifest->verdict(),
                 QStringLiteral("Ready to run, but 1 declared secret is stale, expiring or needs "
                                "rotation"));
        QVERIFY(!anyCellShows(model, kLongCanary));
        QVERIFY(!anyCellShows(model, kShortCanary));

        // A new value with no expiry: the flag goes, without reopening.
        SecretChange renewed;
        renewed.schedule.expires = QDate(); // "never"
        const Error error = testsupport::setSync(*session.vault(), QStringLiteral("OPENAI_API_KEY"),
                                                 kShortCanary, renewed);
        QVERIFY2(!error, qPrintable(error.message));
        QTRY_COMPARE_WITH_TIMEOUT(openai.data(ReadinessModel::AgeStateRole).toInt(),
                                  int(AgeState::Ok), 10000);
        QVERIFY(model.dueForRotation().isEmpty());
        QCOMPARE(manifest->verdict(), QStringLiteral("Ready to run"));
        session.closeManifest(manifest);
    }

    void vaultModelFollowsAnotherProcess()
    {
        // The CLI writes to the default index directory: watch that one.
        Session session([](const QString& name) { return new Vault(name); });
        session.openVault(QStringLiteral("models-live"));
        VaultModel& model = *session.secrets();
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // This thread blocks while latchkey-cli runs (the app's never does):
        // let the session's check of the index under the vault's lock finish.
        QTRY_VERIFY(session.isLoaded() && session.keychain().usable() && !session.isRefreshing());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy keys(&session, &Session::secretsChanged);
        QCOMPARE(runCli({QStringLiteral("--vault"), QStringLiteral("models-live"),
                         QStringLiteral("set"), QStringLiteral("FROM_CLI"), QStringLiteral("-"),
                         QStringLiteral("-d"), QStringLiteral("written elsewhere")},
                        kLongCanary.toUtf8())
                     .exitCode,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        QVERIFY(!inserted.isEmpty());
        QCOMPARE(reset.count(), 0); // in place, not a reset
        QVERIFY(!keys.isEmpty());
        QCOMPARE(keys.last().first().toStringList(), QStringList{QStringLiteral("FROM_CLI")});
        QCOMPARE(model.index(0, VaultModel::DescriptionColumn).data().toString(),
                 QStringLiteral("written elsewhere"));
        QTRY_COMPARE(model.stateOf(QStringLiteral("FROM_CLI")), SecretState::Set);
        QVERIFY(!anyCellShows(model, kLongCanary));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(runCli({QStringLiteral("--vault"), QStringLiteral("models-live"),
                         QStringLiteral("set"), QStringLiteral("FROM_CLI"), QStringLiteral("-"),
                         QStringLiteral("-d"), QStringLiteral("described again")},
                        kShortCanary.toUtf8())
                     .exitCode,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, VaultModel::DescriptionColumn).data().toString(),
                                  QStringLiteral("described again"), 10000);
        QVERIFY(!changed.isEmpty());

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QCOMPARE(runCli({QStringLiteral("--vault"), QStringLiteral("models-live"),
                         QStringLiteral("delete"), QStringLiteral("FROM_CLI")})
                     .exitCode,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, 10000);
        QVERIFY(!removed.isEmpty());
    }

    void readinessModel()
    {
        Vault vault(QStringLiteral("readiness"), m_dir.path());
        const Manifest manifest = ManifestParser::parseFile(
            qEnvironmentVariable("LATCHKEY_TEST_DATA") + QStringLiteral("/ui/inf.yml"));
        QVERIFY(manifest.isValid());
        ReadinessModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVault(&vault);
        QSignalSpy reported(&model, &ReadinessModel::reportChanged);
        model.setManifest(manifest);
        QCOMPARE(model.rowCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(model.hasReport(), 20000);
        QCOMPARE(model.index(0, ReadinessModel::KeyColumn).data().toString(),
                 QStringLiteral("OPENAI_API_KEY"));
        QCOMPARE(model.index(0, ReadinessModel::NeedColumn).data().toString(),
                 QStringLiteral("Required"));
        QCOMPARE(model.index(2, ReadinessModel::NeedColumn).data().toString(),
                 QStringLiteral("Optional"));
        QCOMPARE(model.index(0, 0).data(ReadinessModel::StatusRole).toInt(),
                 int(SecretStatus::Missing));
        QVERIFY(model.index(0, ReadinessModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Missing")));
        QCOMPARE(model.missingRequired(), (QStringList{QStringLiteral("OPENAI_API_KEY"),
                                                       QStringLiteral("LK_UI_TEST_TOKEN")}));
        QCOMPARE(model.report().verdict(), QStringLiteral("2 required secrets missing"));

        // A write updates the row in place, without a reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!setSync(vault, QStringLiteral("OPENAI_API_KEY"), kLongCanary, QString()));
        model.evaluate(); // whoever owns the model says when (OpenManifest does)
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, 0).data(ReadinessModel::StatusRole).toInt(),
                                  int(SecretStatus::Set), 20000);
        QVERIFY(model.index(0, ReadinessModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Set")));
        QCOMPARE(reset.count(), 0);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.missingRequired(), QStringList{QStringLiteral("LK_UI_TEST_TOKEN")});
        QVERIFY(!anyCellShows(model, kLongCanary));

        // A locked keychain shows at once: a set key is locked, not set, and
        // is never offered as missing.
        model.setKeychainState(KeychainState::Locked);
        QCOMPARE(model.stateAt(0), SecretState::Locked);
        QCOMPARE(model.index(0, ReadinessModel::StatusColumn).data().toString(),
                 QStringLiteral("Locked"));
        QCOMPARE(model.missingRequired(), QStringList{QStringLiteral("LK_UI_TEST_TOKEN")});
        QCOMPARE(model.shownReport().keychainError.kind, ErrorKind::Locked);
        model.setKeychainState(KeychainState::Unavailable);
        QCOMPARE(model.stateAt(1), SecretState::Unreadable);
        QVERIFY(model.missingRequired().isEmpty());
    }

    void keyCatalog()
    {
        QVERIFY(KeyCatalog::find(QStringLiteral("OPENAI_API_KEY")));
        QCOMPARE(KeyCatalog::find(QStringLiteral("HF_TOKEN")),
                 KeyCatalog::find(QStringLiteral("HUGGINGFACE_TOKEN")));
        QVERIFY(!KeyCatalog::find(QStringLiteral("MY_OWN_THING")));
        QVERIFY(KeyCatalog::describe(QStringLiteral("OPENAI_API_KEY"))
                    .contains(QStringLiteral("OpenAI")));
        QVERIFY(KeyCatalog::valueWarning(QStringLiteral("OPENAI_API_KEY"),
                                         QStringLiteral("sk-proj-abcdefghijklmnopqrstuvwxyz"))
                    .isEmpty());
        const QString warning = KeyCatalog::valueWarning(QStringLiteral("OPENAI_API_KEY"),
                                                         QStringLiteral("pk-nothing-like-it-123"));
        QVERIFY(warning.contains(QStringLiteral("sk-")));
        QVERIFY(!warning.contains(QStringLiteral("pk-nothing")));
        // Names the key and the service without an article before the key
        // ("a OPENAI_API_KEY key" read badly).
        QVERIFY(warning.contains(QStringLiteral("for OPENAI_API_KEY from OpenAI")));
        QVERIFY(!KeyCatalog::valueWarning(QStringLiteral("AWS_ACCESS_KEY_ID"),
                                          QStringLiteral("AKIA123"))
                     .isEmpty());
        QVERIFY(KeyCatalog::valueWarning(QStringLiteral("AWS_ACCESS_KEY_ID"),
                                         QStringLiteral("AKIAABCDEFGHIJKLMNOP"))
                    .isEmpty());
        QVERIFY(KeyCatalog::valueWarning(QStringLiteral("UNKNOWN"), QStringLiteral("x")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
