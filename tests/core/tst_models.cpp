// The vault and readiness table models against the real keychain
// (tests/with-keyring.sh), including a write by latchkey-cli in another process.
#include "AppIdentity.h"
#include "KeyCatalog.h"
#include "ManifestParser.h"
#include "ReadinessModel.h"
#include "Vault.h"
#include "VaultModel.h"

#include <QAbstractItemModelTester>
#include <QEventLoop>
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
        model.setVault(&vault);
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
        model.setVault(&vault);
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
        vault.setClock(std::make_shared<LaterClock>());
        Lifecycle lifecycle;
        lifecycle.rotateDays = 90;
        vault.setLifecycle(lifecycle);
        QCOMPARE(model.index(freshRow, VaultModel::AgeColumn).data().toString(),
                 QStringLiteral("3mo \u00b7 stale"));
        QCOMPARE(model.index(freshRow, VaultModel::AgeColumn).data(VaultModel::SortRole).toInt(),
                 100);
    }

    void vaultModelFollowsAnotherProcess()
    {
        // The CLI writes to the default index directory: watch that one.
        Vault vault(QStringLiteral("models-live"));
        VaultModel model;
        model.setVault(&vault);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(runCli({QStringLiteral("--vault"), QStringLiteral("models-live"),
                         QStringLiteral("set"), QStringLiteral("FROM_CLI"), QStringLiteral("-"),
                         QStringLiteral("-d"), QStringLiteral("written elsewhere")},
                        kLongCanary.toUtf8())
                     .exitCode,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        QVERIFY(!inserted.isEmpty());
        QCOMPARE(reset.count(), 0); // in place, not a reset
        QCOMPARE(model.index(0, VaultModel::DescriptionColumn).data().toString(),
                 QStringLiteral("written elsewhere"));
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
