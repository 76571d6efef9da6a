#pragma once

#include <QString>

class QBoxLayout;
class QDialog;
class QLabel;
class QPushButton;
class QWidget;

namespace rapi::dialogparts {

// The parts every Rapi dialog shares, so they look and behave alike.

// The line under a dialog's fields where the core's refusal shows: wrapped, in the critical
// colour, hidden until there is something to say; objectName "errorLabel" (tests find it).
QLabel *errorLabel(QWidget *parent);
// Styles an existing label that way and returns it.
QLabel *styleAsError(QLabel *label);

// OK and Cancel at the bottom of `layout`: OK says `confirmText`, is the default and primary
// button and is named `objectName`; they call the dialog's (virtual) accept() and reject().
QPushButton *addConfirmButtons(QDialog *dialog, QBoxLayout *layout, const QString &confirmText,
                               const QString &objectName);

} // namespace rapi::dialogparts
