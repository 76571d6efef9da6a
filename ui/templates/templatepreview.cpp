#include "templates/templatepreview.h"

#include "common/appcontext.h"
#include "common/theme.h"
#include "templates/templatevalues.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace rapi {

TemplatePreview::TemplatePreview(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_kind(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_subjectLabel(new QLabel(this)), m_text(new QPlainTextEdit(this)), m_problem(new QLabel(this)),
      m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("templatePreview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto *title = new QLabel(tr("Preview"), this);
    theme::makeTitle(title, 1);
    layout->addWidget(title);

    auto *picker = new QHBoxLayout;
    picker->setSpacing(6);
    m_kind->setObjectName(QStringLiteral("previewSubjectKind"));
    // Only the subjects the role may read; none for warehouse staff and vendors, whose preview
    // uses the shop's own values.
    m_kinds = previewsubject::kinds(context.actor.role);
    for (PreviewSubject::Kind kind : std::as_const(m_kinds)) {
        m_kind->addItem(kind == PreviewSubject::Kind::Order    ? tr("Order")
                        : kind == PreviewSubject::Kind::Ticket ? tr("Ticket")
                                                               : tr("Customer"),
                        int(kind));
    }
    m_kind->setVisible(!m_kinds.isEmpty());
    m_search->setVisible(!m_kinds.isEmpty());
    m_search->setObjectName(QStringLiteral("previewSubjectEdit"));
    m_search->setClearButtonEnabled(true);
    picker->addWidget(m_kind);
    picker->addWidget(m_search, 1);
    layout->addLayout(picker);

    m_subjectLabel->setObjectName(QStringLiteral("previewSubjectLabel"));
    m_subjectLabel->setWordWrap(true);
    theme::makeMuted(m_subjectLabel);
    layout->addWidget(m_subjectLabel);

    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setReadOnly(true);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setStyleSheet(QStringLiteral("QPlainTextEdit { background: #f8f9fb; border: 1px solid #e1e4e8; "
                                         "border-radius: 6px; padding: 6px; }"));
    m_problem->setObjectName(QStringLiteral("previewProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(theme::stuckText().name()));
    // The box carries the padding: a wrapped label with padding of its own computes its height
    // for the wrong width and cuts off the last line.
    m_problemBox = new QFrame(this);
    m_problemBox->setObjectName(QStringLiteral("previewProblemBox"));
    m_problemBox->setStyleSheet(QStringLiteral("QFrame#previewProblemBox { background: %1; border: 1px solid "
                                               "#f0c36d; border-radius: 6px; }")
                                    .arg(theme::stuckBackground().name()));
    auto *box = new QVBoxLayout(m_problemBox);
    box->setContentsMargins(10, 8, 10, 8);
    box->addWidget(m_problem);
    // One of the two shows; a plain layout (not a stack) lets the message take the height it needs.
    layout->addWidget(m_problemBox);
    layout->addWidget(m_text, 1);
    layout->addStretch();
    m_problemBox->hide();

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &TemplatePreview::findSubject);
    connect(m_searchTimer, &QTimer::timeout, this, &TemplatePreview::findSubject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TemplatePreview::findSubject);
    findSubject();
}

void TemplatePreview::setBody(const QString &body)
{
    m_body = body;
    render();
}

void TemplatePreview::setDefaultKind(PreviewSubject::Kind kind)
{
    // A subject the person named stays; only the default follows the template's kind.
    if (!m_search->text().trimmed().isEmpty() || !m_kinds.contains(kind))
        return;
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void TemplatePreview::reload()
{
    findSubject();
}

void TemplatePreview::findSubject()
{
    m_searchTimer->stop();
    m_subject.reset();
    m_values.clear();
    if (m_kinds.isEmpty()) {
        m_subjectLabel->setText(
            tr("Shown with the shop's own values: your role does not see customers' data."));
        showValues(templatevalues::common(m_context.db, m_context.actor, m_context.clock.now()));
        return;
    }
    const auto kind = PreviewSubject::Kind(m_kind->currentData().toInt());
    const QString text = m_search->text().trimmed();
    switch (kind) {
    case PreviewSubject::Kind::Order:
        m_search->setPlaceholderText(tr("Order number or customer"));
        m_search->setToolTip(tr("Empty: the most recent order"));
        break;
    case PreviewSubject::Kind::Ticket:
        m_search->setPlaceholderText(tr("Ticket number, subject or customer"));
        m_search->setToolTip(tr("Empty: the most recent ticket"));
        break;
    case PreviewSubject::Kind::Customer:
        m_search->setPlaceholderText(tr("Customer name or phone"));
        m_search->setToolTip(tr("Empty: the newest customer"));
        break;
    }
    auto found = previewsubject::find(m_context.db, kind, text, m_context.actor, m_context.clock.now());
    if (!found) {
        m_subjectLabel->setText(found.error());
    } else if (!found->has_value()) {
        if (!text.isEmpty())
            m_subjectLabel->setText(
                tr("Nothing matches “%1”; shown with the shop's own values only.").arg(text));
        else if (kind == PreviewSubject::Kind::Order)
            m_subjectLabel->setText(tr("No orders yet; shown with the shop's own values only."));
        else if (kind == PreviewSubject::Kind::Ticket)
            m_subjectLabel->setText(tr("No tickets yet; shown with the shop's own values only."));
        else
            m_subjectLabel->setText(tr("No customers yet; shown with the shop's own values only."));
    } else {
        m_subject = **found;
        m_subjectLabel->setText(text.isEmpty() ? tr("Filled with the most recent: %1").arg(m_subject->label)
                                               : tr("Filled with %1").arg(m_subject->label));
    }
    showValues(m_subject
                   ? previewsubject::values(m_context.db, *m_subject, m_context.actor, m_context.clock.now())
                   : templatevalues::common(m_context.db, m_context.actor, m_context.clock.now()));
}

void TemplatePreview::showValues(const Result<TemplateValues> &values)
{
    if (values)
        m_values = values.value();
    else
        m_subjectLabel->setText(values.error());
    render();
}

void TemplatePreview::render()
{
    QSet<QString> missing;
    for (const PlaceholderInfo &p : templaterenderer::catalogue()) {
        if (m_values.value(p.key).trimmed().isEmpty())
            missing.insert(p.key);
    }
    auto text = templaterenderer::render(m_body, m_values);
    if (text) {
        m_text->setPlainText(text.value());
        m_problem->clear();
    } else {
        m_text->clear();
        m_problem->setText(tr("This text cannot be sent as it is. %1").arg(text.error()));
    }
    m_text->setVisible(text.ok());
    m_problemBox->setVisible(!text.ok());
    if (missing != m_missing) {
        m_missing = missing;
        emit missingKeysChanged(m_missing);
    }
}

QString TemplatePreview::renderedText() const
{
    return m_problem->text().isEmpty() ? m_text->toPlainText() : QString();
}

QString TemplatePreview::problem() const
{
    return m_problem->text();
}

QSet<QString> TemplatePreview::missingKeys() const
{
    return m_missing;
}

} // namespace rapi
