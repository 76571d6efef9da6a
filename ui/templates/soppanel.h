#pragma once

#include "common/result.h"
#include "orders/orderstage.h"
#include "templates/template.h"

#include <QWidget>

class QLabel;

namespace rapi {

struct AppContext;

// The current SOP for the work at hand (goal, steps as a numbered list, done standard, and which
// version by whom), shown beside an order (for its stage) or a ticket (for its category); a
// quiet line says so when none is written yet.
class SopPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SopPanel(AppContext &context, QWidget *parent = nullptr);

    void showForOrderStage(OrderStage stage);
    void showForTicketCategory(const QString &category);
    // Shows the given SOP as it is (the SOP editor's live look at unsaved text uses this).
    void showSop(const Sop &sop);
    void clear();

    // The SOP shown, 0 when none.
    qint64 sopId() const { return m_sopId; }
    // Steps written as lines, without the numbers or bullets people type in front of them.
    static QStringList stepsOf(const QString &steps);

private:
    void showResult(const Result<std::optional<Sop>> &found, const QString &emptyText);

    AppContext &m_context;
    qint64 m_sopId = 0;
    QWidget *m_card;
    QLabel *m_title;
    QLabel *m_goal;
    QLabel *m_steps;
    QLabel *m_done;
    QLabel *m_version;
    QLabel *m_empty;
};

} // namespace rapi
