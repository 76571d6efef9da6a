#include "settings/stuckpage.h"

#include "common/theme.h"
#include "orders/stuckthresholds.h"
#include "sla/businesssettings.h"

#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapi {

namespace {
constexpr qint64 kHour = 3600;
} // namespace

StuckPage::StuckPage(QWidget *parent) : SettingsPage(parent)
{
    setObjectName(QStringLiteral("stuckPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    auto *intro =
        new QLabel(tr("An order that waits longer than this in a stage counts as stuck: it is flagged in "
                      "amber in the orders list and counted on the dashboard. Hours are clock hours, "
                      "nights and holidays included."),
                   this);
    intro->setWordWrap(true);
    theme::makeMuted(intro);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(8);
    auto *stageHeader = new QLabel(tr("Stage"), this);
    auto *afterHeader = new QLabel(tr("Stuck after"), this);
    QFont bold = stageHeader->font();
    bold.setBold(true);
    stageHeader->setFont(bold);
    afterHeader->setFont(bold);
    grid->addWidget(stageHeader, 0, 0);
    grid->addWidget(afterHeader, 0, 1);
    for (OrderStage stage : orderstage::pending) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("stuckHours_%1").arg(orderstage::code(stage)));
        spin->setRange(0, int(StuckThresholds::kMaxSeconds / kHour));
        // Zero is shown as "never": the stage is never flagged.
        spin->setSpecialValueText(tr("never"));
        spin->setSuffix(tr(" hours"));
        spin->setAlignment(Qt::AlignRight);
        spin->setMinimumWidth(130);
        const int line = int(m_rows.size()) + 1;
        grid->addWidget(new QLabel(orderstage::displayName(stage), this), line, 0);
        grid->addWidget(spin, line, 1);
        m_rows.append({stage, spin});
    }
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);
    auto *hint =
        new QLabel(tr("For example 24 hours = one day, 168 hours = one week. Set 0 for never."), this);
    hint->setWordWrap(true);
    theme::makeMuted(hint);
    layout->addWidget(hint);
    layout->addStretch();
}

void StuckPage::load(const BusinessSettings &settings)
{
    for (const auto &[stage, spin] : std::as_const(m_rows)) {
        const auto limit = settings.stuckThresholds.constFind(stage);
        // Thresholds are kept in seconds; a part hour is shown rounded up, never as "never".
        spin->setValue(limit == settings.stuckThresholds.constEnd() ? 0 : int((*limit + kHour - 1) / kHour));
    }
}

Status StuckPage::collect(BusinessSettings &settings)
{
    for (const auto &[stage, spin] : std::as_const(m_rows)) {
        const qint64 hours = spin->value();
        const auto stored = settings.stuckThresholds.constFind(stage);
        // An unchanged value keeps its exact seconds.
        if (stored != settings.stuckThresholds.constEnd() && (*stored + kHour - 1) / kHour == hours)
            continue;
        if (hours == 0) {
            settings.stuckThresholds.remove(stage);
            continue;
        }
        if (Status status = StuckThresholds::check(stage, hours * kHour); !status) {
            spin->setFocus();
            return status;
        }
        settings.stuckThresholds.insert(stage, hours * kHour);
    }
    return {};
}

void StuckPage::setEditable(bool editable)
{
    for (const auto &row : std::as_const(m_rows))
        row.second->setEnabled(editable);
}

QSpinBox *StuckPage::hoursSpin(OrderStage stage) const
{
    for (const auto &[s, spin] : m_rows) {
        if (s == stage)
            return spin;
    }
    return nullptr;
}

} // namespace rapi
