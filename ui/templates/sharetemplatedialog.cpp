#include "templates/sharetemplatedialog.h"

#include "accounts/accountservice.h"
#include "common/appcontext.h"
#include "common/dialogparts.h"
#include "templates/templaterepository.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapi {

ShareTemplateDialog::ShareTemplateDialog(AppContext &context, qint64 templateId, const QString &templateName,
                                         QWidget *parent)
    : QDialog(parent), m_context(context), m_templateId(templateId), m_vendors(new QListWidget(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("shareTemplateDialog"));
    setWindowTitle(tr("Share with vendors"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Vendors see only the templates and briefs shared with them. Tick who may read "
                      "“%1”; the rest of the team reads every template.")
                       .arg(templateName),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_vendors->setObjectName(QStringLiteral("vendorList"));
    layout->addWidget(m_vendors, 1);

    dialogparts::styleAsError(m_error);
    layout->addWidget(m_error);

    QPushButton *save =
        dialogparts::addConfirmButtons(this, layout, tr("Save sharing"), QStringLiteral("saveSharingButton"));

    const auto users = AccountService(context.db, context.clock).list(context.actor);
    const auto shared = TemplateRepository(context.db, context.clock).sharedWith(templateId, context.actor);
    if (!users || !shared) {
        m_error->setText(!users ? users.error() : shared.error());
        m_error->show();
        save->setEnabled(false);
    } else {
        for (const UserAccount &user : users.value()) {
            if (user.role != Role::Vendor || !user.active)
                continue;
            auto *item = new QListWidgetItem(user.displayName == user.username
                                                 ? user.username
                                                 : tr("%1 (%2)").arg(user.displayName, user.username),
                                             m_vendors);
            item->setData(Qt::UserRole, user.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(shared->contains(user.id) ? Qt::Checked : Qt::Unchecked);
        }
        if (m_vendors->count() == 0) {
            m_error->setText(tr("There are no vendor accounts yet. Add one under Settings ▸ Users with the "
                                "role Vendor."));
            m_error->show();
        }
    }
    resize(460, 360);
}

void ShareTemplateDialog::accept()
{
    QList<qint64> ids;
    for (int i = 0; i < m_vendors->count(); ++i) {
        if (m_vendors->item(i)->checkState() == Qt::Checked)
            ids << m_vendors->item(i)->data(Qt::UserRole).toLongLong();
    }
    const Status saved =
        TemplateRepository(m_context.db, m_context.clock).share(m_templateId, ids, m_context.actor);
    if (!saved) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    m_sharedCount = int(ids.size());
    QDialog::accept();
}

} // namespace rapi
