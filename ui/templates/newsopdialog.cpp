#include "templates/newsopdialog.h"

#include "common/appcontext.h"
#include "common/dialogparts.h"
#include "orders/orderstage.h"
#include "templates/soprepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rapi {

namespace {
QPlainTextEdit *textEdit(QWidget *parent, const char *objectName, const QString &hint, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setPlaceholderText(hint);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}
} // namespace

NewSopDialog::NewSopDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_title(new QLineEdit(this)),
      m_forStage(new QRadioButton(tr("Order stage"), this)), m_stage(new QComboBox(this)),
      m_forCategory(new QRadioButton(tr("Ticket category"), this)), m_category(new QComboBox(this)),
      m_goal(textEdit(this, "sopGoalEdit", tr("What the work must achieve"), 2)),
      m_steps(textEdit(this, "sopStepsEdit", tr("One step per line"), 5)),
      m_done(textEdit(this, "sopDoneEdit", tr("How to tell the work is done well"), 2)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("newSopDialog"));
    setWindowTitle(tr("New SOP"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_title->setObjectName(QStringLiteral("sopTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. Packing a paid order"));
    form->addRow(tr("Title"), m_title);

    auto *link = new QGridLayout;
    m_forStage->setObjectName(QStringLiteral("sopForStageRadio"));
    m_forCategory->setObjectName(QStringLiteral("sopForCategoryRadio"));
    m_stage->setObjectName(QStringLiteral("sopStageCombo"));
    for (OrderStage stage : orderstage::all)
        m_stage->addItem(orderstage::displayName(stage), int(stage));
    m_category->setObjectName(QStringLiteral("sopCategoryCombo"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    if (auto categories = SopRepository(context.db).ticketCategories())
        m_category->addItems(categories.value());
    m_category->setCurrentText(QString());
    m_category->lineEdit()->setPlaceholderText(tr("e.g. late delivery"));
    m_forStage->setChecked(true);
    m_category->setEnabled(false);
    link->addWidget(m_forStage, 0, 0);
    link->addWidget(m_stage, 0, 1);
    link->addWidget(m_forCategory, 1, 0);
    link->addWidget(m_category, 1, 1);
    link->setColumnStretch(1, 1);
    form->addRow(tr("Shown with"), link);
    form->addRow(tr("Goal"), m_goal);
    form->addRow(tr("Steps"), m_steps);
    form->addRow(tr("Done standard"), m_done);
    layout->addLayout(form, 1);

    dialogparts::styleAsError(m_error);
    layout->addWidget(m_error);

    dialogparts::addConfirmButtons(this, layout, tr("Create SOP"), QStringLiteral("createSopButton"));
    connect(m_forStage, &QRadioButton::toggled, this, [this](bool stage) {
        m_stage->setEnabled(stage);
        m_category->setEnabled(!stage);
    });
    resize(620, 520);
}

void NewSopDialog::accept()
{
    SopRepository repository(m_context.db, m_context.clock);
    const SopText text{m_goal->toPlainText(), m_steps->toPlainText(), m_done->toPlainText()};
    auto created =
        m_forStage->isChecked()
            ? repository.createForOrderStage(m_title->text(), OrderStage(m_stage->currentData().toInt()),
                                             text, m_context.actor)
            : repository.createForTicketCategory(m_title->text(), m_category->currentText(), text,
                                                 m_context.actor);
    if (!created) {
        m_error->setText(created.error());
        m_error->show();
        return;
    }
    m_createdId = created.value();
    QDialog::accept();
}

} // namespace rapi
