#include "dashboard/activefilterbar.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace rapi::activefilter {

QWidget *create(QWidget *parent, QLabel **text, std::function<void()> onClear)
{
    auto *bar = new QWidget(parent);
    bar->setObjectName(QStringLiteral("activeFilterBar"));
    bar->setAttribute(Qt::WA_StyledBackground);
    bar->setStyleSheet(
        QStringLiteral("QWidget#activeFilterBar { background: #e7f1fb; border-radius: 6px; }"));
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(10, 4, 6, 4);
    *text = new QLabel(bar);
    (*text)->setObjectName(QStringLiteral("activeFilterLabel"));
    (*text)->setStyleSheet(QStringLiteral("color: #1e3a5f;"));
    auto *clear = new QPushButton(QCoreApplication::translate("rapi::activefilter", "Clear filter"), bar);
    clear->setObjectName(QStringLiteral("clearFilterButton"));
    clear->setFlat(true);
    clear->setCursor(Qt::PointingHandCursor);
    clear->setStyleSheet(
        QStringLiteral("QPushButton { color: #1f6fd1; font-weight: 600; padding: 2px 8px; }"));
    h->addWidget(*text, 1);
    h->addWidget(clear);
    QObject::connect(clear, &QPushButton::clicked, bar, std::move(onClear));
    bar->hide();
    return bar;
}

void show(QWidget *bar, QLabel *text, const QStringList &parts)
{
    text->setText(QCoreApplication::translate("rapi::activefilter", "Showing only: %1")
                      .arg(parts.join(QStringLiteral(" · "))));
    bar->setVisible(!parts.isEmpty());
}

} // namespace rapi::activefilter
