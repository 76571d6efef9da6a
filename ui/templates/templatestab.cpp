#include "templates/templatestab.h"

#include "accounts/permission.h"
#include "common/appcontext.h"
#include "templates/sopspage.h"
#include "templates/templatepreview.h"
#include "templates/templatespage.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace rapi {

TemplatesTab::TemplatesTab(AppContext &context, QWidget *parent)
    : QWidget(parent), m_switch(new QButtonGroup(this)), m_stack(new QStackedWidget(this)),
      m_templates(new TemplatesPage(context, m_stack)), m_sops(new SopsPage(context, m_stack))
{
    setObjectName(QStringLiteral("templatesTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);

    // Two halves of one place: a segmented switch rather than tabs inside a tab.
    auto *bar = new QHBoxLayout;
    bar->setSpacing(0);
    const QString segment = QStringLiteral(
        "QPushButton { background: white; border: 1px solid #c9ced6; padding: 5px 16px; color: #374151; }"
        "QPushButton:checked { background: #dbe8fb; border-color: #1f6fd1; color: #0b3d6e; font-weight: 600; "
        "}"
        "QPushButton:hover:!checked { background: #f3f4f6; }");
    const struct
    {
        Page page;
        QString text;
        const char *name;
        const char *radius;
    } segments[] = {{Page::Templates, tr("Templates"), "templatesSwitch",
                     "border-top-left-radius: 4px; "
                     "border-bottom-left-radius: 4px;"},
                    {Page::Sops, tr("SOPs"), "sopsSwitch",
                     "border-top-right-radius: 4px; "
                     "border-bottom-right-radius: 4px; border-left: none;"}};
    for (const auto &s : segments) {
        auto *button = new QPushButton(s.text, this);
        button->setObjectName(QString::fromLatin1(s.name));
        button->setCheckable(true);
        button->setStyleSheet(segment +
                              QStringLiteral("QPushButton { %1 }").arg(QString::fromLatin1(s.radius)));
        // Room for the bold text of the checked state.
        QFont bold = button->font();
        bold.setBold(true);
        button->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(s.text) + 36);
        m_switch->addButton(button, int(s.page));
        bar->addWidget(button);
    }
    bar->addStretch();
    layout->addLayout(bar);
    // Vendors read only the templates and briefs shared with them, no SOPs (SPEC §1).
    if (!permission::allows(context.actor.role, Permission::ReadSops)) {
        for (QAbstractButton *button : m_switch->buttons())
            button->hide();
    }

    m_stack->addWidget(m_templates);
    m_stack->addWidget(m_sops);
    layout->addWidget(m_stack, 1);

    connect(m_switch, &QButtonGroup::idClicked, this, [this](int id) { showPage(Page(id)); });
    connect(m_templates, &VersionedEditorPage::changed, this, &TemplatesTab::templatesChanged);
    connect(m_sops, &VersionedEditorPage::changed, this, &TemplatesTab::templatesChanged);
    showPage(Page::Templates);
}

void TemplatesTab::showPage(Page page)
{
    m_switch->button(int(page))->setChecked(true);
    m_stack->setCurrentWidget(page == Page::Templates ? static_cast<QWidget *>(m_templates) : m_sops);
}

void TemplatesTab::refresh()
{
    m_templates->refresh();
    m_templates->preview()->reload();
    m_sops->refresh();
}

} // namespace rapi
