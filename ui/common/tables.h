#pragma once

#include <QString>
#include <QVariant>

class QTableView;
class QTableWidget;
class QTableWidgetItem;

namespace rapi::tables {

// The look every Rapi list shares: whole-row selection, uniform fixed-height rows, no row
// numbers, alternating rows, the last column stretched.
void setupList(QTableView *view);
// Sizes a column to fit both its header (bold, with room for the sort arrow; up to a cap) and a
// sample of its widest usual value.
void fitColumn(QTableView *view, int column, const QString &sample, bool boldCells = false);
// Shows every row of a short table without its own scroll bar (order lines, history).
void fitHeightToRows(QTableWidget *table, int minimumRows = 1);
// Read-only cells; number cells are right-aligned and carry their raw value in RawValueRole.
QTableWidgetItem *textItem(const QString &text);
QTableWidgetItem *numberItem(const QString &text, const QVariant &raw);

} // namespace rapi::tables
