#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

namespace rapi {

struct AppContext;

// Which outside vendors may read a template or brief (SPEC §1): a tick per active vendor
// account. Everyone else on the team reads every template. The core's refusal shows in the
// dialog, which stays open with the ticks as they were.
class ShareTemplateDialog final : public QDialog
{
    Q_OBJECT

public:
    ShareTemplateDialog(AppContext &context, qint64 templateId, const QString &templateName,
                        QWidget *parent = nullptr);

    QListWidget *vendors() const { return m_vendors; }
    // How many vendors it is shared with after saving.
    int sharedCount() const { return m_sharedCount; }
    void accept() override;

private:
    AppContext &m_context;
    qint64 m_templateId;
    int m_sharedCount = 0;
    QListWidget *m_vendors;
    QLabel *m_error;
};

} // namespace rapi
