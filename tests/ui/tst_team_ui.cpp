// A team vault in the main window: the switcher labels it with its sync
// state, the table shows what teammates set (after Sync), a conflict opens
// the keep-mine/keep-theirs dialog, the banner names a missing member key,
// and the Members dialog adds and removes members (secrets then need
// rotation). Real gpg, git and a bare remote (TeamFixture.h); this process
// is Alice, the CLI plays Bob.
#include "ClipboardGuard.h"
#include "ConflictDialog.h"
#include "MainWindow.h"
#include "MembersDialog.h"
#include "Session.h"
#include "TeamBanner.h"
#include "TeamControls.h"
#include "TeamFixture.h"
#include "Vault.h"
#include "VaultModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace latchkey;

namespace {

const QString kVault = QStringLiteral("acme");
constexpr int kWait = 30000;

} // namespace

class TestTeamUi : public QObject {
    Q_OBJECT

    TeamFixture team;
    TeamMember alice, bob, carol;
    std::unique_ptr<ClipboardGuard> clipboard;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
    TeamControls* controls = nullptr;

    QString cellText(const QString& key, int column) const
    {
        VaultModel* model = session->secrets();
        const int row = model->rowOf(key);
        return row < 0 ? QString() : model->index(row, column).data().toString();
    }
    bool synced()
    {
        QSignalSpy done(controls, &TeamControls::synced);
        controls->sync();
        return done.wait(kWait);
    }
    CliResult asBob(const QStringList& arguments, const QByteArray& input = {})
    {
        return bob.cli(QStringList{QStringLiteral("--vault"), kVault} + arguments, input);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(team.start());
        alice = team.add(QStringLiteral("Alice"));
        bob = team.add(QStringLiteral("Bob"));
        carol = team.add(QStringLiteral("Carol"));
        const CliResult init = team.share(alice, bob, kVault);
        QVERIFY2(init.exitCode == 0, init.err);
        QCOMPARE(alice
                     .cli({QStringLiteral("--vault"), kVault, QStringLiteral("set"),
                           QStringLiteral("API_TOKEN"), QStringLiteral("-d"),
                           QStringLiteral("Deploy token")},
                          TeamFixture::canary("UIT1"))
                     .exitCode,
                 0);
        QCOMPARE(team.join(bob, kVault).exitCode, 0);
        TeamFixture::becomeMember(alice); // her keyring, data and git setup
        clipboard = std::make_unique<ClipboardGuard>(QApplication::clipboard());
        session = std::make_unique<Session>([](const QString& name) { return new Vault(name); });
        window = std::make_unique<MainWindow>(session.get(), clipboard.get());
        controls = new TeamControls(window.get(), session.get());
    }

    void switcherTableAndActions()
    {
        session->openVault(kVault);
        QTRY_VERIFY_WITH_TIMEOUT(session->secrets()->rowOf(QStringLiteral("API_TOKEN")) >= 0,
                                 kWait);
        QCOMPARE(cellText(QStringLiteral("API_TOKEN"), VaultModel::DescriptionColumn),
                 QStringLiteral("Deploy token"));
        auto* box = window->findChild<QComboBox*>(QStringLiteral("vaultSwitcher"));
        QVERIFY(box);
        QTRY_VERIFY_WITH_TIMEOUT(
            box->itemText(box->findData(kVault)).contains(QStringLiteral("in sync")), kWait);
        QVERIFY(controls->syncAction()->isEnabled());
        QVERIFY(controls->membersAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            !window->findChild<TeamBanner*>(QStringLiteral("teamBanner"))->isProbing(), kWait);
        QVERIFY2(
            window->findChild<TeamBanner*>(QStringLiteral("teamBanner"))->isHidden(),
            qPrintable(window->findChild<TeamBanner*>(QStringLiteral("teamBanner"))->message()));

        session->openVault(Vault::defaultName());
        QVERIFY(!controls->syncAction()->isEnabled());
        QVERIFY(!controls->membersAction()->isEnabled());
        QVERIFY(window->findChild<TeamBanner*>(QStringLiteral("teamBanner"))->isHidden());
        // The local vault's list still offers the team vault, labelled.
        QVERIFY(box->itemText(box->findData(kVault)).contains(QStringLiteral("team")));
        session->openVault(kVault);
    }

    void syncShowsTeammatesChanges()
    {
        QCOMPARE(asBob({QStringLiteral("set"), QStringLiteral("FROM_BOB"), QStringLiteral("-d"),
                        QStringLiteral("Set by Bob")},
                       TeamFixture::canary("UIB1"))
                     .exitCode,
                 0);
        QVERIFY(synced());
        QTRY_VERIFY_WITH_TIMEOUT(session->secrets()->rowOf(QStringLiteral("FROM_BOB")) >= 0, kWait);
        QCOMPARE(cellText(QStringLiteral("FROM_BOB"), VaultModel::DescriptionColumn),
                 QStringLiteral("Set by Bob"));
        // Its mask is unknown here (never decrypted to list): bullets only.
        QCOMPARE(cellText(QStringLiteral("FROM_BOB"), VaultModel::ValueColumn),
                 QString(8, QChar(0x2022)));
    }

    void conflictAsksWhichVersionToKeep()
    {
        const QByteArray mine = TeamFixture::canary("UIA2"), theirs = TeamFixture::canary("UIB2");
        QVERIFY(team.setOnline(false));
        QCOMPARE(alice
                     .cli({QStringLiteral("--vault"), kVault, QStringLiteral("set"),
                           QStringLiteral("SHARED")},
                          mine)
                     .exitCode,
                 0);
        QCOMPARE(asBob({QStringLiteral("set"), QStringLiteral("SHARED")}, theirs).exitCode, 0);
        QVERIFY(team.setOnline(true));
        QCOMPARE(asBob({QStringLiteral("sync")}).exitCode, 0);

        QVERIFY(synced());
        ConflictDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<ConflictDialog*>()) != nullptr, kWait);
        QVERIFY(!dialog->okButton()->isEnabled()); // a choice is needed first
        QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("conflict_SHARED")));
        dialog->choose(QStringLiteral("SHARED"), Keep::Theirs);
        QVERIFY(dialog->okButton()->isEnabled());
        QSignalSpy done(controls, &TeamControls::synced);
        dialog->okButton()->click();
        QVERIFY(done.wait(kWait));
        const SyncReport report = done.first().first().value<SyncReport>();
        QVERIFY2(!report.error && report.conflicts.isEmpty(), qPrintable(report.error.message));
        const CliResult value = alice.cli({QStringLiteral("--vault"), kVault, QStringLiteral("get"),
                                           QStringLiteral("SHARED"), QStringLiteral("--reveal")});
        QCOMPARE(value.out, theirs);
    }

    void bannerNamesAMissingMemberKey()
    {
        const QString stranger = QStringLiteral("89ABCDEF0123456789ABCDEF0123456789ABCDEF");
        QFile gpgId(alice.store(kVault) + QStringLiteral("/.gpg-id"));
        QVERIFY(gpgId.open(QIODevice::Append));
        gpgId.write(stranger.toLatin1() + '\n');
        gpgId.close();
        window->findChild<TeamBanner*>(QStringLiteral("teamBanner"))->probe();
        QTRY_VERIFY_WITH_TIMEOUT(
            !window->findChild<TeamBanner*>(QStringLiteral("teamBanner"))->isHidden(), kWait);
        // Its icon, looked up only now that there is something to show.
        QVERIFY(!window->findChild<TeamBanner*>(QStringLiteral("teamBanner"))
                     ->findChild<QLabel*>(QStringLiteral("teamBannerIcon"))
                     ->pixmap()
                     .isNull());
        QVERIFY2(
            window->findChild<TeamBanner*>(QStringLiteral("teamBanner"))
                ->message()
                .contains(stranger),
            qPrintable(window->findChild<TeamBanner*>(QStringLiteral("teamBanner"))->message()));
        QCOMPARE(alice
                     .git(kVault, {QStringLiteral("checkout"), QStringLiteral("--"),
                                   QStringLiteral(".gpg-id")})
                     .exitCode,
                 0);
        window->findChild<TeamBanner*>(QStringLiteral("teamBanner"))->probe();
        QTRY_VERIFY_WITH_TIMEOUT(
            window->findChild<TeamBanner*>(QStringLiteral("teamBanner"))->isHidden(), kWait);
    }

    void membersDialogAddsAndRemoves()
    {
        controls->showMembers();
        MembersDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<MembersDialog*>()) != nullptr, kWait);
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("membersTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, kWait);

        // Carol's key from a file, chosen in a file dialog that runs no
        // event loop of its own (the store answers on this one).
        QSignalSpy changed(dialog, &MembersDialog::changed);
        dialog->findChild<QPushButton*>(QStringLiteral("addMemberFromFile"))->click();
        QFileDialog* chooser = nullptr;
        QTRY_VERIFY((chooser = dialog->findChild<QFileDialog*>(
                         QStringLiteral("memberKeyChooser"))) != nullptr);
        QVERIFY(chooser->isVisible());
        chooser->selectFile(carol.publicKey);
        static_cast<QDialog*>(chooser)->accept(); // as Open does
        QVERIFY(changed.wait(kWait));
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 3, kWait);

        // As a user does: select Bob, Remove, and confirm in the warning
        // (a window-modal box, not a nested event loop).
        int bobRow = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            for (int column = 0; column < table->columnCount(); ++column)
                if (table->item(row, column) &&
                    table->item(row, column)->data(Qt::UserRole).toString() == bob.fingerprint)
                    bobRow = row;
        QVERIFY(bobRow >= 0);
        table->selectRow(bobRow);
        auto* removeButton = dialog->findChild<QPushButton*>(QStringLiteral("removeMember"));
        QVERIFY(removeButton && removeButton->isEnabled());
        removeButton->click();
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY((confirm = dialog->findChild<QMessageBox*>(
                         QStringLiteral("confirmRemoveMember"))) != nullptr);
        QVERIFY(confirm->text().contains(QStringLiteral("rotation")));
        confirm->button(QMessageBox::Ok)->click();
        QVERIFY(changed.wait(kWait));
        const QString status = dialog->findChild<QLabel*>(QStringLiteral("membersStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("need new values")), qPrintable(status));
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, kWait);
        // The table marks what Bob could read until a new value is set.
        QTRY_VERIFY_WITH_TIMEOUT(cellText(QStringLiteral("API_TOKEN"), VaultModel::UpdatedColumn)
                                     .contains(QStringLiteral("needs rotation")),
                                 kWait);
        const int row = session->secrets()->rowOf(QStringLiteral("API_TOKEN"));
        QVERIFY(session->secrets()
                    ->index(row, 0)
                    .data(VaultModel::RotateRole)
                    .toString()
                    .contains(QStringLiteral("Bob")));
        dialog->close();
    }

    void cleanupTestCase()
    {
        window.reset();
        session.reset();
        clipboard.reset();
    }
};

QTEST_MAIN(TestTeamUi)
#include "tst_team_ui.moc"
