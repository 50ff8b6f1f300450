#pragma once

#include "domain/readiness.h"

#include <QDialog>

#include <functional>

class ErrorLabel;
class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Scores one judged criterion: 1–4 (or no score) and the justification a score needs. Save
// hands both to the page's apply function; a refusal is shown here and the dialog stays open,
// so nothing typed is lost.
class JudgementDialog final : public QDialog
{
    Q_OBJECT

public:
    // Returns an empty string on success, else the translated reason.
    using Apply = std::function<QString(int score, const QString &justification)>;

    JudgementDialog(const ReadinessCriterion &criterion, const std::optional<ReadinessJudgement> &current, Apply apply,
                    QWidget *parent = nullptr);
    int score() const;
    QString justification() const;
    QPlainTextEdit *justificationEdit() const { return m_justification; }
    QButtonGroup *scores() const { return m_scores; }
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    ReadinessCriterion m_criterion;
    Apply m_apply;
    QLabel *m_name;
    QLabel *m_guidance;
    QLabel *m_scoreLabel;
    QLabel *m_justificationLabel;
    QButtonGroup *m_scores;
    QPlainTextEdit *m_justification;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};
