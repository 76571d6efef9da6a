#include "accounts/accountservice.h"
#include "accounts/permission.h"
#include "audit/auditlog.h"
#include "customers/customerrepository.h"
#include "customers/customerservice.h"
#include "db/dbquery.h"
#include "orderfixture.h"
#include "orders/orderrepository.h"
#include "sla/slasettings.h"
#include "stock/stockledger.h"
#include "templates/templaterepository.h"
#include "tickets/ticketservice.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace rapi;
using namespace rapi::test;

namespace {

// Everything a refused call could have written.
qint64 footprint(Database &db)
{
    qint64 sum = 0;
    for (const char *table : {"orders", "order_events", "products", "stock_movements", "customer_notes",
                              "tickets", "templates", "template_shares", "users", "audit_log"}) {
        DbQuery q(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        REQUIRE(q.exec());
        REQUIRE(q.next());
        sum = sum * 31 + q.int64(0);
    }
    DbQuery q(db,
              QStringLiteral("SELECT COALESCE(SUM(version), 0), COALESCE(SUM(CASE WHEN stage = 'new' THEN 1 "
                             "ELSE 0 END), 0) FROM orders"));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return sum * 31 + q.int64(0) * 7 + q.int64(1);
}

struct Scene
{
    OrderFixture f;
    qint64 product = f.addProduct(QStringLiteral("KOPI-250"), 6500000, 10);
    qint64 customer = CustomerRepository(*f.db, f.clock)
                          .findOrCreate(QStringLiteral("Siti"), QStringLiteral("081234567890"))
                          .value();
    qint64 newOrder() { return f.placeOrder({{product, 1, 6500000, 0}}); }
    qint64 paidOrder()
    {
        const qint64 id = newOrder();
        REQUIRE(f.move(id, OrderStage::Paid).ok());
        return id;
    }
};

struct Operation
{
    const char *name;
    const char *allowedRoles; // written out here, independently of the core's table
    std::function<Status(Scene &, const Actor &, qint64 prepared)> run;
    // Setup done by the owner before the call (an order in the right stage); 0 when none.
    std::function<qint64(Scene &)> prepare = [](Scene &) { return qint64(0); };
};

QList<Operation> operations()
{
    return {
        {"create an order", "owner cs",
         [](Scene &s, const Actor &a, qint64 id) {
             NewOrder order;
             order.channelId = s.f.channelId(QStringLiteral("shopee"));
             order.lines = {{s.product, 1, std::nullopt, 0}};
             return Status(OrderService(*s.f.db, s.f.clock).create(order, a));
         }},
        {"mark an order paid", "owner finance",
         [](Scene &s, const Actor &a, qint64 id) {
             return OrderService(*s.f.db, s.f.clock).transition(id, OrderStage::Paid, {}, a);
         },
         [](Scene &s) { return s.newOrder(); }},
        {"start processing", "owner warehouse",
         [](Scene &s, const Actor &a, qint64 id) {
             return OrderService(*s.f.db, s.f.clock).transition(id, OrderStage::Processing, {}, a);
         },
         [](Scene &s) { return s.paidOrder(); }},
        {"cancel an order", "owner",
         [](Scene &s, const Actor &a, qint64 id) {
             return OrderService(*s.f.db, s.f.clock).transition(id, OrderStage::Cancelled, {}, a);
         },
         [](Scene &s) { return s.newOrder(); }},
        {"write an order note", "owner cs",
         [](Scene &s, const Actor &a, qint64 id) {
             return OrderService(*s.f.db, s.f.clock).updateNotes(id, QStringLiteral("gift wrap"), a, 1);
         },
         [](Scene &s) { return s.newOrder(); }},
        {"create a product", "owner warehouse",
         [](Scene &s, const Actor &a, qint64 id) {
             Product p;
             p.sku = QStringLiteral("TEH-100");
             p.name = QStringLiteral("Teh");
             p.unitPrice = 1500000;
             return Status(ProductRepository(*s.f.db, s.f.clock).create(p, 0, a));
         }},
        {"receive stock", "owner warehouse",
         [](Scene &s, const Actor &a, qint64 id) {
             return StockLedger(*s.f.db, s.f.clock).receive(s.product, 5, QString(), a);
         }},
        {"write a customer note", "owner cs",
         [](Scene &s, const Actor &a, qint64 id) {
             return Status(CustomerService(*s.f.db, s.f.clock).addNote(s.customer, QStringLiteral("VIP"), a));
         }},
        {"open a ticket", "owner cs",
         [](Scene &s, const Actor &a, qint64 id) {
             NewTicket t;
             t.customerId = s.customer;
             t.subject = QStringLiteral("Where is my parcel?");
             return Status(TicketService(*s.f.db, s.f.clock).create(t, a));
         }},
        {"create a template", "owner",
         [](Scene &s, const Actor &a, qint64 id) {
             return Status(TemplateRepository(*s.f.db, s.f.clock)
                               .create(TemplateKind::CsReply, QStringLiteral("Thanks"),
                                       QStringLiteral("Thank you!"), a));
         }},
        {"share a template with vendors", "owner",
         [](Scene &s, const Actor &a, qint64 id) {
             TemplateRepository templates(*s.f.db, s.f.clock);
             const qint64 brief = templates.list(s.f.actor, TemplateKind::ContentBrief)->first().id;
             return templates.share(brief, {}, a);
         }},
        {"read the templates", "owner cs warehouse finance vendor",
         [](Scene &s, const Actor &a, qint64 id) {
             return Status(TemplateRepository(*s.f.db, s.f.clock).list(a));
         }},
        {"list customers", "owner cs warehouse finance",
         [](Scene &s, const Actor &a, qint64 id) {
             return Status(CustomerRepository(*s.f.db, s.f.clock).recent(a));
         }},
        {"search customers", "owner cs warehouse finance",
         [](Scene &s, const Actor &a, qint64 id) {
             return Status(CustomerRepository(*s.f.db, s.f.clock).find(QStringLiteral("siti"), a));
         }},
        {"change an SLA target", "owner",
         [](Scene &s, const Actor &a, qint64 id) {
             SlaSettings sla(*s.f.db);
             SlaPolicy policy = sla.policies().value().first();
             policy.firstResponseMinutes += 5;
             return sla.setPolicy(policy, a);
         }},
        {"add a user", "owner",
         [](Scene &s, const Actor &a, qint64 id) {
             return Status(AccountService(*s.f.db, s.f.clock)
                               .addUser(QStringLiteral("eka"), Role::Cs, QStringLiteral("password-1"), a));
         }},
        {"read the audit log", "owner",
         [](Scene &s, const Actor &a, qint64 id) { return Status(AuditLog(*s.f.db).list({}, a)); }},
        {"read a customer", "owner cs warehouse finance",
         [](Scene &s, const Actor &a, qint64 id) {
             return Status(CustomerRepository(*s.f.db, s.f.clock).profile(s.customer, a));
         }},
        {"read customer notes", "owner cs finance",
         [](Scene &s, const Actor &a, qint64 id) {
             return Status(CustomerRepository(*s.f.db, s.f.clock).notes(s.customer, a));
         }},
    };
}

} // namespace

TEST_CASE("each role may run exactly its operations, and the core refuses the rest without a trace")
{
    const Role role = GENERATE(Role::Owner, Role::Cs, Role::Warehouse, Role::Finance, Role::Vendor);
    const Actor actor{1, roles::code(role), role};
    Scene scene;
    for (const Operation &op : operations()) {
        const bool allowed =
            QString::fromLatin1(op.allowedRoles).split(QLatin1Char(' ')).contains(roles::code(role));
        INFO(roles::code(role).toStdString() << " may " << (allowed ? "" : "not ") << op.name);
        const qint64 prepared = op.prepare(scene);
        const qint64 before = footprint(*scene.f.db);
        const Status status = op.run(scene, actor, prepared);
        INFO(status.error().toStdString());
        if (allowed) {
            CHECK(status.ok());
        } else {
            CHECK_FALSE(status.ok());
            CHECK((status.error().startsWith(QStringLiteral("Only")) ||
                   status.error().startsWith(QStringLiteral("Your role"))));
            CHECK(footprint(*scene.f.db) == before);
        }
    }
}

TEST_CASE("a refused order move leaves the order where it was")
{
    Scene s;
    const qint64 order = s.paidOrder();
    const Actor cs{1, QStringLiteral("dewi"), Role::Cs};
    const qint64 before = footprint(*s.f.db);
    CHECK(OrderService(*s.f.db, s.f.clock)
              .transition(order, OrderStage::Processing, {}, cs)
              .error()
              .contains(QStringLiteral("warehouse")));
    CHECK(s.f.stageOf(order) == OrderStage::Paid);
    CHECK(footprint(*s.f.db) == before);
}

TEST_CASE("warehouse staff see a customer's name and address but no contact data, vendors nothing")
{
    Scene s;
    CustomerProfile profile = CustomerRepository(*s.f.db, s.f.clock).profile(s.customer).value();
    profile.email = QStringLiteral("siti@example.com");
    profile.address = QStringLiteral("Jl. Melati 5, Bandung");
    profile.preferences = QStringLiteral("call after 5 pm");
    REQUIRE(CustomerService(*s.f.db, s.f.clock).updateProfile(profile, s.f.actor).ok());
    REQUIRE(CustomerService(*s.f.db, s.f.clock)
                .addNote(s.customer, QStringLiteral("likes dark roast"), s.f.actor)
                .ok());
    CustomerRepository repo(*s.f.db, s.f.clock);

    const auto seenByWarehouse = repo.profile(s.customer, Actor{1, QStringLiteral("joko"), Role::Warehouse});
    REQUIRE(seenByWarehouse.ok());
    CHECK(seenByWarehouse->name == QStringLiteral("Siti"));
    CHECK(seenByWarehouse->address == QStringLiteral("Jl. Melati 5, Bandung"));
    CHECK(seenByWarehouse->phone.isEmpty());
    CHECK(seenByWarehouse->email.isEmpty());
    CHECK(seenByWarehouse->preferences.isEmpty());
    CHECK_FALSE(repo.notes(s.customer, Actor{1, QStringLiteral("joko"), Role::Warehouse}).ok());

    const auto seenByCs = repo.profile(s.customer, Actor{1, QStringLiteral("dewi"), Role::Cs});
    REQUIRE(seenByCs.ok());
    CHECK(seenByCs->phone == QStringLiteral("081234567890"));
    CHECK(seenByCs->email == QStringLiteral("siti@example.com"));
    CHECK(repo.notes(s.customer, Actor{1, QStringLiteral("dewi"), Role::Cs})->size() == 1);

    CHECK(repo.profile(s.customer, Actor{1, QStringLiteral("vera"), Role::Vendor})
              .error()
              .contains(QStringLiteral("does not see customer data")));

    // The same holds for the customer on an order.
    NewOrder order;
    order.channelId = s.f.channelId(QStringLiteral("shopee"));
    order.customerId = s.customer;
    order.lines = {{s.product, 1, std::nullopt, 0}};
    const qint64 orderId = OrderService(*s.f.db, s.f.clock).create(order, s.f.actor).value();
    OrderRepository orders(*s.f.db);
    const auto forWarehouse = orders.get(orderId, Actor{1, QStringLiteral("joko"), Role::Warehouse});
    REQUIRE(forWarehouse.ok());
    CHECK(forWarehouse->customerName == QStringLiteral("Siti"));
    CHECK(forWarehouse->customerPhone.isEmpty());
    CHECK(orders.get(orderId, Actor{1, QStringLiteral("dewi"), Role::Cs})->customerPhone ==
          QStringLiteral("081234567890"));
    CHECK_FALSE(orders.get(orderId, Actor{1, QStringLiteral("vera"), Role::Vendor}).ok());
}

TEST_CASE("customer lists carry no phone to warehouse staff, whose search matches names only")
{
    Scene s;
    CustomerProfile profile = CustomerRepository(*s.f.db, s.f.clock).profile(s.customer).value();
    profile.name = QStringLiteral("Siti Rahmawati");
    profile.email = QStringLiteral("siti@example.com");
    REQUIRE(CustomerService(*s.f.db, s.f.clock).updateProfile(profile, s.f.actor).ok());
    REQUIRE(CustomerService(*s.f.db, s.f.clock)
                .addNote(s.customer, QStringLiteral("prefers dark roast"), s.f.actor)
                .ok());
    CustomerRepository repo(*s.f.db, s.f.clock);
    const Actor joko{1, QStringLiteral("joko"), Role::Warehouse};
    const Actor dewi{1, QStringLiteral("dewi"), Role::Cs};
    const Actor vera{1, QStringLiteral("vera"), Role::Vendor};

    const auto recentForJoko = repo.recent(joko);
    REQUIRE(recentForJoko.ok());
    REQUIRE(recentForJoko->size() == 1);
    CHECK(recentForJoko->first().name == QStringLiteral("Siti Rahmawati"));
    CHECK(recentForJoko->first().phone.isEmpty());
    CHECK(repo.recent(dewi)->first().phone == QStringLiteral("081234567890"));

    const auto byName = repo.find(QStringLiteral("rahma"), joko);
    REQUIRE(byName.ok());
    REQUIRE(byName->size() == 1);
    CHECK(byName->first().phone.isEmpty());
    // Contact data and notes find nobody for warehouse staff, but do for CS.
    for (const char *text : {"081234567890", "siti@example.com", "dark roast"}) {
        INFO(text);
        CHECK(repo.find(QString::fromLatin1(text), joko)->isEmpty());
        CHECK(repo.find(QString::fromLatin1(text), dewi)->size() == 1);
    }

    CHECK(repo.recent(vera).error() == QStringLiteral("Your role does not see customer data."));
    CHECK(repo.find(QStringLiteral("siti"), vera).error() ==
          QStringLiteral("Your role does not see customer data."));
}
