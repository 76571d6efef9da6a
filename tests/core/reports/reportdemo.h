#pragma once

#include "common/clock.h"
#include "db/database.h"
#include "kpi/period.h"

#include <memory>
#include <QByteArray>
#include <QString>

namespace rapi::test {

// A small demo shop (DemoGenerator, fixed seed) whose "now" is Wednesday 25 November 2026, so
// ISO week 2026-W47 is complete and has orders, tickets, stuck orders and critical stock.
struct ReportDemo
{
    ReportDemo();

    std::unique_ptr<Database> db;
    ManualClock clock;
    Period week; // 2026-W47
};

// unzip -p ARCHIVE MEMBER: one member of a ZIP file (an XLSX), empty when unzip fails.
QByteArray unzipMember(const QString &archive, const QString &member);
// The <v> value of cell `ref` ("B5") in a worksheet's XML, empty when the cell has none.
QString cellValue(const QByteArray &sheetXml, const QString &ref);

} // namespace rapi::test
