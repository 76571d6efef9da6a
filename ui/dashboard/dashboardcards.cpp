#include "dashboard/dashboardcards.h"

#include "common/theme.h"
#include "common/uiformat.h"
#include "dashboard/kpicard.h"

#include <QGridLayout>
#include <QLocale>

namespace rapi {

namespace {

using Card = DashboardCards::Card;
using Good = KpiCard::Good;

// An average in whole rupiah: nobody reads "Rp 144.065,57" on a dashboard.
Money averageRounded(Money total, qint64 count)
{
    constexpr Money rupiah = 100;
    return (total / count + rupiah / 2) / rupiah * rupiah;
}

QString percentText(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

QString durationText(std::optional<qint64> seconds)
{
    return seconds ? uiformat::duration(*seconds) : QStringLiteral("—");
}

std::optional<double> asDouble(std::optional<qint64> value)
{
    return value ? std::optional<double>(double(*value)) : std::nullopt;
}

qint64 breaches(const TicketPeriodKpis &k)
{
    return k.slaFirstResponseBreaches + k.slaResolutionBreaches;
}

} // namespace

DashboardCards::DashboardCards(QWidget *parent) : QWidget(parent)
{
    struct Spec
    {
        Card card;
        QString caption;
        QColor accent;
        QString toolTip;
        const char *name;
    };
    const Spec specs[] = {
        {Card::OrdersIn, tr("Orders in"), QColor(0x1f, 0x6f, 0xd1),
         tr("Show the orders placed in the period"), "ordersIn"},
        {Card::OrdersDone, tr("Orders done"), theme::positiveText(), tr("Show the orders completed in the period"),
         "ordersDone"},
        {Card::GrossSales, tr("Gross sales"), QColor(0x0f, 0x76, 0x6e),
         tr("Show the orders placed in the period"), "grossSales"},
        {Card::Stuck, tr("Stuck orders now"), QColor(0xf5, 0x9e, 0x0b), tr("Show every stuck order"),
         "stuck"},
        {Card::CriticalStock, tr("Critical stock"), theme::criticalText(), tr("Show the products to reorder"),
         "criticalStock"},
        {Card::OpenTickets, tr("Open tickets now"), QColor(0x8b, 0x5c, 0xf6), tr("Show the open tickets"),
         "openTickets"},
        {Card::SlaBreaches, tr("SLA breaches"), theme::criticalText(),
         tr("Show the tickets of the period whose SLA was breached"), "slaBreaches"},
        {Card::Fcr, tr("First contact resolution"), QColor(0x1f, 0x6f, 0xd1),
         tr("Show the tickets resolved in the period"), "fcr"},
        {Card::Aht, tr("Average handle time"), QColor(0x8b, 0x5c, 0xf6),
         tr("Show the tickets resolved in the period"), "aht"},
        {Card::Csat, tr("Customer satisfaction"), theme::positiveText(),
         tr("Show the tickets resolved in the period"), "csat"},
    };
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(14);
    int i = 0;
    for (const Spec &spec : specs) {
        auto *card = new KpiCard(spec.caption, this);
        card->setProperty("card", QLatin1String(spec.name));
        card->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        card->setAccent(spec.accent);
        card->setClickable(true, spec.toolTip);
        connect(card, &KpiCard::clicked, this, [this, c = spec.card] { emit clicked(c); });
        m_cards.insert(spec.card, card);
        grid->addWidget(card, i / 5, i % 5);
        grid->setRowStretch(i / 5, 0);
        ++i;
    }
    for (int column = 0; column < 5; ++column)
        grid->setColumnStretch(column, 1);
}

void DashboardCards::show(const Dashboard &d, const QString &previousName)
{
    const OrderPeriodFigures &now = d.current.orders;
    const OrderPeriodFigures &before = d.previous.orders;
    const TicketPeriodKpis &t = d.current.tickets;
    const TicketPeriodKpis &tb = d.previous.tickets;
    // The previous figure stays on one line ("Rp 45.532.000" does not break after "Rp").
    const auto was = [&](QString text) {
        return tr("%1: %2").arg(previousName, text.replace(QLatin1Char(' '), QChar(0x00a0)));
    };

    KpiCard *card = m_cards.value(Card::OrdersIn);
    card->setValue(uiformat::number(now.ordersIn));
    card->setDetail(tr("placed in the period"));
    card->setComparison(double(now.ordersIn), double(before.ordersIn), was(uiformat::number(before.ordersIn)),
                        Good::WhenUp);

    card = m_cards.value(Card::OrdersDone);
    card->setValue(uiformat::number(now.ordersDone));
    card->setDetail(tr("reached completed in the period"));
    card->setComparison(double(now.ordersDone), double(before.ordersDone),
                        was(uiformat::number(before.ordersDone)), Good::WhenUp);

    card = m_cards.value(Card::GrossSales);
    card->setValue(uiformat::money(now.grossSales));
    card->setDetail(
        now.ordersIn > 0
            ? tr("average %1 per order").arg(uiformat::money(averageRounded(now.grossSales, now.ordersIn)))
            : tr("no orders in the period"));
    card->setComparison(double(now.grossSales), double(before.grossSales),
                        was(uiformat::money(before.grossSales)), Good::WhenUp);

    qint64 stuck = 0;
    qint64 waiting = 0;
    for (qint64 n : d.pipeline.stuck)
        stuck += n;
    for (qint64 n : d.pipeline.pending)
        waiting += n;
    card = m_cards.value(Card::Stuck);
    card->setValue(uiformat::number(stuck));
    card->setDetail(tr("of %1 orders waiting").arg(uiformat::number(waiting)));

    card = m_cards.value(Card::CriticalStock);
    card->setValue(uiformat::number(d.criticalStock));
    card->setDetail(d.criticalStock > 0 ? tr("products at or below their reorder point")
                                        : tr("every product is above its reorder point"));

    card = m_cards.value(Card::OpenTickets);
    card->setValue(uiformat::number(d.openTickets.total));
    card->setDetail(tr("%1 urgent · %2 high")
                        .arg(uiformat::number(d.openTickets.byPriority.value(TicketPriority::Urgent)),
                             uiformat::number(d.openTickets.byPriority.value(TicketPriority::High))));

    card = m_cards.value(Card::SlaBreaches);
    card->setValue(uiformat::number(breaches(t)));
    card->setDetail(tr("%1 first response · %2 resolution, of %3 new tickets")
                        .arg(uiformat::number(t.slaFirstResponseBreaches),
                             uiformat::number(t.slaResolutionBreaches), uiformat::number(t.ticketsCreated)));
    card->setComparison(double(breaches(t)), double(breaches(tb)), was(uiformat::number(breaches(tb))),
                        Good::WhenDown);

    card = m_cards.value(Card::Fcr);
    card->setValue(percentText(t.fcrPercent));
    card->setDetail(tr("of %1 tickets resolved").arg(uiformat::number(t.ticketsResolved)));
    card->setComparison(t.fcrPercent, tb.fcrPercent, was(percentText(tb.fcrPercent)), Good::WhenUp);

    card = m_cards.value(Card::Aht);
    card->setValue(durationText(t.ahtSeconds));
    card->setDetail(tr("logged per resolved ticket"));
    card->setComparison(asDouble(t.ahtSeconds), asDouble(tb.ahtSeconds), was(durationText(tb.ahtSeconds)),
                        Good::WhenDown);

    card = m_cards.value(Card::Csat);
    card->setValue(percentText(t.csatPercent));
    card->setDetail(tr("rated 4 or 5 of those rated"));
    card->setComparison(t.csatPercent, tb.csatPercent, was(percentText(tb.csatPercent)), Good::WhenUp);
}

} // namespace rapi
