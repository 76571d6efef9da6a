#pragma once

#include "common/actor.h"
#include "common/result.h"
#include "templates/templaterenderer.h"

#include <optional>

namespace rapi {

class Database;

// What a template preview is filled with: a real order, ticket or customer of the shop, so the
// person writing a template sees the text a customer would get, and which values are missing.
struct PreviewSubject
{
    enum class Kind { Order, Ticket, Customer };

    Kind kind = Kind::Order;
    qint64 id = 0;
    QString label; // "ORD-000123 · Siti Aminah · Paid"
};

namespace previewsubject {

// The subject of `kind` that `text` names: an order or ticket number, or part of a customer's
// name or phone (orders and tickets also match their customer's name); the most recent one when
// `text` is empty. Nothing when none matches.
Result<std::optional<PreviewSubject>> find(Database &db, PreviewSubject::Kind kind, const QString &text,
                                           qint64 now);
// The placeholder values for the subject (templatevalues::forOrder / forTicket / forCustomer).
Result<TemplateValues> values(Database &db, const PreviewSubject &subject, const Actor &actor, qint64 now);

} // namespace previewsubject
} // namespace rapi
