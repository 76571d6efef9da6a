#pragma once

#include "common/result.h"

#include <QDate>

namespace rapi {

class Database;

// Builds a realistic, deterministic Indonesian shop: the same seed gives the same business.
// Channels Shopee, Tokopedia, TikTok Shop, WhatsApp, Instagram and Toko; ~200 products in a few
// categories (some at critical stock); customers with Indonesian names and phone numbers;
// orders over the last 12 weeks at every stage, some stuck. Writes with prepared statements in
// large transactions so that millions of orders stay practical for benchmarks.
struct DemoOptions
{
    qint64 orders = 20000;
    quint64 seed = 42;
    int products = 200;
    qint64 customers = 0;   // 0: about one customer per 5 orders, at least 50
    qint64 now = 0;         // UTC seconds for "now"; 0: the current time
    int weeks = 12;
};

struct DemoSummary
{
    qint64 products = 0;
    qint64 customers = 0;
    qint64 orders = 0;
    qint64 orderLines = 0;
};

class DemoGenerator final
{
public:
    explicit DemoGenerator(Database &db);
    // Refused on a database that already holds orders or products.
    Result<DemoSummary> generate(const DemoOptions &options);

private:
    Database &m_db;
};

} // namespace rapi
