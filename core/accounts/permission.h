#pragma once

#include "common/actor.h"
#include "common/result.h"

#include <optional>
#include <QList>
#include <QString>

namespace rapi {

// What a core operation needs from the signed-in person (SPEC §1). Every service write and every
// read of personal data asks authorize() first; the one table in permission.cpp says which role
// may do what, and the UI asks allows() to hide or disable what would be refused.
enum class Permission {
    ManageUsers,         // add users, change roles, reset passwords, deactivate
    ViewAudit,           // read and export the audit log
    EditSettings,        // business settings, SLA targets, hours, holidays, stuck thresholds
    Maintain,            // demo data, integrity check, backup and restore
    ReadShop,            // the dashboard, products and stock levels (not vendors)
    ReadCustomers,       // a customer's name and shipping address
    ReadCustomerContact, // phone, e-mail, handles, preferences, notes
    EditCustomers,       // profiles, notes, merges, customer imports
    HandleTickets,       // create and work CS tickets, ticket imports
    ReadOrders,
    CreateOrders,   // new orders, asking for payment
    AnnotateOrders, // order notes
    FulfilOrders,   // paid → processing → shipped → completed
    RecordPayments, // mark paid, returns and refunds
    CancelOrders,
    ImportOrders,  // order history from CSV (it moves stock)
    EditProducts,  // products and their CSV import
    MoveStock,     // receive, adjust, stocktake
    UseTemplates,  // read templates and fill them in (vendors: only those shared with them)
    EditTemplates, // create, edit, restore, retire templates and SOPs
    ReadSops,
    ExportReports, // KPI figures, reports and exports
    ReadTasks,     // the tasks board and check-ins (vendors: only their own tasks)
    EditTasks,     // create and assign tasks, change anyone's
    WriteReviews,  // weekly review notes
};

namespace permission {

bool allows(Role role, Permission permission);
// Success, or a clear message saying who may do it ("Only the owner and CS staff can …").
Status authorize(const Actor &actor, Permission permission);
QList<Permission> all();
// A stable code ("edit_customers") for logs and tests.
QString code(Permission permission);

} // namespace permission

namespace roles {

// "owner", "cs", … as stored in users.role.
QString code(Role role);
std::optional<Role> fromCode(const QString &code);
QString displayName(Role role);
QList<Role> all();

} // namespace roles

} // namespace rapi
