#pragma once

#include "orders/orderstage.h"

#include <optional>
#include <QList>
#include <QString>
#include <QVarLengthArray>

namespace rapi::importing {

// The times an imported order row gives (UTC seconds).
struct ImportedTimes
{
    qint64 orderedAt = 0;
    std::optional<qint64> paidAt;
    std::optional<qint64> shippedAt;
    std::optional<qint64> completedAt;
};

struct StageStep
{
    std::optional<OrderStage> from; // empty for the creation event
    OrderStage to = OrderStage::New;
    qint64 at = 0;
};

// The stage history an imported order gets, as if it had gone through Rapi's pipeline, and the
// order's time columns that follow from it.
struct OrderHistory
{
    QVarLengthArray<StageStep, 7> steps;
    qint64 stageEnteredAt = 0;
    std::optional<qint64> paidAt;
    std::optional<qint64> shippedAt;
    std::optional<qint64> completedAt;
};

struct HistoryProblem
{
    QString column;
    QString reason;
};

// Builds the history from the final stage, the payment method and the given times (docs/cli.md,
// "Stage history"): the path through the pipeline that reaches the stage, each step at its own
// time column, or where that is empty at the latest earlier known time. Problems (a time for a
// stage the order never reached, times that go backwards, a stage the payment method cannot be
// in) are returned instead, one per offending column.
OrderHistory buildHistory(OrderStage stage, PaymentMethod method, const ImportedTimes &times,
                          QList<HistoryProblem> *problems);

} // namespace rapi::importing
