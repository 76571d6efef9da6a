#pragma once

#include "common/actor.h"
#include "common/result.h"
#include "templates/templaterenderer.h"

namespace rapi {

class Database;

// The placeholder values for the work at hand, so a reply or a message starts from a template
// filled with the real order, customer and ticket. Values the database does not have (an order
// not shipped yet has no tracking number) are left out, and rendering then names them.
namespace templatevalues {

// agent.name, business.name and business.bank_account (settings `business_name`,
// `business_bank_account`), today.
Result<TemplateValues> common(Database &db, const Actor &actor, qint64 now);
// common() plus customer.*.
Result<TemplateValues> forCustomer(Database &db, qint64 customerId, const Actor &actor, qint64 now);
// common() plus customer.* and order.*.
Result<TemplateValues> forOrder(Database &db, qint64 orderId, const Actor &actor, qint64 now);
// common() plus customer.*, ticket.* and, when the ticket names one, order.*.
Result<TemplateValues> forTicket(Database &db, qint64 ticketId, const Actor &actor, qint64 now);

} // namespace templatevalues
} // namespace rapi
