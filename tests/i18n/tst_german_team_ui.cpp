// SPDX-License-Identifier: MIT
// A team vault in the German desktop app (CTest sets LANGUAGE=de and
// LC_ALL=de_DE.UTF-8), with real gpg, git and a bare remote
// (tests/support/TeamFixture.h): the Team menu and toolbar, the vault
// switcher's team states, the conflict dialog, the members dialog before and
// after a removal (and the rotation marks it leaves in the table), and the
// banner naming a member key that is missing. Every text is walked as in
// tst_german_ui; an English source text or word fails the test.
#include "AppIdentity.h"
#include "ClipboardGuard.h"
#include "ConflictDialog.h"
#include "MainWindow.h"
#include "MembersDialog.h"
#include "Session.h"
#include "TeamBanner.h"
#include "TeamControls.h"
#include "TeamFixture.h"
#include "Translations.h"
#include "UiTextWalk.h"
#include "Vault.h"
#include "VaultModel.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace latchkey;

namespace {
const QString kVault = QStringLiteral("acme");
constexpr int kWait = 30000;
} // namespace

class TestGermanTeamUi : public QObject {
    Q_OBJECT

    TeamFixture team;
    TeamMember alice, bob;
    QSet<QString> m_english;
    std::unique_ptr<ClipboardGuard> clipboard;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
    TeamControls* controls = nullptr;

    void expectGerman(QWidget* root)
    {
        i18ntest::TextWalk walk;
        walk.widget(root);
        QVERIFY2(walk.texts.size() > 2, "too few texts found: the walk is broken");
        const QStringList english = i18ntest::englishTexts(walk, m_english);
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English in the German UI:\n") +
                                               english.join(QLatin1Char('\n'))));
    }
    CliResult as(const TeamMember& member, const QStringList& arguments,
                 const QByteArray& input = {})
    {
        return member.cli(QStringList{QStringLiteral("--vault"), kVault} + arguments, input);
    }
    bool synced()
    {
        QSignalSpy done(controls, &TeamControls::synced);
        controls->sync();
        return done.wait(kWait);
    }

private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        QVERIFY(installTranslations().contains(QStringLiteral("latchkey_de_DE")));
        m_english = i18ntest::englishSources(qEnvironmentVariable("LATCHKEY_TS_DE"));
        QVERIFY(m_english.size() > 500);
        QVERIFY(team.start());
        alice = team.add(QStringLiteral("Alice"));
        bob = team.add(QStringLiteral("Bob"));
        const CliResult init = team.share(alice, bob, kVault);
        QVERIFY2(init.exitCode == 0, init.err);
        QCOMPARE(as(alice,
                    {QStringLiteral("set"), QStringLiteral("API_TOKEN"), QStringLiteral("-d"),
                     QStringLiteral("Token für die Auslieferung")},
                    TeamFixture::canary("GER1"))
                     .exitCode,
                 0);
        QCOMPARE(team.join(bob, kVault).exitCode, 0);
        TeamFixture::becomeMember(alice); // her keyring, data and git setup
        clipboard = std::make_unique<ClipboardGuard>(QApplication::clipboard());
        session = std::make_unique<Session>([](const QString& name) { return new Vault(name); });
        window = std::make_unique<MainWindow>(session.get(), clipboard.get());
        controls = new TeamControls(window.get(), session.get());
        window->show();
    }

    void teamVaultInTheWindow()
    {
        session->openVault(kVault);
        QTRY_VERIFY_WITH_TIMEOUT(session->secrets()->rowOf(QStringLiteral("API_TOKEN")) >= 0,
                                 kWait);
        QTRY_VERIFY_WITH_TIMEOUT(
            !window->findChild<TeamBanner*>(QStringLiteral("teamBanner"))->isProbing(), kWait);
        QVERIFY(synced());
        expectGerman(window.get());
    }

    void conflictDialog()
    {
        QVERIFY(team.setOnline(false));
        QCOMPARE(as(alice, {QStringLiteral("set"), QStringLiteral("SHARED")},
                    TeamFixture::canary("GER2"))
                     .exitCode,
                 0);
        QCOMPARE(
            as(bob, {QStringLiteral("set"), QStringLiteral("SHARED")}, TeamFixture::canary("GER3"))
                .exitCode,
            0);
        QVERIFY(team.setOnline(true));
        QCOMPARE(as(bob, {QStringLiteral("sync")}).exitCode, 0);
        QVERIFY(synced());
        ConflictDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<ConflictDialog*>()) != nullptr, kWait);
        expectGerman(dialog);
        expectGerman(window.get()); // the banner and switcher during the conflict
        dialog->choose(QStringLiteral("SHARED"), Keep::Theirs);
        QSignalSpy done(controls, &TeamControls::synced);
        dialog->okButton()->click();
        QVERIFY(done.wait(kWait));
    }

    void membersDialogAndRotation()
    {
        controls->showMembers();
        MembersDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<MembersDialog*>()) != nullptr, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(
            dialog->findChild<QTableWidget*>(QStringLiteral("membersTable"))->rowCount(), 2, kWait);
        expectGerman(dialog);
        QSignalSpy changed(dialog, &MembersDialog::changed);
        dialog->remove(bob.fingerprint);
        QVERIFY(changed.wait(kWait));
        QTRY_COMPARE_WITH_TIMEOUT(
            dialog->findChild<QTableWidget*>(QStringLiteral("membersTable"))->rowCount(), 1, kWait);
        QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("membersStatus"))
                     ->text()
                     .contains(QStringLiteral("neue Werte")),
                 qPrintable(dialog->findChild<QLabel*>(QStringLiteral("membersStatus"))->text()));
        expectGerman(dialog);
        dialog->close();
        // The rows Bob could read say they need new values, in German.
        QTRY_VERIFY_WITH_TIMEOUT(session->secrets()
                                     ->index(session->secrets()->rowOf(QStringLiteral("API_TOKEN")),
                                             VaultModel::UpdatedColumn)
                                     .data()
                                     .toString()
                                     .contains(QStringLiteral("rotiert")),
                                 kWait);
        expectGerman(window.get());
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
        expectGerman(window->findChild<TeamBanner*>(QStringLiteral("teamBanner")));
    }

    void cleanupTestCase()
    {
        window.reset();
        session.reset();
        clipboard.reset();
    }
};

QTEST_MAIN(TestGermanTeamUi)
#include "tst_german_team_ui.moc"
