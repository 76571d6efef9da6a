// TicketPlanner: one demo ticket's conversation and handling, played through TicketLife.
#include "common/money.h"
#include "demo/democrmdata.h"
#include "demo/demotickets.h"
#include "templates/templaterenderer.h"

#include <algorithm>

namespace rapi::demo {

namespace {

constexpr qint64 minute = 60;
// CSAT 1–5 after a smooth ticket, and after one that ran past its target.
constexpr int csatWeights[5] = {3, 4, 10, 33, 50};
constexpr int csatWeightsLate[5] = {12, 15, 25, 28, 20};

} // namespace

TicketPlanner::TicketPlanner(Random &random, const TicketCast &cast, const BusinessCalendar &calendar,
                             qint64 now)
    : m_random(random), m_cast(cast), m_calendar(calendar), m_now(now)
{
    Q_ASSERT(!cast.csUsers.empty());
}

QString TicketPlanner::displayName(qint64 userId) const
{
    for (const auto &[id, name] : m_cast.displayNames) {
        if (id == userId)
            return name;
    }
    return QString();
}

std::string TicketPlanner::replyText(const TicketSeed &seed, const std::string &customerName, qint64 agent,
                                     std::optional<qint64> &templateVersion)
{
    const TicketScenario &scenario = ticketScenarios()[size_t(seed.scenario)];
    ReplyTemplate kind = ReplyTemplate::None;
    if (scenario.replyTemplate != ReplyTemplate::None && m_random.chance(4500))
        kind = scenario.replyTemplate;
    else if (m_random.chance(1200))
        kind = ReplyTemplate::CsReply; // the general greeting, whatever the question
    const int k = int(kind);
    if (kind != ReplyTemplate::None && m_cast.templateVersion[k]) {
        TemplateValues values;
        values.insert(QStringLiteral("customer.name"), QString::fromStdString(customerName));
        values.insert(QStringLiteral("agent.name"), displayName(agent));
        values.insert(QStringLiteral("business.name"), m_cast.businessName);
        values.insert(QStringLiteral("business.bank_account"), m_cast.bankAccount);
        if (seed.order.id > 0) {
            values.insert(
                QStringLiteral("order.number"),
                QStringLiteral("ORD-%1").arg(m_cast.numberBase + seed.order.id, 6, 10, QLatin1Char('0')));
            values.insert(QStringLiteral("order.total"), money::format(seed.order.total));
            if (seed.order.courier) {
                values.insert(QStringLiteral("order.courier"), QString::fromUtf8(seed.order.courier));
                values.insert(QStringLiteral("order.tracking_number"),
                              QString::fromStdString(seed.order.tracking));
            }
        }
        // A value this ticket lacks (no order, not shipped) makes the person type the reply instead,
        // as the preview would refuse the template.
        if (auto text = templaterenderer::render(m_cast.templateBody[k], values)) {
            templateVersion = m_cast.templateVersion[k];
            return text->trimmed().toStdString();
        }
    }
    templateVersion.reset();
    return scenario.reply;
}

void TicketPlanner::play(const TicketSeed &seed, const std::string &customerName, TicketLife &life)
{
    const TicketScenario &sc = ticketScenarios()[size_t(seed.scenario)];
    const std::vector<qint64> &cs = m_cast.csUsers;
    auto anyCs = [&] { return cs[m_random.below(cs.size())]; };
    const TicketPriority priority =
        TicketPriority(seed.priority >= 0 ? seed.priority : m_random.weighted(sc.priorityWeights));
    const qint64 creator = m_random.chance(8500) ? anyCs() : m_cast.ownerId;
    std::optional<qint64> assignee;
    if (m_random.chance(8000))
        assignee = creator != m_cast.ownerId ? creator : anyCs();
    life.create(seed.createdAt, priority, assignee, creator, sc.opening);

    qint64 t = seed.createdAt;
    // The next step: at `at`, at least a second after the one before; nothing happens from "now" on.
    auto next = [&](qint64 at) {
        t = std::max(at, t + 1);
        return t < m_now;
    };
    // When `amount` business seconds after the last step have passed (CS works in business hours).
    auto businessAfter = [&](qint64 amount) {
        return m_calendar.instantAfter(t, amount).value_or(t + amount);
    };

    const LiveState live = seed.live;
    if (live == LiveState::FirstAtRisk || live == LiveState::FirstBreached || live == LiveState::FirstFresh)
        return;
    if (live == LiveState::Natural && m_random.chance(300)) {
        // The customer wrote twice; the second ticket is closed without an answer.
        if (next(t + m_random.between(5 * minute, 2 * hour)))
            life.changeStatus(t, TicketStatus::Closed, duplicateNote(), assignee.value_or(creator));
        return;
    }

    // The first answer, in business time against the target: mostly well within it, some close to
    // it, about one in eight late.
    qint64 permille = 0;
    if (live == LiveState::ResolutionAtRisk) {
        permille = m_random.between(50, 300);
    } else if (live != LiveState::Natural) {
        permille = m_random.between(100, 600);
    } else {
        const int roll = int(m_random.below(100));
        permille = roll < 70   ? m_random.between(50, 600)
                   : roll < 87 ? m_random.between(600, 980)
                               : m_random.between(1050, 3000);
    }
    qint64 agent = assignee.value_or(anyCs());
    if (!next(businessAfter(life.clock.firstResponseTarget * permille / 1000) + m_random.between(0, 60)))
        return;
    if (!assignee) {
        life.assign(t, agent, agent); // whoever picks up an unassigned ticket takes it
        if (!next(t + m_random.between(5, 60)))
            return;
    }
    std::optional<qint64> templateVersion;
    life.message(t, true, replyText(seed, customerName, agent, templateVersion), agent, templateVersion);
    // Handle time, logged after a reply; false when "now" came first.
    auto logHandle = [&](int chance) {
        if (!m_random.chance(chance))
            return true;
        if (!next(t + m_random.between(20, 240)))
            return false;
        life.logHandleTime(t, m_random.between(60, 900), agent);
        return true;
    };
    auto resolve = [&](qint64 after) {
        if (!next(t + after))
            return false;
        life.changeStatus(t, TicketStatus::Resolved, {}, agent);
        return true;
    };
    auto answer = [&](const char *text) {
        if (!next(businessAfter(m_random.between(5 * minute, 90 * minute))))
            return false;
        life.message(t, true, text, agent);
        return logHandle(5000);
    };
    if (!logHandle(6500))
        return;
    if (live == LiveState::Natural && m_random.chance(400)) {
        // The priority is reassessed once the problem is clear.
        const TicketPriority p = life.priority;
        const bool raise = p == TicketPriority::Low || (p != TicketPriority::Urgent && m_random.chance(7000));
        if (!next(t + m_random.between(minute, 30 * minute)))
            return;
        life.setPriority(t, TicketPriority(int(p) + (raise ? 1 : -1)), agent);
    }

    switch (live) {
    case LiveState::ResolutionAtRisk:
        return;
    case LiveState::Pending:
        if (next(t + m_random.between(minute, 3 * minute))) {
            life.message(t, true, sc.question, agent);
            if (next(t + m_random.between(5, 60)))
                life.changeStatus(t, TicketStatus::Pending, {}, agent);
        }
        return;
    case LiveState::Escalated:
        if (next(t + m_random.between(5 * minute, 60 * minute)))
            life.escalate(t, sc.escalation,
                          m_random.chance(5000) ? std::optional(m_cast.ownerId) : std::nullopt, agent);
        return;
    case LiveState::Reopened:
        if (resolve(m_random.between(2 * minute, 30 * minute)) && t + 20 * minute < m_now &&
            next(t + 10 * minute + qint64(m_random.below(quint64(m_now - t - 20 * minute))))) {
            life.changeStatus(t, TicketStatus::Open, reopenNote(), agent);
            if (next(t + m_random.between(5, 120)))
                life.message(t, false, reopenMessages()[m_random.below(reopenMessages().size())], agent);
        }
        return;
    default:
        break;
    }

    // How the conversation goes on: answered at once, waiting for something from the customer,
    // one more question, or a matter for the owner.
    const int fates[4] = {40, sc.question ? 25 : 0, sc.followUp ? 15 : 0, sc.escalation ? 10 : 0};
    switch (m_random.weighted(fates)) {
    case 0:
        if (!resolve(m_random.between(2 * minute, 40 * minute)))
            return;
        break;
    case 1:
        if (!next(t + m_random.between(minute, 3 * minute)))
            return;
        life.message(t, true, sc.question, agent);
        if (!next(t + m_random.between(5, 60)))
            return;
        life.changeStatus(t, TicketStatus::Pending, {}, agent);
        if (!m_random.chance(8500)) {
            if (next(t + 3 * day + m_random.between(0, 8 * hour)))
                life.changeStatus(t, TicketStatus::Closed, noAnswerNote(), agent);
            return;
        }
        if (!next(t + m_random.between(20 * minute, 36 * hour)))
            return;
        life.message(t, false, sc.answer, agent);
        if (!answer(sc.closing) || !resolve(m_random.between(minute, 20 * minute)))
            return;
        break;
    case 2:
        if (!next(t + m_random.between(10 * minute, 6 * hour)))
            return;
        life.message(t, false, sc.followUp, agent);
        if (!answer(sc.closing) || !resolve(m_random.between(minute, 20 * minute)))
            return;
        break;
    default: {
        if (!next(t + m_random.between(5 * minute, 2 * hour)))
            return;
        const bool toOwner = m_random.chance(5000);
        life.escalate(t, sc.escalation, toOwner ? std::optional(m_cast.ownerId) : std::nullopt, agent);
        if (toOwner)
            agent = m_cast.ownerId;
        if (!next(businessAfter(m_random.between(1 * hour, 16 * hour))))
            return;
        life.message(t, true, sc.closing, agent);
        if (!logHandle(5000) || !resolve(m_random.between(minute, 30 * minute)))
            return;
        break;
    }
    }

    // After the resolution: a rating, sometimes the customer comes back, often closed days later.
    if (m_random.chance(4500)) {
        const bool late = life.clock.resolutionSeconds.value_or(0) > life.clock.resolutionTarget ||
                          life.clock.firstResponseSeconds.value_or(0) > life.clock.firstResponseTarget;
        if (!next(t + m_random.between(10 * minute, 20 * hour)))
            return;
        life.setCsat(t, 1 + m_random.weighted(late ? csatWeightsLate : csatWeights), agent);
    }
    if (m_random.chance(600)) {
        if (!next(t + m_random.between(1 * day, 4 * day)))
            return;
        life.changeStatus(t, TicketStatus::Open, reopenNote(), agent);
        if (!next(t + m_random.between(5, 120)))
            return;
        life.message(t, false, reopenMessages()[m_random.below(reopenMessages().size())], agent);
        if (!answer(sc.closing) || !resolve(m_random.between(5 * minute, 60 * minute)))
            return;
    }
    if (m_random.chance(4000) && next(t + m_random.between(2 * day, 5 * day)))
        life.changeStatus(t, TicketStatus::Closed, {}, agent);
}

} // namespace rapi::demo
