#pragma once

#include "kpi/dashboardservice.h"

#include <QMap>
#include <QWidget>

namespace rapi {

class KpiCard;

// The dashboard's figures as cards, two rows of five (SPEC §8): orders in and done, gross sales,
// stuck orders and critical stock; open tickets, SLA breaches, FCR, AHT and CSAT. A figure of the
// period shows the previous period beside it and the change; "now" figures (stuck, critical, open)
// have no previous value. Clicking a card emits clicked() with its Card.
class DashboardCards final : public QWidget
{
    Q_OBJECT

public:
    enum class Card {
        OrdersIn,
        OrdersDone,
        GrossSales,
        Stuck,
        CriticalStock,
        OpenTickets,
        SlaBreaches,
        Fcr,
        Aht,
        Csat
    };

    explicit DashboardCards(QWidget *parent = nullptr);

    void show(const Dashboard &dashboard, const QString &previousName);
    KpiCard *card(Card card) const { return m_cards.value(card); }

signals:
    void clicked(rapi::DashboardCards::Card card);

private:
    QMap<Card, KpiCard *> m_cards;
};

} // namespace rapi
