#include "QuickSearchPopup.h"

#include "ClearButton.h"
#include "SecretFilterModel.h"
#include "VaultModel.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace latchkey {

namespace {
// "KEY — description" in one line.
class KeyAndDescription : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString description = index.data(VaultModel::DescriptionRole).toString();
        if (!description.isEmpty())
            option->text = QuickSearchPopup::tr("%1 \u2014 %2").arg(option->text, description);
    }
};
} // namespace

QuickSearchPopup::QuickSearchPopup(VaultModel* secrets, QWidget* parent)
    : QWidget(parent, Qt::Dialog | Qt::WindowStaysOnTopHint)
    , m_filter(new SecretFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("quickSearch"));
    setWindowTitle(tr("Copy a secret \u2014 Latchkey"));
    m_filter->setSourceModel(secrets);
    m_filter->sort(VaultModel::KeyColumn);
    m_search->setObjectName(QStringLiteral("quickSearchField"));
    m_search->setPlaceholderText(tr("Type to search keys and descriptions"));
    addClearButton(m_search);
    m_search->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("quickSearchList"));
    m_list->setModel(m_filter);
    m_list->setModelColumn(VaultModel::KeyColumn);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setItemDelegate(new KeyAndDescription(m_list));
    auto* hint = new QLabel(tr("Enter copies the selected secret; Esc closes."), this);
    hint->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(hint);
    resize(420, 360);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setQuery(text);
        selectFirst();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &QuickSearchPopup::choose);
    connect(m_list, &QListView::activated, this, &QuickSearchPopup::choose);
}

void QuickSearchPopup::popup()
{
    m_search->clear();
    m_filter->setQuery({});
    selectFirst();
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        move(screen->availableGeometry().center() - rect().center());
    show();
    raise();
    activateWindow();
    m_search->setFocus();
}

void QuickSearchPopup::selectFirst()
{
    m_list->setCurrentIndex(m_filter->index(0, VaultModel::KeyColumn));
}

void QuickSearchPopup::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QString key = current.data(VaultModel::KeyRole).toString();
    hide();
    emit chosen(key);
}

// Up and Down move through the list while typing goes on in the field.
bool QuickSearchPopup::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            const int row = m_list->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_filter->rowCount())
                m_list->setCurrentIndex(m_filter->index(row, VaultModel::KeyColumn));
            return true;
        }
        if (key == Qt::Key_Escape) {
            hide();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace latchkey
