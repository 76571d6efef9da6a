#include "demo/demoproducts.h"

#include "demo/demodata.h"
#include "demo/demoorders.h"

#include <algorithm>
#include <limits>

namespace rapi::demo {

namespace {

// Rounds a stock figure to what a person would type: 5s, then 10s, 50s, 100s.
qint64 roundNicely(qint64 value)
{
    const qint64 step = value < 50 ? 5 : value < 500 ? 10 : value < 5000 ? 50 : 100;
    return std::max(step, (value + step / 2) / step * step);
}

std::string skuNumber(int number)
{
    std::string digits = std::to_string(number);
    if (digits.size() < 3)
        digits.insert(0, 3 - digits.size(), '0');
    return digits;
}

} // namespace

std::vector<DemoProduct> buildProducts(Random &random, int count, qint64 orders, qint64 start, qint64 end)
{
    const auto items = catalog();
    size_t maxVariants = 0;
    for (const CatalogItem &item : items)
        maxVariants = std::max(maxVariants, variantSet(item.variantSet).size());
    std::vector<int> nextNumber(items.size(), 1);

    std::vector<DemoProduct> products;
    products.reserve(size_t(count));
    // Round robin over the base products, one variant each time round; past the catalogue a
    // new "Seri" (collection) of the same products follows.
    for (int edition = 0; int(products.size()) < count; ++edition) {
        for (size_t v = 0; v < maxVariants && int(products.size()) < count; ++v) {
            for (size_t i = 0; i < items.size() && int(products.size()) < count; ++i) {
                const CatalogItem &item = items[i];
                const auto variants = variantSet(item.variantSet);
                if (v >= variants.size())
                    continue;
                const Variant &variant = variants[v];
                DemoProduct p;
                p.sku = std::string(item.skuPrefix) + '-' + skuNumber(nextNumber[i]++);
                p.name = item.name;
                if (*variant.name)
                    p.name += std::string(" - ") + variant.name;
                if (edition > 0)
                    p.name += " Seri " + std::to_string(edition + 1);
                p.category = item.category;
                const qint64 rupiah = item.price + variant.priceDelta + edition * 2000;
                p.price = rupiah * 100;
                // Cost 45–68 % of the price, to whole hundreds of rupiah.
                p.cost = rupiah * random.between(45, 68) / 100 / 100 * 100 * 100;
                // The first colours or sizes of a product sell best.
                p.weight = item.popularity * random.between(4, 12) * (v < 2 ? 2 : 1);
                p.supplier = int(i % supplierNames().size());
                products.push_back(std::move(p));
            }
        }
    }

    const qint64 period = std::max<qint64>(day, end - start);
    qint64 totalWeight = 0;
    for (const DemoProduct &p : products)
        totalWeight += p.weight;
    for (DemoProduct &p : products) {
        p.orderableUntil = std::numeric_limits<qint64>::max();
        if (random.chance(300)) {
            p.active = false;
            p.orderableUntil = start + period * random.between(20, 60) / 100;
        }
        // About 1.7 lines per order and 1.4 pieces per line; the figure is per mille per day.
        const qint64 perDayMille = orders * 2380 * p.weight / totalWeight * day / period;
        p.reorderPoint = roundNicely(std::max<qint64>(5, perDayMille * 4 / 1000));
        p.reorderQty = roundNicely(std::max<qint64>(12, perDayMille * 14 / 1000));
        p.opening = p.reorderPoint + p.reorderQty * random.between(100, 200) / 100;
    }
    // One active product in about sixteen runs short: enough for a reorder list worth reading.
    std::vector<size_t> active;
    for (size_t i = 0; i < products.size(); ++i) {
        if (products[i].active)
            active.push_back(i);
    }
    const size_t critical = std::min(active.size(), std::max<size_t>(1, active.size() * 6 / 100));
    for (size_t k = 0; k < critical; ++k) {
        // A partial Fisher–Yates shuffle picks them without repeats.
        std::swap(active[k], active[k + size_t(random.below(active.size() - k))]);
        products[active[k]].critical = true;
    }
    return products;
}

} // namespace rapi::demo
