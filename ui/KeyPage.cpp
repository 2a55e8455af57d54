#include "KeyPage.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTableView>

namespace latchkey {

QRect KeyPage::currentRowRect() const
{
    QAbstractItemView* table = view();
    if (!table || !table->currentIndex().isValid())
        return {};
    const QModelIndex current = table->currentIndex();
    QRect row = table->visualRect(current.siblingAtColumn(0));
    for (int column = 1; column < table->model()->columnCount(); ++column)
        row = row.united(table->visualRect(current.siblingAtColumn(column)));
    row = row.intersected(table->viewport()->rect());
    return QRect(table->viewport()->mapToGlobal(row.topLeft()), row.size());
}

} // namespace latchkey
