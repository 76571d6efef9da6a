#include "uitestsupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

namespace rapi::test {

UiFixture::UiFixture() : context(std::make_unique<AppContext>(AppContext{*db, actor, clock})) {}

MainWindow &UiFixture::openWindow()
{
    window = std::make_unique<MainWindow>(*context);
    window->resize(1360, 840);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    return *window;
}

void UiFixture::goToTab(MainWindow::Tab tab)
{
    QTabBar *bar = window->tabs()->tabBar();
    const int index = window->tabs()->indexOf(window->tabWidget(tab));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    REQUIRE(window->tabs()->currentIndex() == index);
}

QWidget *findVisible(QObject *root, const QMetaObject &type, const QString &name)
{
    const QList<QWidget *> widgets = root->findChildren<QWidget *>(name.isEmpty() ? QString() : name);
    for (QWidget *widget : widgets) {
        if (widget->isVisible() && type.cast(widget))
            return widget;
    }
    return nullptr;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

void click(QWidget *widget)
{
    REQUIRE(widget);
    REQUIRE(widget->isVisible());
    REQUIRE(widget->isEnabled());
    QTest::mouseClick(widget, Qt::LeftButton);
}

void typeInto(QWidget *widget, const QString &text)
{
    REQUIRE(widget);
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Delete);
    QTest::keyClicks(widget, text);
}

void chooseByTyping(QComboBox *combo, const QString &text)
{
    REQUIRE(combo);
    combo->setFocus();
    // Keys typed within the keyboard interval extend the previous search.
    QTest::qWait(QApplication::keyboardInputInterval() + 20);
    QTest::keyClicks(combo, text);
    INFO("combo shows " << combo->currentText().toStdString());
    REQUIRE(combo->currentText().startsWith(text));
}

QString cellText(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data(Qt::DisplayRole).toString();
}

int rowWithText(const QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (cellText(model, row, column) == text)
            return row;
    }
    return -1;
}

bool clickRow(QAbstractItemView *view, int column, const QString &text)
{
    const int row = rowWithText(view->model(), column, text);
    if (row < 0)
        return false;
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    return view->currentIndex().row() == row;
}

QString labelText(QObject *root, const QString &name)
{
    auto *label = root->findChild<QLabel *>(name);
    REQUIRE(label);
    return label->text();
}

void pressOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(box);
    click(box->button(QDialogButtonBox::Ok));
}

} // namespace rapi::test
