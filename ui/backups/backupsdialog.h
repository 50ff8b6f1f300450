#pragma once

#include "storage/backups.h"

#include <QDialog>

class ErrorLabel;
class QLabel;
class QPushButton;
class QTableWidget;
class Session;

// The copies of the open database (File › Backups…): when, why (by hand, before an import,
// scheduled, before a restore), size; "Back up now", "Verify" (integrity check of a copy) and
// "Restore…", which asks for confirmation and hands the copy to the window (restoreRequested):
// the window closes the file, restores and opens it again. Only administrators and programme
// managers restore.
class BackupsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BackupsDialog(Session *session, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QPushButton *backUpButton() const { return m_backUp; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *restoreButton() const { return m_restore; }
    QString status() const;
    void reload();
    bool backUpNow();
    bool verifySelected();
    // Asks for confirmation (unless confirmed) and emits restoreRequested.
    // The confirmation asked before restoring the copy made at `made`; it warns when this
    // database exchanges sync packages (docs/sync.md, "Not built").
    QString restoreQuestion(const QString &made) const;
    void restoreSelected(bool confirmed = false);

signals:
    void restoreRequested(const QString &backupPath);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    QString selectedPath() const;
    Session *m_session;
    QList<Backups::Info> m_list;
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_backUp;
    QPushButton *m_verify;
    QPushButton *m_restore;
    QLabel *m_status;
    ErrorLabel *m_error;
};
