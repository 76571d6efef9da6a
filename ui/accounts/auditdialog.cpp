#include "accounts/auditdialog.h"

#include "accounts/accountservice.h"
#include "common/appcontext.h"
#include "common/clock.h"
#include "common/messagebanner.h"
#include "common/tables.h"
#include "db/writetransaction.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapi {

namespace {

enum Column { TimeColumn, UserColumn, ActionColumn, EntityColumn, IdColumn, SummaryColumn, ColumnCount };

// The entities the core writes to the log (docs/security.md).
const char *const kEntities[] = {"order",    "product", "stock",  "customer", "ticket",  "template", "sop",
                                 "settings", "user",    "import", "task",     "checkin", "review",   "audit"};

} // namespace

AuditDialog::AuditDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_banner(new MessageBanner(this)), m_user(new QComboBox(this)),
      m_entity(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_table(new QTableWidget(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit log"));
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->addItem(tr("Everyone"));
    if (auto users = AccountService(context.db, context.clock).list(context.actor)) {
        for (const UserAccount &user : users.value())
            m_user->addItem(user.username, user.id);
    }
    m_entity->setObjectName(QStringLiteral("entityFilter"));
    m_entity->addItem(tr("Everything"));
    for (const char *entity : kEntities)
        m_entity->addItem(QString::fromLatin1(entity), QString::fromLatin1(entity));
    const QDate today = businesstime::dateOf(context.clock.now(), businesstime::defaultZone());
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setCalendarPopup(true);
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("Action"), tr("Entity"), tr("ID"), tr("Summary")});
    tables::setupList(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User"), this));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("Entity"), this));
    filters->addWidget(m_entity);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &AuditDialog::exportCsv);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    resize(1000, 620);
    reload();
}

AuditFilter AuditDialog::filter() const
{
    const QTimeZone zone = businesstime::defaultZone();
    AuditFilter filter;
    filter.from = businesstime::startOfDay(m_from->date(), zone);
    filter.to = businesstime::startOfDay(m_to->date().addDays(1), zone);
    if (m_user->currentIndex() > 0)
        filter.userId = m_user->currentData().toLongLong();
    filter.entity = m_entity->currentData().toString();
    return filter;
}

void AuditDialog::reload()
{
    m_banner->clear();
    auto entries = AuditLog(m_context.db).list(filter(), m_context.actor);
    m_table->setRowCount(0);
    if (!entries) {
        m_entries.clear();
        m_banner->showError(entries.error());
        m_count->clear();
        return;
    }
    m_entries = entries.value();
    const QTimeZone zone = businesstime::defaultZone();
    const int rows = int(m_entries.size());
    m_table->setRowCount(rows);
    // Newest first: what was just done is what one looks for.
    for (int i = 0; i < rows; ++i) {
        const AuditEntry &e = m_entries.at(rows - 1 - i);
        const QString time =
            QDateTime::fromSecsSinceEpoch(e.at, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        m_table->setItem(i, TimeColumn, new QTableWidgetItem(time));
        m_table->setItem(i, UserColumn, new QTableWidgetItem(e.userName));
        m_table->setItem(i, ActionColumn, new QTableWidgetItem(e.action));
        m_table->setItem(i, EntityColumn, new QTableWidgetItem(e.entity));
        m_table->setItem(i, IdColumn,
                         new QTableWidgetItem(e.entityId ? QString::number(*e.entityId) : QString()));
        m_table->setItem(i, SummaryColumn, new QTableWidgetItem(e.summary));
    }
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%n entries", nullptr, rows));
}

void AuditDialog::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"),
                                                      QDir::home().filePath(QStringLiteral("audit.csv")),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty() && exportTo(path))
        m_banner->showSuccess(tr("Saved %n entries to %1.", nullptr, int(m_entries.size()))
                                  .arg(QDir::toNativeSeparators(path)));
}

bool AuditDialog::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(AuditLog::toCsv(m_entries).toUtf8()) < 0 ||
        !file.commit()) {
        m_banner->showError(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    // Exports are audited like the CLI's `audit --csv`; the file is written either way.
    WriteTransaction tx(m_context.db);
    if (tx.ok() &&
        AuditLog(m_context.db)
            .append(m_context.actor, m_context.clock.now(), QStringLiteral("export"), QStringLiteral("audit"),
                    std::nullopt, tr("%n entries as CSV", nullptr, int(m_entries.size()))))
        (void)tx.commit();
    return true;
}

} // namespace rapi
