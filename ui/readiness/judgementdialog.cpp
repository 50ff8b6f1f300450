#include "judgementdialog.h"

#include "analytics/readiness.h"
#include "shell/widgets.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

JudgementDialog::JudgementDialog(const ReadinessCriterion &criterion, const std::optional<ReadinessJudgement> &current,
                                 Apply apply, QWidget *parent)
    : QDialog(parent), m_criterion(criterion), m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("judgementDialog"));
    m_name = new QLabel(this);
    m_name->setWordWrap(true);
    m_guidance = new QLabel(this);
    m_guidance->setWordWrap(true);
    m_scoreLabel = new QLabel(this);
    m_scores = new QButtonGroup(this);
    auto *scoreRow = new QHBoxLayout;
    for (int score : {0, 1, 2, 3, 4}) {
        auto *button = new QRadioButton(this);
        button->setObjectName(QStringLiteral("score%1").arg(score));
        m_scores->addButton(button, score);
        scoreRow->addWidget(button);
    }
    scoreRow->addStretch(1);
    m_justificationLabel = new QLabel(this);
    m_justification = new QPlainTextEdit(this);
    m_justification->setObjectName(QStringLiteral("justification"));
    m_justification->setTabChangesFocus(true);
    m_justificationLabel->setBuddy(m_justification);
    m_error = new ErrorLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JudgementDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_guidance);
    layout->addWidget(m_scoreLabel);
    layout->addLayout(scoreRow);
    layout->addWidget(m_justificationLabel);
    layout->addWidget(m_justification, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    m_scores->button(current ? current->score : 0)->setChecked(true);
    m_scores->checkedButton()->setFocus();
    if (current)
        m_justification->setPlainText(current->justification);
    resize(560, 420);
    retranslateUi();
}

int JudgementDialog::score() const
{
    return std::max(0, m_scores->checkedId());
}

QString JudgementDialog::justification() const
{
    return m_justification->toPlainText();
}

void JudgementDialog::accept()
{
    const QString error = m_apply ? m_apply(score(), justification()) : QString();
    m_error->showError(error);
    if (error.isEmpty())
        QDialog::accept();
}

void JudgementDialog::retranslateUi()
{
    setWindowTitle(tr("Score a criterion"));
    m_name->setText(QStringLiteral("<b>%1</b> — %2").arg(m_criterion.name().toHtmlEscaped(),
                                                         Readiness::domainLabel(m_criterion.domain).toHtmlEscaped()));
    m_guidance->setText(m_criterion.guidance());
    m_scoreLabel->setText(tr("Score:"));
    m_scores->button(0)->setText(tr("No score yet"));
    for (int score : {1, 2, 3, 4})
        m_scores->button(score)->setText(Readiness::scoreLabel(score));
    m_justificationLabel->setText(tr("&Justification (required with a score: what the evidence is and where it comes from):"));
}

void JudgementDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
