#include "ManifestView.h"

#include "ManifestWatcher.h"
#include "ReadinessModel.h"
#include "ScanDialog.h"
#include "SecretEditor.h"
#include "Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace latchkey {

namespace {

// The bundled status icon when the app links latchkey_resources, else the style's.
QIcon statusIcon(const QWidget* widget, const char* resource, QStyle::StandardPixmap fallback)
{
    const QString path = QLatin1String(":/icons/") + QLatin1String(resource);
    return QFile::exists(path) ? QIcon(path) : widget->style()->standardIcon(fallback);
}

bool darkPalette(const QWidget* widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}

// Adds icons and colours to the status column. The text already says the
// status with a symbol, so colour is never the only signal.
class StatusDecorator : public QIdentityProxyModel {
public:
    StatusDecorator(QWidget* view, QObject* parent)
        : QIdentityProxyModel(parent)
        , m_view(view)
    {
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (index.column() != ReadinessModel::StatusColumn ||
            (role != Qt::DecorationRole && role != Qt::ForegroundRole))
            return QIdentityProxyModel::data(index, role);
        const int status = index.data(ReadinessModel::StatusRole).toInt();
        const bool optional = index.data(ReadinessModel::OptionalRole).toBool();
        const bool dark = darkPalette(m_view);
        switch (status) {
        case int(SecretStatus::Set):
            return role == Qt::DecorationRole
                       ? QVariant(statusIcon(m_view, "status-ok.svg", QStyle::SP_DialogApplyButton))
                       : QVariant(dark ? QColor(0x8f, 0xf0, 0xa4) : QColor(0x1a, 0x7f, 0x37));
        case int(SecretStatus::Missing):
            if (optional)
                return role == Qt::DecorationRole
                           ? QVariant(statusIcon(m_view, "status-optional.svg",
                                                 QStyle::SP_MessageBoxInformation))
                           : QVariant();
            return role == Qt::DecorationRole
                       ? QVariant(statusIcon(m_view, "status-missing.svg",
                                             QStyle::SP_MessageBoxCritical))
                       : QVariant(dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
        case int(SecretStatus::Unreadable):
            return role == Qt::DecorationRole
                       ? QVariant(statusIcon(m_view, "status-unreadable.svg",
                                             QStyle::SP_MessageBoxWarning))
                       : QVariant(dark ? QColor(0xf8, 0xe4, 0x5c) : QColor(0x9c, 0x6d, 0x00));
        }
        return {};
    }

private:
    QWidget* m_view;
};

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ManifestView::ManifestView(const QString& pathOrDirectory, Vault* vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_watcher(new ManifestWatcher(pathOrDirectory, this))
    , m_model(new ReadinessModel(this))
{
    setObjectName(QStringLiteral("manifestView"));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("appName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextFormat(Qt::PlainText);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_path = new QLabel(this);
    m_path->setTextFormat(Qt::PlainText);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setForegroundRole(QPalette::PlaceholderText);

    m_verdictBanner = new QFrame(this);
    m_verdictBanner->setObjectName(QStringLiteral("verdictBanner"));
    m_verdictBanner->setAutoFillBackground(true);
    m_verdictIcon = new QLabel(m_verdictBanner);
    m_verdict = new QLabel(m_verdictBanner);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setTextFormat(Qt::PlainText);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_verdict->setFont(bold);
    m_setMissing = new QPushButton(tr("Set &Missing…"), m_verdictBanner);
    m_setMissing->setObjectName(QStringLiteral("setMissingButton"));
    m_setMissing->setToolTip(tr("Enter every missing required secret, one after another"));
    auto* bannerLayout = new QHBoxLayout(m_verdictBanner);
    bannerLayout->addWidget(m_verdictIcon);
    bannerLayout->addWidget(m_verdict, 1);
    bannerLayout->addWidget(m_setMissing);
    // "Scan this app's folder" (issue #13): ui/ScanDialog.h owns the button and the dialog.
    bannerLayout->addWidget(ScanDialog::createButton(
        m_verdictBanner, [this] { return QFileInfo(path()).absolutePath(); },
        [this] { return m_vault.data(); }));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("readinessTable"));
    auto* decorator = new StatusDecorator(m_table, this);
    decorator->setSourceModel(m_model);
    auto* sorter = new QSortFilterProxyModel(this);
    sorter->setSourceModel(decorator);
    sorter->setSortRole(ReadinessModel::SortRole);
    m_table->setModel(sorter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // manifest order until asked
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReadinessModel::DescriptionColumn,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);

    m_integrationsTitle =
        sectionTitle(tr("Integrations and credentials — managed by the platform"), this);
    m_integrations = new QLabel(this);
    m_integrations->setObjectName(QStringLiteral("platformConnections"));
    m_integrations->setWordWrap(true);
    m_integrations->setTextFormat(Qt::PlainText);
    m_diagnosticsTitle = sectionTitle(tr("Problems in the manifest"), this);
    m_diagnostics = new QListWidget(this);
    m_diagnostics->setObjectName(QStringLiteral("diagnostics"));
    m_diagnostics->setMaximumHeight(fontMetrics().height() * 7);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_description);
    layout->addWidget(m_path);
    layout->addWidget(m_verdictBanner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_integrationsTitle);
    layout->addWidget(m_integrations);
    layout->addWidget(m_diagnosticsTitle);
    layout->addWidget(m_diagnostics);

    connect(m_table, &QTableView::activated, this, [this, sorter](const QModelIndex& index) {
        editKey(sorter->data(index.siblingAtColumn(0), ReadinessModel::KeyRole).toString());
    });
    connect(m_setMissing, &QPushButton::clicked, this, &ManifestView::setMissing);
    connect(m_model, &ReadinessModel::reportChanged, this, &ManifestView::updateVerdict);
    connect(m_watcher, &ManifestWatcher::manifestChanged, this, &ManifestView::showManifest);

    m_model->setVault(vault);
    showManifest(m_watcher->manifest());
}

QString ManifestView::path() const
{
    return m_watcher->path();
}

QString ManifestView::title() const
{
    const Manifest& manifest = m_model->manifest();
    if (!manifest.name.isEmpty())
        return manifest.name;
    return QFileInfo(path()).dir().dirName();
}

void ManifestView::setVault(Vault* vault)
{
    m_vault = vault;
    m_model->setVault(vault);
}

void ManifestView::reload()
{
    m_watcher->reload();
}

void ManifestView::showManifest(const Manifest& manifest)
{
    m_model->setManifest(manifest);
    m_name->setText(title());
    m_description->setText(manifest.description);
    m_description->setVisible(!manifest.description.isEmpty());
    m_path->setText(QDir::toNativeSeparators(path()));

    // Connections the platform manages: listed so that people connect them
    // there; they are never stored here and never change the verdict.
    QStringList connections;
    bool required = false;
    const auto list = [&](const QList<Integration>& entries, const QString& kind) {
        for (const Integration& entry : entries) {
            required = required || !entry.optional;
            const QString need = entry.optional ? tr("optional") : tr("required");
            connections
                << (entry.description.isEmpty()
                        ? tr("• %1 %2 (%3)").arg(kind, entry.key, need)
                        : tr("• %1 %2 (%3) — %4").arg(kind, entry.key, need, entry.description));
        }
    };
    list(manifest.integrations, tr("Integration"));
    list(manifest.credentials, tr("Credential"));
    if (required)
        connections << tr("Connect the required ones on the platform before the app runs there. "
                          "Latchkey stores nothing for them, and they do not change the verdict "
                          "here.");
    m_integrations->setText(connections.join(QLatin1Char('\n')));
    m_integrationsTitle->setVisible(!connections.isEmpty());
    m_integrations->setVisible(!connections.isEmpty());

    m_diagnostics->clear();
    for (const Diagnostic& diagnostic : manifest.diagnostics) {
        const QString where =
            diagnostic.line > 0
                ? tr("Line %1, column %2").arg(diagnostic.line).arg(diagnostic.column)
                : tr("Whole file");
        const QString kind = diagnostic.isError() ? tr("Error") : tr("Warning");
        auto* item = new QListWidgetItem(
            style()->standardIcon(diagnostic.isError() ? QStyle::SP_MessageBoxCritical
                                                       : QStyle::SP_MessageBoxWarning),
            tr("%1 — %2: %3").arg(kind, where, diagnostic.message), m_diagnostics);
        item->setToolTip(diagnostic.toString());
    }
    m_diagnosticsTitle->setVisible(!manifest.diagnostics.isEmpty());
    m_diagnostics->setVisible(!manifest.diagnostics.isEmpty());
    updateVerdict();
    emit titleChanged(title());
}

QString ManifestView::verdictText() const
{
    return m_verdict->text();
}

bool ManifestView::isReady() const
{
    return m_model->hasReport() && m_model->manifest().isValid() && m_model->report().ready() &&
           !m_model->report().keychainError;
}

bool ManifestView::needsKey(const QString& key) const
{
    for (const SecretRequirement& req : m_model->manifest().secrets)
        if (req.key == key && !req.optional)
            return true;
    return false;
}

void ManifestView::updateVerdict()
{
    const Manifest& manifest = m_model->manifest();
    const ReadinessReport& report = m_model->report();
    enum { Good, Bad, Pending } tone = Bad;
    QString text;
    if (!manifest.isValid()) {
        text = tr("\u2718 This manifest has %n error(s); fix the file to see what the app needs",
                  nullptr, int(manifest.errors().size()));
    } else if (!m_model->hasReport()) {
        text = tr("\u2026 Checking the keychain");
        tone = Pending;
    } else if (report.keychainError) {
        text = tr("\u26A0 Cannot check: %1").arg(report.keychainError.message);
    } else if (report.ready()) {
        text = tr("\u2714 %1").arg(report.verdict());
        tone = Good;
    } else {
        text = tr("\u2718 %1").arg(report.verdict());
    }
    m_verdict->setText(text);
    const bool dark = darkPalette(this);
    QPalette pal = palette();
    QColor background;
    switch (tone) {
    case Good:
        background = dark ? QColor(0x1f, 0x4d, 0x2b) : QColor(0xd4, 0xf4, 0xdc);
        m_verdictIcon->setPixmap(
            style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(24, 24));
        break;
    case Bad:
        background = dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xfd, 0xde, 0xdc);
        m_verdictIcon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(24, 24));
        break;
    case Pending:
        background = pal.color(QPalette::AlternateBase);
        m_verdictIcon->setPixmap(style()->standardIcon(QStyle::SP_BrowserReload).pixmap(24, 24));
        break;
    }
    pal.setColor(QPalette::Window, background);
    m_verdictBanner->setPalette(pal);
    m_setMissing->setVisible(manifest.isValid() && m_model->hasReport() &&
                             !m_model->missingRequired().isEmpty());
    emit verdictChanged();
}

void ManifestView::editKey(const QString& key)
{
    if (!m_vault || key.isEmpty() || (m_editor && m_editor->isVisible()))
        return;
    const int row = m_model->rowOf(key);
    const bool isSet =
        row >= 0 &&
        m_model->index(row, 0).data(ReadinessModel::StatusRole).toInt() == int(SecretStatus::Set);
    m_editor =
        new SecretEditor(m_vault, isSet ? SecretEditor::Mode::Edit : SecretEditor::Mode::Add, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setKey(key, true);
    if (!isSet && row >= 0)
        m_editor->setDescription(
            m_model->index(row, 0).data(ReadinessModel::DescriptionRole).toString());
    connect(m_editor, &SecretEditor::storeError, this, &ManifestView::storeError);
    connect(m_editor, &QDialog::finished, this, [this](int result) {
        // The editor deletes itself after this; open the next one afterwards.
        if (result == QDialog::Accepted && m_walking)
            QMetaObject::invokeMethod(this, &ManifestView::nextMissing, Qt::QueuedConnection);
        else
            m_walking = false;
    });
    // open(), not exec(): the keychain answers on this same event loop.
    m_editor->open();
}

void ManifestView::setMissing()
{
    m_walk = m_model->missingRequired();
    m_walking = true;
    nextMissing();
}

void ManifestView::nextMissing()
{
    while (!m_walk.isEmpty()) {
        const QString key = m_walk.takeFirst();
        const int row = m_model->rowOf(key);
        if (row >= 0 && m_model->index(row, 0).data(ReadinessModel::StatusRole).toInt() ==
                            int(SecretStatus::Set))
            continue;
        editKey(key);
        return;
    }
    m_walking = false;
}

} // namespace latchkey
