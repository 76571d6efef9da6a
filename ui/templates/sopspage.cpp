#include "templates/sopspage.h"

#include "accounts/permission.h"
#include "common/appcontext.h"
#include "common/theme.h"
#include "templates/newsopdialog.h"
#include "templates/soppanel.h"
#include "templates/soprepository.h"

#include <algorithm>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace rapi {

namespace {
QPlainTextEdit *textEdit(QWidget *parent, const char *objectName, const QString &hint)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setPlaceholderText(hint);
    edit->setTabChangesFocus(true);
    return edit;
}
} // namespace

SopsPage::SopsPage(AppContext &context, QWidget *parent) : VersionedEditorPage(parent), m_context(context)
{
    setObjectName(QStringLiteral("sopsPage"));
    setup({tr("New SOP…"), tr("Show deactivated SOPs"),
           tr("Select an SOP to edit it, or write one for an order stage or a ticket category.")},
          buildEditor(), false);
    if (Status editing = permission::authorize(context.actor, Permission::EditTemplates); !editing)
        setReadOnly(editing.error());
    refresh();
}

void SopsPage::setFieldsReadOnly(bool readOnly)
{
    for (QPlainTextEdit *edit : {m_goal, m_steps, m_done})
        edit->setReadOnly(readOnly);
}

QWidget *SopsPage::buildEditor()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    auto *form = new QWidget(splitter);
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_goal = textEdit(form, "sopGoalEdit", tr("What the work must achieve"));
    m_steps = textEdit(form, "sopStepsEdit", tr("One step per line"));
    m_done = textEdit(form, "sopDoneEdit", tr("How to tell the work is done well"));
    m_goal->setMaximumHeight(m_goal->fontMetrics().lineSpacing() * 4 + 14);
    m_done->setMaximumHeight(m_done->fontMetrics().lineSpacing() * 4 + 14);
    layout->addRow(tr("Goal"), m_goal);
    layout->addRow(tr("Steps"), m_steps);
    layout->addRow(tr("Done standard"), m_done);
    splitter->addWidget(form);

    auto *right = new QWidget(splitter);
    auto *v = new QVBoxLayout(right);
    v->setContentsMargins(8, 0, 0, 0);
    auto *caption = new QLabel(tr("As shown beside the work"), right);
    theme::makeTitle(caption, 1);
    v->addWidget(caption);
    m_look = new SopPanel(m_context, right);
    m_look->setObjectName(QStringLiteral("sopLook"));
    v->addWidget(m_look);
    v->addStretch();
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400});

    for (QPlainTextEdit *edit : {m_goal, m_steps, m_done}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            updateLook();
            editorChanged();
        });
    }
    return splitter;
}

void SopsPage::updateLook()
{
    Sop look = m_shown;
    look.current.goal = m_goal->toPlainText().trimmed();
    look.current.steps = m_steps->toPlainText().trimmed();
    look.current.doneStandard = m_done->toPlainText().trimmed();
    // Unsaved text has no version yet.
    if (look.current.goal != m_shown.current.goal || look.current.steps != m_shown.current.steps ||
        look.current.doneStandard != m_shown.current.doneStandard)
        look.current.number = 0;
    m_look->showSop(look);
}

void SopsPage::openNew()
{
    auto *dialog = new NewSopDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { showCreated(dialog->createdId(), tr("SOP created as version 1.")); });
    dialog->open();
}

QString SopsPage::placeOf(const Sop &sop)
{
    return sop.orderStage ? tr("Order stage “%1”").arg(orderstage::displayName(*sop.orderStage))
                          : tr("Ticket category “%1”").arg(sop.ticketCategory);
}

QString SopsPage::diffText(const SopVersion &version)
{
    return tr("Goal") + QLatin1Char('\n') + version.goal + QStringLiteral("\n\n") + tr("Steps") +
           QLatin1Char('\n') + version.steps + QStringLiteral("\n\n") + tr("Done standard") +
           QLatin1Char('\n') + version.doneStandard;
}

Result<QList<VersionedEditorPage::ListEntry>> SopsPage::entries(bool includeInactive) const
{
    auto sops = SopRepository(m_context.db).list();
    if (!sops)
        return Error{sops.error()};
    QList<Sop> shown;
    for (const Sop &sop : sops.value()) {
        if (sop.active || includeInactive)
            shown.append(sop);
    }
    // Stages in pipeline order, then categories alphabetically; titles keep the list's order.
    std::stable_sort(shown.begin(), shown.end(), [](const Sop &a, const Sop &b) {
        if (a.orderStage.has_value() != b.orderStage.has_value())
            return a.orderStage.has_value();
        if (a.orderStage)
            return int(*a.orderStage) < int(*b.orderStage);
        return a.ticketCategory < b.ticketCategory;
    });
    QList<ListEntry> rows;
    for (const Sop &sop : shown) {
        const QString group = sop.orderStage ? tr("Order stages") : tr("Ticket categories");
        const QString place = sop.orderStage ? orderstage::displayName(*sop.orderStage) : sop.ticketCategory;
        rows.append({sop.id, group, tr("%1 · %2").arg(place, sop.title), sop.active});
    }
    return rows;
}

Result<VersionedEditorPage::Record> SopsPage::fetch(qint64 id) const
{
    auto sop = SopRepository(m_context.db).get(id);
    if (!sop)
        return Error{sop.error()};
    const SopVersion &v = sop->current;
    return Record{sop->id,  sop->title,      placeOf(*sop), sop->active,
                  v.number, v.createdByName, v.createdAt,   {v.goal, v.steps, v.doneStandard}};
}

Result<QList<HistoryEntry>> SopsPage::versions(qint64 id) const
{
    auto versions = SopRepository(m_context.db).versions(id);
    if (!versions)
        return Error{versions.error()};
    QHash<qint64, int> numbers;
    for (const SopVersion &v : versions.value())
        numbers.insert(v.id, v.number);
    QList<HistoryEntry> entries;
    for (const SopVersion &v : versions.value()) {
        std::optional<int> from;
        if (v.restoredFrom)
            from = numbers.value(*v.restoredFrom);
        entries.append({v.id, v.number, v.createdByName, v.createdAt, from, diffText(v)});
    }
    return entries;
}

Result<qint64> SopsPage::saveVersion(qint64 id, const QStringList &fields, int basedOn)
{
    return SopRepository(m_context.db, m_context.clock)
        .save(id, {fields.value(0), fields.value(1), fields.value(2)}, basedOn, m_context.actor);
}

Result<qint64> SopsPage::restoreVersion(qint64 id, qint64 versionId)
{
    return SopRepository(m_context.db, m_context.clock).restore(id, versionId, m_context.actor);
}

Status SopsPage::setActive(qint64 id, bool active)
{
    return SopRepository(m_context.db, m_context.clock).setActive(id, active, m_context.actor);
}

QStringList SopsPage::fields() const
{
    return {m_goal->toPlainText(), m_steps->toPlainText(), m_done->toPlainText()};
}

void SopsPage::setFields(const QStringList &fields)
{
    m_goal->setPlainText(fields.value(0));
    m_steps->setPlainText(fields.value(1));
    m_done->setPlainText(fields.value(2));
    updateLook();
}

void SopsPage::recordShown(const Record &record)
{
    if (auto sop = SopRepository(m_context.db).get(record.id))
        m_shown = sop.value();
    updateLook();
}

} // namespace rapi
