#include "ManifestView.h"

#include "AgeDelegate.h"
#include "Icons.h"
#include "OpenManifest.h"
#include "ReadinessModel.h"
#include "ScanDialog.h"
#include "StateDelegate.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace latchkey {

namespace {

bool darkPalette(const QWidget* widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ManifestView::ManifestView(OpenManifest* manifest, QWidget* parent)
    : KeyPage(parent)
    , m_manifest(manifest)
    , m_sorter(new QSortFilterProxyModel(this))
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
    m_description->setTextFormat(Qt::PlainText);
    // What the manifest says wraps, and a word longer than the window is cut:
    // never a reason for a wider window (whose width would be saved).
    for (QLabel* label : {m_name, m_description}) {
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    m_path = new QLabel(this);
    m_path->setTextFormat(Qt::PlainText);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setForegroundRole(QPalette::PlaceholderText);
    // A long path is cut, never a reason for a wider window.
    m_path->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_verdictBanner = new QFrame(this);
    m_verdictBanner->setObjectName(QStringLiteral("verdictBanner"));
    m_verdictBanner->setAutoFillBackground(true);
    m_verdictIcon = new QLabel(m_verdictBanner);
    m_verdict = new QLabel(m_verdictBanner);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setTextFormat(Qt::PlainText);
    // A long verdict (a keychain's error message) wraps: it never widens the window.
    m_verdict->setWordWrap(true);
    m_verdict->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_verdict->setFont(bold);
    m_setMissing = new QPushButton(tr("Set &Missing\u2026"), m_verdictBanner);
    m_setMissing->setObjectName(QStringLiteral("setMissingButton"));
    m_setMissing->setToolTip(tr("Enter every missing required secret, one after another"));
    auto* bannerLayout = new QHBoxLayout(m_verdictBanner);
    bannerLayout->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_verdict, 1);
    bannerLayout->addWidget(m_setMissing, 0, Qt::AlignVCenter);
    // "Scan this app's folder" (issue #13): ui/ScanDialog.h owns the button and the dialog;
    // it scans with the vault the session evaluates this manifest against when clicked.
    bannerLayout->addWidget(ScanDialog::createButton(
                                m_verdictBanner,
                                [this] { return QFileInfo(path()).absolutePath(); },
                                [this] { return m_manifest ? m_manifest->vault() : nullptr; }),
                            0, Qt::AlignVCenter);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("readinessTable"));
    m_sorter->setSourceModel(manifest->readiness());
    m_sorter->setSortRole(ReadinessModel::SortRole);
    m_table->setModel(m_sorter);
    m_table->setItemDelegateForColumn(ReadinessModel::StatusColumn,
                                      new StateDelegate(ReadinessModel::StateRole, true, m_table));
    m_table->setItemDelegateForColumn(ReadinessModel::AgeColumn,
                                      new AgeDelegate(ReadinessModel::AgeStateRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // manifest order until asked
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setTabKeyNavigation(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReadinessModel::DescriptionColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    m_integrationsTitle =
        sectionTitle(tr("Integrations and credentials \u2014 managed by the platform"), this);
    m_integrations = new QLabel(this);
    m_integrations->setObjectName(QStringLiteral("platformConnections"));
    m_integrations->setWordWrap(true);
    m_integrations->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
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

    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit keyActivated(index.data(ReadinessModel::KeyRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ManifestView::currentKeyChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ManifestView::currentKeyChanged);
    connect(m_setMissing, &QPushButton::clicked, this, &ManifestView::setMissingRequested);
    connect(manifest, &OpenManifest::verdictChanged, this, &ManifestView::updateVerdict);
    connect(manifest, &OpenManifest::manifestChanged, this, &ManifestView::showManifest);
    showManifest();
}

OpenManifest* ManifestView::manifest() const
{
    return m_manifest;
}

QString ManifestView::path() const
{
    return m_manifest ? m_manifest->path() : QString();
}

QString ManifestView::title() const
{
    return m_manifest ? m_manifest->title() : QString();
}

QString ManifestView::verdictText() const
{
    return m_verdict->text();
}

QString ManifestView::currentKey() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), {}))
        return {};
    return index.data(ReadinessModel::KeyRole).toString();
}

QString ManifestView::descriptionFor(const QString& key) const
{
    const SecretRequirement* secret = m_manifest ? m_manifest->manifest().secret(key) : nullptr;
    return secret ? secret->description : QString();
}

SecretState ManifestView::stateOf(const QString& key) const
{
    const int row = m_manifest ? m_manifest->readiness()->rowOf(key) : -1;
    return row < 0 ? SecretState::Checking : m_manifest->readiness()->stateAt(row);
}

QAbstractItemView* ManifestView::view() const
{
    return m_table;
}

bool ManifestView::selectKey(const QString& key)
{
    const int row = m_manifest ? m_manifest->readiness()->rowOf(key) : -1;
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_sorter->mapFromSource(m_manifest->readiness()->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    return true;
}

void ManifestView::showManifest()
{
    const Manifest& manifest = m_manifest->manifest();
    m_name->setText(title());
    m_description->setText(manifest.description);
    m_description->setVisible(!manifest.description.isEmpty());
    m_path->setText(QDir::toNativeSeparators(path()));
    m_path->setToolTip(m_path->text());

    // Connections the platform manages: listed so that people connect them
    // there; they are never stored here and never change the verdict.
    QStringList connections;
    bool required = false;
    const auto list = [&](const QList<Integration>& entries, const QString& kind) {
        for (const Integration& entry : entries) {
            required = required || !entry.optional;
            const QString need = entry.optional ? tr("optional") : tr("required");
            connections << (entry.description.isEmpty()
                                ? tr("\u2022 %1 %2 (%3)").arg(kind, entry.key, need)
                                : tr("\u2022 %1 %2 (%3) \u2014 %4")
                                      .arg(kind, entry.key, need, entry.description));
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
            Icons::get(diagnostic.isError() ? Icons::Error : Icons::Warning),
            tr("%1 \u2014 %2: %3").arg(kind, where, diagnostic.message), m_diagnostics);
        // Where it is as editors write it (file:line:column), then the words
        // in the user's language; Diagnostic::toString() keeps GCC's English
        // "error"/"warning" for the command line, where tools parse them.
        const QString place = diagnostic.line > 0 ? QStringLiteral("%1:%2:%3")
                                                        .arg(diagnostic.file)
                                                        .arg(diagnostic.line)
                                                        .arg(qMax(diagnostic.column, 1))
                                                  : diagnostic.file;
        item->setToolTip(QStringLiteral("%1: %2: %3").arg(place, kind, diagnostic.message));
    }
    m_diagnosticsTitle->setVisible(!manifest.diagnostics.isEmpty());
    m_diagnostics->setVisible(!manifest.diagnostics.isEmpty());
    updateVerdict();
    emit titleChanged(title());
}

void ManifestView::updateVerdict()
{
    if (!m_manifest)
        return;
    const OpenManifest::Tone tone = m_manifest->tone();
    const bool dark = darkPalette(this);
    QColor background;
    QString symbol;
    QIcon icon;
    switch (tone) {
    case OpenManifest::Tone::Ready:
        background = dark ? QColor(0x1f, 0x4d, 0x2b) : QColor(0xd4, 0xf4, 0xdc);
        icon = Icons::state(SecretState::Set);
        break;
    case OpenManifest::Tone::NotReady:
    case OpenManifest::Tone::Invalid:
        background = dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xfd, 0xde, 0xdc);
        icon = Icons::state(SecretState::Missing);
        break;
    case OpenManifest::Tone::Locked:
        background = dark ? QColor(0x1f, 0x3a, 0x5c) : QColor(0xdd, 0xe9, 0xf7);
        icon = Icons::state(SecretState::Locked);
        break;
    case OpenManifest::Tone::Unknown:
        background = dark ? QColor(0x66, 0x4d, 0x00) : QColor(0xff, 0xec, 0xb3);
        icon = Icons::state(SecretState::Unreadable);
        break;
    case OpenManifest::Tone::Checking:
        background = palette().color(QPalette::AlternateBase);
        symbol = QStringLiteral("\u2026 ");
        break;
    }
    // The icon says the tone; a symbol only while there is no icon yet.
    m_verdict->setText(symbol + m_manifest->verdict());
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    m_verdictIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(size, size));
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background);
    m_verdictBanner->setPalette(pal);
    m_setMissing->setVisible(tone == OpenManifest::Tone::NotReady &&
                             !m_manifest->readiness()->missingRequired().isEmpty());
}

} // namespace latchkey
