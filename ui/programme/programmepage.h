#pragma once

#include "domain/programme.h"
#include "result.h"

#include <QPointer>
#include <QWidget>

class ErrorLabel;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QUndoStack;
class Session;

// The Programme page: what the demonstration model is, its dates and reporting rules, and a
// summary of its sites, indicators and data.
class ProgrammePage final : public QWidget
{
    Q_OBJECT

public:
    ProgrammePage(QUndoStack *undoStack, QWidget *parent = nullptr);
    void setSession(Session *session);
    // True while the form holds typing that is not applied yet.
    bool isModified() const;

public slots:
    bool applyEdits();
    void revert();

signals:
    // An undo or redo of this page's changes could not be carried out.
    void commandFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    Result<Programme> edited() const;

    QPointer<Session> m_session;
    QUndoStack *m_undoStack;
    Programme m_programme;
    QLabel *m_title;
    QLabel *m_summary;
    QGroupBox *m_box;
    QList<QLabel *> m_labels;
    QLineEdit *m_code;
    QLineEdit *m_nameEn;
    QLineEdit *m_nameZh;
    QLineEdit *m_focus;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QPlainTextEdit *m_descriptionEn;
    QPlainTextEdit *m_descriptionZh;
    QSpinBox *m_expiry;
    QSpinBox *m_timeliness;
    QLineEdit *m_baselineFrom;
    QLineEdit *m_baselineTo;
    QLabel *m_baselineBetween;
    QLineEdit *m_endlineFrom;
    QLineEdit *m_endlineTo;
    QLabel *m_endlineBetween;
    ErrorLabel *m_error;
    QPushButton *m_apply;
    QPushButton *m_revert;
};
