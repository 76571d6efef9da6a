#pragma once

#include <QColor>

class QApplication;
class QPushButton;
class QWidget;

namespace rapi::theme {

// One light, calm look for every platform (Fusion with Rapi's palette), the same in the app, its
// screenshots and its tests.
void apply(QApplication &app);

// Colours with a meaning, used the same way on every tab.
inline QColor stuckBackground()
{
    return QColor(0xff, 0xe9, 0xb8);
} // amber: waiting too long
inline QColor stuckText()
{
    return QColor(0x7a, 0x4b, 0x00);
}
inline QColor criticalBackground()
{
    return QColor(0xfd, 0xec, 0xea);
} // red tint: reorder now
inline QColor criticalText()
{
    return QColor(0xb4, 0x23, 0x18);
}
inline QColor mutedText()
{
    return QColor(0x6b, 0x72, 0x80);
}
inline QColor positiveText()
{
    return QColor(0x15, 0x80, 0x3d);
}

// The background and text colour of a stage's badge.
QColor stageBackground(int stage);
QColor stageText(int stage);

// The one obvious action of a place (New order, the next stage, Create order): filled blue.
void makePrimary(QPushButton *button);
// A title label: larger and bold.
void makeTitle(QWidget *label, int pointSizeDelta = 4);
// A secondary label: muted colour.
void makeMuted(QWidget *label);

} // namespace rapi::theme
