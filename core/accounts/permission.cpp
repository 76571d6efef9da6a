#include "accounts/permission.h"

#include <QCoreApplication>

namespace rapi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rapi::Permission)
};

constexpr unsigned bit(Role role)
{
    return 1u << unsigned(role);
}

constexpr unsigned kOwner = bit(Role::Owner);
constexpr unsigned kCs = bit(Role::Cs);
constexpr unsigned kWarehouse = bit(Role::Warehouse);
constexpr unsigned kFinance = bit(Role::Finance);
constexpr unsigned kVendor = bit(Role::Vendor);

struct Rule
{
    Permission permission;
    const char *code;
    unsigned roles;
};

// The one place that says which role may do what (SPEC §1; decisions in docs/security.md).
// The owner may do everything.
constexpr Rule kRules[] = {
    {Permission::ManageUsers, "manage_users", kOwner},
    {Permission::ViewAudit, "view_audit", kOwner},
    {Permission::EditSettings, "edit_settings", kOwner},
    {Permission::Maintain, "maintain", kOwner},
    {Permission::ReadShop, "read_shop", kOwner | kCs | kWarehouse | kFinance},
    {Permission::ReadCustomers, "read_customers", kOwner | kCs | kWarehouse | kFinance},
    {Permission::ReadCustomerContact, "read_customer_contact", kOwner | kCs | kFinance},
    {Permission::EditCustomers, "edit_customers", kOwner | kCs},
    {Permission::HandleTickets, "handle_tickets", kOwner | kCs},
    {Permission::ReadOrders, "read_orders", kOwner | kCs | kWarehouse | kFinance},
    {Permission::CreateOrders, "create_orders", kOwner | kCs},
    {Permission::AnnotateOrders, "annotate_orders", kOwner | kCs},
    {Permission::FulfilOrders, "fulfil_orders", kOwner | kWarehouse},
    {Permission::RecordPayments, "record_payments", kOwner | kFinance},
    {Permission::CancelOrders, "cancel_orders", kOwner},
    {Permission::ImportOrders, "import_orders", kOwner},
    {Permission::EditProducts, "edit_products", kOwner | kWarehouse},
    {Permission::MoveStock, "move_stock", kOwner | kWarehouse},
    {Permission::UseTemplates, "use_templates", kOwner | kCs | kWarehouse | kFinance | kVendor},
    {Permission::EditTemplates, "edit_templates", kOwner},
    {Permission::ReadSops, "read_sops", kOwner | kCs | kWarehouse | kFinance},
    {Permission::ExportReports, "export_reports", kOwner | kFinance},
    {Permission::ReadTasks, "read_tasks", kOwner | kCs | kWarehouse | kFinance | kVendor},
    {Permission::EditTasks, "edit_tasks", kOwner | kCs | kWarehouse | kFinance},
    {Permission::WriteReviews, "write_reviews", kOwner},
};

const Rule &ruleOf(Permission permission)
{
    for (const Rule &rule : kRules) {
        if (rule.permission == permission)
            return rule;
    }
    Q_UNREACHABLE();
}

QString refusal(Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
        return Tr::tr("Only the owner can manage users.");
    case Permission::ViewAudit:
        return Tr::tr("Only the owner can see the audit log.");
    case Permission::EditSettings:
        return Tr::tr("Only the owner can change settings.");
    case Permission::Maintain:
        return Tr::tr("Only the owner can run this.");
    case Permission::ReadShop:
        return Tr::tr("Your role does not see the shop's figures or stock.");
    case Permission::ReadCustomers:
        return Tr::tr("Your role does not see customer data.");
    case Permission::ReadCustomerContact:
        return Tr::tr("Your role does not see customers' contact data or notes.");
    case Permission::EditCustomers:
        return Tr::tr("Only the owner and CS staff can change customer data.");
    case Permission::HandleTickets:
        return Tr::tr("Only the owner and CS staff can work on tickets.");
    case Permission::ReadOrders:
        return Tr::tr("Your role does not see orders.");
    case Permission::CreateOrders:
        return Tr::tr("Only the owner and CS staff can take orders.");
    case Permission::AnnotateOrders:
        return Tr::tr("Only the owner and CS staff can write order notes.");
    case Permission::FulfilOrders:
        return Tr::tr("Only the owner and warehouse staff can process and ship orders.");
    case Permission::RecordPayments:
        return Tr::tr("Only the owner and finance staff can record payments and returns.");
    case Permission::CancelOrders:
        return Tr::tr("Only the owner can cancel orders.");
    case Permission::ImportOrders:
        return Tr::tr("Only the owner can import orders.");
    case Permission::EditProducts:
        return Tr::tr("Only the owner and warehouse staff can change products.");
    case Permission::MoveStock:
        return Tr::tr("Only the owner and warehouse staff can change stock.");
    case Permission::UseTemplates:
        return Tr::tr("Your role does not use templates.");
    case Permission::EditTemplates:
        return Tr::tr("Only the owner can change templates and SOPs.");
    case Permission::ReadSops:
        return Tr::tr("Your role does not see SOPs.");
    case Permission::ExportReports:
        return Tr::tr("Only the owner and finance staff can see reports and export figures.");
    case Permission::ReadTasks:
        return Tr::tr("Your role does not see tasks.");
    case Permission::EditTasks:
        return Tr::tr("Vendors can only change the tasks assigned to them.");
    case Permission::WriteReviews:
        return Tr::tr("Only the owner can write the weekly review.");
    }
    Q_UNREACHABLE();
}

} // namespace

namespace permission {

bool allows(Role role, Permission permission)
{
    return (ruleOf(permission).roles & bit(role)) != 0;
}

Status authorize(const Actor &actor, Permission permission)
{
    if (allows(actor.role, permission))
        return {};
    return Error{refusal(permission)};
}

QList<Permission> all()
{
    QList<Permission> out;
    for (const Rule &rule : kRules)
        out << rule.permission;
    return out;
}

QString code(Permission permission)
{
    return QString::fromLatin1(ruleOf(permission).code);
}

} // namespace permission

namespace roles {

QList<Role> all()
{
    return {Role::Owner, Role::Cs, Role::Warehouse, Role::Finance, Role::Vendor};
}

QString code(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Cs:
        return QStringLiteral("cs");
    case Role::Warehouse:
        return QStringLiteral("warehouse");
    case Role::Finance:
        return QStringLiteral("finance");
    case Role::Vendor:
        return QStringLiteral("vendor");
    }
    Q_UNREACHABLE();
}

std::optional<Role> fromCode(const QString &code)
{
    for (Role role : all()) {
        if (roles::code(role) == code)
            return role;
    }
    return std::nullopt;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Owner:
        return Tr::tr("Owner");
    case Role::Cs:
        return Tr::tr("CS");
    case Role::Warehouse:
        return Tr::tr("Warehouse");
    case Role::Finance:
        return Tr::tr("Finance");
    case Role::Vendor:
        return Tr::tr("Vendor");
    }
    Q_UNREACHABLE();
}

} // namespace roles

} // namespace rapi
