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

// The kinds of subject the role may preview with: a filled text carries the customer's contact
// data, so only roles that read it (and the subject itself) get real subjects; the others see
// the shop's own values only.
QList<PreviewSubject::Kind> kinds(Role role);
// The subject of `kind` that `text` names: an order or ticket number, or part of a customer's
// name or phone (orders and tickets also match their customer's name); the most recent one when
// `text` is empty. Nothing when none matches.
// Refused for a kind not in kinds(viewer.role).
Result<std::optional<PreviewSubject>> find(Database &db, PreviewSubject::Kind kind, const QString &text,
                                           const Actor &viewer, qint64 now);
// The placeholder values for the subject (templatevalues::forOrder / forTicket / forCustomer);
// refused like find().
Result<TemplateValues> values(Database &db, const PreviewSubject &subject, const Actor &actor, qint64 now);

} // namespace previewsubject
} // namespace rapi
