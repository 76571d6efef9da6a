#include "common/moneyedit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpressionValidator>

namespace rapi {

namespace {
constexpr Money kMinorPerMajor = 100;
constexpr int kMaxDigits = 13; // up to Rp 9.999.999.999.999

QString grouped(qint64 major)
{
    QString digits = QString::number(major);
    for (qsizetype pos = digits.size() - 3; pos > 0; pos -= 3)
        digits.insert(pos, QLatin1Char('.'));
    return digits;
}
} // namespace

MoneyEdit::MoneyEdit(QWidget *parent) : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9.]{0,17}")), this));
    setPlaceholderText(QStringLiteral("0"));

    // The currency sits inside the field, so a form label never needs to repeat it.
    auto *prefix = new QLabel(QStringLiteral("Rp"), this);
    prefix->setStyleSheet(QStringLiteral("color: palette(mid); background: transparent;"));
    prefix->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(prefix);
    layout->addStretch();
    setTextMargins(prefix->sizeHint().width() + 6, 0, 0, 0);

    connect(this, &QLineEdit::textChanged, this, [this] { emit valueChanged(value()); });
    connect(this, &QLineEdit::editingFinished, this, &MoneyEdit::regroup);
}

Money MoneyEdit::value() const
{
    QString digits = text();
    digits.remove(QLatin1Char('.'));
    if (digits.isEmpty())
        return 0;
    digits.truncate(kMaxDigits);
    return digits.toLongLong() * kMinorPerMajor;
}

void MoneyEdit::setValue(Money minorUnits)
{
    setText(minorUnits == 0 ? QString() : grouped(qMax<Money>(0, minorUnits) / kMinorPerMajor));
}

void MoneyEdit::regroup()
{
    const Money current = value();
    if (!text().isEmpty())
        setText(grouped(current / kMinorPerMajor));
}

} // namespace rapi
