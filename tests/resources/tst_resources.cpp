// The icons are compiled into latchkey_resources, a static library: this test
// links it like the app does (no Q_INIT_RESOURCE) and renders every icon.
#include <QDirIterator>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

class TestResources : public QObject {
    Q_OBJECT
private slots:
    void bundledIcons_data();
    void bundledIcons();
    void nothingUnexpected();
};

static const QStringList kIcons{
    QStringLiteral(":/icons/latchkey.svg"),
    QStringLiteral(":/icons/status-ok.svg"),
    QStringLiteral(":/icons/status-missing.svg"),
    QStringLiteral(":/icons/status-optional.svg"),
    QStringLiteral(":/icons/status-unreadable.svg"),
    QStringLiteral(":/icons/reveal.svg"),
    QStringLiteral(":/icons/copy.svg"),
    QStringLiteral(":/icons/status-locked.svg"),
    QStringLiteral(":/icons/add.svg"),
    QStringLiteral(":/icons/edit.svg"),
    QStringLiteral(":/icons/delete.svg"),
    QStringLiteral(":/icons/open.svg"),
    QStringLiteral(":/icons/unlock.svg"),
    QStringLiteral(":/icons/clear.svg"),
    QStringLiteral(":/icons/sync.svg"),
};

void TestResources::bundledIcons_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path : kIcons)
        QTest::newRow(qPrintable(path)) << path;
}

// Each icon parses and paints something visible at the smallest size the UI uses.
void TestResources::bundledIcons()
{
    QFETCH(QString, path);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QImage image(16, 16, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) > 128;
    QVERIFY2(opaque >= 16, qPrintable(QStringLiteral("%1 opaque pixels").arg(opaque)));
}

// The .qrc and this list agree, so a new icon gets a render check too.
void TestResources::nothingUnexpected()
{
    QStringList found;
    QDirIterator it(QStringLiteral(":/icons"), QDir::Files);
    while (it.hasNext())
        found << it.next();
    found.sort();
    QStringList expected = kIcons;
    expected.sort();
    QCOMPARE(found, expected);
}

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
