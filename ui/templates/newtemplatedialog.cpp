#include "templates/newtemplatedialog.h"

#include "common/appcontext.h"
#include "common/dialogparts.h"
#include "templates/placeholderhighlighter.h"
#include "templates/templaterepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapi {

NewTemplateDialog::NewTemplateDialog(AppContext &context, TemplateKind kind, QWidget *parent)
    : QDialog(parent), m_context(context), m_kind(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_body(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("newTemplateDialog"));
    setWindowTitle(tr("New template"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind->setObjectName(QStringLiteral("templateKindCombo"));
    for (TemplateKind k : templatekind::all)
        m_kind->addItem(templatekind::displayName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_name->setObjectName(QStringLiteral("templateNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Reply: size exchange"));
    m_body->setObjectName(QStringLiteral("templateBodyEdit"));
    m_body->setPlaceholderText(tr("The first text, e.g. “Hello {{customer.name}}, …”. Placeholders can be "
                                  "inserted from the list in the editor afterwards."));
    m_body->setTabChangesFocus(true);
    new PlaceholderHighlighter(m_body->document());
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Text"), m_body);
    layout->addLayout(form, 1);

    dialogparts::styleAsError(m_error);
    layout->addWidget(m_error);

    dialogparts::addConfirmButtons(this, layout, tr("Create template"),
                                   QStringLiteral("createTemplateButton"));
    resize(620, 420);
}

void NewTemplateDialog::accept()
{
    auto created = TemplateRepository(m_context.db, m_context.clock)
                       .create(TemplateKind(m_kind->currentData().toInt()), m_name->text(),
                               m_body->toPlainText(), m_context.actor);
    if (!created) {
        m_error->setText(created.error());
        m_error->show();
        return;
    }
    m_createdId = created.value();
    QDialog::accept();
}

} // namespace rapi
