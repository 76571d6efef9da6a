#include "common/theme.h"

#include "orders/orderstage.h"

#include <QApplication>
#include <QPalette>
#include <QPushButton>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace rapi::theme {

void apply(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);
    QPalette p = app.style()->standardPalette();
    p.setColor(QPalette::Window, QColor(0xf5, 0xf6, 0xf8));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf8, 0xf9, 0xfb));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xd1));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Button, QColor(0xfb, 0xfb, 0xfc));
    p.setColor(QPalette::Mid, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x37, 0x3d));
    p.setColor(QPalette::ToolTipText, Qt::white);
    app.setPalette(p);
    app.setStyleSheet(QStringLiteral(
        "QTableView { gridline-color: #eceef1; selection-background-color: #dbe8fb; selection-color: "
        "#111827; }"
        "QHeaderView::section { background: #f3f4f6; border: none; border-bottom: 1px solid #e1e4e8;"
        "  border-right: 1px solid #eceef1; padding: 5px 8px; font-weight: 600; color: #374151; }"
        "QTabWidget::pane { border: none; border-top: 1px solid #e1e4e8; }"
        "QTabBar::tab { padding: 8px 18px; margin-right: 2px; border: none; color: #4b5563; }"
        "QTabBar::tab:selected { color: #111827; border-bottom: 2px solid #1f6fd1; font-weight: 600; }"
        "QTabBar::tab:hover:!selected { color: #111827; }"));
}

QColor stageBackground(int stage)
{
    switch (OrderStage(stage)) {
    case OrderStage::New:
        return QColor(0xe7, 0xf1, 0xfb);
    case OrderStage::AwaitingPayment:
        return QColor(0xf3, 0xe8, 0xfd);
    case OrderStage::Paid:
        return QColor(0xe0, 0xf2, 0xf1);
    case OrderStage::Processing:
        return QColor(0xfe, 0xf3, 0xe2);
    case OrderStage::Shipped:
        return QColor(0xe8, 0xea, 0xf6);
    case OrderStage::Completed:
        return QColor(0xe8, 0xf5, 0xec);
    case OrderStage::Cancelled:
        return QColor(0xf1, 0xf2, 0xf4);
    case OrderStage::Returned:
        return QColor(0xfd, 0xec, 0xea);
    }
    return QColor(0xf1, 0xf2, 0xf4);
}

QColor stageText(int stage)
{
    switch (OrderStage(stage)) {
    case OrderStage::New:
        return QColor(0x0b, 0x3d, 0x6e);
    case OrderStage::AwaitingPayment:
        return QColor(0x5b, 0x21, 0x8e);
    case OrderStage::Paid:
        return QColor(0x0f, 0x5e, 0x59);
    case OrderStage::Processing:
        return QColor(0x8a, 0x4b, 0x00);
    case OrderStage::Shipped:
        return QColor(0x28, 0x35, 0x93);
    case OrderStage::Completed:
        return QColor(0x14, 0x53, 0x2d);
    case OrderStage::Cancelled:
        return QColor(0x4b, 0x55, 0x63);
    case OrderStage::Returned:
        return QColor(0x84, 0x20, 0x29);
    }
    return QColor(0x4b, 0x55, 0x63);
}

void makePrimary(QPushButton *button)
{
    // Set on the button itself: an application rule keyed on objectName would not re-apply when
    // the name is set after the button was first styled.
    button->setStyleSheet(QStringLiteral(
        "QPushButton { background: #1f6fd1; color: white; border: 1px solid #1a5fb4; border-radius: 4px;"
        " padding: 5px 14px; font-weight: 600; }"
        "QPushButton:hover { background: #1a5fb4; }"
        "QPushButton:disabled { background: #9dbde8; border-color: #9dbde8; }"));
}

void makeTitle(QWidget *label, int pointSizeDelta)
{
    QFont font = label->font();
    font.setPointSize(font.pointSize() + pointSizeDelta);
    font.setBold(true);
    label->setFont(font);
}

void makeMuted(QWidget *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, mutedText());
    p.setColor(QPalette::Text, mutedText());
    label->setPalette(p);
}

} // namespace rapi::theme
