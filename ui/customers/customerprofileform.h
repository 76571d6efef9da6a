#pragma once

#include "customers/customerrepository.h"

#include <QWidget>

class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace rapi {

// The editable part of a customer: contact data, channel handles, address, preferences and tags.
// It remembers the profile it was filled with, so it knows whether anything was changed and
// which version the edits are based on.
class CustomerProfileForm final : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerProfileForm(QWidget *parent = nullptr);

    // Fills the fields with `profile` and takes it as the saved state.
    void setProfile(const CustomerProfile &profile);
    // Fills the fields with unsaved edits made on top of `saved`.
    void setDraft(const CustomerProfile &saved, const CustomerProfile &draft);
    const CustomerProfile &saved() const { return m_saved; }
    // The saved profile (id, version) with the fields as they are now.
    CustomerProfile edited() const;
    bool isDirty() const;
    // For roles that may read but not edit customers (SPEC §1): nothing can be typed; without
    // contact access the contact rows (always empty for them) are left out.
    void setAccess(bool editable, bool seesContact);

signals:
    // A field was changed by the person.
    void changed();

private:
    void fill(const CustomerProfile &profile);

    CustomerProfile m_saved;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QPlainTextEdit *m_handles;
    QPlainTextEdit *m_address;
    QPlainTextEdit *m_preferences;
    QLineEdit *m_tags;
    bool m_filling = false;
    QFormLayout *m_form = nullptr;
};

} // namespace rapi
