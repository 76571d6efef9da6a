#pragma once

#include <span>

// The raw material of the demo shop: an Indonesian catalogue, names, phone prefixes, couriers and
// the short texts people type. Plain UTF-8 literals; the generator turns them into QStrings once.
namespace rapi::demo {

struct Variant
{
    const char *name; // empty for a product without variants
    int priceDelta;   // rupiah on top of the base price
};

// A base product; the catalogue multiplies each by its variants (colours, sizes, weights).
struct CatalogItem
{
    const char *category;
    const char *skuPrefix; // "HJB-PSM": category code and product code
    const char *name;
    int price;      // whole rupiah, e.g. 59000 for Rp 59.000
    int popularity; // relative share of orders, 1..10
    int variantSet;
};

std::span<const CatalogItem> catalog();
std::span<const Variant> variantSet(int index);

// A weighted choice among short strings.
struct WeightedText
{
    const char *text;
    int weight;
};

std::span<const char *const> femaleFirstNames();
std::span<const char *const> maleFirstNames();
std::span<const char *const> femaleLastNames();
std::span<const char *const> maleLastNames();
std::span<const char *const> neutralLastNames();
std::span<const WeightedText> phonePrefixes();
std::span<const WeightedText> couriers();
std::span<const char *const> customerNotes();
std::span<const char *const> cancelNotes();
std::span<const char *const> returnNotes();
std::span<const char *const> supplierNames();

} // namespace rapi::demo
