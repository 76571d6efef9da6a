<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <location filename="../ui/customers/customertimelineview.cpp" line="+168"/>
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
        <location filename="../ui/customers/customerstab.cpp" line="+124"/>
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
        <location filename="../ui/tickets/newticketdialog.cpp" line="+217"/>
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
    <name>rapi::OrdersTab</name>
    <message numerus="yes">
        <location filename="../ui/orders/orderstab.cpp" line="+238"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapi::StockTab</name>
    <message numerus="yes">
        <location filename="../ui/stock/stocktab.cpp" line="+348"/>
        <source>Stocktake recorded: %Ln product(s) adjusted.</source>
        <translation>
            <numerusform>Stocktake recorded: %Ln product adjusted.</numerusform>
            <numerusform>Stocktake recorded: %Ln products adjusted.</numerusform>
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
        <location filename="../core/reports/weeklyreportbuilder.cpp" line="+299"/>
        <source>%n product(s) to reorder, %1 at cost.</source>
        <translation>
            <numerusform>%n product to reorder, %1 at cost.</numerusform>
            <numerusform>%n products to reorder, %1 at cost.</numerusform>
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
        <location filename="../app/cli/commands.cpp" line="+253"/>
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
        <location line="+173"/>
        <source>The stock figures of %n product(s) disagree with the ledger.</source>
        <translation>
            <numerusform>The stock figures of %n product disagree with the ledger.</numerusform>
            <numerusform>The stock figures of %n products disagree with the ledger.</numerusform>
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
