#pragma once

#include "analytics/readiness.h"
#include "domain/readiness.h"
#include "result.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class RadarChart;
class ReadinessModel;
class Session;

// The scale-up readiness assessment (docs/readiness.md): the history of assessments, the
// criteria with their computed evidence or managers' scores, the verdict with its reasons and
// the missing evidence, and a radar chart of the domains. Managers start an assessment, score
// its judged criteria with a justification, sign it off (which freezes it), edit the criteria
// and compare two assessments; everybody can read and write the evidence brief. The evidence is
// gathered on a worker thread; scoring re-evaluates at once with the evidence already gathered.
class ReadinessPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReadinessPage(QWidget *parent = nullptr);
    ~ReadinessPage() override;
    void setSession(Session *session);

    // The assessment shown (none: a preview of the evidence without judgements).
    std::optional<ReadinessAssessment> currentAssessment() const;
    void selectAssessment(qint64 id);
    std::shared_ptr<const Readiness::Evaluation> evaluation() const { return m_evaluation; }
    bool isComputing() const { return m_computing; }

    // What the buttons do, without their dialogs (the dialogs call these).
    Result<ReadinessAssessment> newAssessment(const QString &title);
    QString judge(qint64 criterionId, int score, const QString &justification); // empty on success
    Result<ReadinessAssessment> signOff();
    // The evaluation of any assessment of the programme: its snapshot when signed, else the
    // evidence gathered for the page with its judgements.
    std::optional<Readiness::Evaluation> evaluationOf(qint64 assessmentId) const;
    // Writes the evidence brief of the assessment shown (the preview: the newest signed one, else
    // the newest draft) in a language ("en", "zh_CN"): gathered on a worker thread with a
    // progress dialog that can cancel, then laid out here.
    Result<void> writeBrief(const QString &language, const QString &path);

    ReadinessModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    RadarChart *radar() const { return m_radar; }
    QComboBox *assessments() const { return m_assessments; }
    QLabel *verdictView() const { return m_verdict; }
    QLabel *reasonsLabel() const { return m_reasons; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *newButton() const { return m_newButton; }
    QPushButton *scoreButton() const { return m_scoreButton; }
    QPushButton *signButton() const { return m_signButton; }
    QPushButton *deleteButton() const { return m_deleteButton; }
    QPushButton *criteriaButton() const { return m_criteriaButton; }
    QPushButton *compareButton() const { return m_compareButton; }
    QPushButton *briefButton() const { return m_briefButton; }

signals:
    // An evaluation (or an error) is on show; tests wait for it.
    void evaluated();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    // The status, verdict, reasons and guidance of what is shown (all but the fixed labels).
    void updateTexts();
    void reload(qint64 select = -1);
    void showCurrent();
    void gather();
    void display(std::shared_ptr<const Readiness::Evaluation> evaluation);
    void showError(const QString &message);
    void updateButtons();
    void updateGuidance();
    bool mayEdit() const;
    void askNewAssessment();
    void askScore();
    void askSignOff();
    void askDelete();
    void editCriteria();
    void compare();
    void askBrief();
    QString assessmentLabel(const ReadinessAssessment &a) const;

    QPointer<Session> m_session;
    QList<ReadinessAssessment> m_list; // newest first
    std::optional<Readiness::Inputs> m_inputs;
    QDateTime m_inputsAt;
    std::shared_ptr<const Readiness::Evaluation> m_evaluation;
    std::shared_ptr<std::atomic<int>> m_generation;
    bool m_computing = false;
    bool m_stale = true;
    QString m_error;

    QLabel *m_assessmentLabel;
    QComboBox *m_assessments;
    QPushButton *m_newButton;
    QPushButton *m_scoreButton;
    QPushButton *m_signButton;
    QPushButton *m_deleteButton;
    QPushButton *m_criteriaButton;
    QPushButton *m_compareButton;
    QPushButton *m_briefButton;
    QLabel *m_status;
    QTableView *m_view;
    ReadinessModel *m_model;
    QLabel *m_guidance;
    QLabel *m_verdictTitle;
    QLabel *m_verdict;
    QLabel *m_reasonsTitle;
    QLabel *m_reasons;
    QLabel *m_missingTitle;
    QLabel *m_missing;
    RadarChart *m_radar;
};
