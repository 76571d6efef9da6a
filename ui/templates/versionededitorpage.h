#pragma once

#include "common/result.h"
#include "templates/versionhistoryview.h"

#include <optional>
#include <QHash>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace rapi {

class MessageBanner;

// The shape shared by the template and the SOP pages (SPEC §6: every save is a new immutable
// version; any version can be compared and restored): a grouped list with a "show deactivated"
// switch, and the selected item's editor with its header, Save / Discard, and History.
//
// A save names the version the text was based on; when someone saved meanwhile the refusal is
// shown, the typed text stays, and the person may keep their text over the newer version. Text
// not saved yet survives switching to another item (a dot marks it in the list). Subclasses
// supply the storage (the hooks below) and the editing widgets (the fields).
class VersionedEditorPage : public QWidget
{
    Q_OBJECT

public:
    // One row of the list, in display order; rows of the same group are listed under its title.
    struct ListEntry
    {
        qint64 id = 0;
        QString group;
        QString name;
        bool active = true;
    };

    // The current state of one item.
    struct Record
    {
        qint64 id = 0;
        QString name;
        QString description; // kind or link, shown before the version line
        bool active = true;
        int number = 0; // the current version
        QString who;
        qint64 when = 0;
        QStringList fields; // the current version's text, as the editor shows it
    };

    // Loads the list and the shown item again; unsaved text stays.
    void refresh();
    void selectItem(qint64 id);
    std::optional<qint64> currentId() const;

    QTreeWidget *list() const { return m_list; }
    VersionHistoryView *history() const { return m_history; }
    MessageBanner *banner() const { return m_banner; }

signals:
    void changed();

protected:
    struct Texts
    {
        QString newButton;
        QString showInactive;
        QString empty;
    };

    explicit VersionedEditorPage(QWidget *parent);
    // Builds the page around the subclass's editing widget; call once from the constructor.
    void setup(const Texts &texts, QWidget *editor, bool canRename);
    // The subclass's editing widgets call this when their text changes.
    void editorChanged();
    // The banner's message after creating an item elsewhere (a dialog).
    void showCreated(qint64 id, const QString &message);
    bool isLoading() const { return m_loading; }
    // For people who may read but not change (SPEC §1): no new, rename, (de)activate, save or
    // restore, the fields read-only; reason says why where the restore button would be.
    // emptyText, when given, replaces the hint shown while nothing is selected.
    void setReadOnly(const QString &reason, const QString &emptyText = QString());
    bool isReadOnly() const { return m_readOnly; }
    // A subclass's own button in the item's header, before History.
    void addHeaderButton(QPushButton *button);

    virtual Result<QList<ListEntry>> entries(bool includeInactive) const = 0;
    virtual Result<Record> fetch(qint64 id) const = 0;
    virtual Result<QList<HistoryEntry>> versions(qint64 id) const = 0;
    virtual Result<qint64> saveVersion(qint64 id, const QStringList &fields, int basedOn) = 0;
    virtual Result<qint64> restoreVersion(qint64 id, qint64 versionId) = 0;
    virtual Status setActive(qint64 id, bool active) = 0;
    virtual Status rename(qint64 id, const QString &name);
    virtual QStringList fields() const = 0;
    virtual void setFields(const QStringList &fields) = 0;
    virtual void setFieldsReadOnly(bool readOnly) = 0;
    // After an item is shown (e.g. to point the preview at the right kind of subject).
    virtual void recordShown(const Record &record);
    virtual void openNew() = 0;

private:
    struct Draft
    {
        QStringList fields;
        int basedOn = 0;
    };

    QWidget *buildListPane(const Texts &texts);
    QWidget *buildEditorPane(const Texts &texts, QWidget *editor, bool canRename);
    void fillList(std::optional<qint64> select);
    void currentItemChanged();
    void load(qint64 id);
    void showHeader();
    void loadHistory();
    bool isDirty() const;
    void updateDirtyState();
    void keepDraft();
    void save();
    void keepMineOverLatest();
    void discard();
    void askRename();
    void toggleActive();
    void restore(qint64 versionId, int number);

    std::optional<Record> m_record;
    int m_basedOn = 0;
    int m_latest = 0; // the newer version a refused save ran into
    QHash<qint64, Draft> m_drafts;
    bool m_loading = false;
    bool m_readOnly = false;
    QString m_readOnlyReason;

    MessageBanner *m_banner = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QCheckBox *m_showInactive = nullptr;
    QHBoxLayout *m_header = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_meta = nullptr;
    QPushButton *m_historyButton = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_active = nullptr;
    QStackedWidget *m_editorStack = nullptr;
    QWidget *m_staleBar = nullptr;
    QLabel *m_staleLabel = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_discard = nullptr;
    QLabel *m_dirtyLabel = nullptr;
    VersionHistoryView *m_history = nullptr;
};

} // namespace rapi
