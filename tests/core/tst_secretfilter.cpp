// The one search rule of the window's table and the tray's search
// (core/SecretFilterModel.h) and the table's order (core/SecretSortModel.h),
// over a VaultModel that needs no keychain.
#include "SecretFilterModel.h"
#include "SecretSortModel.h"
#include "VaultModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace latchkey;

class TestSecretFilter : public QObject {
    Q_OBJECT
private slots:
    // The sorting proxy under the filter, on its own under the tester: every
    // order, rows added and removed, states changed; its row lookup agrees
    // with Qt's mapping.
    void sortModelUnderTheTester()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto entry = [&](const char* key, const char* description, int age) {
            return SecretInfo{QString::fromLatin1(key), QString::fromLatin1(description), now,
                              now.addSecs(-age), QString()};
        };
        VaultModel model;
        SecretSortModel sort;
        QAbstractItemModelTester tester(&sort,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        sort.setSourceModel(&model);
        auto agrees = [&] {
            for (int row = 0; row < sort.rowCount(); ++row)
                if (sort.sourceRowAt(row) != sort.mapToSource(sort.index(row, 0)).row())
                    return false;
            return true;
        };
        model.setEntries(
            {entry("B_KEY", "second", 30), entry("a_key", "first", 10), entry("C_KEY", "", 20)});
        for (const int column : {int(VaultModel::KeyColumn), int(VaultModel::DescriptionColumn),
                                 int(VaultModel::UpdatedColumn), int(VaultModel::AgeColumn)})
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                sort.sort(column, order);
                QVERIFY(agrees());
            }
        sort.sort(VaultModel::KeyColumn);
        QCOMPARE(sort.index(0, 0).data(VaultModel::KeyRole).toString(), QStringLiteral("a_key"));
        model.setEntries(
            {entry("B_KEY", "second", 30), entry("D_KEY", "new", 5), entry("a_key", "first", 10)});
        QCOMPARE(sort.rowCount(), 3);
        QVERIFY(agrees());
        QCOMPARE(sort.index(2, 0).data(VaultModel::KeyRole).toString(), QStringLiteral("D_KEY"));
        model.setPresence({{QStringLiteral("B_KEY"), Presence::Present},
                           {QStringLiteral("D_KEY"), Presence::Absent}});
        QVERIFY(agrees());
        model.setEntries({});
        QCOMPARE(sort.rowCount(), 0);
    }

    // One rule for the window's search and the tray's: every word in the key
    // or the description; never the masked value's tail.
    void filterMatchingRule()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        VaultModel model;
        model.setEntries(
            {{QStringLiteral("OPENAI_API_KEY"), QStringLiteral("GPT calls"), now, now.addSecs(-60),
              QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20220042")},
             {QStringLiteral("HF_TOKEN"), QStringLiteral("model downloads, not openai"), now, now,
              QStringLiteral("\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022")},
             {QStringLiteral("b_lower"), QString(), now, now.addSecs(60), QString()}});
        SecretFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.sort(VaultModel::KeyColumn);
        auto keys = [&] {
            QStringList shown;
            for (int row = 0; row < filter.rowCount(); ++row)
                shown << filter.index(row, 0).data(VaultModel::KeyRole).toString();
            return shown;
        };
        QCOMPARE(keys(), (QStringList{QStringLiteral("b_lower"), QStringLiteral("HF_TOKEN"),
                                      QStringLiteral("OPENAI_API_KEY")}));
        filter.setQuery(QStringLiteral("openai key"));
        QCOMPARE(keys(), QStringList{QStringLiteral("OPENAI_API_KEY")});
        filter.setQuery(QStringLiteral("  OpenAI   "));
        QCOMPARE(keys(),
                 (QStringList{QStringLiteral("HF_TOKEN"), QStringLiteral("OPENAI_API_KEY")}));
        filter.setQuery(QStringLiteral("downloads token"));
        QCOMPARE(keys(), QStringList{QStringLiteral("HF_TOKEN")});
        // The value column shows the mask's tail; the search never looks there.
        filter.setQuery(QStringLiteral("0042"));
        QCOMPARE(keys(), QStringList());
        QVERIFY(SecretFilterModel::matches(SecretFilterModel::words(QStringLiteral("api KEY")),
                                           QStringLiteral("OPENAI_API_KEY"), QString()));
        QVERIFY(!SecretFilterModel::matches(SecretFilterModel::words(QStringLiteral("api x")),
                                            QStringLiteral("OPENAI_API_KEY"), QString()));
        filter.setQuery({});
        filter.sort(VaultModel::UpdatedColumn);
        QCOMPARE(keys(), (QStringList{QStringLiteral("OPENAI_API_KEY"), QStringLiteral("HF_TOKEN"),
                                      QStringLiteral("b_lower")}));
        // Rows added while filtered are filtered too.
        filter.setQuery(QStringLiteral("openai"));
        model.setEntries(model.entries() +
                         QList<SecretInfo>{{QStringLiteral("OPENAI_ORG"), {}, now, now, {}}});
        QCOMPARE(filter.rowCount(), 3);
    }

    // The filter folds case once per row and sorts by precomputed ranks
    // (core/SecretSortModel.h); whatever the column, order and query, it
    // shows what the plain rule says: matches(), ordered by the column, then
    // by key ignoring case, then by key.
    void filterAgreesWithTheRuleEverywhere()
    {
        const QDateTime base = QDateTime::currentDateTimeUtc();
        const QStringList stems{QStringLiteral("OPENAI_API_KEY"), QStringLiteral("openai_org"),
                                QStringLiteral("Stripe_Key"),     QStringLiteral("STRASSE_TOKEN"),
                                QStringLiteral("hf_token"),       QStringLiteral("HF_TOKEN")};
        const QStringList descriptions{
            QStringLiteral("Straße und Weg"), QStringLiteral("ÉCOLE key"),
            QStringLiteral("model downloads"), QString(), QStringLiteral("école Key")};
        QList<SecretInfo> entries;
        for (int i = 0; i < 240; ++i) {
            const QString key = stems.at(i % stems.size()) + QStringLiteral("_%1").arg(i % 37);
            if (std::any_of(entries.cbegin(), entries.cend(),
                            [&](const SecretInfo& e) { return e.key == key; }))
                continue;
            const QDateTime when = base.addSecs(-60 * ((i * 7) % 13));
            entries.append({key, descriptions.at(i % descriptions.size()), when, when,
                            QStringLiteral("\u2022%1").arg(i % 5)});
        }
        std::sort(entries.begin(), entries.end(),
                  [](const SecretInfo& a, const SecretInfo& b) { return a.key < b.key; });
        VaultModel model;
        model.setEntries(entries);
        SecretFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        auto expected = [&](int column, Qt::SortOrder order, const QString& query) {
            QList<SecretInfo> shown;
            for (const SecretInfo& info : std::as_const(entries))
                if (SecretFilterModel::matches(SecretFilterModel::words(query), info.key,
                                               info.description))
                    shown.append(info);
            auto less = [column](const SecretInfo& a, const SecretInfo& b) {
                int by = 0;
                if (column == VaultModel::UpdatedColumn && a.updated != b.updated)
                    return a.updated < b.updated;
                if (column == VaultModel::AgeColumn && a.updated != b.updated)
                    return a.updated > b.updated;
                if (column == VaultModel::DescriptionColumn)
                    by = a.description.compare(b.description, Qt::CaseInsensitive);
                if (column == VaultModel::ValueColumn)
                    by = a.hint.compare(b.hint);
                if (by == 0)
                    by = a.key.compare(b.key, Qt::CaseInsensitive);
                return by != 0 ? by < 0 : a.key < b.key;
            };
            std::stable_sort(shown.begin(), shown.end(), less);
            if (order == Qt::DescendingOrder)
                std::reverse(shown.begin(), shown.end());
            QStringList keys;
            for (const SecretInfo& info : std::as_const(shown))
                keys << info.key;
            return keys;
        };
        auto actual = [&] {
            QStringList keys;
            for (int row = 0; row < filter.rowCount(); ++row)
                keys << filter.index(row, 0).data(VaultModel::KeyRole).toString();
            return keys;
        };
        const QStringList queries{QString(),
                                  QStringLiteral("key"),
                                  QStringLiteral("STRASSE"),
                                  QStringLiteral("straße"),
                                  QStringLiteral("école 1"),
                                  QStringLiteral("TOKEN 2"),
                                  QStringLiteral("nothing-matches")};
        for (int column = 0; column < model.columnCount(); ++column)
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                filter.sort(column, order);
                for (const QString& query : queries) {
                    filter.setQuery(query);
                    QCOMPARE(actual(), expected(column, order, query));
                }
            }
        // A row that changes while filtered and sorted is placed afresh.
        filter.sort(VaultModel::KeyColumn, Qt::AscendingOrder);
        filter.setQuery(QStringLiteral("token"));
        entries.append({QStringLiteral("AAA_TOKEN"), QString(), base, base, QString()});
        std::sort(entries.begin(), entries.end(),
                  [](const SecretInfo& a, const SecretInfo& b) { return a.key < b.key; });
        model.setEntries(entries);
        QCOMPARE(actual(),
                 expected(VaultModel::KeyColumn, Qt::AscendingOrder, QStringLiteral("token")));
        QCOMPARE(actual().value(0), QStringLiteral("AAA_TOKEN"));
        QCOMPARE(filter.indexOfVaultRow(model.rowOf(QStringLiteral("AAA_TOKEN")))
                     .data(VaultModel::KeyRole)
                     .toString(),
                 QStringLiteral("AAA_TOKEN"));

        // A change of keychain state alone says so (its roles), keeps the
        // order (a locked value still sorts by its hint, not by "Locked")...
        filter.setQuery({});
        filter.sort(VaultModel::ValueColumn, Qt::AscendingOrder);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setKeychainState(KeychainState::Locked);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), VaultModel::stateRoles());
        QVERIFY(!VaultModel::changesEntries(VaultModel::stateRoles()));
        const int row = model.rowOf(QStringLiteral("AAA_TOKEN"));
        QCOMPARE(model.index(row, VaultModel::ValueColumn).data().toString(),
                 QStringLiteral("Locked"));
        QCOMPARE(model.index(row, VaultModel::ValueColumn).data(VaultModel::SortRole).toString(),
                 model.entryAt(row).hint);
        QCOMPARE(actual(), expected(VaultModel::ValueColumn, Qt::AscendingOrder, QString()));
        // ...and a change of the rows after it is sorted afresh.
        for (SecretInfo& info : entries)
            if (info.key == QLatin1String("AAA_TOKEN"))
                info.hint = QStringLiteral("\u2022\u2022zzz");
        model.setEntries(entries);
        QCOMPARE(actual(), expected(VaultModel::ValueColumn, Qt::AscendingOrder, QString()));
        QCOMPARE(actual().constLast(), QStringLiteral("AAA_TOKEN"));
    }
};

QTEST_GUILESS_MAIN(TestSecretFilter)
#include "tst_secretfilter.moc"
