#pragma once

#include "common/appcontext.h"
#include "mainwindow.h"
#include "orderfixture.h"

#include <catch2/catch.hpp>
#include <memory>
#include <QList>
#include <QObject>
#include <QString>
#include <QWidget>

// Failed checks print QStrings as text.
namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

class QAbstractItemModel;
class QDialog;
class QAbstractItemView;
class QComboBox;

namespace rapi::test {

// A main window over an OrderFixture's database and clock, shown on the offscreen platform.
struct UiFixture : OrderFixture
{
    UiFixture();
    // Creates and shows the window (call after seeding, so the first load sees the data).
    MainWindow &openWindow();
    void goToTab(MainWindow::Tab tab);

    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
};

// Waits (with a timeout) for a visible widget of type T named `name` (any name when empty).
template<typename T> T *waitForVisible(QObject *root, const QString &name = {}, int timeoutMs = 3000);

QWidget *findVisible(QObject *root, const QMetaObject &type, const QString &name);
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 3000);

void click(QWidget *widget);
// Replaces the widget's text the way a person does: select all, then type.
void typeInto(QWidget *widget, const QString &text);
// Chooses an item of a non-editable combo box by typing its first letters.
void chooseByTyping(QComboBox *combo, const QString &text);
// Clicks the row of `view` whose `column` shows `text`; false when there is none.
bool clickRow(QAbstractItemView *view, int column, const QString &text);
// The displayed text of a cell, and the row whose column shows `text` (-1 if none).
QString cellText(const QAbstractItemModel *model, int row, int column);
int rowWithText(const QAbstractItemModel *model, int column, const QString &text);
QString labelText(QObject *root, const QString &name);
// Clicks the OK button of the dialog's button box.
void pressOk(QDialog *dialog);

// The child of type T named `name`; the test stops when there is none.
template<typename T> T *child(QObject *root, const QString &name)
{
    auto *found = root->findChild<T *>(name);
    INFO("no child " << name.toStdString());
    REQUIRE(found);
    return found;
}
template<typename T> T *child(QObject *root, const char *name)
{
    return child<T>(root, QString::fromLatin1(name));
}

template<typename T> T *waitForVisible(QObject *root, const QString &name, int timeoutMs)
{
    QWidget *found = nullptr;
    waitUntil([&] { return (found = findVisible(root, T::staticMetaObject, name)) != nullptr; }, timeoutMs);
    return static_cast<T *>(found);
}

} // namespace rapi::test
