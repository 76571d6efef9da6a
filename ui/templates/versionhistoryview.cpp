#include "templates/versionhistoryview.h"

#include "common/tables.h"
#include "common/theme.h"
#include "common/uiformat.h"
#include "templates/linediff.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

namespace rapi {

namespace {
enum Column { NumberColumn, WhoColumn, WhenColumn, NoteColumn, ColumnCount };
} // namespace

VersionHistoryView::VersionHistoryView(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount, this)), m_caption(new QLabel(this)),
      m_diff(new QTextEdit(this)), m_restore(new QPushButton(tr("Restore this version"), this)),
      m_restoreHint(new QLabel(this))
{
    setObjectName(QStringLiteral("versionHistory"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    m_table->setObjectName(QStringLiteral("versionsTable"));
    m_table->setHorizontalHeaderLabels({tr("Version"), tr("By"), tr("When"), tr("Note")});
    tables::setupList(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(m_table);

    auto *right = new QWidget(splitter);
    auto *v = new QVBoxLayout(right);
    v->setContentsMargins(8, 0, 0, 0);
    v->setSpacing(6);
    m_caption->setObjectName(QStringLiteral("diffCaption"));
    m_caption->setWordWrap(true);
    theme::makeMuted(m_caption);
    v->addWidget(m_caption);
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QTextEdit::WidgetWidth);
    v->addWidget(m_diff, 1);
    auto *actions = new QHBoxLayout;
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restoreHint->setWordWrap(true);
    theme::makeMuted(m_restoreHint);
    actions->addWidget(m_restore);
    actions->addWidget(m_restoreHint, 1);
    v->addLayout(actions);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({340, 700});

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VersionHistoryView::showSelected);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row > 0 && row < m_versions.size())
            emit restoreRequested(m_versions.at(row).versionId, m_versions.at(row).number);
    });
    showSelected();
}

QString VersionHistoryView::whenText(qint64 when)
{
    // The defaults a new database starts with carry no time of their own.
    return when > 0 ? uiformat::dateTime(when) : tr("shipped with Rapi");
}

QString VersionHistoryView::describe(int number, const QString &who, qint64 when,
                                     std::optional<int> restoredFromNumber)
{
    QString text = tr("Version %1 · %2 · %3").arg(number).arg(who, whenText(when));
    if (restoredFromNumber)
        text += QStringLiteral(" · ") + tr("restored from version %1").arg(*restoredFromNumber);
    return text;
}

void VersionHistoryView::setVersions(const QList<HistoryEntry> &versions)
{
    const int row = m_table->currentRow();
    const int selected = row >= 0 && row < m_versions.size() ? m_versions.at(row).number : 0;
    m_versions = versions;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(versions.size()));
    for (int i = 0; i < versions.size(); ++i) {
        const HistoryEntry &entry = versions.at(i);
        m_table->setItem(i, NumberColumn, tables::numberItem(tr("v%1").arg(entry.number), entry.number));
        m_table->setItem(i, WhoColumn, tables::textItem(entry.who));
        m_table->setItem(i, WhenColumn, tables::textItem(whenText(entry.when)));
        QString note = i == 0 ? tr("current") : QString();
        if (entry.restoredFromNumber) {
            const QString restored = tr("restored from v%1").arg(*entry.restoredFromNumber);
            note = note.isEmpty() ? restored : note + QStringLiteral(" · ") + restored;
        }
        m_table->setItem(i, NoteColumn, tables::textItem(note));
    }
    m_table->clearSelection();
    m_table->setCurrentItem(nullptr);
    selectVersion(selected);
    showSelected();
}

void VersionHistoryView::selectVersion(int number)
{
    for (int i = 0; i < m_versions.size(); ++i) {
        if (m_versions.at(i).number == number) {
            m_table->selectRow(i);
            return;
        }
    }
}

void VersionHistoryView::setRestoreEnabled(bool enabled, const QString &reason)
{
    m_restoreAllowed = enabled;
    m_restoreHint->setText(enabled ? QString() : reason);
    showSelected();
}

void VersionHistoryView::showSelected()
{
    const int row = m_table->currentRow();
    const bool valid = row >= 0 && row < m_versions.size() && m_table->item(row, 0)->isSelected();
    m_restore->setEnabled(valid && row > 0 && m_restoreAllowed);
    m_diff->clear();
    if (!valid) {
        m_caption->setText(m_versions.isEmpty()
                               ? QString()
                               : tr("Select a version to see how the current one differs from it."));
        return;
    }
    const HistoryEntry &entry = m_versions.at(row);
    const HistoryEntry &current = m_versions.first();
    QList<linediff::DiffLine> lines;
    if (row == 0) {
        m_caption->setText(tr("Version %1 is the current version.").arg(entry.number));
        lines = linediff::diff(entry.text, entry.text);
    } else {
        m_caption->setText(tr("What changed from version %1 to the current version %2: lines added since "
                              "in green, lines removed in red.")
                               .arg(entry.number)
                               .arg(current.number));
        lines = linediff::diff(entry.text, current.text);
    }

    QTextCursor cursor(m_diff->document());
    bool first = true;
    for (const linediff::DiffLine &line : lines) {
        QTextBlockFormat block;
        QTextCharFormat chars;
        QString prefix = QStringLiteral("  ");
        if (line.change == linediff::LineChange::Added) {
            block.setBackground(QColor(0xe8, 0xf5, 0xec));
            chars.setForeground(theme::positiveText());
            prefix = QStringLiteral("+ ");
        } else if (line.change == linediff::LineChange::Removed) {
            block.setBackground(theme::criticalBackground());
            chars.setForeground(theme::criticalText());
            prefix = QStringLiteral("− ");
        }
        if (first)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block);
        first = false;
        cursor.insertText(prefix, chars);
        cursor.insertText(line.text, chars);
    }
    m_diff->moveCursor(QTextCursor::Start);
}

} // namespace rapi
