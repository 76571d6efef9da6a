#pragma once

#include <functional>
#include <QStringList>

class QLabel;
class QWidget;

namespace rapi::activefilter {

// The bar above a list that says which filter is on ("Showing only: Paid · stuck only ·
// placed 16 – 22 Nov 2026") with a Clear filter button; hidden while the list is unfiltered.
// Lists the dashboard opens (orders, tickets) use it so a person always sees why rows are missing.
QWidget *create(QWidget *parent, QLabel **text, std::function<void()> onClear);
void show(QWidget *bar, QLabel *text, const QStringList &parts);

} // namespace rapi::activefilter
