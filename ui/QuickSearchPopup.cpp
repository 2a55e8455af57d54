#include "QuickSearchPopup.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

namespace latchkey {

QuickSearchPopup::QuickSearchPopup(QWidget* parent)
    : QWidget(parent, Qt::Dialog | Qt::WindowStaysOnTopHint)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Copy a secret — Latchkey"));
    m_search->setPlaceholderText(tr("Type to search keys and descriptions"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setUniformItemSizes(true);
    auto* hint = new QLabel(tr("Enter copies the selected secret; Esc closes."), this);
    hint->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(hint);
    resize(420, 360);
    connect(m_search, &QLineEdit::textChanged, this, &QuickSearchPopup::filter);
    connect(m_search, &QLineEdit::returnPressed, this, &QuickSearchPopup::choose);
    connect(m_list, &QListWidget::itemActivated, this, &QuickSearchPopup::choose);
}

void QuickSearchPopup::setEntries(const QList<QPair<QString, QString>>& entries)
{
    m_list->clear();
    for (const auto& [key, description] : entries) {
        auto* item = new QListWidgetItem(
            description.isEmpty() ? key : tr("%1 — %2").arg(key, description), m_list);
        item->setData(Qt::UserRole, key);
        item->setToolTip(description);
    }
    filter(m_search->text());
}

void QuickSearchPopup::popup()
{
    m_search->clear();
    filter({});
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        move(screen->availableGeometry().center() - rect().center());
    show();
    raise();
    activateWindow();
    m_search->setFocus();
}

void QuickSearchPopup::filter(const QString& text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem* first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        bool match = true;
        for (const QString& word : words)
            match = match && item->text().contains(word, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    m_list->setCurrentItem(first);
}

void QuickSearchPopup::choose()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    const QString key = item->data(Qt::UserRole).toString();
    hide();
    emit chosen(key);
}

// Up and Down move through the list while typing goes on in the field.
bool QuickSearchPopup::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            int row = m_list->currentRow();
            do
                row += key == Qt::Key_Down ? 1 : -1;
            while (row >= 0 && row < m_list->count() && m_list->item(row)->isHidden());
            if (row >= 0 && row < m_list->count())
                m_list->setCurrentRow(row);
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
