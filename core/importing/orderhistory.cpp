#include "importing/orderhistory.h"

#include "importing/importsupport.h"

namespace rapi::importing {

namespace {

bool reaches(OrderStage stage, std::initializer_list<OrderStage> stages)
{
    return std::find(stages.begin(), stages.end(), stage) != stages.end();
}

} // namespace

OrderHistory buildHistory(OrderStage stage, PaymentMethod method, const ImportedTimes &times,
                          QList<HistoryProblem> *problems)
{
    using S = OrderStage;
    const bool cod = method == PaymentMethod::Cod;
    const QString status = orderstage::code(stage);

    // Cash on delivery goes new → processing and is paid when delivered (SPEC §2).
    if (cod && (stage == S::AwaitingPayment || stage == S::Paid))
        problems->append(
            {QStringLiteral("status"),
             ImportTr::tr("a cash-on-delivery order is paid on delivery, so it cannot be “%1”; use processing "
                "or a later stage, or another payment_method")
                 .arg(status)});

    // A time for a stage the order has not reached contradicts its status.
    if (times.paidAt && reaches(stage, {S::New, S::AwaitingPayment}))
        problems->append({QStringLiteral("paid_at"),
                          ImportTr::tr("is filled in, but the status “%1” is before payment").arg(status)});
    if (times.shippedAt && !reaches(stage, {S::Shipped, S::Completed, S::Returned}))
        problems->append(
            {QStringLiteral("shipped_at"), ImportTr::tr("is filled in, but the status “%1” is not shipped, completed "
                                              "or returned")
                                               .arg(status)});
    if (times.completedAt && !reaches(stage, {S::Completed, S::Returned}))
        problems->append(
            {QStringLiteral("completed_at"), ImportTr::tr("is filled in, but the status “%1” is not completed or "
                                                "returned")
                                                 .arg(status)});

    // Times must not go backwards along the pipeline (time in stage would be negative).
    // Cash on delivery is paid at delivery, so its paid_at is only compared with ordered_at.
    auto notBefore = [&](const std::optional<qint64> &time, const char *column, qint64 earlier,
                         const char *earlierColumn) {
        if (time && *time < earlier)
            problems->append({QLatin1String(column), ImportTr::tr("is before %1").arg(QLatin1String(earlierColumn))});
    };
    notBefore(times.paidAt, "paid_at", times.orderedAt, "ordered_at");
    notBefore(times.shippedAt, "shipped_at", times.orderedAt, "ordered_at");
    notBefore(times.completedAt, "completed_at", times.orderedAt, "ordered_at");
    if (!cod && times.paidAt) {
        notBefore(times.shippedAt, "shipped_at", *times.paidAt, "paid_at");
        notBefore(times.completedAt, "completed_at", *times.paidAt, "paid_at");
    }
    if (times.shippedAt)
        notBefore(times.completedAt, "completed_at", *times.shippedAt, "shipped_at");

    OrderHistory h;
    qint64 current = times.orderedAt;
    OrderStage at = S::New;
    h.steps.append({std::nullopt, S::New, current});
    auto step = [&](OrderStage to, const std::optional<qint64> &time) {
        if (time)
            current = std::max(current, *time);
        h.steps.append({at, to, current});
        at = to;
    };

    const bool paidStep =
        !cod && reaches(stage, {S::Paid, S::Processing, S::Shipped, S::Completed, S::Returned});
    switch (stage) {
    case S::New:
        break;
    case S::AwaitingPayment:
        step(S::AwaitingPayment, std::nullopt);
        break;
    case S::Cancelled:
        // Cancelled before shipping; if it had been paid, the payment is part of its story.
        if (times.paidAt && !cod) {
            step(S::Paid, times.paidAt);
            h.paidAt = current;
        }
        step(S::Cancelled, std::nullopt);
        break;
    case S::Paid:
    case S::Processing:
    case S::Shipped:
    case S::Completed:
    case S::Returned:
        if (paidStep) {
            step(S::Paid, times.paidAt);
            h.paidAt = current;
        }
        if (stage == S::Paid)
            break;
        step(S::Processing, std::nullopt);
        if (stage == S::Processing)
            break;
        step(S::Shipped, times.shippedAt);
        h.shippedAt = current;
        if (stage == S::Completed || (stage == S::Returned && times.completedAt)) {
            step(S::Completed, times.completedAt);
            h.completedAt = current;
        }
        if (stage == S::Returned)
            step(S::Returned, std::nullopt);
        break;
    }

    if (cod) {
        // Marked paid when completed, unless the file says when the money came.
        h.paidAt = times.paidAt ? times.paidAt : h.completedAt;
    }
    h.stageEnteredAt = h.steps.last().at;
    return h;
}

} // namespace rapi::importing
