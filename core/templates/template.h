#pragma once

#include "orders/orderstage.h"

#include <optional>
#include <QList>
#include <QString>

namespace rapi {

enum class TemplateKind {
    CsReply,
    PaymentReminder,
    OrderStatus,
    Invoice,
    ShippingChecklist,
    WeeklyReport,
    ContentBrief,
    DesignRevision
};

namespace templatekind {
constexpr TemplateKind all[] = {TemplateKind::CsReply,           TemplateKind::PaymentReminder,
                                TemplateKind::OrderStatus,       TemplateKind::Invoice,
                                TemplateKind::ShippingChecklist, TemplateKind::WeeklyReport,
                                TemplateKind::ContentBrief,      TemplateKind::DesignRevision};
QString code(TemplateKind kind);
std::optional<TemplateKind> fromCode(QStringView code);
QString displayName(TemplateKind kind);
} // namespace templatekind

// One immutable saved text of a template. Restoring an old one makes a new version with the old
// body (restoredFrom names it), so history only grows.
struct TemplateVersion
{
    qint64 id = 0;
    qint64 templateId = 0;
    int number = 0;
    QString body;
    std::optional<qint64> restoredFrom;
    qint64 createdAt = 0;
    qint64 createdBy = 0;
    QString createdByName;
};

struct Template
{
    qint64 id = 0;
    QString code; // set on the defaults shipped with Rapi
    TemplateKind kind = TemplateKind::CsReply;
    QString name;
    bool active = true;
    TemplateVersion current; // the latest version
};

// A standard operating procedure for one order stage or one ticket category.
struct SopVersion
{
    qint64 id = 0;
    qint64 sopId = 0;
    int number = 0;
    QString goal;
    QString steps;
    QString doneStandard;
    std::optional<qint64> restoredFrom;
    qint64 createdAt = 0;
    qint64 createdBy = 0;
    QString createdByName;
};

struct Sop
{
    qint64 id = 0;
    QString title;
    std::optional<OrderStage> orderStage;
    QString ticketCategory; // empty when linked to an order stage
    bool active = true;
    SopVersion current;
};

} // namespace rapi
