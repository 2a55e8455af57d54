// The index's timestamps (core/IsoTime.h): the fast reader must read exactly
// what Qt's ISO parser reads, in both forms it takes a shortcut for, and refuse
// what Qt refuses; the writer's text must read back to the same instant.
#include "IsoTime.h"

#include <QRandomGenerator>
#include <QTest>

using namespace latchkey;

class TestIsoTime : public QObject {
    Q_OBJECT
private slots:
    void readsLikeQt_data()
    {
        QTest::addColumn<QString>("text");
        const char* fixed[] = {"2026-11-29T22:15:02Z",
                               "2026-11-29T22:15:02.123Z",
                               "2024-02-29T00:00:00Z",
                               "1970-01-01T00:00:00.000Z",
                               "9999-12-31T23:59:59.999Z",
                               "0001-01-01T00:00:00Z",
                               "2026-02-29T00:00:00Z",
                               "2026-02-30T12:00:00.000Z",
                               "2100-02-29T00:00:00Z",
                               "2026-04-31T00:00:00Z",
                               "2026-13-01T00:00:00Z",
                               "2026-00-10T00:00:00Z",
                               "2026-01-00T00:00:00Z",
                               "2026-01-01T24:00:00Z",
                               "2026-01-01T23:60:00Z",
                               "2026-01-01T23:59:60Z",
                               "2026-01-01T10:00:00",
                               "2026-01-01T10:00:00.5Z",
                               "2026-01-01 10:00:00Z",
                               "2026-01-01T10:00:00+02:00",
                               "20x6-01-01T10:00:00Z",
                               "",
                               "garbage",
                               "2026-01-01T10:00:00.12xZ"};
        for (const char* text : fixed)
            QTest::newRow(text) << QString::fromLatin1(text);
        QRandomGenerator random(20261129);
        for (int i = 0; i < 400; ++i) {
            const QString text = QString::asprintf(
                i % 2 ? "%04d-%02d-%02dT%02d:%02d:%02dZ" : "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                random.bounded(1, 10000), random.bounded(0, 14), random.bounded(0, 33),
                random.bounded(0, 25), random.bounded(0, 61), random.bounded(0, 61),
                random.bounded(0, 1000));
            QTest::newRow(qPrintable(QStringLiteral("random %1").arg(text))) << text;
        }
    }

    void readsLikeQt()
    {
        QFETCH(QString, text);
        const QDateTime ours = fromIsoUtc(text);
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
        QCOMPARE(ours.isValid(), qt.isValid());
        if (qt.isValid())
            QCOMPARE(ours.toMSecsSinceEpoch(), qt.toMSecsSinceEpoch());
        // The index reader's form, from bytes: the same time for the forms
        // isoUtc() writes (with or without milliseconds), nothing otherwise
        // (Qt's "24:00:00", the next midnight, is left to fromIsoUtc()).
        const std::optional<QDateTime> exact = fromExactIsoUtc(text.toLatin1());
        const bool written = (text.size() == 24 || text.size() == 20) && text.endsWith(u'Z') &&
                             !text.contains(u'+') && text.at(10) == u'T';
        QCOMPARE(exact.has_value(), written && qt.isValid() && text.mid(11, 2) != u"24");
        if (exact)
            QCOMPARE(exact->toMSecsSinceEpoch(), qt.toMSecsSinceEpoch());
    }

    void writesWhatItReads()
    {
        QRandomGenerator random(42);
        for (int i = 0; i < 1000; ++i) {
            const qint64 ms = random.bounded(Q_INT64_C(253402300799999));
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            const QByteArray text = isoUtc(time);
            QCOMPARE(text, time.toString(Qt::ISODateWithMs).toLatin1());
            QCOMPARE(fromIsoUtc(QString::fromLatin1(text)).toMSecsSinceEpoch(), ms);
            QCOMPARE(fromExactIsoUtc(text).value_or(QDateTime()).toMSecsSinceEpoch(), ms);
        }
    }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
