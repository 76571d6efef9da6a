<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>rapi::AccountService</name>
    <message numerus="yes">
        <location filename="../core/accounts/accountservice.cpp" line="+55"/>
        <source>Too many wrong passwords for “%1”. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong passwords for “%1”. Wait %n second and try again.</numerusform>
            <numerusform>Too many wrong passwords for “%1”. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::AuditDialog</name>
    <message numerus="yes">
        <location filename="../ui/accounts/auditdialog.cpp" line="+144"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Saved %n entries to %1.</source>
        <translation>
            <numerusform>Saved %n entry to %1.</numerusform>
            <numerusform>Saved %n entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n entries as CSV</source>
        <translation>
            <numerusform>%n entry as CSV</numerusform>
            <numerusform>%n entries as CSV</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::CriticalStockList</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/criticalstocklist.cpp" line="+65"/>
        <source>and %Ln more — show all critical stock</source>
        <translation>
            <numerusform>and %Ln more — show all critical stock</numerusform>
            <numerusform>and %Ln more — show all critical stock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::CustomerTimelineView</name>
    <message numerus="yes">
        <location filename="../ui/customers/customertimelineview.cpp" line="+169"/>
        <source>%Ln order(s) in all</source>
        <translation>
            <numerusform>%Ln order in all</numerusform>
            <numerusform>%Ln orders in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::CustomersTab</name>
    <message numerus="yes">
        <location filename="../ui/customers/customerstab.cpp" line="+132"/>
        <source>%Ln customer(s) found</source>
        <translation>
            <numerusform>%Ln customer found</numerusform>
            <numerusform>%Ln customers found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::DashboardTab</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardtab.cpp" line="+377"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::NewTicketDialog</name>
    <message numerus="yes">
        <location filename="../ui/tickets/newticketdialog.cpp" line="+211"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::OrderService</name>
    <message numerus="yes">
        <location filename="../core/orders/orderservice.cpp" line="+204"/>
        <source>%1, %n line(s)</source>
        <translation>
            <numerusform>%1, %n line</numerusform>
            <numerusform>%1, %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::OrdersTab</name>
    <message numerus="yes">
        <location filename="../ui/orders/orderstab.cpp" line="+240"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::StockLedger</name>
    <message numerus="yes">
        <location filename="../core/stock/stockledger.cpp" line="+130"/>
        <source>stocktake: %n product(s) adjusted</source>
        <translation>
            <numerusform>stocktake: %n product adjusted</numerusform>
            <numerusform>stocktake: %n products adjusted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::StockTab</name>
    <message numerus="yes">
        <location filename="../ui/stock/stocktab.cpp" line="+353"/>
        <source>Stocktake recorded: %Ln product(s) adjusted.</source>
        <translation>
            <numerusform>Stocktake recorded: %Ln product adjusted.</numerusform>
            <numerusform>Stocktake recorded: %Ln products adjusted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::TasksTab</name>
    <message numerus="yes">
        <location filename="../ui/tasks/taskstab.cpp" line="+188"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n open task</numerusform>
            <numerusform>%n open tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::TemplatesPage</name>
    <message numerus="yes">
        <location filename="../ui/templates/templatespage.cpp" line="+59"/>
        <source>Sharing saved: %n vendor(s) can read this template.</source>
        <translation>
            <numerusform>Sharing saved: %n vendor can read this template.</numerusform>
            <numerusform>Sharing saved: %n vendors can read this template.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::TicketsTab</name>
    <message numerus="yes">
        <location filename="../ui/tickets/ticketstab.cpp" line="+345"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::WeeklyReport</name>
    <message numerus="yes">
        <location filename="../core/reports/weeklyreportbuilder.cpp" line="+300"/>
        <source>%n product(s) to reorder, %1 at cost.</source>
        <translation>
            <numerusform>%n product to reorder, %1 at cost.</numerusform>
            <numerusform>%n products to reorder, %1 at cost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n check-in(s) this week, %1 with blockers.</source>
        <translation>
            <numerusform>%n check-in this week, %1 with blockers.</numerusform>
            <numerusform>%n check-ins this week, %1 with blockers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::WeeklyReportDialog</name>
    <message numerus="yes">
        <location filename="../ui/reports/weeklyreportdialog.cpp" line="+146"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::cli</name>
    <message numerus="yes">
        <location filename="../app/cli/commands.cpp" line="+255"/>
        <source>… and %n more issue(s).</source>
        <translation>
            <numerusform>… and %n more issue.</numerusform>
            <numerusform>… and %n more issues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Nothing was imported: the file has %n issue(s). Fix them and import the whole file again.</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n issue. Fix it and import the whole file again.</numerusform>
            <numerusform>Nothing was imported: the file has %n issues. Fix them and import the whole file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+183"/>
        <source>The stock figures of %n product(s) disagree with the ledger.</source>
        <translation>
            <numerusform>The stock figures of %n product disagree with the ledger.</numerusform>
            <numerusform>The stock figures of %n products disagree with the ledger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/accountcommands.cpp" line="+227"/>
        <source>%n entries as CSV</source>
        <translation>
            <numerusform>%n entry as CSV</numerusform>
            <numerusform>%n entries as CSV</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::uiformat</name>
    <message numerus="yes">
        <location filename="../ui/common/uiformat.cpp" line="+41"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
