// The app's style (ui/AppStyle.h): the platform's, with the menu and tool
// bars' overflow icons looked up only when drawn, so that building the
// window loads no image-format plugin.
#include "AppStyle.h"
#include "Icons.h"

#include <QAction>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace latchkey;

namespace {

// The image-format plugins this process has loaded, from its memory map.
QStringList imageFormatPlugins()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("(no /proc/self/maps)")};
    QStringList found;
    for (const QByteArray& line : maps.readAll().split('\n'))
        if (line.contains("/imageformats/")) {
            const QString path = QString::fromLocal8Bit(line.mid(line.indexOf('/')));
            if (!found.contains(path))
                found << path;
        }
    return found;
}

QImage image(const QIcon& icon)
{
    return icon.pixmap(16, 16).toImage();
}

} // namespace

class TestAppStyle : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { AppStyle::install(); }

    void buildingAWindowLoadsNoImageFormatPlugin()
    {
        QVERIFY(dynamic_cast<AppStyle*>(QApplication::style()));
        QMainWindow window;
        QMenu* file = window.menuBar()->addMenu(QStringLiteral("&File"));
        file->addAction(QStringLiteral("&Open"));
        window.addToolBar(QStringLiteral("Main"))->addAction(QStringLiteral("Copy"));
        window.resize(600, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(imageFormatPlugins(), QStringList());
    }

    void theOverflowIconsAreTheBaseStylesOnes()
    {
        auto* style = dynamic_cast<QProxyStyle*>(QApplication::style());
        QVERIFY(style && style->baseStyle());
        for (const QStyle::StandardPixmap icon :
             {QStyle::SP_ToolBarHorizontalExtensionButton,
              QStyle::SP_ToolBarVerticalExtensionButton, QStyle::SP_DialogOkButton}) {
            const QImage ours = image(style->standardIcon(icon));
            QVERIFY(!ours.isNull());
            QCOMPARE(ours, image(style->baseStyle()->standardIcon(icon)));
        }
    }

    void anOverflowingMenuBarShowsItsButtonWithTheIcon()
    {
        QMainWindow window;
        for (int i = 0; i < 12; ++i)
            window.menuBar()->addMenu(QStringLiteral("Menu number %1").arg(i));
        window.resize(200, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* more =
            window.menuBar()->findChild<QToolButton*>(QStringLiteral("qt_menubar_ext_button"));
        QVERIFY(more);
        QTRY_VERIFY(more->isVisible());
        QCOMPARE(image(more->icon()),
                 image(dynamic_cast<QProxyStyle*>(QApplication::style())
                           ->baseStyle()
                           ->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)));
    }

    // Every state a row can be in has an icon of its own: "Unreadable" is not
    // drawn as "Missing" or "Locked" (ui/Icons.h).
    void everyRowStateHasItsOwnIcon()
    {
        const QList<SecretState> states{SecretState::Set, SecretState::Missing, SecretState::NotSet,
                                        SecretState::Locked, SecretState::Unreadable};
        QList<QImage> images;
        for (const SecretState state : states) {
            const QImage drawn = image(Icons::state(state));
            QVERIFY(!drawn.isNull());
            for (qsizetype other = 0; other < images.size(); ++other)
                QVERIFY2(drawn != images.at(other),
                         qPrintable(QStringLiteral("state %1 is drawn as state %2")
                                        .arg(int(state))
                                        .arg(int(states.at(other)))));
            images << drawn;
        }
    }
};

QTEST_MAIN(TestAppStyle)
#include "tst_appstyle.moc"
