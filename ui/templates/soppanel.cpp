#include "templates/soppanel.h"

#include "common/appcontext.h"
#include "common/theme.h"
#include "templates/soprepository.h"
#include "templates/versionhistoryview.h"

#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace rapi {

namespace {
QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QLabel *textLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

SopPanel::SopPanel(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_card(new QWidget(this)),
      m_title(textLabel(m_card, "sopTitleLabel")), m_goal(textLabel(m_card, "sopGoalLabel")),
      m_steps(textLabel(m_card, "sopStepsLabel")), m_done(textLabel(m_card, "sopDoneLabel")),
      m_version(textLabel(m_card, "sopVersionLabel")), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("sopPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_card->setObjectName(QStringLiteral("sopCard"));
    m_card->setAttribute(Qt::WA_StyledBackground);
    m_card->setStyleSheet(QStringLiteral("QWidget#sopCard { background: #f8f9fb; border: 1px solid #e1e4e8; "
                                         "border-left: 3px solid #1f6fd1; border-radius: 6px; }"));
    auto *card = new QVBoxLayout(m_card);
    card->setContentsMargins(14, 10, 14, 10);
    card->setSpacing(6);
    theme::makeTitle(m_title, 1);
    theme::makeMuted(m_version);
    for (QLabel *label : {m_title, m_goal, m_steps, m_done, m_version})
        card->addWidget(label);
    layout->addWidget(m_card);

    m_empty->setObjectName(QStringLiteral("sopEmptyLabel"));
    m_empty->setWordWrap(true);
    theme::makeMuted(m_empty);
    layout->addWidget(m_empty);
    clear();
}

QStringList SopPanel::stepsOf(const QString &steps)
{
    static const QRegularExpression marker(QStringLiteral("^\\s*(?:\\d+\\s*[.)]|[-•*])\\s*"));
    QStringList list;
    for (QString line : steps.split(QLatin1Char('\n'))) {
        line.remove(marker);
        if (!line.trimmed().isEmpty())
            list << line.trimmed();
    }
    return list;
}

void SopPanel::showForOrderStage(OrderStage stage)
{
    showResult(SopRepository(m_context.db).currentForOrderStage(stage), tr("No SOP for this stage yet."));
}

void SopPanel::showForTicketCategory(const QString &category)
{
    if (category.trimmed().isEmpty()) {
        clear();
        m_empty->setText(tr("This ticket has no category, so no SOP applies."));
        m_empty->show();
        return;
    }
    showResult(SopRepository(m_context.db).currentForTicketCategory(category),
               tr("No SOP for this category yet."));
}

void SopPanel::showResult(const Result<std::optional<Sop>> &found, const QString &emptyText)
{
    if (!found) {
        clear();
        m_empty->setText(found.error());
        m_empty->show();
        return;
    }
    if (!found->has_value()) {
        clear();
        m_empty->setText(emptyText);
        m_empty->show();
        return;
    }
    showSop(**found);
}

void SopPanel::showSop(const Sop &sop)
{
    m_sopId = sop.id;
    const SopVersion &v = sop.current;
    m_title->setText(tr("SOP: %1").arg(html(sop.title)));
    m_goal->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Goal:").toHtmlEscaped(), html(v.goal)));
    QString steps;
    for (const QString &step : stepsOf(v.steps))
        steps += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
    m_steps->setText(QStringLiteral("<b>%1</b><ol style=\"margin-top: 2px; margin-bottom: 0px; "
                                    "-qt-list-indent: 1;\">%2</ol>")
                         .arg(tr("Steps:").toHtmlEscaped(), steps));
    m_done->setText(
        QStringLiteral("<b>%1</b> %2").arg(tr("Done standard:").toHtmlEscaped(), html(v.doneStandard)));
    m_version->setText(
        v.number > 0 ? VersionHistoryView::describe(v.number, v.createdByName, v.createdAt, std::nullopt)
                           .toHtmlEscaped()
                     : tr("Not saved yet").toHtmlEscaped());
    m_empty->hide();
    m_card->show();
}

void SopPanel::clear()
{
    m_sopId = 0;
    m_card->hide();
    m_empty->clear();
    m_empty->hide();
}

} // namespace rapi
