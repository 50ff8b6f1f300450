#pragma once

#include "domain/period.h"
#include "domain/workflow.h"
#include "result.h"

#include <functional>

#include <QWidget>

class ErrorLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QTabWidget;
class ReportService;
class Session;

// The manager's review: reports waiting (filter by status, site, period and officer), open a
// form read-only, approve, return with a reason, reopen with a reason, approve a selection at
// once; and the completeness overview of sites × periods, each cell opening its form.
class ReviewPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget *parent = nullptr);

    void setSession(Session *session);
    QTableView *reportsView() const { return m_reports; }
    QTableWidget *completenessTable() const { return m_completeness; }
    // Acts on the selected reports; the reason for return and reopen (asked in a dialog when
    // empty and interactive is true).
    bool approveSelected();
    bool returnSelected(const QString &reason);
    bool reopenSelected(const QString &reason);

signals:
    void openFormRequested(qint64 siteId, const Period &period);

protected:
    void changeEvent(QEvent *event) override;
    // A hidden page does not follow every change (each saved cell would rebuild it): it
    // reloads when it is shown again.
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void reloadFilters();
    void reload();
    void reloadCompleteness();
    void showNewestPeriods();
    QList<std::pair<qint64, Period>> selected() const;
    // Applies a transition to every selected report in one transaction: all or none.
    bool changeSelected(const std::function<Result<Report>(ReportService &, qint64, const Period &)> &change);
    QString askReason(const QString &title, const QString &label);

    Session *m_session = nullptr;
    bool m_stale = false;
    QTabWidget *m_tabs;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_siteLabel;
    QComboBox *m_site;
    QLabel *m_periodLabel;
    QLineEdit *m_period;
    QLabel *m_officerLabel;
    QComboBox *m_officer;
    QTableView *m_reports;
    QStandardItemModel *m_model;
    QPushButton *m_open;
    QPushButton *m_approve;
    QPushButton *m_return;
    QPushButton *m_reopen;
    ErrorLabel *m_error;
    QLabel *m_summary;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QTableWidget *m_completeness;
    QLabel *m_legend;
};
