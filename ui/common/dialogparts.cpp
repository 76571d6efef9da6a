#include "common/dialogparts.h"

#include "common/theme.h"

#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace rapi::dialogparts {

QLabel *errorLabel(QWidget *parent)
{
    return styleAsError(new QLabel(parent));
}

QLabel *styleAsError(QLabel *label)
{
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, theme::criticalText());
    label->setPalette(palette);
    label->hide();
    return label;
}

QPushButton *addConfirmButtons(QDialog *dialog, QBoxLayout *layout, const QString &confirmText,
                               const QString &objectName)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(confirmText);
    ok->setObjectName(objectName);
    ok->setDefault(true);
    theme::makePrimary(ok);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return ok;
}

} // namespace rapi::dialogparts
