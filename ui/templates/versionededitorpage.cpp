#include "templates/versionededitorpage.h"

#include "common/messagebanner.h"
#include "common/theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapi {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;
constexpr int ActiveRole = Qt::UserRole + 2;

enum EditorPage { EditPage, HistoryPage };
} // namespace

VersionedEditorPage::VersionedEditorPage(QWidget *parent) : QWidget(parent) {}

void VersionedEditorPage::setup(const Texts &texts, QWidget *editor, bool canRename)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildListPane(texts));
    splitter->addWidget(buildEditorPane(texts, editor, canRename));
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 1000});
    layout->addWidget(splitter, 1);
}

QWidget *VersionedEditorPage::buildListPane(const Texts &texts)
{
    auto *pane = new QWidget(this);
    auto *v = new QVBoxLayout(pane);
    v->setContentsMargins(0, 0, 8, 0);
    v->setSpacing(8);
    m_new = new QPushButton(texts.newButton, pane);
    m_new->setObjectName(QStringLiteral("newButton"));
    theme::makePrimary(m_new);
    auto *top = new QHBoxLayout;
    top->addWidget(m_new);
    top->addStretch();
    v->addLayout(top);

    m_list = new QTreeWidget(pane);
    m_list->setObjectName(QStringLiteral("itemList"));
    m_list->setHeaderHidden(true);
    m_list->setColumnCount(1);
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(12);
    m_list->setUniformRowHeights(true);
    m_list->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 3px 2px; }"));
    v->addWidget(m_list, 1);

    m_showInactive = new QCheckBox(texts.showInactive, pane);
    m_showInactive->setObjectName(QStringLiteral("showInactiveCheck"));
    v->addWidget(m_showInactive);

    connect(m_new, &QPushButton::clicked, this, &VersionedEditorPage::openNew);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &VersionedEditorPage::currentItemChanged);
    connect(m_showInactive, &QCheckBox::toggled, this, [this] { fillList(currentId()); });
    return pane;
}

QWidget *VersionedEditorPage::buildEditorPane(const Texts &texts, QWidget *editor, bool canRename)
{
    m_pages = new QStackedWidget(this);
    m_empty = new QLabel(texts.empty, m_pages);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    theme::makeMuted(m_empty);
    m_pages->addWidget(m_empty);

    auto *page = new QWidget(m_pages);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(8, 0, 0, 0);
    v->setSpacing(8);
    auto *header = m_header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_name = new QLabel(page);
    m_name->setObjectName(QStringLiteral("nameLabel"));
    theme::makeTitle(m_name, 5);
    m_meta = new QLabel(page);
    m_meta->setObjectName(QStringLiteral("versionLabel"));
    m_meta->setWordWrap(true);
    theme::makeMuted(m_meta);
    titles->addWidget(m_name);
    titles->addWidget(m_meta);
    header->addLayout(titles, 1);
    m_historyButton = new QPushButton(tr("History"), page);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->setCheckable(true);
    m_historyButton->setToolTip(tr("Earlier versions: compare and restore"));
    m_rename = new QPushButton(tr("Rename…"), page);
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_rename->setVisible(canRename);
    m_active = new QPushButton(tr("Deactivate"), page);
    m_active->setObjectName(QStringLiteral("activeButton"));
    for (QPushButton *button : {m_historyButton, m_rename, m_active})
        header->addWidget(button, 0, Qt::AlignTop);
    v->addLayout(header);

    m_editorStack = new QStackedWidget(page);
    auto *editPage = new QWidget(m_editorStack);
    auto *ev = new QVBoxLayout(editPage);
    ev->setContentsMargins(0, 0, 0, 0);
    ev->setSpacing(6);
    ev->addWidget(editor, 1);

    m_staleBar = new QWidget(editPage);
    m_staleBar->setObjectName(QStringLiteral("staleBar"));
    auto *stale = new QHBoxLayout(m_staleBar);
    stale->setContentsMargins(0, 0, 0, 0);
    m_staleLabel = new QLabel(m_staleBar);
    m_staleLabel->setObjectName(QStringLiteral("staleLabel"));
    m_staleLabel->setWordWrap(true);
    m_keepMine = new QPushButton(m_staleBar);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    stale->addWidget(m_staleLabel, 1);
    stale->addWidget(m_keepMine, 0, Qt::AlignTop);
    m_staleBar->hide();
    ev->addWidget(m_staleBar);

    auto *actions = new QHBoxLayout;
    m_save = new QPushButton(tr("Save as new version"), editPage);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Saves the text as a new version (Ctrl+S); earlier versions stay in the history"));
    theme::makePrimary(m_save);
    m_discard = new QPushButton(tr("Discard changes"), editPage);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_dirtyLabel = new QLabel(tr("Unsaved changes"), editPage);
    m_dirtyLabel->setObjectName(QStringLiteral("dirtyLabel"));
    theme::makeMuted(m_dirtyLabel);
    actions->addWidget(m_save);
    actions->addWidget(m_discard);
    actions->addWidget(m_dirtyLabel);
    actions->addStretch();
    ev->addLayout(actions);
    m_editorStack->addWidget(editPage);

    m_history = new VersionHistoryView(m_editorStack);
    m_editorStack->addWidget(m_history);
    v->addWidget(m_editorStack, 1);
    m_pages->addWidget(page);

    connect(m_historyButton, &QPushButton::toggled, this, [this](bool on) {
        m_editorStack->setCurrentIndex(on ? HistoryPage : EditPage);
        m_historyButton->setText(on ? tr("Back to the text") : tr("History"));
    });
    connect(m_rename, &QPushButton::clicked, this, &VersionedEditorPage::askRename);
    connect(m_active, &QPushButton::clicked, this, &VersionedEditorPage::toggleActive);
    connect(m_history, &VersionHistoryView::restoreRequested, this, &VersionedEditorPage::restore);
    connect(m_save, &QPushButton::clicked, this, &VersionedEditorPage::save);
    connect(m_discard, &QPushButton::clicked, this, &VersionedEditorPage::discard);
    connect(m_keepMine, &QPushButton::clicked, this, &VersionedEditorPage::keepMineOverLatest);
    auto *saveShortcut =
        new QShortcut(QKeySequence::Save, editPage, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    return m_pages;
}

void VersionedEditorPage::setReadOnly(const QString &reason, const QString &emptyText)
{
    m_readOnly = true;
    if (!emptyText.isEmpty())
        m_empty->setText(emptyText);
    m_readOnlyReason = reason;
    m_showInactive->setChecked(false);
    for (QWidget *w : {static_cast<QWidget *>(m_new), static_cast<QWidget *>(m_showInactive),
                       static_cast<QWidget *>(m_rename), static_cast<QWidget *>(m_active),
                       static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_discard)})
        w->hide();
    setFieldsReadOnly(true);
    updateDirtyState();
}

void VersionedEditorPage::addHeaderButton(QPushButton *button)
{
    m_header->insertWidget(1, button, 0, Qt::AlignTop);
}

Status VersionedEditorPage::rename(qint64, const QString &)
{
    return Error{tr("This cannot be renamed.")};
}

void VersionedEditorPage::recordShown(const Record &) {}

std::optional<qint64> VersionedEditorPage::currentId() const
{
    return m_record ? std::optional<qint64>(m_record->id) : std::nullopt;
}

void VersionedEditorPage::refresh()
{
    keepDraft();
    if (m_record) {
        auto fresh = fetch(m_record->id);
        if (fresh) {
            const bool dirty = isDirty();
            const int shown = m_record->number;
            m_record = fresh.value();
            // A clean editor follows the newest version; typed text stays, and saving it then
            // says that someone saved meanwhile.
            if (!dirty && shown != m_record->number)
                load(m_record->id);
        }
    }
    // With nothing shown yet, the first item opens rather than an empty page.
    std::optional<qint64> select = currentId();
    if (!select) {
        if (auto rows = entries(m_showInactive->isChecked()); rows && !rows->isEmpty())
            select = rows->first().id;
    }
    fillList(select);
    if (m_record) {
        showHeader();
        loadHistory();
        recordShown(*m_record);
    }
}

void VersionedEditorPage::selectItem(qint64 id)
{
    keepDraft();
    fillList(id);
}

void VersionedEditorPage::showCreated(qint64 id, const QString &message)
{
    selectItem(id);
    m_banner->showSuccess(message);
    emit changed();
}

void VersionedEditorPage::fillList(std::optional<qint64> select)
{
    auto rows = entries(m_showInactive->isChecked());
    if (!rows) {
        m_banner->showError(rows.error());
        return;
    }
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        QHash<QString, QTreeWidgetItem *> groups;
        QTreeWidgetItem *selected = nullptr;
        for (const ListEntry &row : rows.value()) {
            QTreeWidgetItem *&group = groups[row.group];
            if (!group) {
                group = new QTreeWidgetItem(m_list, {row.group});
                group->setFlags(Qt::ItemIsEnabled);
                QFont font = group->font(0);
                font.setBold(true);
                group->setFont(0, font);
                group->setForeground(0, theme::mutedText());
            }
            auto *item = new QTreeWidgetItem(group);
            item->setData(0, IdRole, row.id);
            item->setData(0, NameRole, row.name);
            item->setData(0, ActiveRole, row.active);
            if (select && *select == row.id)
                selected = item;
        }
        m_list->expandAll();
        m_list->setCurrentItem(selected);
    }
    const bool listed = select && m_list->currentItem();
    if (m_record && !listed) {
        m_record.reset();
        m_pages->setCurrentIndex(0);
    } else if (listed && (!m_record || m_record->id != *select)) {
        load(*select);
    }
    updateDirtyState();
}

void VersionedEditorPage::currentItemChanged()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(0, IdRole).isValid())
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    if (m_record && m_record->id == id)
        return;
    keepDraft();
    load(id);
}

void VersionedEditorPage::load(qint64 id)
{
    auto loaded = fetch(id);
    if (!loaded) {
        m_banner->showError(loaded.error());
        return;
    }
    m_record = loaded.value();
    const auto draft = m_drafts.constFind(id);
    const bool hasDraft = draft != m_drafts.constEnd();
    m_basedOn = hasDraft ? draft->basedOn : m_record->number;
    m_banner->clear();
    m_staleBar->hide();
    m_pages->setCurrentIndex(1);
    recordShown(*m_record);
    m_loading = true;
    setFields(hasDraft ? draft->fields : m_record->fields);
    m_loading = false;
    if (hasDraft && m_basedOn != m_record->number)
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Your unsaved text is based on version %1; version %2 has been saved since.")
                                  .arg(m_basedOn)
                                  .arg(m_record->number));
    showHeader();
    loadHistory();
    updateDirtyState();
}

void VersionedEditorPage::showHeader()
{
    if (!m_record)
        return;
    m_name->setText(m_record->name);
    QString meta =
        m_record->description + QStringLiteral(" · ") +
        VersionHistoryView::describe(m_record->number, m_record->who, m_record->when, std::nullopt);
    if (!m_record->active)
        meta += QStringLiteral(" · ") + tr("deactivated");
    m_meta->setText(meta);
    m_active->setText(m_record->active ? tr("Deactivate") : tr("Reactivate"));
    m_active->setToolTip(m_record->active ? tr("No longer offer it; its versions are kept")
                                          : tr("Offer it again"));
}

void VersionedEditorPage::loadHistory()
{
    if (!m_record)
        return;
    auto all = versions(m_record->id);
    if (!all) {
        m_banner->showError(all.error());
        return;
    }
    m_history->setVersions(all.value());
}

bool VersionedEditorPage::isDirty() const
{
    if (!m_record || m_loading)
        return false;
    // Typed text differs from the current version, or is based on an older one.
    return fields() != m_record->fields || m_basedOn != m_record->number;
}

void VersionedEditorPage::editorChanged()
{
    // Editors may signal while the page is still being built (a highlighter's first pass).
    if (!m_loading && m_save)
        updateDirtyState();
}

void VersionedEditorPage::updateDirtyState()
{
    const bool dirty = isDirty();
    m_save->setEnabled(dirty);
    m_discard->setEnabled(dirty);
    m_dirtyLabel->setVisible(dirty);
    if (m_readOnly)
        m_history->setRestoreEnabled(false, m_readOnlyReason);
    else
        m_history->setRestoreEnabled(!dirty, tr("Save or discard your changes before restoring a version."));
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const qint64 id = item->data(0, IdRole).toLongLong();
            const bool active = item->data(0, ActiveRole).toBool();
            const bool hasDraft = (m_record && m_record->id == id) ? dirty : m_drafts.contains(id);
            QString text = item->data(0, NameRole).toString();
            if (!active)
                text = tr("%1 (deactivated)").arg(text);
            // Items with unsaved text carry a dot.
            item->setText(0, hasDraft ? text + QStringLiteral("  •") : text);
            item->setToolTip(0, hasDraft ? tr("Unsaved changes") : QString());
            item->setForeground(0, active ? palette().color(QPalette::Text) : theme::mutedText());
        }
    }
}

void VersionedEditorPage::keepDraft()
{
    if (!m_record)
        return;
    if (isDirty())
        m_drafts.insert(m_record->id, {fields(), m_basedOn});
    else
        m_drafts.remove(m_record->id);
}

void VersionedEditorPage::save()
{
    if (!m_record)
        return;
    const qint64 id = m_record->id;
    auto saved = saveVersion(id, fields(), m_basedOn);
    if (!saved) {
        m_banner->showError(saved.error());
        auto latest = fetch(id);
        if (latest && latest->number != m_basedOn) {
            m_record = latest.value();
            m_latest = m_record->number;
            m_staleLabel->setText(tr("Your text is kept. Compare it with version %1 by %2 in History; to put "
                                     "your text after that version, keep yours and save again.")
                                      .arg(m_latest)
                                      .arg(m_record->who));
            m_keepMine->setText(tr("Keep my text over version %1").arg(m_latest));
            m_staleBar->show();
            showHeader();
            loadHistory();
            updateDirtyState();
        }
        return;
    }
    m_drafts.remove(id);
    m_staleBar->hide();
    auto fresh = fetch(id);
    if (!fresh) {
        m_banner->showError(fresh.error());
        return;
    }
    m_record = fresh.value();
    m_basedOn = m_record->number;
    recordShown(*m_record);
    // The stored text is trimmed or normalised by the core; show exactly what was saved.
    m_loading = true;
    if (fields() != m_record->fields)
        setFields(m_record->fields);
    m_loading = false;
    m_banner->showSuccess(tr("Saved as version %1.").arg(m_record->number));
    showHeader();
    loadHistory();
    updateDirtyState();
    emit changed();
}

void VersionedEditorPage::keepMineOverLatest()
{
    if (!m_record)
        return;
    m_basedOn = m_latest;
    m_staleBar->hide();
    m_banner->showMessage(MessageBanner::Kind::Info,
                          tr("Saving now makes your text the version after version %1.").arg(m_basedOn));
    updateDirtyState();
}

void VersionedEditorPage::discard()
{
    if (!m_record)
        return;
    if (QMessageBox::question(this, tr("Discard changes"),
                              tr("Throw away the unsaved text of “%1”?").arg(m_record->name)) !=
        QMessageBox::Yes)
        return;
    m_drafts.remove(m_record->id);
    const qint64 id = m_record->id;
    m_record.reset();
    load(id);
}

void VersionedEditorPage::askRename()
{
    if (!m_record)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename"), tr("New name"), QLineEdit::Normal, m_record->name, &ok);
    if (!ok || name.simplified() == m_record->name)
        return;
    if (const Status renamed = rename(m_record->id, name); !renamed) {
        m_banner->showError(renamed.error());
        return;
    }
    m_record->name = name.simplified();
    fillList(m_record->id);
    showHeader();
    m_banner->showSuccess(tr("Renamed to “%1”.").arg(m_record->name));
    emit changed();
}

void VersionedEditorPage::toggleActive()
{
    if (!m_record)
        return;
    const bool activate = !m_record->active;
    if (const Status status = setActive(m_record->id, activate); !status) {
        m_banner->showError(status.error());
        return;
    }
    const QString name = m_record->name;
    m_record->active = activate;
    keepDraft();
    fillList(m_record->id);
    showHeader();
    m_banner->showSuccess(activate
                              ? tr("“%1” is offered again.").arg(name)
                              : tr("“%1” is deactivated: it is no longer offered, and its versions are kept. "
                                   "Tick “%2” to bring it back.")
                                    .arg(name, m_showInactive->text()));
    emit changed();
}

void VersionedEditorPage::restore(qint64 versionId, int number)
{
    if (!m_record || isDirty())
        return;
    auto restored = restoreVersion(m_record->id, versionId);
    if (!restored) {
        m_banner->showError(restored.error());
        return;
    }
    const qint64 id = m_record->id;
    m_record.reset();
    load(id);
    if (m_record)
        m_banner->showSuccess(
            tr("Version %1 restored: it is now version %2.").arg(number).arg(m_record->number));
    emit changed();
}

} // namespace rapi
