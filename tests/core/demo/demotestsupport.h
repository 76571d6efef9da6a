#pragma once

#include "db/database.h"
#include "demo/demogenerator.h"

#include <memory>
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rapi::test {

// Thursday 20 November 2025, 10:30 in Jakarta: a working morning, so every stage has orders.
qint64 demoNow();
// A demo of `orders` orders at demoNow(), in several transactions even for a small shop.
DemoOptions demoOptions(qint64 orders, quint64 seed = 42);
qint64 scalar(const Database &db, const QString &sql);
// A digest of the columns a person would see, table by table in id order.
QByteArray demoChecksum(const Database &db);
QStringList indexNames(const Database &db);

// A test database with a generated demo shop.
struct DemoShop
{
    std::unique_ptr<Database> db;
    DemoSummary summary;

    explicit DemoShop(const DemoOptions &options);
};

} // namespace rapi::test
