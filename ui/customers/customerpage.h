#pragma once

#include "customers/customerrepository.h"

#include <optional>
#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace rapi {

struct AppContext;
class CustomerProfileForm;
class CustomerTimelineView;
class MessageBanner;

// One customer beside the list: the editable profile (saved through CustomerService with the
// version it was read at), likely duplicates with a way to merge, the timeline with the derived
// purchase figures, and a box to add a note. Unsaved edits are kept when the person looks at
// another customer and come back with this one.
class CustomerPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPage(AppContext &context, QWidget *parent = nullptr);

    // Shows a customer (the kept record when `customerId` was merged into another).
    void showCustomer(qint64 customerId);
    void clearCustomer();
    // Reads the shown customer again; unsaved edits stay in the fields.
    void reload();
    std::optional<qint64> customerId() const;
    bool hasUnsavedChanges() const;

    MessageBanner *banner() const { return m_banner; }
    CustomerProfileForm *form() const { return m_form; }
    CustomerTimelineView *timeline() const { return m_timeline; }

    void save();
    void discardChanges();
    void addNote();
    // `candidateId`: the duplicate to offer first.
    void openMerge(std::optional<qint64> candidateId = std::nullopt);

signals:
    // Something of this customer changed here (saved, note added, merged).
    void customerChanged(qint64 customerId);
    void openOrder(qint64 orderId);
    void openTicket(qint64 ticketId);

private:
    QWidget *buildHeader();
    QWidget *buildDetails();
    QWidget *buildTimeline();
    void keepDraft();
    void showProfile(const CustomerProfile &profile);
    void showHeader(const CustomerProfile &profile);
    void loadDuplicates();
    void updateButtons();

    struct Draft
    {
        CustomerProfile base; // as read when the edits began: its version guards the save
        CustomerProfile edited;
    };

    AppContext &m_context;
    std::optional<qint64> m_customerId;
    QHash<qint64, Draft> m_drafts;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QHBoxLayout *m_tags = nullptr;
    MessageBanner *m_banner = nullptr;
    CustomerProfileForm *m_form = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_discard = nullptr;
    QWidget *m_duplicatesBox = nullptr;
    QVBoxLayout *m_duplicates = nullptr;
    CustomerTimelineView *m_timeline = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_addNote = nullptr;
};

} // namespace rapi
