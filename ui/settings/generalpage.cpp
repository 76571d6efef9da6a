#include "settings/generalpage.h"

#include "common/language.h"
#include "common/theme.h"
#include "sla/businesssettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rapi {

namespace {
QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    theme::makeMuted(label);
    return label;
}
} // namespace

GeneralPage::GeneralPage(QWidget *parent)
    : SettingsPage(parent), m_language(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_bankAccount(new QLineEdit(this))
{
    setObjectName(QStringLiteral("generalPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    // Each language is named in itself, so a person who cannot read the current one finds theirs.
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language::current())));
    languageForm->addRow(tr("Interface language"), m_language);
    languageForm->addRow(note(tr("The new language is used the next time Rapi starts. It is a choice of this "
                                 "computer, not of the business."),
                              languageBox));
    layout->addWidget(languageBox);

    auto *businessBox = new QGroupBox(tr("Business"), this);
    auto *businessForm = new QFormLayout(businessBox);
    businessForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name->setObjectName(QStringLiteral("businessNameEdit"));
    m_name->setMaxLength(BusinessSettingsStore::kMaxProfileLength);
    m_name->setPlaceholderText(tr("e.g. Toko Rapi"));
    m_bankAccount->setObjectName(QStringLiteral("bankAccountEdit"));
    m_bankAccount->setMaxLength(BusinessSettingsStore::kMaxProfileLength);
    m_bankAccount->setPlaceholderText(tr("e.g. BCA 123 456 7890 a.n. Toko Rapi"));
    businessForm->addRow(tr("Business name"), m_name);
    businessForm->addRow(tr("Bank account for transfers"), m_bankAccount);
    businessForm->addRow(note(tr("Message templates fill these in for {{business.name}} and "
                                 "{{business.bank_account}}. Left empty, a message that needs them "
                                 "says so before it is sent."),
                              businessBox));
    layout->addWidget(businessBox);
    layout->addStretch();
}

void GeneralPage::load(const BusinessSettings &settings)
{
    m_name->setText(settings.name);
    m_bankAccount->setText(settings.bankAccount);
}

Status GeneralPage::collect(BusinessSettings &settings)
{
    settings.name = m_name->text().trimmed();
    settings.bankAccount = m_bankAccount->text().trimmed();
    Status status = BusinessSettingsStore::checkProfile(settings.name, settings.bankAccount);
    if (!status)
        m_name->setFocus();
    return status;
}

void GeneralPage::setEditable(bool editable)
{
    m_name->setReadOnly(!editable);
    m_bankAccount->setReadOnly(!editable);
}

QString GeneralPage::language() const
{
    return m_language->currentData().toString();
}

} // namespace rapi
