#include "customers/customermergedialog.h"

#include "common/appcontext.h"
#include "common/dialogparts.h"
#include "common/theme.h"
#include "customers/customerservice.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace rapi {

namespace {
QString describe(const QString &name, const QString &phone, qint64 id)
{
    QString text = name + QStringLiteral(" (#") + QString::number(id) + QLatin1Char(')');
    if (!phone.isEmpty())
        text += QStringLiteral(" · ") + phone;
    return text;
}
} // namespace

CustomerMergeDialog::CustomerMergeDialog(AppContext &context, const CustomerProfile &current,
                                         std::optional<qint64> candidateId, QWidget *parent)
    : QDialog(parent), m_context(context), m_current(current)
{
    setObjectName(QStringLiteral("customerMergeDialog"));
    setWindowTitle(tr("Merge customers"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *intro = new QLabel(tr("Two records of the same person? Pick the other record of %1.")
                                 .arg(describe(current.name, current.phone, current.id)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("mergeSearchEdit"));
    m_search->setPlaceholderText(tr("Search name, phone, e-mail, tag or note"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_listCaption = new QLabel(this);
    theme::makeMuted(m_listCaption);
    layout->addWidget(m_listCaption);
    m_candidates = new QListWidget(this);
    m_candidates->setObjectName(QStringLiteral("mergeCandidateList"));
    m_candidates->setMinimumHeight(m_candidates->fontMetrics().height() * 7);
    layout->addWidget(m_candidates);

    auto *keepBox = new QGroupBox(tr("Which record is kept?"), this);
    auto *keepLayout = new QVBoxLayout(keepBox);
    m_keepCurrent = new QRadioButton(keepBox);
    m_keepCurrent->setObjectName(QStringLiteral("keepCurrentRadio"));
    m_keepOther = new QRadioButton(keepBox);
    m_keepOther->setObjectName(QStringLiteral("keepOtherRadio"));
    m_keepCurrent->setChecked(true);
    keepLayout->addWidget(m_keepCurrent);
    keepLayout->addWidget(m_keepOther);
    layout->addWidget(keepBox);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4d6; border: 1px solid #f0c36d; border-radius: 6px; padding: 8px 10px;"
        " color: #4a3300; }"));
    layout->addWidget(m_summary);

    m_error = new QLabel(this);
    dialogparts::styleAsError(m_error);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_merge = buttons->button(QDialogButtonBox::Ok);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setText(tr("Merge"));
    theme::makePrimary(m_merge);
    layout->addWidget(buttons);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CustomerMergeDialog::search);
    connect(m_candidates, &QListWidget::currentRowChanged, this, &CustomerMergeDialog::updateSummary);
    connect(m_keepCurrent, &QRadioButton::toggled, this, &CustomerMergeDialog::updateSummary);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerMergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerMergeDialog::reject);

    const CustomerRepository repository(m_context.db, m_context.clock);
    auto duplicates = repository.duplicatesOf(current.id);
    QList<Customer> offered = duplicates ? duplicates.value() : QList<Customer>();
    if (!duplicates) {
        m_error->setText(duplicates.error());
        m_error->show();
    }
    if (candidateId && std::none_of(offered.cbegin(), offered.cend(),
                                    [&](const Customer &c) { return c.id == *candidateId; })) {
        if (auto candidate = repository.get(*candidateId))
            offered.prepend(candidate.value());
    }
    m_listCaption->setText(offered.isEmpty()
                               ? tr("No other record has the same phone or e-mail; search for it.")
                               : tr("Same phone number or e-mail address:"));
    showCandidates(offered, candidateId);
    setMinimumWidth(520);
    m_search->setFocus();
}

void CustomerMergeDialog::search()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    const CustomerRepository repository(m_context.db, m_context.clock);
    auto found =
        text.isEmpty() ? repository.duplicatesOf(m_current.id) : repository.find(text, m_context.actor, 50);
    if (!found) {
        m_error->setText(found.error());
        m_error->show();
        return;
    }
    m_error->hide();
    QList<Customer> customers = found.value();
    customers.removeIf([this](const Customer &c) { return c.id == m_current.id; });
    if (text.isEmpty())
        m_listCaption->setText(customers.isEmpty()
                                   ? tr("No other record has the same phone or e-mail; search for it.")
                                   : tr("Same phone number or e-mail address:"));
    else
        m_listCaption->setText(customers.isEmpty() ? tr("No other customer matches “%1”.").arg(text)
                                                   : tr("Customers matching “%1”:").arg(text));
    showCandidates(customers);
}

void CustomerMergeDialog::showCandidates(const QList<Customer> &customers, std::optional<qint64> select)
{
    m_candidates->clear();
    for (const Customer &customer : customers) {
        auto *item = new QListWidgetItem(describe(customer.name, customer.phone, customer.id), m_candidates);
        item->setData(Qt::UserRole, customer.id);
        item->setData(Qt::UserRole + 1, customer.name);
        item->setData(Qt::UserRole + 2, customer.phone);
        if (select && customer.id == *select)
            m_candidates->setCurrentItem(item);
    }
    if (!m_candidates->currentItem() && m_candidates->count() == 1)
        m_candidates->setCurrentRow(0);
    updateSummary();
}

std::optional<Customer> CustomerMergeDialog::selectedCandidate() const
{
    const QListWidgetItem *item = m_candidates->currentItem();
    if (!item)
        return std::nullopt;
    return Customer{item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toString(),
                    item->data(Qt::UserRole + 2).toString()};
}

void CustomerMergeDialog::updateSummary()
{
    const auto other = selectedCandidate();
    const QString current = describe(m_current.name, m_current.phone, m_current.id);
    m_keepCurrent->setText(tr("Keep %1").arg(current));
    m_keepOther->setText(other ? tr("Keep %1").arg(describe(other->name, other->phone, other->id))
                               : tr("Keep the other record"));
    m_keepOther->setEnabled(other.has_value());
    m_merge->setEnabled(other.has_value());
    if (!other) {
        m_summary->setText(tr("Choose the other record to see what the merge does."));
        return;
    }
    // Name and number only: the phones are in the choice above, and repeating them hides the point.
    const bool keepCurrent = m_keepCurrent->isChecked();
    const QString currentShort = describe(m_current.name, QString(), m_current.id).toHtmlEscaped();
    const QString otherShort = describe(other->name, QString(), other->id).toHtmlEscaped();
    const QString keep = keepCurrent ? currentShort : otherShort;
    const QString gone = keepCurrent ? otherShort : currentShort;
    const qint64 goneId = keepCurrent ? other->id : m_current.id;
    const CustomerRepository repository(m_context.db, m_context.clock);
    const auto stats = repository.stats(goneId);
    const auto notes = repository.notes(goneId, m_context.actor);
    const QString moves = stats && notes
                              ? tr("All orders (%1), tickets (%2) and notes (%3) of %4 move to %5.")
                                    .arg(stats->orderCount)
                                    .arg(stats->ticketCount)
                                    .arg(notes->size())
                                    .arg(gone, keep)
                              : tr("All orders, tickets and notes of %1 move to %2.").arg(gone, keep);
    m_summary->setText(
        QStringLiteral("<b>%1</b><ul style=\"margin-left: -20px\"><li>%2</li><li>%3</li><li>%4</li></ul>%5")
            .arg(tr("Merging keeps %1.").arg(keep), moves,
                 tr("Its empty fields are filled from %1; tags and channel handles are combined and "
                    "preferences added.")
                     .arg(gone),
                 tr("%1 stays in the history as merged and no longer shows in lists or searches.").arg(gone),
                 tr("This cannot be undone.")));
}

void CustomerMergeDialog::accept()
{
    const auto other = selectedCandidate();
    if (!other)
        return;
    const bool keepCurrent = m_keepCurrent->isChecked();
    m_keptId = keepCurrent ? m_current.id : other->id;
    m_mergedId = keepCurrent ? other->id : m_current.id;
    m_keptName = keepCurrent ? m_current.name : other->name;
    m_mergedName = keepCurrent ? other->name : m_current.name;
    const Status status =
        CustomerService(m_context.db, m_context.clock).merge(m_keptId, m_mergedId, m_context.actor);
    if (!status) {
        m_error->setText(status.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rapi
