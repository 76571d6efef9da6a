#include "customerstab.h"

#include "accounts/permission.h"
#include "common/appcontext.h"
#include "common/messagebanner.h"
#include "common/tables.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "customers/customerlistmodel.h"
#include "customers/customerpage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapi {

CustomersTab::CustomersTab(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new CustomerListModel(this))
{
    setObjectName(QStringLiteral("customersTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 0);
    layout->setSpacing(8);
    layout->addWidget(buildSearchBar());
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("customersView"));
    m_view->setModel(m_model);
    tables::setupList(m_view);
    m_view->setMinimumWidth(260);
    tables::fitColumn(m_view, CustomerListModel::Name, QStringLiteral("Siti Rahmawati Nasution"));
    m_view->horizontalHeader()->setSectionResizeMode(CustomerListModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    tables::fitColumn(m_view, CustomerListModel::Phone, QStringLiteral("0812345678901"));
    // Phones are contact data (SPEC §1): warehouse staff see names only.
    m_view->setColumnHidden(CustomerListModel::Phone,
                            !permission::allows(context.actor.role, Permission::ReadCustomerContact));
    m_page = new CustomerPage(context, m_splitter);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_page);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({340, 1000});
    layout->addWidget(m_splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersTab::currentRowChanged);
    connect(m_page, &CustomerPage::openOrder, this, &CustomersTab::openOrder);
    connect(m_page, &CustomerPage::openTicket, this, &CustomersTab::openTicket);
    connect(m_page, &CustomerPage::customerChanged, this, [this] {
        loadList();
        emit customersChanged();
    });

    loadList();
}

QWidget *CustomersTab::buildSearchBar()
{
    auto *bar = new QWidget(this);
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(8);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("customerSearchEdit"));
    // Without contact access the core matches names only (SPEC §1).
    m_search->setPlaceholderText(permission::allows(m_context.actor.role, Permission::ReadCustomerContact)
                                     ? tr("Search name, phone, e-mail, tag or note")
                                     : tr("Search by name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);

    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("customerCountLabel"));
    theme::makeMuted(m_count);

    auto *refresh = new QToolButton(bar);
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Load the list again (F5)"));

    h->addWidget(m_search, 2);
    h->addSpacing(8);
    h->addWidget(m_count, 3);
    h->addStretch(1);
    h->addWidget(refresh);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CustomersTab::loadList);
    connect(m_search, &QLineEdit::returnPressed, this, &CustomersTab::loadList);
    connect(refresh, &QToolButton::clicked, this, &CustomersTab::refresh);
    return bar;
}

void CustomersTab::loadList()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    const CustomerRepository repository(m_context.db, m_context.clock);
    auto customers = text.isEmpty() ? repository.recent(m_context.actor, RecentLimit)
                                      : repository.find(text, m_context.actor, SearchLimit);
    if (!customers) {
        m_banner->showError(customers.error());
        return;
    }
    m_banner->clear();
    const int found = int(customers->size());
    if (text.isEmpty()) {
        const auto total = repository.activeCount();
        m_count->setText(
            total
                ? tr("Recently active customers · type to search all %1").arg(uiformat::number(total.value()))
                : tr("Recently active customers"));
    } else if (found >= SearchLimit) {
        m_count->setText(tr("The first %1 matches · type more to narrow the search").arg(SearchLimit));
    } else {
        m_count->setText(found == 0 ? tr("No customer matches “%1”").arg(text)
                                    : tr("%Ln customer(s) found", nullptr, found));
    }
    m_model->setCustomers(std::move(customers).value());
    m_view->scrollToTop();
    selectShownCustomer();
}

void CustomersTab::selectShownCustomer()
{
    // The shown customer stays on the page even when a search leaves them out of the list;
    // with nobody shown yet, the first customer of the list is.
    m_syncingSelection = true;
    const auto shown = m_page->customerId();
    int row = shown ? m_model->rowOf(*shown) : (m_model->rowCount() > 0 ? 0 : -1);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, CustomerListModel::Name);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_syncingSelection = false;
    if (!shown && row == 0)
        currentRowChanged();
}

void CustomersTab::currentRowChanged()
{
    if (m_syncingSelection)
        return;
    const qint64 id = m_model->idAt(m_view->currentIndex().row());
    if (id > 0)
        m_page->showCustomer(id);
}

void CustomersTab::refresh()
{
    loadList();
    m_page->reload();
}

void CustomersTab::showCustomer(qint64 customerId)
{
    m_page->showCustomer(customerId);
    selectShownCustomer();
}

} // namespace rapi
