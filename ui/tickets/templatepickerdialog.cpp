#include "tickets/templatepickerdialog.h"

#include "common/appcontext.h"
#include "common/dialogparts.h"
#include "common/theme.h"
#include "templates/templaterepository.h"
#include "templates/templatevalues.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapi {

TemplatePickerDialog::TemplatePickerDialog(AppContext &context, qint64 ticketId, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("templatePickerDialog"));
    setWindowTitle(tr("Insert template"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("Kind"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("templateKindCombo"));
    for (TemplateKind kind : templatekind::all)
        m_kind->addItem(templatekind::displayName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(TemplateKind::CsReply)));
    kindLabel->setBuddy(m_kind);
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addStretch();
    layout->addLayout(top);

    auto *middle = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setMaximumWidth(240);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(tr("Choose a template to see it filled in for this ticket."));
    middle->addWidget(m_list);
    middle->addWidget(m_preview, 1);
    layout->addLayout(middle, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("templateErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, theme::criticalText());
    m_error->setPalette(p);
    m_error->hide();
    layout->addWidget(m_error);

    m_insert =
        dialogparts::addConfirmButtons(this, layout, tr("Insert"), QStringLiteral("insertTemplateButton"));

    auto values = templatevalues::forTicket(m_context.db, ticketId, m_context.actor, m_context.clock.now());
    if (values) {
        m_values = values.value();
        m_valuesOk = true;
    } else {
        m_error->setText(values.error());
        m_error->show();
    }

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TemplatePickerDialog::loadTemplates);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatePickerDialog::templateChosen);
    connect(m_list, &QListWidget::itemActivated, this, &TemplatePickerDialog::accept);
    loadTemplates();
    resize(760, 440);
    m_list->setFocus();
}

void TemplatePickerDialog::loadTemplates()
{
    const auto kind = TemplateKind(m_kind->currentData().toInt());
    auto templates = TemplateRepository(m_context.db, m_context.clock).list(m_context.actor, kind);
    m_templates = templates ? templates.value() : QList<Template>{};
    m_list->clear();
    for (const Template &t : std::as_const(m_templates))
        m_list->addItem(t.name);
    if (!templates) {
        m_error->setText(templates.error());
        m_error->show();
    }
    if (!m_templates.isEmpty())
        m_list->setCurrentRow(0);
    else
        templateChosen();
}

void TemplatePickerDialog::templateChosen()
{
    m_rendered.clear();
    m_versionId = 0;
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size()) {
        m_preview->clear();
        m_insert->setEnabled(false);
        if (m_templates.isEmpty() && m_valuesOk) {
            m_error->setText(tr("There is no template of this kind yet."));
            m_error->show();
        }
        return;
    }
    if (!m_valuesOk) {
        m_insert->setEnabled(false);
        return;
    }
    const Template &chosen = m_templates.at(row);
    auto rendered = templaterenderer::render(chosen.current.body, m_values);
    if (!rendered) {
        // Show what the template says, so the person sees where the missing value goes.
        m_preview->setPlainText(chosen.current.body);
        m_error->setText(tr("“%1” cannot be used for this ticket: %2").arg(chosen.name, rendered.error()));
        m_error->show();
        m_insert->setEnabled(false);
        return;
    }
    m_error->hide();
    m_rendered = rendered.value();
    m_versionId = chosen.current.id;
    m_label = tr("%1 (version %2)").arg(chosen.name).arg(chosen.current.number);
    m_preview->setPlainText(m_rendered);
    m_insert->setEnabled(true);
}

void TemplatePickerDialog::accept()
{
    if (m_versionId <= 0)
        return;
    QDialog::accept();
}

} // namespace rapi
