#include "settings/holidaydialog.h"

#include "common/dialogparts.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace rapi {

namespace {
// The locale's short date with a four-digit year: 17/08/2026 in Indonesian, 8/17/2026 in English.
QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}
} // namespace

HolidayDialog::HolidayDialog(const QList<Holiday> &others, const Holiday &initial, bool editing,
                             QWidget *parent)
    : QDialog(parent), m_others(others), m_date(new QDateEdit(this)), m_name(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("holidayDialog"));
    setWindowTitle(editing ? tr("Edit holiday") : tr("Add holiday"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_date->setObjectName(QStringLiteral("holidayDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateFormat());
    m_date->setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 31));
    m_date->setDate(initial.day);
    m_name->setObjectName(QStringLiteral("holidayNameEdit"));
    m_name->setText(initial.name);
    m_name->setPlaceholderText(tr("e.g. Hari Raya Idul Fitri"));
    m_name->setMinimumWidth(280);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Name"), m_name);
    layout->addLayout(form);

    dialogparts::styleAsError(m_error);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &HolidayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HolidayDialog::reject);
    m_name->setFocus();
}

Holiday HolidayDialog::holiday() const
{
    return {m_date->date(), m_name->text().trimmed()};
}

void HolidayDialog::accept()
{
    QList<Holiday> all = m_others;
    all.append(holiday());
    if (Status status = SlaSettings::checkHolidays(all); !status) {
        m_error->setText(status.error());
        m_error->show();
        (holiday().name.isEmpty() ? static_cast<QWidget *>(m_name) : m_date)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace rapi
