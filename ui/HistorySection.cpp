#include "HistorySection.h"

#include "Session.h"
#include "Vault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace latchkey {

namespace {
constexpr int kVersionRole = Qt::UserRole + 1;
} // namespace

HistorySection::HistorySection(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_toggle(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_list(new QTreeWidget(m_body))
    , m_status(new QLabel(m_body))
    , m_restore(new QPushButton(tr("&Restore This Version"), m_body))
{
    setObjectName(QStringLiteral("historySection"));
    m_toggle->setObjectName(QStringLiteral("historyToggle"));
    m_toggle->setText(tr("History"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setToolTip(tr("Earlier values of this secret, kept when it was overwritten"));
    connect(m_toggle, &QToolButton::toggled, this, [this](bool open) {
        m_toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_body->setVisible(open);
    });

    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Version"), tr("Replaced"), tr("Value")});
    m_list->header()->setStretchLastSection(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // A few rows; the dialog stays compact.
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 8);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restore->setObjectName(QStringLiteral("restoreVersionButton"));
    m_restore->setToolTip(tr("Make the selected earlier value the current one; the current value "
                             "is kept as the newest earlier value"));
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistorySection::updateButtons);
    connect(m_restore, &QPushButton::clicked, this, &HistorySection::restoreSelected);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addStretch(); // keeps the button its own size while the status is hidden
    buttons->addWidget(m_restore, 0, Qt::AlignTop);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_list);
    body->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);

    // A value set, restored or deleted elsewhere (the CLI, this window)
    // changes the list.
    if (m_session)
        connect(m_session, &Session::secretsChanged, this, [this](const QStringList& keys) {
            if (!m_key.isEmpty() && keys.contains(m_key) && !m_restoring)
                reload();
        });
    hide();
}

QList<QWidget*> HistorySection::tabOrder() const
{
    return {m_toggle, m_list, m_restore};
}

void HistorySection::setKey(const QString& key)
{
    m_key = key;
    reload();
}

void HistorySection::reload()
{
    Vault* vault = m_session ? m_session->vault() : nullptr;
    // Only a store that keeps earlier values has any (a team vault's has none).
    if (!vault || m_key.isEmpty() || !vault->store()->keepsPast()) {
        ++m_generation;
        m_loading = false;
        hide();
        return;
    }
    show();
    const quint64 generation = ++m_generation;
    m_loading = true;
    if (m_list->topLevelItemCount() == 0)
        showStatus(tr("Reading earlier values\u2026"), false);
    updateButtons();
    vault->history(
        m_key, this, [this, generation](const Error& error, const QList<HistoryEntry>& list) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (error) {
                m_list->clear();
                m_list->hide();
                showStatus(tr("Earlier values cannot be read: %1").arg(error.message), true);
                updateButtons();
                return emit failed(error);
            }
            const int selected =
                m_list->currentItem() ? m_list->currentItem()->data(0, kVersionRole).toInt() : 0;
            m_list->clear();
            for (const HistoryEntry& entry : list) {
                auto* item = new QTreeWidgetItem(m_list);
                item->setText(0, QString::number(entry.version));
                item->setData(0, kVersionRole, entry.version);
                item->setText(
                    1, QLocale().toString(entry.replaced.toLocalTime(), QLocale::ShortFormat));
                // No hint: the value could not be read to be masked (a locked keychain).
                item->setText(2, entry.hint.isEmpty() ? tr("(cannot be read now)") : entry.hint);
                if (entry.version == selected)
                    m_list->setCurrentItem(item);
            }
            m_list->resizeColumnToContents(0);
            m_list->resizeColumnToContents(1);
            m_list->setVisible(!list.isEmpty());
            m_toggle->setText(list.isEmpty() ? tr("History") : tr("History (%1)").arg(list.size()));
            if (list.isEmpty())
                showStatus(tr("No earlier values."), false);
            else
                showStatus(QString(), false);
            updateButtons();
        });
}

void HistorySection::showStatus(const QString& text, bool error)
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xc0, 0x1c, 0x28)
                                                 : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void HistorySection::updateButtons()
{
    const bool chosen = !m_list->selectedItems().isEmpty();
    m_restore->setVisible(m_list->topLevelItemCount() > 0);
    m_restore->setEnabled(chosen && !m_restoring && !m_loading);
}

void HistorySection::restoreSelected()
{
    Vault* vault = m_session ? m_session->vault() : nullptr;
    QTreeWidgetItem* item = m_list->currentItem();
    if (!vault || !item || m_restoring)
        return;
    const int version = item->data(0, kVersionRole).toInt();
    const QString key = m_key;
    m_restoring = true;
    updateButtons();
    showStatus(tr("Restoring version %1\u2026").arg(version), false);
    vault->restoreVersion(key, version, this, [this, key, version](const Error& error) {
        m_restoring = false;
        if (error) {
            showStatus(
                tr("Version %1 was not restored: %2").arg(QString::number(version), error.message),
                true);
            updateButtons();
            return emit failed(error);
        }
        m_list->clearSelection();
        m_list->setCurrentItem(nullptr);
        emit restored(key, version);
        reload();
    });
}

} // namespace latchkey
