#include "readinesspage.h"

#include "charts/radarchart.h"
#include "comparedialog.h"
#include "criteriadialog.h"
#include "judgementdialog.h"
#include "models/readinessmodel.h"
#include "report/evidencebrief.h"
#include "shell/languagemanager.h"
#include "services/readinessservice.h"
#include "shell/session.h"
#include "storage/database.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QThreadPool>
#include <QVBoxLayout>

using namespace Readiness;

namespace {
QString verdictColour(Verdict v)
{
    switch (v) {
    case Verdict::Ready: return QStringLiteral("#1b7f3b");
    case Verdict::ReadyWithConditions: return QStringLiteral("#b26a00");
    case Verdict::NotYetReady: return QStringLiteral("#b00020");
    }
    return {};
}

QString bullets(const QList<Reason> &reasons)
{
    QString html = QStringLiteral("<ul style=\"margin-left: -20px;\">");
    for (const Reason &r : reasons)
        html += QStringLiteral("<li>") + r.text().toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}
} // namespace

ReadinessPage::ReadinessPage(QWidget *parent) : QWidget(parent), m_generation(std::make_shared<std::atomic<int>>(0))
{
    setObjectName(QStringLiteral("readinessPage"));
    m_assessmentLabel = new QLabel(this);
    m_assessments = new QComboBox(this);
    m_assessments->setObjectName(QStringLiteral("assessments"));
    m_assessments->setMinimumContentsLength(40);
    m_assessments->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assessmentLabel->setBuddy(m_assessments);
    auto button = [this](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QLatin1StringView(name));
        return b;
    };
    m_newButton = button("newAssessment");
    m_scoreButton = button("scoreCriterion");
    m_signButton = button("signOff");
    m_deleteButton = button("deleteAssessment");
    m_criteriaButton = button("editCriteria");
    m_compareButton = button("compareAssessments");
    m_briefButton = button("evidenceBrief");
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("readinessStatus"));
    m_status->setWordWrap(true);

    m_model = new ReadinessModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("criteriaView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Widths that fit the longest domain and criterion names in either language on one or two
    // lines; the note takes the rest and wraps.
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('n'));
    m_view->setColumnWidth(ReadinessModel::DomainColumn, 20 * em);
    m_view->setColumnWidth(ReadinessModel::CriterionColumn, 31 * em);
    m_view->setColumnWidth(ReadinessModel::EvidenceColumn, 19 * em);
    m_view->setColumnWidth(ReadinessModel::MeasureColumn, 10 * em);
    m_view->setColumnWidth(ReadinessModel::ScoreColumn, 12 * em);
    m_guidance = new QLabel(this);
    m_guidance->setObjectName(QStringLiteral("criterionGuidance"));
    m_guidance->setWordWrap(true);
    m_guidance->setTextFormat(Qt::RichText);
    m_guidance->setMinimumHeight(60);
    m_guidance->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_verdictTitle = new QLabel(this);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_reasonsTitle = new QLabel(this);
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("reasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    m_missingTitle = new QLabel(this);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missingEvidence"));
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::RichText);
    m_radar = new RadarChart(this);
    m_radar->setMinimumHeight(380);

    auto *top = new QHBoxLayout;
    top->addWidget(m_assessmentLabel);
    top->addWidget(m_assessments, 1);
    for (QPushButton *b : {m_newButton, m_scoreButton, m_signButton, m_deleteButton, m_criteriaButton, m_compareButton,
                           m_briefButton})
        top->addWidget(b);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_guidance);

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    for (QLabel *title : {m_verdictTitle, m_reasonsTitle, m_missingTitle}) {
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
    }
    sideLayout->addWidget(m_verdictTitle);
    sideLayout->addWidget(m_verdict);
    sideLayout->addWidget(m_reasonsTitle);
    sideLayout->addWidget(m_reasons);
    sideLayout->addWidget(m_missingTitle);
    sideLayout->addWidget(m_missing);
    sideLayout->addWidget(m_radar, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(440);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({900, 420});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_assessments, &QComboBox::currentIndexChanged, this, [this] {
        updateButtons();
        showCurrent();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateGuidance();
        updateButtons();
    });
    connect(m_view, &QTableView::activated, this, [this] { askScore(); });
    connect(m_newButton, &QPushButton::clicked, this, &ReadinessPage::askNewAssessment);
    connect(m_scoreButton, &QPushButton::clicked, this, &ReadinessPage::askScore);
    connect(m_signButton, &QPushButton::clicked, this, &ReadinessPage::askSignOff);
    connect(m_deleteButton, &QPushButton::clicked, this, &ReadinessPage::askDelete);
    connect(m_criteriaButton, &QPushButton::clicked, this, &ReadinessPage::editCriteria);
    connect(m_compareButton, &QPushButton::clicked, this, &ReadinessPage::compare);
    connect(m_briefButton, &QPushButton::clicked, this, &ReadinessPage::askBrief);
    retranslateUi();
    updateButtons();
}

ReadinessPage::~ReadinessPage()
{
    ++*m_generation; // a gathering still running is dropped
}

void ReadinessPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    ++*m_generation;
    m_computing = false;
    m_inputs.reset();
    m_evaluation.reset();
    m_model->setEvaluation(nullptr);
    m_list.clear();
    m_stale = true;
    {
        const QSignalBlocker blocker(m_assessments);
        m_assessments->clear();
    }
    if (m_session) {
        connect(m_session, &Session::programmeChanged, this, [this] {
            m_inputs.reset();
            reload();
        });
        connect(m_session, &Session::changed, this, [this](Session::Entity entity) {
            if (entity == Session::Entity::User)
                return;
            if (entity != Session::Entity::Readiness)
                m_inputs.reset(); // the evidence changed
            if (isVisible())
                reload();
            else
                m_stale = true;
        });
        if (isVisible())
            reload();
    } else {
        display(nullptr);
    }
    retranslateUi(); // the Criteria button reads "Criteria…" for those who may edit them
    updateButtons();
}

void ReadinessPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_session)
        reload();
}

bool ReadinessPage::mayEdit() const
{
    return m_session && (m_session->actor().role == Role::Admin || m_session->actor().role == Role::Manager);
}

QString ReadinessPage::assessmentLabel(const ReadinessAssessment &a) const
{
    if (a.isSigned) {
        const auto verdict = verdictFromKey(a.verdict);
        return tr("%1 — signed off %2 by %3: %4")
            .arg(a.title, QLocale().toString(a.signedAt.toLocalTime().date(), QLocale::ShortFormat), a.signedByName,
                 verdict ? Readiness::verdictLabel(*verdict) : a.verdict);
    }
    return tr("%1 — draft").arg(a.title);
}

void ReadinessPage::reload(qint64 select)
{
    m_stale = false;
    if (!m_session)
        return;
    // The first time, the newest assessment; afterwards what was shown (the preview included).
    const bool first = m_assessments->count() == 0;
    const qint64 keep = select >= 0 ? select : m_assessments->currentData().toLongLong();
    m_list = ReadinessService(m_session->database(), m_session->actor()).assessments(m_session->programmeId());
    {
        const QSignalBlocker blocker(m_assessments);
        m_assessments->clear();
        for (const ReadinessAssessment &a : std::as_const(m_list))
            m_assessments->addItem(assessmentLabel(a), a.meta.id);
        m_assessments->addItem(tr("Evidence preview (no assessment)"), qint64(0));
        int index = m_assessments->findData(keep);
        if (index < 0 || (first && select < 0))
            index = 0; // the newest assessment, else the preview
        m_assessments->setCurrentIndex(index);
    }
    updateButtons();
    showCurrent();
}

std::optional<ReadinessAssessment> ReadinessPage::currentAssessment() const
{
    const qint64 id = m_assessments->currentData().toLongLong();
    for (const ReadinessAssessment &a : m_list) {
        if (a.meta.id == id)
            return a;
    }
    return std::nullopt;
}

void ReadinessPage::selectAssessment(qint64 id)
{
    const int index = m_assessments->findData(id);
    if (index >= 0)
        m_assessments->setCurrentIndex(index);
}

std::optional<Evaluation> ReadinessPage::evaluationOf(qint64 assessmentId) const
{
    if (!m_session)
        return std::nullopt;
    for (const ReadinessAssessment &a : m_list) {
        if (a.meta.id != assessmentId)
            continue;
        if (a.isSigned) {
            auto s = ReadinessService::snapshot(a);
            return s ? std::optional<Evaluation>(s.value()) : std::nullopt;
        }
    }
    if (!m_inputs)
        return std::nullopt;
    auto e = ReadinessService(m_session->database(), m_session->actor())
                 .evaluateWith(m_session->programmeId(), assessmentId, *m_inputs, m_inputsAt);
    return e ? std::optional<Evaluation>(e.value()) : std::nullopt;
}

void ReadinessPage::showCurrent()
{
    if (!m_session) {
        display(nullptr);
        return;
    }
    const auto a = currentAssessment();
    if (a && a->isSigned) {
        auto s = ReadinessService::snapshot(*a);
        if (!s) {
            showError(s.error());
            return;
        }
        display(std::make_shared<const Evaluation>(s.value()));
        return;
    }
    if (!m_inputs) {
        gather();
        return;
    }
    auto e = ReadinessService(m_session->database(), m_session->actor())
                 .evaluateWith(m_session->programmeId(), a ? a->meta.id : 0, *m_inputs, m_inputsAt);
    if (!e) {
        showError(e.error());
        return;
    }
    display(std::make_shared<const Evaluation>(e.value()));
}

void ReadinessPage::gather()
{
    const int generation = ++*m_generation;
    m_computing = true;
    m_error.clear();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Computing the evidence (effects, equity, coverage, fidelity, costs, data quality)…"));
    updateButtons();
    const QString path = m_session->database().path();
    const qint64 programmeId = m_session->programmeId();
    const Actor actor = m_session->actor();
    const auto counter = m_generation;
    QPointer<ReadinessPage> guard(this);
    QThreadPool::globalInstance()->start([path, programmeId, actor, counter, generation, guard] {
        Result<Inputs> result = fail(QString());
        {
            auto opened = Database::open(path, Database::Mode::ReadOnly, Database::Check::Skip);
            if (!opened)
                result = fail(opened.error());
            else
                result = ReadinessService(*opened.value(), actor)
                             .gather(programmeId, [counter, generation] { return counter->load() != generation; });
        }
        if (counter->load() != generation)
            return;
        QMetaObject::invokeMethod(
            qApp,
            [guard, counter, generation, result] {
                if (!guard || counter->load() != generation)
                    return;
                guard->m_computing = false;
                if (!result) {
                    guard->showError(result.error());
                    return;
                }
                guard->m_inputs = result.value();
                guard->m_inputsAt = QDateTime::currentDateTimeUtc();
                guard->showCurrent();
            },
            Qt::QueuedConnection);
    });
}

void ReadinessPage::display(std::shared_ptr<const Evaluation> evaluation)
{
    const qint64 selected = m_model->data(m_model->index(m_view->currentIndex().row(), 0), ReadinessModel::CriterionIdRole).toLongLong();
    m_evaluation = evaluation;
    m_error.clear();
    m_model->setEvaluation(evaluation);
    m_radar->setSeries(evaluation ? QList<RadarChart::Series>{RadarChart::seriesOf(m_assessments->currentText(), *evaluation)}
                                  : QList<RadarChart::Series>{});
    if (evaluation && m_model->rowOf(selected) >= 0)
        m_view->selectRow(m_model->rowOf(selected));
    m_view->resizeRowsToContents();
    updateTexts();
    updateButtons();
    emit evaluated();
}

void ReadinessPage::showError(const QString &message)
{
    m_computing = false;
    m_evaluation.reset();
    m_model->setEvaluation(nullptr);
    m_radar->setSeries({});
    m_error = message;
    updateTexts();
    updateButtons();
    emit evaluated();
}

void ReadinessPage::updateButtons()
{
    const auto a = currentAssessment();
    const bool draft = a && !a->isSigned;
    const bool edit = mayEdit();
    m_newButton->setEnabled(edit && m_session);
    const CriterionResult *r = m_model->result(m_view->currentIndex().row());
    m_scoreButton->setEnabled(edit && draft && r && r->criterion.judged() && m_evaluation);
    m_signButton->setEnabled(edit && draft && m_evaluation && m_inputs && !m_computing);
    m_deleteButton->setEnabled(edit && draft);
    m_criteriaButton->setEnabled(m_session);
    int comparable = 0;
    for (const ReadinessAssessment &x : m_list)
        comparable += x.isSigned || m_inputs ? 1 : 0;
    m_compareButton->setEnabled(comparable >= 2);
    m_briefButton->setEnabled(m_session && !m_computing);
}

void ReadinessPage::updateGuidance()
{
    const CriterionResult *r = m_model->result(m_view->currentIndex().row());
    if (!r) {
        m_guidance->setText(m_evaluation ? tr("Select a criterion to see what it asks and how it is scored.") : QString());
        return;
    }
    QString html = QStringLiteral("<b>%1</b> (%2, %3)<br>%4")
                       .arg(r->criterion.name().toHtmlEscaped(), r->criterion.code.toHtmlEscaped(),
                            domainLabel(r->criterion.domain).toHtmlEscaped(), r->criterion.guidance().toHtmlEscaped());
    if (const QString t = thresholdsText(r->criterion); !t.isEmpty())
        html += QStringLiteral("<br>") + tr("Scored %1.").arg(t).toHtmlEscaped();
    if (r->criterion.judged() && mayEdit() && currentAssessment() && !currentAssessment()->isSigned)
        html += QStringLiteral("<br><i>") + tr("Press Enter or double-click to score it.").toHtmlEscaped() + QStringLiteral("</i>");
    m_guidance->setText(html);
}

void ReadinessPage::retranslateUi()
{
    m_assessmentLabel->setText(tr("&Assessment:"));
    m_newButton->setText(tr("&New assessment…"));
    m_scoreButton->setText(tr("S&core…"));
    m_signButton->setText(tr("Sign &off…"));
    m_deleteButton->setText(tr("&Delete draft"));
    m_criteriaButton->setText(mayEdit() ? tr("C&riteria…") : tr("C&riteria"));
    m_compareButton->setText(tr("Com&pare…"));
    m_briefButton->setText(tr("Evidence &brief…"));
    m_verdictTitle->setText(tr("Verdict"));
    m_reasonsTitle->setText(tr("Why"));
    m_missingTitle->setText(tr("Missing evidence"));
    m_model->retranslate();
    // Assessment labels carry the verdict's translated name.
    for (int i = 0; i < m_assessments->count(); ++i) {
        const qint64 id = m_assessments->itemData(i).toLongLong();
        if (id == 0)
            m_assessments->setItemText(i, tr("Evidence preview (no assessment)"));
        for (const ReadinessAssessment &a : std::as_const(m_list)) {
            if (a.meta.id == id)
                m_assessments->setItemText(i, assessmentLabel(a));
        }
    }
    updateTexts();
}

void ReadinessPage::updateTexts()
{
    const auto a = currentAssessment();
    if (!m_error.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(m_error);
    } else if (m_computing) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Computing the evidence (effects, equity, coverage, fidelity, costs, data quality)…"));
    } else if (!m_session) {
        m_status->setText(QString());
    } else if (a && a->isSigned) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Signed off by %1 on %2. This assessment is frozen: it shows the evidence as it was then, "
                             "whatever changed since.")
                              .arg(a->signedByName, QLocale().toString(a->signedAt.toLocalTime(), QLocale::ShortFormat)));
    } else if (a) {
        m_status->setStyleSheet(QString());
        m_status->setText(mayEdit() ? tr("Draft: evidence computed %1 from approved data. Score the judged criteria, "
                                         "then sign off to freeze it.")
                                          .arg(QLocale().toString(m_inputsAt.toLocalTime(), QLocale::ShortFormat))
                                    : tr("Draft: evidence computed %1 from approved data.")
                                          .arg(QLocale().toString(m_inputsAt.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_status->setStyleSheet(QString());
        m_status->setText(mayEdit() ? tr("A preview of the evidence. Start a new assessment to score the judged criteria "
                                         "and sign it off.")
                                    : tr("A preview of the evidence; no assessment has been started."));
    }

    if (m_evaluation) {
        m_verdict->setText(QStringLiteral("<span style=\"font-size: 16pt; font-weight: 600; color: %1;\">%2</span>")
                               .arg(verdictColour(m_evaluation->verdict), Readiness::verdictLabel(m_evaluation->verdict).toHtmlEscaped()));
        m_reasons->setText(bullets(m_evaluation->reasons));
        m_missing->setText(m_evaluation->missing.isEmpty() ? tr("None: every criterion has a score.")
                                                           : bullets(m_evaluation->missing));
    } else {
        m_verdict->setText(m_session && m_computing ? tr("Computing…") : QString());
        m_reasons->clear();
        m_missing->clear();
    }
    m_missingTitle->setVisible(m_evaluation != nullptr);
    m_reasonsTitle->setVisible(m_evaluation != nullptr);
    updateGuidance();
}

void ReadinessPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

Result<ReadinessAssessment> ReadinessPage::newAssessment(const QString &title)
{
    if (!m_session)
        return fail(tr("No database is open."));
    auto created = ReadinessService(m_session->database(), m_session->actor()).createAssessment(m_session->programmeId(), title);
    if (created) {
        reload(created->meta.id);
        m_session->notify(Session::Entity::Readiness);
    }
    return created;
}

QString ReadinessPage::judge(qint64 criterionId, int score, const QString &justification)
{
    const auto a = currentAssessment();
    if (!m_session || !a)
        return tr("Start an assessment before scoring criteria.");
    auto judged = ReadinessService(m_session->database(), m_session->actor()).judge(*a, criterionId, score, justification);
    if (!judged) {
        reload(); // it may have been changed or signed elsewhere
        return judged.error();
    }
    reload(a->meta.id);
    return {};
}

Result<ReadinessAssessment> ReadinessPage::signOff()
{
    const auto a = currentAssessment();
    if (!m_session || !a || !m_inputs)
        return fail(tr("There is no draft assessment with its evidence to sign off."));
    ReadinessService service(m_session->database(), m_session->actor());
    if (!service.isCurrent(*m_inputs)) {
        // Another program wrote since the evidence was gathered: gather it again first.
        m_inputs.reset();
        reload(a->meta.id);
        return fail(tr("The data changed since the evidence was computed; the evidence is computed again. Look at it, "
                       "then sign off."));
    }
    auto done = service.signOff(*a, *m_inputs, m_inputsAt);
    reload(a->meta.id);
    if (done)
        m_session->notify(Session::Entity::Readiness);
    return done;
}

void ReadinessPage::askNewAssessment()
{
    bool ok = false;
    const QString suggested = tr("Assessment of %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    const QString title = QInputDialog::getText(this, tr("New assessment"), tr("&Title of the assessment:"), QLineEdit::Normal,
                                                suggested, &ok);
    if (!ok)
        return;
    if (auto created = newAssessment(title); !created)
        QMessageBox::warning(this, tr("New assessment"), created.error());
}

void ReadinessPage::askScore()
{
    const CriterionResult *r = m_model->result(m_view->currentIndex().row());
    const auto a = currentAssessment();
    if (!r || !r->criterion.judged() || !a || a->isSigned || !mayEdit())
        return;
    const qint64 id = r->criterion.meta.id;
    JudgementDialog dialog(r->criterion, a->judgement(id),
                           [this, id](int score, const QString &text) { return judge(id, score, text); }, this);
    dialog.exec();
}

void ReadinessPage::askSignOff()
{
    const auto a = currentAssessment();
    if (!a || !m_evaluation)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Sign off"),
        tr("Sign off \"%1\" with the verdict \"%2\"?\n\nThe assessment, its scores and the evidence as computed now are "
           "frozen and can never be changed; later data changes need a new assessment.")
            .arg(a->title, Readiness::verdictLabel(m_evaluation->verdict)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto done = signOff(); !done)
        QMessageBox::warning(this, tr("Sign off"), done.error());
}

void ReadinessPage::askDelete()
{
    const auto a = currentAssessment();
    if (!a || a->isSigned || !m_session)
        return;
    if (QMessageBox::question(this, tr("Delete draft"), tr("Delete the draft assessment \"%1\" and its scores?").arg(a->title),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    auto removed = ReadinessService(m_session->database(), m_session->actor()).remove(*a);
    if (!removed)
        QMessageBox::warning(this, tr("Delete draft"), removed.error());
    reload(0);
    m_session->notify(Session::Entity::Readiness);
}

void ReadinessPage::editCriteria()
{
    if (!m_session)
        return;
    CriteriaDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ReadinessPage::compare()
{
    QList<CompareDialog::Choice> choices;
    for (const ReadinessAssessment &a : std::as_const(m_list)) {
        if (a.isSigned || m_inputs)
            choices.append({a.meta.id, assessmentLabel(a)});
    }
    if (choices.size() < 2)
        return;
    CompareDialog dialog(choices, [this](qint64 id) { return evaluationOf(id); }, this);
    dialog.exec();
}

Result<void> ReadinessPage::writeBrief(const QString &language, const QString &path)
{
    if (!m_session)
        return fail(tr("No database is open."));
    EvidenceBrief::Options options;
    options.programmeId = m_session->programmeId();
    options.assessmentId = m_assessments->currentData().toLongLong();
    options.language = language;
    options.path = path;

    QProgressDialog progress(tr("Gathering the evidence for the brief…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto percent = std::make_shared<std::atomic<int>>(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<bool>>(false);
    auto result = std::make_shared<Result<EvidenceBrief::Data>>(fail(QString()));
    const QString databasePath = m_session->database().path();
    const Actor actor = m_session->actor();
    QEventLoop loop;
    QThreadPool::globalInstance()->start([=, &loop] {
        {
            auto opened = Database::open(databasePath, Database::Mode::ReadOnly, Database::Check::Skip);
            if (!opened)
                *result = fail(opened.error());
            else
                *result = EvidenceBrief::gather(*opened.value(), actor, options, [cancelled] { return cancelled->load(); },
                                                [percent](int p) { percent->store(p); });
        }
        // Quit first: once done is set, this page may return and destroy the loop.
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
        done->store(true);
    });
    QTimer timer;
    connect(&timer, &QTimer::timeout, &progress, [&] {
        progress.setValue(std::clamp(percent->load(), 0, 99));
        if (progress.wasCanceled())
            cancelled->store(true);
    });
    timer.start(100);
    if (!done->load())
        loop.exec();
    // The worker posts the quit just before it is done, and the loop may also end because the
    // application is quitting: the worker owns the result until it says it is done.
    while (!done->load())
        QThread::msleep(5);
    timer.stop();
    if (progress.wasCanceled())
        return fail(QString()); // cancelled by the user: nothing to say
    if (!*result)
        return fail(result->error());
    progress.setLabelText(tr("Writing the brief…"));
    progress.setValue(99);
    auto written = EvidenceBrief::write(result->value(), options);
    progress.setValue(100);
    return written;
}

void ReadinessPage::askBrief()
{
    if (!m_session)
        return;
    const QStringList languages = {QStringLiteral("简体中文"), QStringLiteral("English")};
    const bool chinese = LanguageManager::instance()->language() == QLatin1StringView("zh_CN");
    bool ok = false;
    const QString language = QInputDialog::getItem(this, tr("Evidence brief"), tr("&Language of the brief:"), languages,
                                                   chinese ? 0 : 1, false, &ok);
    if (!ok)
        return;
    const QString code = language == languages.first() ? QStringLiteral("zh_CN") : QStringLiteral("en");
    const auto programme = m_session->programme();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("%1-readiness-%2.pdf")
                                                .arg(programme ? programme->code : QStringLiteral("programme"),
                                                     code == QLatin1StringView("zh_CN") ? QStringLiteral("zh") : QStringLiteral("en")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the evidence brief"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = writeBrief(code, path);
    if (!written) {
        if (!written.error().isEmpty())
            QMessageBox::warning(this, tr("Evidence brief"), written.error());
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Evidence brief"), tr("The evidence brief was written to %1.").arg(path),
                    QMessageBox::Ok, this);
    QPushButton *open = box.addButton(tr("&Open it"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}
