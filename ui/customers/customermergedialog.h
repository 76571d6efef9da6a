#pragma once

#include "customers/customerrepository.h"

#include <optional>
#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTimer;

namespace rapi {

struct AppContext;

// Merges two records of the same person (CustomerService::merge). Offers the shown customer's
// likely duplicates and any other customer found by search, lets the person choose which record
// to keep, and says exactly what will move before anything is done. A refusal is shown inside
// the dialog, which stays open.
class CustomerMergeDialog final : public QDialog
{
    Q_OBJECT

public:
    // `candidateId`: the record to offer first (a duplicate the person clicked).
    CustomerMergeDialog(AppContext &context, const CustomerProfile &current,
                        std::optional<qint64> candidateId = std::nullopt, QWidget *parent = nullptr);

    // After a merge: the record that was kept and the one merged into it.
    qint64 keptId() const { return m_keptId; }
    qint64 mergedId() const { return m_mergedId; }
    QString keptName() const { return m_keptName; }
    QString mergedName() const { return m_mergedName; }

    void accept() override;

private:
    void search();
    void showCandidates(const QList<Customer> &customers, std::optional<qint64> select = std::nullopt);
    void updateSummary();
    std::optional<Customer> selectedCandidate() const;

    AppContext &m_context;
    CustomerProfile m_current;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_listCaption = nullptr;
    QListWidget *m_candidates = nullptr;
    QRadioButton *m_keepCurrent = nullptr;
    QRadioButton *m_keepOther = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_merge = nullptr;
    qint64 m_keptId = 0;
    qint64 m_mergedId = 0;
    QString m_keptName;
    QString m_mergedName;
};

} // namespace rapi
