#include "templates/templatespage.h"

#include "accounts/permission.h"
#include "common/appcontext.h"
#include "common/messagebanner.h"
#include "common/theme.h"
#include "templates/newtemplatedialog.h"
#include "templates/placeholderhighlighter.h"
#include "templates/sharetemplatedialog.h"
#include "templates/templatepreview.h"
#include "templates/templaterenderer.h"
#include "templates/templaterepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapi {

TemplatesPage::TemplatesPage(AppContext &context, QWidget *parent)
    : VersionedEditorPage(parent), m_context(context)
{
    setObjectName(QStringLiteral("templatesPage"));
    setup({tr("New template…"), tr("Show deactivated templates"),
           tr("Select a template to edit it, or make a new one.")},
          buildEditor(), true);
    // Only the owner changes templates or chooses which vendors read them (SPEC §1).
    if (Status editing = permission::authorize(context.actor, Permission::EditTemplates); !editing) {
        setReadOnly(editing.error(), context.actor.role == Role::Vendor
                                         ? tr("No templates or briefs are shared with you yet; the owner "
                                              "shares them from this tab.")
                                         : tr("Select a template to read it."));
    } else {
        m_share = new QPushButton(tr("Share with vendors…"), this);
        m_share->setObjectName(QStringLiteral("shareButton"));
        m_share->setToolTip(tr("Choose which outside vendors may read this template or brief"));
        addHeaderButton(m_share);
        connect(m_share, &QPushButton::clicked, this, &TemplatesPage::openShare);
    }
    refresh();
}

void TemplatesPage::openShare()
{
    const auto id = currentId();
    if (!id)
        return;
    auto shown = TemplateRepository(m_context.db).get(*id, m_context.actor);
    auto *dialog = new ShareTemplateDialog(m_context, *id, shown ? shown->name : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        banner()->showSuccess(dialog->sharedCount() == 0
                                  ? tr("Sharing saved: no vendor reads this template now.")
                                  : tr("Sharing saved: %n vendor(s) can read this template.", nullptr,
                                       dialog->sharedCount()));
    });
    dialog->open();
}

void TemplatesPage::setFieldsReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    m_insert->setVisible(!readOnly);
}

QWidget *TemplatesPage::buildEditor()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    m_editor = new QPlainTextEdit(splitter);
    m_editor->setObjectName(QStringLiteral("templateEditor"));
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(tr("Write the message; insert placeholders from the list on the right."));
    m_highlighter = new PlaceholderHighlighter(m_editor->document());
    splitter->addWidget(m_editor);

    auto *right = new QSplitter(Qt::Vertical, splitter);
    right->setChildrenCollapsible(false);
    m_preview = new TemplatePreview(m_context, right);
    right->addWidget(m_preview);

    auto *placeholders = new QWidget(right);
    auto *pv = new QVBoxLayout(placeholders);
    pv->setContentsMargins(0, 8, 0, 0);
    pv->setSpacing(6);
    auto *title = new QLabel(tr("Placeholders"), placeholders);
    theme::makeTitle(title, 1);
    auto *insert = m_insert = new QPushButton(tr("Insert at cursor"), placeholders);
    insert->setObjectName(QStringLiteral("insertPlaceholderButton"));
    insert->setToolTip(tr("Insert the selected placeholder at the cursor (or double-click it)"));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch();
    titleRow->addWidget(insert);
    pv->addLayout(titleRow);
    m_catalogue = new QTreeWidget(placeholders);
    m_catalogue->setObjectName(QStringLiteral("placeholderCatalogue"));
    m_catalogue->setColumnCount(2);
    m_catalogue->setHeaderLabels({tr("Placeholder"), tr("What it holds")});
    m_catalogue->setRootIsDecorated(false);
    m_catalogue->setUniformRowHeights(true);
    m_catalogue->setAlternatingRowColors(true);
    for (const PlaceholderInfo &p : templaterenderer::catalogue()) {
        auto *item = new QTreeWidgetItem(m_catalogue, {QStringLiteral("{{%1}}").arg(p.key), p.description});
        item->setData(0, Qt::UserRole, p.key);
        item->setToolTip(1, p.description);
    }
    m_catalogue->resizeColumnToContents(0);
    pv->addWidget(m_catalogue, 1);
    right->addWidget(placeholders);
    right->setSizes({340, 300});
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_preview->setBody(m_editor->toPlainText());
        editorChanged();
    });
    connect(m_preview, &TemplatePreview::missingKeysChanged, m_highlighter,
            &PlaceholderHighlighter::setMissingKeys);
    m_highlighter->setMissingKeys(m_preview->missingKeys());
    connect(m_catalogue, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!isReadOnly())
            insertPlaceholder(item->data(0, Qt::UserRole).toString());
    });
    connect(insert, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_catalogue->currentItem())
            insertPlaceholder(item->data(0, Qt::UserRole).toString());
    });
    return splitter;
}

void TemplatesPage::insertPlaceholder(const QString &key)
{
    m_editor->textCursor().insertText(QStringLiteral("{{%1}}").arg(key));
    m_editor->setFocus();
}

void TemplatesPage::openNew()
{
    TemplateKind kind = TemplateKind::CsReply;
    if (const auto id = currentId()) {
        if (auto shown = TemplateRepository(m_context.db).get(*id, m_context.actor))
            kind = shown->kind;
    }
    auto *dialog = new NewTemplateDialog(m_context, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { showCreated(dialog->createdId(), tr("Template created as version 1.")); });
    dialog->open();
}

Result<QList<VersionedEditorPage::ListEntry>> TemplatesPage::entries(bool includeInactive) const
{
    auto templates = TemplateRepository(m_context.db).list(m_context.actor, std::nullopt, includeInactive);
    if (!templates)
        return Error{templates.error()};
    // Grouped in the order of the kinds, not of their codes.
    QList<ListEntry> rows;
    for (TemplateKind kind : templatekind::all) {
        for (const Template &t : templates.value()) {
            if (t.kind == kind)
                rows.append({t.id, templatekind::displayName(kind), t.name, t.active});
        }
    }
    return rows;
}

Result<VersionedEditorPage::Record> TemplatesPage::fetch(qint64 id) const
{
    auto t = TemplateRepository(m_context.db).get(id, m_context.actor);
    if (!t)
        return Error{t.error()};
    return Record{t->id,
                  t->name,
                  templatekind::displayName(t->kind),
                  t->active,
                  t->current.number,
                  t->current.createdByName,
                  t->current.createdAt,
                  {t->current.body}};
}

Result<QList<HistoryEntry>> TemplatesPage::versions(qint64 id) const
{
    auto versions = TemplateRepository(m_context.db).versions(id, m_context.actor);
    if (!versions)
        return Error{versions.error()};
    QHash<qint64, int> numbers;
    for (const TemplateVersion &v : versions.value())
        numbers.insert(v.id, v.number);
    QList<HistoryEntry> entries;
    for (const TemplateVersion &v : versions.value()) {
        std::optional<int> from;
        if (v.restoredFrom)
            from = numbers.value(*v.restoredFrom);
        entries.append({v.id, v.number, v.createdByName, v.createdAt, from, v.body});
    }
    return entries;
}

Result<qint64> TemplatesPage::saveVersion(qint64 id, const QStringList &fields, int basedOn)
{
    return TemplateRepository(m_context.db, m_context.clock)
        .save(id, fields.value(0), basedOn, m_context.actor);
}

Result<qint64> TemplatesPage::restoreVersion(qint64 id, qint64 versionId)
{
    return TemplateRepository(m_context.db, m_context.clock).restore(id, versionId, m_context.actor);
}

Status TemplatesPage::setActive(qint64 id, bool active)
{
    return TemplateRepository(m_context.db, m_context.clock).setActive(id, active, m_context.actor);
}

Status TemplatesPage::rename(qint64 id, const QString &name)
{
    return TemplateRepository(m_context.db, m_context.clock).rename(id, name, m_context.actor);
}

QStringList TemplatesPage::fields() const
{
    return {m_editor->toPlainText()};
}

void TemplatesPage::setFields(const QStringList &fields)
{
    m_editor->setPlainText(fields.value(0));
}

void TemplatesPage::recordShown(const Record &record)
{
    // CS replies answer tickets; the other kinds are about orders.
    auto t = TemplateRepository(m_context.db).get(record.id, m_context.actor);
    const bool reply = t && t->kind == TemplateKind::CsReply;
    m_preview->setDefaultKind(reply ? PreviewSubject::Kind::Ticket : PreviewSubject::Kind::Order);
}

} // namespace rapi
