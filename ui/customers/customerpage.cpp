#include "customers/customerpage.h"

#include "accounts/permission.h"
#include "common/appcontext.h"
#include "common/messagebanner.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "customers/customermergedialog.h"
#include "customers/customerprofileform.h"
#include "customers/customerservice.h"
#include "customers/customertimelineview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace rapi {

namespace {
QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    theme::makeTitle(label, 1);
    return label;
}

QLabel *tagChip(const QString &tag, QWidget *parent)
{
    auto *chip = new QLabel(tag, parent);
    chip->setObjectName(QStringLiteral("tagChip"));
    chip->setStyleSheet(QStringLiteral(
        "QLabel { background: #e7f1fb; color: #0b3d6e; border-radius: 9px; padding: 1px 9px; }"));
    return chip;
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        // Out of the tree at once (a search for children must not find it), deleted once any
        // signal it is sending has returned.
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        if (QLayout *child = item->layout())
            clearLayout(child);
        delete item;
    }
}
} // namespace

CustomerPage::CustomerPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("customerPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto *empty = new QLabel(tr("Select a customer to see their details and history."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    theme::makeMuted(empty);
    m_stack->addWidget(empty);

    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("customerPageContent"));
    page->setStyleSheet(QStringLiteral("QWidget#customerPageContent { background: white; }"));
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(20, 16, 20, 12);
    v->setSpacing(10);
    v->addWidget(buildHeader());
    v->addSpacing(4);
    m_banner = new MessageBanner(page);
    v->addWidget(m_banner);
    auto *body = new QHBoxLayout;
    body->setSpacing(24);
    body->addWidget(buildDetails(), 4);
    body->addWidget(buildTimeline(), 5);
    v->addLayout(body, 1);
    m_stack->addWidget(page);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    setMinimumWidth(640);
}

QWidget *CustomerPage::buildHeader()
{
    auto *header = new QWidget(this);
    auto *h = new QHBoxLayout(header);
    h->setContentsMargins(0, 0, 0, 0);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(4);
    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(8);
    m_name = new QLabel(header);
    m_name->setObjectName(QStringLiteral("customerNameLabel"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::makeTitle(m_name, 6);
    nameRow->addWidget(m_name);
    m_tags = new QHBoxLayout;
    m_tags->setSpacing(4);
    nameRow->addLayout(m_tags);
    nameRow->addStretch();
    titles->addLayout(nameRow);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("customerSubtitleLabel"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::makeMuted(m_subtitle);
    titles->addWidget(m_subtitle);
    h->addLayout(titles, 1);

    auto *merge = new QPushButton(tr("Merge with…"), header);
    merge->setObjectName(QStringLiteral("mergeWithButton"));
    merge->setToolTip(tr("Merge another record of the same person into this one"));
    h->addWidget(merge, 0, Qt::AlignTop);
    connect(merge, &QPushButton::clicked, this, [this] { openMerge(); });
    merge->setVisible(permission::allows(m_context.actor.role, Permission::EditCustomers));
    return header;
}

QWidget *CustomerPage::buildDetails()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("customerDetailsContent"));
    content->setStyleSheet(QStringLiteral("QWidget#customerDetailsContent { background: white; }"));
    scroll->setWidget(content);
    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(0, 0, 8, 0);
    v->setSpacing(10);

    v->addWidget(sectionTitle(tr("Contact and preferences"), content));
    m_form = new CustomerProfileForm(content);
    v->addWidget(m_form);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_discard = new QPushButton(tr("Discard changes"), content);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setToolTip(tr("Show the customer as saved, without your edits"));
    m_save = new QPushButton(tr("Save"), content);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save the changes (Ctrl+S)"));
    theme::makePrimary(m_save);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    v->addLayout(buttons);
    // Reading is not editing (SPEC §1): the form is read-only without the right to change it.
    const bool edits = permission::allows(m_context.actor.role, Permission::EditCustomers);
    m_form->setAccess(edits, permission::allows(m_context.actor.role, Permission::ReadCustomerContact));
    m_save->setVisible(edits);
    m_discard->setVisible(edits);

    m_duplicatesBox = new QWidget(content);
    m_duplicatesBox->setObjectName(QStringLiteral("duplicatesBox"));
    m_duplicatesBox->setStyleSheet(QStringLiteral(
        "QWidget#duplicatesBox { background: #fff8e6; border: 1px solid #f0d28c; border-radius: 6px; }"));
    auto *box = new QVBoxLayout(m_duplicatesBox);
    box->setContentsMargins(12, 10, 12, 10);
    box->setSpacing(6);
    auto *title = new QLabel(tr("Possible duplicates"), m_duplicatesBox);
    theme::makeTitle(title, 0);
    auto *hint = new QLabel(tr("These records have the same phone number or e-mail address. If they are the "
                               "same person, merge them so the history is in one place."),
                            m_duplicatesBox);
    hint->setWordWrap(true);
    theme::makeMuted(hint);
    box->addWidget(title);
    box->addWidget(hint);
    m_duplicates = new QVBoxLayout;
    m_duplicates->setSpacing(4);
    box->addLayout(m_duplicates);
    v->addWidget(m_duplicatesBox);
    v->addStretch();

    connect(m_form, &CustomerProfileForm::changed, this, &CustomerPage::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &CustomerPage::save);
    connect(m_discard, &QPushButton::clicked, this, &CustomerPage::discardChanges);
    return scroll;
}

QWidget *CustomerPage::buildTimeline()
{
    auto *column = new QWidget(this);
    auto *v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(8);
    v->addWidget(sectionTitle(tr("History"), column));
    m_timeline = new CustomerTimelineView(m_context, column);
    v->addWidget(m_timeline, 1);

    m_note = new QPlainTextEdit(column);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("Write a note about this customer… (Ctrl+Enter adds it)"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 14);
    m_addNote = new QPushButton(tr("Add note"), column);
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_addNote->setEnabled(false);
    auto *composer = new QHBoxLayout;
    composer->setSpacing(8);
    composer->addWidget(m_note, 1);
    composer->addWidget(m_addNote, 0, Qt::AlignBottom);
    v->addLayout(composer);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, m_note);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &CustomerPage::addNote);
    }
    connect(m_note, &QPlainTextEdit::textChanged, this,
            [this] { m_addNote->setEnabled(!m_note->toPlainText().trimmed().isEmpty()); });
    connect(m_addNote, &QPushButton::clicked, this, &CustomerPage::addNote);
    // Only those who edit customers write notes (SPEC §1); the core would refuse the rest.
    const bool writesNotes = permission::allows(m_context.actor.role, Permission::EditCustomers);
    m_note->setVisible(writesNotes);
    m_addNote->setVisible(writesNotes);
    connect(m_timeline, &CustomerTimelineView::openOrder, this, &CustomerPage::openOrder);
    connect(m_timeline, &CustomerTimelineView::openTicket, this, &CustomerPage::openTicket);
    return column;
}

std::optional<qint64> CustomerPage::customerId() const
{
    return m_customerId;
}

bool CustomerPage::hasUnsavedChanges() const
{
    return m_customerId && m_form->isDirty();
}

void CustomerPage::keepDraft()
{
    if (!m_customerId)
        return;
    if (m_form->isDirty())
        m_drafts.insert(*m_customerId, Draft{m_form->saved(), m_form->edited()});
    else
        m_drafts.remove(*m_customerId);
}

void CustomerPage::showCustomer(qint64 customerId)
{
    if (m_customerId == customerId)
        return;
    keepDraft();
    m_banner->clear();
    const CustomerRepository repository(m_context.db, m_context.clock);
    auto profile = repository.profile(customerId, m_context.actor);
    QString redirected;
    if (profile && profile->mergedInto) {
        redirected = tr("%1 was merged into this record.").arg(profile->name);
        profile = repository.profile(*profile->mergedInto, m_context.actor);
    }
    if (!profile) {
        clearCustomer();
        m_stack->setCurrentIndex(1);
        m_banner->showError(profile.error());
        return;
    }
    m_customerId = profile->id;
    m_note->clear();
    showProfile(profile.value());
    m_timeline->showCustomer(profile->id);
    if (!redirected.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Info, redirected);
}

void CustomerPage::clearCustomer()
{
    keepDraft();
    m_customerId.reset();
    m_banner->clear();
    m_timeline->clear();
    m_stack->setCurrentIndex(0);
}

void CustomerPage::reload()
{
    if (!m_customerId)
        return;
    auto profile = CustomerRepository(m_context.db, m_context.clock).profile(*m_customerId, m_context.actor);
    if (!profile) {
        m_banner->showError(profile.error());
        return;
    }
    if (m_form->isDirty())
        showHeader(m_form->saved());
    else
        showProfile(profile.value());
    m_timeline->reload();
}

void CustomerPage::showProfile(const CustomerProfile &profile)
{
    m_stack->setCurrentIndex(1);
    if (const auto draft = m_drafts.constFind(profile.id); draft != m_drafts.cend()) {
        m_form->setDraft(draft->base, draft->edited);
        m_banner->showMessage(MessageBanner::Kind::Info,
                              tr("Your unsaved changes to %1 are still here.").arg(draft->base.name));
        showHeader(draft->base);
    } else {
        m_form->setProfile(profile);
        showHeader(profile);
    }
    loadDuplicates();
    updateButtons();
}

void CustomerPage::showHeader(const CustomerProfile &profile)
{
    m_name->setText(profile.name);
    clearLayout(m_tags);
    for (const QString &tag : profile.tags)
        m_tags->addWidget(tagChip(tag, m_name->parentWidget()));
    QString subtitle = tr("Customer since %1").arg(uiformat::date(profile.createdAt));
    if (profile.updatedAt > 0)
        subtitle += QStringLiteral(" · ") + tr("changed %1").arg(uiformat::dateTime(profile.updatedAt));
    m_subtitle->setText(subtitle + QStringLiteral(" · #") + QString::number(profile.id));
}

void CustomerPage::loadDuplicates()
{
    clearLayout(m_duplicates);
    // Duplicates are found by phone and e-mail and offer a merge: for those who edit customers.
    if (!permission::allows(m_context.actor.role, Permission::EditCustomers)) {
        m_duplicatesBox->hide();
        return;
    }
    const auto duplicates = CustomerRepository(m_context.db, m_context.clock).duplicatesOf(*m_customerId);
    if (!duplicates) {
        m_banner->showError(duplicates.error());
        m_duplicatesBox->hide();
        return;
    }
    for (const Customer &duplicate : duplicates.value()) {
        auto *row = new QHBoxLayout;
        auto *label =
            new QLabel(duplicate.phone.isEmpty() ? duplicate.name
                                                 : duplicate.name + QStringLiteral(" · ") + duplicate.phone,
                       m_duplicatesBox);
        label->setObjectName(QStringLiteral("duplicateLabel"));
        auto *merge = new QPushButton(tr("Merge…"), m_duplicatesBox);
        merge->setObjectName(QStringLiteral("mergeDuplicateButton"));
        merge->setToolTip(tr("Merge %1 (#%2) with this customer").arg(duplicate.name).arg(duplicate.id));
        row->addWidget(label, 1);
        row->addWidget(merge);
        m_duplicates->addLayout(row);
        connect(merge, &QPushButton::clicked, this, [this, id = duplicate.id] { openMerge(id); });
    }
    m_duplicatesBox->setVisible(!duplicates->isEmpty());
}

void CustomerPage::updateButtons()
{
    const bool dirty = m_form->isDirty();
    m_save->setEnabled(dirty);
    m_discard->setEnabled(dirty);
}

void CustomerPage::save()
{
    if (!m_customerId)
        return;
    const CustomerProfile edited = m_form->edited();
    const Status status =
        CustomerService(m_context.db, m_context.clock).updateProfile(edited, m_context.actor);
    if (!status) {
        // The edits stay in the fields: nothing the person typed is lost.
        m_banner->showError(status.error());
        return;
    }
    m_drafts.remove(*m_customerId);
    auto profile = CustomerRepository(m_context.db, m_context.clock).profile(*m_customerId, m_context.actor);
    if (!profile) {
        m_banner->showError(profile.error());
        return;
    }
    showProfile(profile.value());
    m_banner->showSuccess(tr("Saved %1.").arg(profile->name));
    emit customerChanged(*m_customerId);
}

void CustomerPage::discardChanges()
{
    if (!m_customerId)
        return;
    m_drafts.remove(*m_customerId);
    auto profile = CustomerRepository(m_context.db, m_context.clock).profile(*m_customerId, m_context.actor);
    if (!profile) {
        m_banner->showError(profile.error());
        return;
    }
    m_banner->clear();
    showProfile(profile.value());
}

void CustomerPage::addNote()
{
    if (!m_customerId)
        return;
    const auto id = CustomerService(m_context.db, m_context.clock)
                        .addNote(*m_customerId, m_note->toPlainText(), m_context.actor);
    if (!id) {
        m_banner->showError(id.error());
        return;
    }
    m_banner->clear();
    m_note->clear();
    m_timeline->reload();
    emit customerChanged(*m_customerId);
}

void CustomerPage::openMerge(std::optional<qint64> candidateId)
{
    if (!m_customerId)
        return;
    if (m_form->isDirty()) {
        m_banner->showMessage(
            MessageBanner::Kind::Warning,
            tr("Save or discard your changes to %1 before merging.").arg(m_form->saved().name));
        return;
    }
    auto *dialog = new CustomerMergeDialog(m_context, m_form->saved(), candidateId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 kept = dialog->keptId();
        m_drafts.remove(kept);
        m_drafts.remove(dialog->mergedId());
        m_customerId.reset();
        showCustomer(kept);
        m_banner->showSuccess(tr("Merged %1 into %2: all orders, tickets and notes are now on this record.")
                                  .arg(dialog->mergedName(), dialog->keptName()));
        emit customerChanged(kept);
    });
    dialog->open();
}

} // namespace rapi
