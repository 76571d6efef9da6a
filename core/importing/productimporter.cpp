#include "importing/productimporter.h"

#include "db/database.h"
#include "db/writetransaction.h"
#include "importing/csvreader.h"
#include "importing/importsupport.h"
#include "stock/productrepository.h"
#include "stock/stockledger.h"

#include <optional>
#include <QHash>

namespace rapi::importing {

namespace {

enum Column { Sku, Name, Category, UnitPrice, Cost, OnHand, ReorderPoint, ReorderQty, Active, ColumnCount };

constexpr ColumnSpec kColumns[ColumnCount] = {
    {"sku", true},     {"name", true},     {"category", false},      {"unit_price", true},
    {"cost", false},   {"on_hand", false}, {"reorder_point", false}, {"reorder_qty", false},
    {"active", false},
};

// What one row will do, decided before anything is written.
struct Plan
{
    int row = 0;
    Product product;
    bool isNew = false;
    bool catalogueChanged = false;
    qint64 stock = 0; // new: opening stock; existing: the adjustment to the file's on_hand
};

std::optional<bool> parseFlag(QStringView text)
{
    // 1/0 is the documented form; the words are what people type into a spreadsheet.
    for (const char *yes : {"1", "true", "yes", "ya", "y"}) {
        if (text.compare(QLatin1String(yes), Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const char *no : {"0", "false", "no", "tidak", "n"}) {
        if (text.compare(QLatin1String(no), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

bool sameCatalogue(const Product &a, const Product &b)
{
    return a.name == b.name && a.category == b.category && a.unitPrice == b.unitPrice && a.cost == b.cost &&
           a.active == b.active && a.reorderPoint == b.reorderPoint && a.reorderQty == b.reorderQty;
}

} // namespace

Status importProducts(Database &db, CsvReader &csv, const ImportOptions &options, const Actor &actor,
                      const Clock &clock, ImportReport &report)
{
    ColumnReader rows(csv, kColumns, report);
    if (Status status = rows.resolve(); !status)
        return status;
    auto cell = [&](int c) { return rows.cell(c); };
    auto bad = [&](int c, const QString &reason) { rows.bad(c, reason); };

    // Reading inside the write transaction means nobody changes a product between our
    // comparison and our write.
    std::optional<WriteTransaction> tx;
    if (!options.dryRun) {
        tx.emplace(db);
        if (!tx->ok())
            return tx->startStatus();
    }

    ProductRepository products(db, clock);
    auto existing = products.list(ProductFilter{});
    if (!existing)
        return Error{existing.error()};
    QHash<QString, qsizetype> bySku;
    for (qsizetype i = 0; i < existing->size(); ++i)
        bySku.insert(existing->at(i).sku, i);

    QHash<QString, int> rowOfSku;
    QList<Plan> plans;
    while (rows.next()) {
        const int row = rows.row();
        const QString sku = cell(Sku).toString();
        if (sku.isEmpty()) {
            bad(Sku, ImportTr::tr("is empty"));
            continue;
        }
        if (const auto seen = rowOfSku.constFind(sku); seen != rowOfSku.cend()) {
            bad(Sku,
                ImportTr::tr("%1 is also on row %2; each product may appear only once").arg(sku).arg(*seen));
            continue;
        }
        rowOfSku.insert(sku, row);

        Plan plan;
        plan.row = row;
        const auto found = bySku.constFind(sku);
        plan.isNew = found == bySku.cend();
        const Product before = plan.isNew ? Product{} : existing->at(*found);
        Product &p = plan.product;
        p = before;
        p.sku = sku;

        // Empty optional cells keep what the product has (or the default for a new product), so
        // a file with only some columns filled in never wipes the others.
        if (cell(Name).isEmpty())
            bad(Name, ImportTr::tr("is empty"));
        else
            p.name = cell(Name).toString();
        if (!cell(Category).isEmpty())
            p.category = cell(Category).toString();
        auto amount = [&](int c, Money &target) {
            if (cell(c).isEmpty()) {
                if (kColumns[c].required)
                    bad(c, ImportTr::tr("is empty"));
                return;
            }
            const auto parsed = money::parseMajor(cell(c));
            if (!parsed)
                bad(c, parsed.error());
            else if (*parsed < 0)
                bad(c, ImportTr::tr("cannot be negative"));
            else
                target = *parsed;
        };
        amount(UnitPrice, p.unitPrice);
        amount(Cost, p.cost);
        auto count = [&](int c, qint64 &target) {
            if (cell(c).isEmpty())
                return false;
            if (const auto n = rows.count(c))
                target = *n;
            return true;
        };
        count(ReorderPoint, p.reorderPoint);
        count(ReorderQty, p.reorderQty);
        qint64 onHand = before.onHand;
        const bool stockGiven = count(OnHand, onHand);
        if (!cell(Active).isEmpty()) {
            if (const auto flag = parseFlag(cell(Active)))
                p.active = *flag;
            else
                bad(Active, ImportTr::tr("“%1” is not 1 (active) or 0 (inactive)").arg(cell(Active)));
        }
        if (!rows.rowOk())
            continue;

        if (plan.isNew) {
            plan.stock = stockGiven ? onHand : 0;
            ++report.created;
        } else {
            plan.catalogueChanged = !sameCatalogue(before, p);
            plan.stock = onHand - before.onHand;
            if (plan.catalogueChanged || plan.stock != 0)
                ++report.updated;
            else
                ++report.unchanged;
        }
        if (plan.isNew || plan.catalogueChanged || plan.stock != 0)
            plans.append(plan);
    }
    IssueList &issues = rows.issues();
    if (issues.any() || options.dryRun)
        return {}; // the transaction rolls back: nothing is written

    const QString reason = ImportTr::tr("CSV import");
    const qint64 now = clock.now();
    for (const Plan &plan : std::as_const(plans)) {
        Status status;
        if (plan.isNew) {
            status = products.create(plan.product, plan.stock, actor);
        } else {
            if (plan.catalogueChanged)
                status = products.update(plan.product, actor);
            if (status && plan.stock != 0)
                status = StockLedger::record(db, plan.product.id, MovementKind::Adjustment, plan.stock,
                                             reason, std::nullopt, actor.userId, now);
        }
        if (!status) {
            // A rule of the catalogue that the checks above do not know: report it on its row.
            issues.add(plan.row, QString(), status.error());
            return {};
        }
    }
    if (Status status = tx->commit(); !status)
        return status;
    report.applied = true;
    return {};
}

} // namespace rapi::importing
