#pragma once

#include <QWidget>

class ErrorLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class Session;

// The audit viewer: every change with who, when, what, old → new and why, filtered by user,
// site, period and kind; and a check of the hash chain and of every audited row.
class AuditPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(QWidget *parent = nullptr);
    ~AuditPage() override;
    void setSession(Session *session);
    QTableView *view() const { return m_view; }
    // Verifies the chain and the audited rows on a worker thread (it reads the whole audit:
    // a minute at national scale) with its own read-only connection; verified() brings the
    // problems found, which the page shows.
    void verify();

signals:
    void verified(const QStringList &problems);

protected:
    void changeEvent(QEvent *event) override;
    // A hidden page does not follow every change (each saved cell would rebuild it): it
    // reloads when it is shown again.
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void reloadFilters();
    void reload();
    void showVerdict(const QStringList &problems);

    Session *m_session = nullptr;
    bool m_stale = false;
    bool m_verified = false;      // a verdict is on show: rebuilt in a new language
    bool m_retranslating = false;
    QStringList m_lastProblems;
    QLabel *m_userLabel;
    QComboBox *m_user;
    QLabel *m_siteLabel;
    QComboBox *m_site;
    QLabel *m_periodLabel;
    QLineEdit *m_period;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QLabel *m_summary;
    QPushButton *m_more;
    QPushButton *m_verify;
    QLabel *m_verdict;
    ErrorLabel *m_error;
    int m_limit = 500;
    class QThread *m_worker = nullptr;
};
