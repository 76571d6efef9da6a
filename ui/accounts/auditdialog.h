#pragma once

#include "audit/auditlog.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace rapi {

struct AppContext;
class MessageBanner;

// Reports ▸ Audit log (owner only): who did what and when, filtered by user, entity and local
// dates (both days included), newest first; Export CSV writes what the filter shows and is itself
// recorded in the audit log, as the CLI's `audit --csv` is.
class AuditDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AuditDialog(AppContext &context, QWidget *parent = nullptr);

    void reload();
    // Writes the shown entries as CSV; false with a message in the banner when it failed.
    bool exportTo(const QString &path);

    QTableWidget *table() const { return m_table; }
    MessageBanner *banner() const { return m_banner; }
    QComboBox *userFilter() const { return m_user; }
    QComboBox *entityFilter() const { return m_entity; }

private:
    AuditFilter filter() const;
    void exportCsv();

    AppContext &m_context;
    QList<AuditEntry> m_entries;
    MessageBanner *m_banner;
    QComboBox *m_user;
    QComboBox *m_entity;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_count;
};

} // namespace rapi
