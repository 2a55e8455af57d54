#include "SecretsPage.h"

#include "AgeDelegate.h"
#include "ClearButton.h"
#include "Mask.h"
#include "SecretFilterModel.h"
#include "Session.h"
#include "StateDelegate.h"
#include "VaultModel.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace latchkey {

namespace {

// What a cell adds to its text: the focus frame's margins and some air.
int cellPadding(const QTableView* table)
{
    return 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 24;
}

// What a state icon takes before its word (StateDelegate, AgeDelegate).
int stateIconWidth(const QTableView* table)
{
    return table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
}

} // namespace

SecretsPage::SecretsPage(Session* session, QWidget* parent)
    : KeyPage(parent)
    , m_session(session)
    , m_filter(new SecretFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QWidget(this))
    , m_noMatches(new QLabel(this))
    , m_fit(new QTimer(this))
{
    setObjectName(QStringLiteral("secretsPage"));
    m_filter->setSourceModel(session->secrets());

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search keys and descriptions (Ctrl+F)"));
    addClearButton(m_search);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &SecretsPage::setQuery);

    m_table->setObjectName(QStringLiteral("secretsTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VaultModel::KeyColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setItemDelegateForColumn(VaultModel::ValueColumn,
                                      new StateDelegate(VaultModel::StateRole, false, m_table));
    m_table->setItemDelegateForColumn(VaultModel::AgeColumn,
                                      new AgeDelegate(VaultModel::AgeStateRole, m_table));
    // Every row one line high: no row is ever measured, and nothing shown in
    // a row can change its height.
    QHeaderView* rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    // Key and masked value are sized to what they show, the description takes
    // the rest; nothing is measured over every row.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(VaultModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(VaultModel::ValueColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(VaultModel::UpdatedColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(VaultModel::AgeColumn, QHeaderView::Fixed);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = cellPadding(m_table);
    // The longest thing the value column shows: a mask with its tail, or a
    // state word after its icon.
    const int icon = stateIconWidth(m_table);
    header->resizeSection(
        VaultModel::ValueColumn,
        std::max({metrics.horizontalAdvance(maskValue(QStringLiteral("0123456789ABCDEF"))),
                  metrics.horizontalAdvance(tr("Unreadable")) + icon,
                  metrics.horizontalAdvance(tr("Locked")) + icon}) +
            padding);
    header->resizeSection(VaultModel::UpdatedColumn,
                          metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00")) + padding);
    fitAgeColumn();
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        emit keyActivated(index.data(VaultModel::KeyRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SecretsPage::currentKeyChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SecretsPage::currentKeyChanged);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_noMatches->setObjectName(QStringLiteral("noMatches"));
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setWordWrap(true);
    m_noMatches->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_noMatches);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_search, m_table);

    // Rows come and go in runs (a vault opening, another process's write):
    // measure the key column once after each run. Its limit depends on the
    // viewport's width, which is right only once the window is laid out and
    // shown; a fit owed then runs as the viewport gets that size (see
    // eventFilter), in time for the first paint rather than after it, which
    // would paint the whole window a second time.
    m_table->viewport()->installEventFilter(this);
    m_fit->setSingleShot(true);
    m_fit->setInterval(0);
    connect(m_fit, &QTimer::timeout, this, &SecretsPage::fitColumnsWhenShown);
    const VaultModel* model = session->secrets();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, [this] {
            m_fit->start();
            updateState();
        });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_fit->start();
        updateState();
    });
    // A due date or a rotation flag given to a row may need a wider age column.
    connect(model, &QAbstractItemModel::dataChanged, this, &SecretsPage::fitAgeColumn);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &SecretsPage::updateState);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_pending.isEmpty() && selectKey(m_pending))
            m_pending.clear();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SecretsPage::updateState);
    connect(session, &Session::loaded, this, &SecretsPage::updateState);
    updateState();
}

void SecretsPage::setEmptyStateActions(QAction* add, QAction* open)
{
    auto* text = new QLabel(
        tr("No secrets yet \u2014 add one, or open an app's inf.yml to see what it needs."),
        m_empty);
    text->setObjectName(QStringLiteral("emptyText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    QFont font = text->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    text->setFont(font);
    auto* addButton = new QPushButton(add->icon(), tr("Add a Secret\u2026"), m_empty);
    connect(addButton, &QPushButton::clicked, add, &QAction::trigger);
    auto* openButton = new QPushButton(open->icon(), tr("Open an inf.yml\u2026"), m_empty);
    connect(openButton, &QPushButton::clicked, open, &QAction::trigger);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(addButton);
    buttons->addWidget(openButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(m_empty);
    layout->addStretch();
    layout->addWidget(text);
    layout->addLayout(buttons);
    layout->addStretch();
}

QString SecretsPage::currentKey() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), {}))
        return {};
    return index.data(VaultModel::KeyRole).toString();
}

SecretState SecretsPage::stateOf(const QString& key) const
{
    return m_session->secrets()->stateOf(key);
}

QAbstractItemView* SecretsPage::view() const
{
    return m_table;
}

bool SecretsPage::selectKey(const QString& key)
{
    const int row = m_session->secrets()->rowOf(key);
    const QModelIndex index = m_filter->indexOfVaultRow(row);
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void SecretsPage::selectWhenShown(const QString& key)
{
    m_pending = selectKey(key) ? QString() : key;
}

void SecretsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void SecretsPage::setQuery(const QString& text)
{
    const QString selected = currentKey();
    m_filter->setQuery(text);
    // Keep the selected secret while it is shown; when it is filtered out,
    // select nothing rather than whatever row took its place.
    if (selected.isEmpty() || !selectKey(selected)) {
        m_table->selectionModel()->clearSelection();
        m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    }
    // The filter changes the layout in one step, and a selection model drops a
    // row that leaves the layout without saying so: the actions hear it here.
    if (currentKey() != selected)
        emit currentKeyChanged();
    updateState();
}

void SecretsPage::updateState()
{
    const int total = m_session->secrets()->rowCount();
    const int shown = m_filter->rowCount();
    QWidget* page = m_table;
    if (total == 0 && m_session->isLoaded())
        page = m_empty;
    else if (shown == 0 && total > 0) {
        m_noMatches->setText(tr("No secret matches \u201c%1\u201d.").arg(m_filter->query()));
        page = m_noMatches;
    }
    if (m_stack->currentWidget() != page)
        m_stack->setCurrentWidget(page);
    emit countChanged(shown, total);
}

void SecretsPage::fitColumns()
{
    fitAgeColumn();
    // The widest key decides; only the longest keys are measured, not every row.
    const QList<SecretInfo>& entries = m_session->secrets()->entries();
    qsizetype longest = 0;
    for (const SecretInfo& info : entries)
        longest = std::max(longest, info.key.size());
    const QFontMetrics metrics = m_table->fontMetrics();
    int width = metrics.horizontalAdvance(
        m_filter->headerData(VaultModel::KeyColumn, Qt::Horizontal).toString());
    int measured = 0;
    for (const SecretInfo& info : entries)
        if (info.key.size() + 2 >= longest && measured++ < 32)
            width = std::max(width, metrics.horizontalAdvance(info.key));
    const int limit = std::max(160, m_table->viewport()->width() * 45 / 100);
    m_table->horizontalHeader()->resizeSection(VaultModel::KeyColumn, std::min(width + 28, limit));
}

void SecretsPage::fitAgeColumn()
{
    // The longest short age, and after it (with its icon) the longest state
    // word the rows can show: no room is kept for "needs rotation" in a vault
    // where nothing has a due date or a flag, so the description gets it.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int icon = stateIconWidth(m_table);
    const int padding = cellPadding(m_table);
    SecretAge sample;
    int width = 0;
    qint64 widest = 0;
    for (const qint64 days : {89, 729, 36499}) {
        sample.ageDays = days;
        const int advance = metrics.horizontalAdvance(SecretAge::columnText(sample));
        if (advance > width) {
            width = advance;
            widest = days;
        }
    }
    sample.ageDays = widest;
    for (const AgeState state : m_session->secrets()->possibleAgeStates()) {
        sample.state = state;
        width = std::max(width, metrics.horizontalAdvance(SecretAge::columnText(sample)) + icon);
    }
    QHeaderView* header = m_table->horizontalHeader();
    const QString title = m_filter->headerData(VaultModel::AgeColumn, Qt::Horizontal).toString();
    width = std::max(width, header->fontMetrics().horizontalAdvance(title) + 16); // sort arrow
    header->resizeSection(VaultModel::AgeColumn, width + padding);
}

void SecretsPage::fitColumnsWhenShown()
{
    if (m_table->viewport()->isVisible())
        fitColumns();
    else
        m_fitOwed = true;
}

bool SecretsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport()) {
        const bool owed = m_fitOwed || m_fit->isActive();
        if (event->type() == QEvent::Resize && owed && m_table->viewport()->isVisible()) {
            // Shown and laid out: the width the limit needs is known now.
            m_fit->stop();
            m_fitOwed = false;
            fitColumns();
        } else if (event->type() == QEvent::Show && m_fitOwed) {
            // Shown again at the same size, so no resize follows; and on a
            // first show the width is not final yet. The next turn decides.
            m_fitOwed = false;
            m_fit->start();
        }
        return KeyPage::eventFilter(watched, event);
    }
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return KeyPage::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool intoResults =
        key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (intoResults && m_filter->rowCount() > 0) {
        if (currentKey().isEmpty())
            m_table->selectionModel()->setCurrentIndex(m_filter->index(0, 0),
                                                       QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        m_table->setFocus(Qt::OtherFocusReason);
        return true;
    }
    if (key->matches(QKeySequence::Copy) && !m_search->hasSelectedText() &&
        m_filter->rowCount() == 1) {
        emit copyRequested(m_filter->index(0, 0).data(VaultModel::KeyRole).toString());
        return true;
    }
    return KeyPage::eventFilter(watched, event);
}

} // namespace latchkey
