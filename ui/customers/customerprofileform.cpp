#include "customers/customerprofileform.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace rapi {

namespace {
QPlainTextEdit *textArea(QWidget *parent, const char *objectName, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

QLineEdit *line(QWidget *parent, const char *objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    return edit;
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags << tag.trimmed();
    }
    return tags;
}
} // namespace

CustomerProfileForm::CustomerProfileForm(QWidget *parent)
    : QWidget(parent), m_name(line(this, "nameEdit")), m_phone(line(this, "phoneEdit")),
      m_email(line(this, "emailEdit")), m_handles(textArea(this, "handlesEdit", 3)),
      m_address(textArea(this, "addressEdit", 3)), m_preferences(textArea(this, "preferencesEdit", 3)),
      m_tags(line(this, "tagsEdit"))
{
    setObjectName(QStringLiteral("customerProfileForm"));
    m_phone->setPlaceholderText(tr("e.g. 0812-3456-7890"));
    m_email->setPlaceholderText(tr("e.g. siti@example.com"));
    m_handles->setPlaceholderText(tr("One per line, e.g.\ninstagram: @siti.r\nshopee: sitirahma"));
    m_address->setPlaceholderText(tr("Street, district, city, postal code"));
    m_preferences->setPlaceholderText(tr("Sizes, colours, when to call, how to pack…"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. reseller, vip"));
    m_handles->setToolTip(tr("Where the customer writes to the shop: one “channel: handle” per line."));
    m_tags->setToolTip(tr("Short labels separated by commas; they are stored in lower case."));

    auto *form = m_form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("Channels"), m_handles);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Preferences"), m_preferences);
    form->addRow(tr("Tags"), m_tags);

    const auto emitChanged = [this] {
        if (!m_filling)
            emit changed();
    };
    for (QLineEdit *edit : {m_name, m_phone, m_email, m_tags})
        connect(edit, &QLineEdit::textChanged, this, emitChanged);
    for (QPlainTextEdit *edit : {m_handles, m_address, m_preferences})
        connect(edit, &QPlainTextEdit::textChanged, this, emitChanged);
}

void CustomerProfileForm::fill(const CustomerProfile &profile)
{
    m_filling = true;
    m_name->setText(profile.name);
    m_phone->setText(profile.phone);
    m_email->setText(profile.email);
    m_handles->setPlainText(profile.handles);
    m_address->setPlainText(profile.address);
    m_preferences->setPlainText(profile.preferences);
    m_tags->setText(profile.tags.join(QStringLiteral(", ")));
    for (QLineEdit *edit : {m_name, m_phone, m_email, m_tags})
        edit->setCursorPosition(0);
    m_filling = false;
}

void CustomerProfileForm::setProfile(const CustomerProfile &profile)
{
    m_saved = profile;
    fill(profile);
}

void CustomerProfileForm::setDraft(const CustomerProfile &saved, const CustomerProfile &draft)
{
    m_saved = saved;
    fill(draft);
}

CustomerProfile CustomerProfileForm::edited() const
{
    CustomerProfile profile = m_saved;
    profile.name = m_name->text();
    profile.phone = m_phone->text();
    profile.email = m_email->text();
    profile.handles = m_handles->toPlainText();
    profile.address = m_address->toPlainText();
    profile.preferences = m_preferences->toPlainText();
    profile.tags = splitTags(m_tags->text());
    return profile;
}

bool CustomerProfileForm::isDirty() const
{
    const CustomerProfile now = edited();
    return now.name != m_saved.name || now.phone != m_saved.phone || now.email != m_saved.email ||
           now.handles != m_saved.handles || now.address != m_saved.address ||
           now.preferences != m_saved.preferences || now.tags != m_saved.tags;
}

void CustomerProfileForm::setAccess(bool editable, bool seesContact)
{
    for (QLineEdit *edit : {m_name, m_phone, m_email, m_tags})
        edit->setReadOnly(!editable);
    for (QPlainTextEdit *edit : {m_handles, m_address, m_preferences})
        edit->setReadOnly(!editable);
    for (QWidget *field : {static_cast<QWidget *>(m_phone), static_cast<QWidget *>(m_email),
                           static_cast<QWidget *>(m_handles), static_cast<QWidget *>(m_preferences)})
        m_form->setRowVisible(field, seesContact);
}

} // namespace rapi
