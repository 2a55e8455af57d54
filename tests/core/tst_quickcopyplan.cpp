#include "QuickCopyPlan.h"
#include "RecentKeys.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace latchkey;

namespace {
SecretInfo secret(const QString& key, const QString& description = {})
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {key, description, now, now, {}};
}

ReadinessReport report(const QString& app, const QList<std::pair<QString, SecretStatus>>& keys,
                       bool optionalLast = false)
{
    ReadinessReport r;
    r.appName = app;
    for (qsizetype i = 0; i < keys.size(); ++i)
        r.items.append({keys.at(i).first,
                        QStringLiteral("declared ") + keys.at(i).first,
                        optionalLast && i == keys.size() - 1,
                        keys.at(i).second,
                        {}});
    return r;
}

QStringList keysOf(const QuickCopyPlan::Group& group)
{
    QStringList keys;
    for (const auto& entry : group.entries)
        keys << entry.key;
    return keys;
}
} // namespace

class TestQuickCopyPlan : public QObject {
    Q_OBJECT
private slots:
    void vaultOnlyIsAlphabeticalWithoutManifests()
    {
        const auto plan =
            QuickCopyPlan::build({secret(QStringLiteral("ZED")), secret(QStringLiteral("ALPHA")),
                                  secret(QStringLiteral("MID"))},
                                 {}, {});
        QCOMPARE(plan.groups.size(), 1);
        QCOMPARE(plan.groups.at(0).title, QStringLiteral("Secrets"));
        QCOMPARE(
            keysOf(plan.groups.at(0)),
            (QStringList{QStringLiteral("ALPHA"), QStringLiteral("MID"), QStringLiteral("ZED")}));
        QCOMPARE(plan.hiddenCount, 0);
    }

    // Only the shown secrets are put in order (core/QuickCopyPlan.cpp): the
    // recently used in their order, then the alphabetically first of the
    // rest, in a vault listed in no particular order.
    void largeVaultShowsRecentThenAlphabeticalFirst()
    {
        QList<SecretInfo> secrets;
        for (int i = 0; i < 500; ++i)
            secrets.append(
                secret(QStringLiteral("KEY_%1").arg((i * 211) % 500, 3, 10, QLatin1Char('0'))));
        const auto plan = QuickCopyPlan::build(
            secrets, {}, {QStringLiteral("KEY_499"), QStringLiteral("KEY_250")}, 5);
        QCOMPARE(plan.groups.size(), 1);
        QCOMPARE(keysOf(plan.groups.at(0)),
                 (QStringList{QStringLiteral("KEY_499"), QStringLiteral("KEY_250"),
                              QStringLiteral("KEY_000"), QStringLiteral("KEY_001"),
                              QStringLiteral("KEY_002")}));
        QCOMPARE(plan.hiddenCount, 495);
        // More recent keys than room: the most recent ones, nothing else.
        const auto busy = QuickCopyPlan::build(
            secrets, {},
            {QStringLiteral("KEY_003"), QStringLiteral("KEY_002"), QStringLiteral("KEY_001")}, 2);
        QCOMPARE(keysOf(busy.groups.at(0)),
                 (QStringList{QStringLiteral("KEY_003"), QStringLiteral("KEY_002")}));
        QCOMPARE(busy.hiddenCount, 498);
    }

    void manifestGroupsComeFirstWithVerdicts()
    {
        const QList<SecretInfo> secrets{
            secret(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("mine")),
            secret(QStringLiteral("HF_TOKEN")), secret(QStringLiteral("UNRELATED"))};
        const auto ready = report(QStringLiteral("chat-app"),
                                  {{QStringLiteral("OPENAI_API_KEY"), SecretStatus::Set}});
        const auto missing =
            report(QStringLiteral("image-app"),
                   {{QStringLiteral("HF_TOKEN"), SecretStatus::Set},
                    {QStringLiteral("REPLICATE_API_TOKEN"), SecretStatus::Missing}});
        const auto plan = QuickCopyPlan::build(secrets, {ready, missing}, {});
        QCOMPARE(plan.groups.size(), 3);
        QCOMPARE(plan.groups.at(0).title, QStringLiteral("chat-app — ready"));
        QCOMPARE(plan.groups.at(1).title, QStringLiteral("image-app — 1 missing"));
        QCOMPARE(plan.groups.at(2).title, QStringLiteral("Other secrets"));
        // The vault's own description wins over the manifest's.
        QCOMPARE(plan.groups.at(0).entries.at(0).description, QStringLiteral("mine"));
        QVERIFY(plan.groups.at(1).entries.at(0).available);
        QCOMPARE(plan.groups.at(1).entries.at(1).key, QStringLiteral("REPLICATE_API_TOKEN"));
        QVERIFY(!plan.groups.at(1).entries.at(1).available);
        QCOMPARE(keysOf(plan.groups.at(2)), QStringList{QStringLiteral("UNRELATED")});
    }

    void recentFirstAndCapped()
    {
        QList<SecretInfo> secrets;
        for (int i = 0; i < 30; ++i)
            secrets << secret(QStringLiteral("KEY_%1").arg(i, 2, 10, QLatin1Char('0')));
        const auto plan = QuickCopyPlan::build(
            secrets, {},
            {QStringLiteral("KEY_29"), QStringLiteral("KEY_05"), QStringLiteral("GONE")}, 5);
        QCOMPARE(plan.groups.size(), 1);
        QCOMPARE(keysOf(plan.groups.at(0)),
                 (QStringList{QStringLiteral("KEY_29"), QStringLiteral("KEY_05"),
                              QStringLiteral("KEY_00"), QStringLiteral("KEY_01"),
                              QStringLiteral("KEY_02")}));
        QCOMPARE(plan.hiddenCount, 25);
    }

    void recentKeysRemembersNamesOnly()
    {
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("latchkey-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_quickcopyplan"));
        RecentKeys recent(QStringLiteral("default"));
        QVERIFY(recent.keys().isEmpty());
        recent.touch(QStringLiteral("A"));
        recent.touch(QStringLiteral("B"));
        recent.touch(QStringLiteral("A"));
        QCOMPARE(recent.keys(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        for (int i = 0; i < 50; ++i)
            recent.touch(QStringLiteral("K%1").arg(i));
        QCOMPARE(recent.keys().size(), RecentKeys::kMaxRemembered);
        QCOMPARE(recent.keys().first(), QStringLiteral("K49"));
        recent.forget(QStringLiteral("K49"));
        QCOMPARE(recent.keys().first(), QStringLiteral("K48"));
        QVERIFY(RecentKeys(QStringLiteral("other")).keys().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuickCopyPlan)
#include "tst_quickcopyplan.moc"
