#pragma once

#include <QWidget>

class QButtonGroup;
class QStackedWidget;

namespace rapi {

struct AppContext;
class SopsPage;
class TemplatesPage;

// The Templates tab (SPEC §6): reply templates with a live preview and version history, and
// the SOPs linked to order stages and ticket categories, one switch apart.
class TemplatesTab final : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Templates, Sops };

    explicit TemplatesTab(AppContext &context, QWidget *parent = nullptr);

    // Loads lists, the shown item and the preview's subject again; unsaved text stays.
    void refresh();
    void showPage(Page page);

    TemplatesPage *templatesPage() const { return m_templates; }
    SopsPage *sopsPage() const { return m_sops; }

signals:
    void templatesChanged();

private:
    QButtonGroup *m_switch;
    QStackedWidget *m_stack;
    TemplatesPage *m_templates;
    SopsPage *m_sops;
};

} // namespace rapi
