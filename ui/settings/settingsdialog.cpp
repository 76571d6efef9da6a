#include "settings/settingsdialog.h"

#include "common/appcontext.h"
#include "common/language.h"
#include "common/tables.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "orders/orderrepository.h"
#include "settings/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapi {

SettingsDialog::SettingsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_restartNote(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *general = new QGroupBox(tr("Language"), this);
    auto *form = new QFormLayout(general);
    // Each language is named in itself, so a person who cannot read the current one finds theirs.
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language::current())));
    form->addRow(tr("Interface language"), m_language);
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("The new language is used the next time Rapi starts."));
    theme::makeMuted(m_restartNote);
    form->addRow(m_restartNote);
    layout->addWidget(general);

    auto *thresholds = new QGroupBox(tr("When an order counts as stuck"), this);
    auto *tv = new QVBoxLayout(thresholds);
    auto *table = new QTableWidget(0, 2, thresholds);
    table->setObjectName(QStringLiteral("thresholdTable"));
    table->setHorizontalHeaderLabels({tr("Stage"), tr("Stuck after")});
    tables::setupList(table);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto limits = OrderRepository(context.db).stuckThresholds();
    if (limits) {
        for (OrderStage stage : orderstage::pending) {
            const auto limit = limits->constFind(stage);
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, tables::textItem(orderstage::displayName(stage)));
            table->setItem(
                row, 1,
                tables::numberItem(limit != limits->constEnd() ? uiformat::duration(*limit) : tr("never"),
                                   limit != limits->constEnd() ? QVariant(*limit) : QVariant()));
        }
    }
    tables::fitHeightToRows(table);
    tv->addWidget(table);
    auto *note = new QLabel(
        limits ? tr("Stuck orders are flagged in amber in the orders list and counted on the dashboard.")
               : limits.error(),
        thresholds);
    note->setWordWrap(true);
    theme::makeMuted(note);
    tv->addWidget(note);
    layout->addWidget(thresholds);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void SettingsDialog::accept()
{
    appsettings::setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace rapi
