#include "ProcessHardening.h"

#include <QTest>

#include <sys/prctl.h>

class TestProcessHardening : public QObject {
    Q_OBJECT
private slots:
    void noCoreDumpsNoPtrace()
    {
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
        QVERIFY(latchkey::hardenProcess());
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
