#include "monitoringpage.h"

#include "services/monitoringservice.h"
#include "services/permissions.h"
#include "services/setupservice.h"
#include "services/userservice.h"
#include "shell/session.h"
#include "shell/widgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum ScoreColumn { ScoreItem, ScoreValue, ScoreNote };
enum ActionColumn { ActionDescription, ActionOwner, ActionDue, ActionStatusColumn };

QString percent(const std::optional<double> &share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 0) + QStringLiteral(" %") : QStringLiteral("–");
}
} // namespace

MonitoringPage::MonitoringPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("monitoringPage"));
    m_tabs = namedChild<QTabWidget>(this, "tabs");

    // Visits.
    auto *visitsTab = new QWidget(this);
    m_siteLabel = new QLabel(this);
    m_site = namedChild<QComboBox>(this, "visitSite");
    m_visits = namedChild<QListWidget>(this, "visits");
    m_visitsEmpty = namedChild<QLabel>(this, "visitsEmpty");
    m_visitsEmpty->setWordWrap(true);
    m_visitsEmpty->setAlignment(Qt::AlignCenter);
    m_newVisit = namedChild<QPushButton>(this, "newVisit");
    m_deleteVisit = namedChild<QPushButton>(this, "deleteVisit");
    m_dateLabel = new QLabel(this);
    m_date = namedChild<QDateEdit>(this, "visitDate");
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_fidelity = namedChild<QLabel>(this, "fidelity");
    m_scores = namedChild<QTableWidget>(this, "scores");
    m_scores->setColumnCount(3);
    m_scores->verticalHeader()->hide();
    m_scores->horizontalHeader()->setSectionResizeMode(ScoreItem, QHeaderView::ResizeToContents);
    m_scores->horizontalHeader()->setStretchLastSection(true);
    m_narrativeLabel = new QLabel(this);
    m_narrative = namedChild<QPlainTextEdit>(this, "narrative");
    m_narrative->setTabChangesFocus(true);
    m_actionsLabel = new QLabel(this);
    m_actions = namedChild<QTableWidget>(this, "actions");
    m_actions->setColumnCount(4);
    m_actions->verticalHeader()->hide();
    m_actions->horizontalHeader()->setSectionResizeMode(ActionDescription, QHeaderView::Stretch);
    m_addAction = namedChild<QPushButton>(this, "addAction");
    m_saveVisit = namedChild<QPushButton>(this, "saveVisit");
    m_visitError = namedChild<ErrorLabel>(this, "visitError");

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *siteRow = new QHBoxLayout;
    siteRow->addWidget(m_siteLabel);
    siteRow->addWidget(m_site, 1);
    leftLayout->addLayout(siteRow);
    leftLayout->addWidget(m_visits, 1);
    leftLayout->addWidget(m_visitsEmpty, 1);
    auto *visitButtons = new QHBoxLayout;
    visitButtons->addWidget(m_newVisit);
    visitButtons->addWidget(m_deleteVisit);
    leftLayout->addLayout(visitButtons);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateLabel);
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);
    dateRow->addWidget(m_fidelity);
    rightLayout->addLayout(dateRow);
    rightLayout->addWidget(m_scores, 2);
    rightLayout->addWidget(m_narrativeLabel);
    rightLayout->addWidget(m_narrative, 1);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_actionsLabel, 1);
    actionRow->addWidget(m_addAction);
    rightLayout->addLayout(actionRow);
    rightLayout->addWidget(m_actions, 1);
    rightLayout->addWidget(m_visitError);
    rightLayout->addWidget(m_saveVisit, 0, Qt::AlignRight);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 1000});
    left->setMinimumWidth(340);
    auto *visitsLayout = new QVBoxLayout(visitsTab);
    visitsLayout->addWidget(splitter);

    // Open actions.
    auto *actionsTab = new QWidget(this);
    m_openActions = namedChild<QTableView>(this, "openActions");
    m_openModel = new QStandardItemModel(this);
    m_openActions->setModel(m_openModel);
    m_openActions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_openActions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_openActions->verticalHeader()->hide();
    m_openActions->horizontalHeader()->setStretchLastSection(true);
    m_markDone = namedChild<QPushButton>(this, "markDone");
    auto *actionsLayout = new QVBoxLayout(actionsTab);
    actionsLayout->addWidget(m_openActions, 1);
    actionsLayout->addWidget(m_markDone, 0, Qt::AlignRight);

    // Costs.
    auto *costsTab = new QWidget(this);
    m_costs = namedChild<QTableView>(this, "costs");
    m_costModel = new QStandardItemModel(this);
    m_costs->setModel(m_costModel);
    m_costs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_costs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_costs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_costs->verticalHeader()->hide();
    m_costSummary = namedChild<QLabel>(this, "costSummary");
    m_costSummary->setWordWrap(true);
    m_costSiteLabel = new QLabel(this);
    m_costSite = namedChild<QComboBox>(this, "costSite");
    m_yearLabel = new QLabel(this);
    m_year = namedChild<QSpinBox>(this, "year");
    m_year->setRange(2000, QDate::currentDate().year());
    m_year->setValue(QDate::currentDate().year());
    m_spendingLabel = new QLabel(this);
    m_spending = namedChild<NumberEdit>(this, "spending");
    m_contributionLabel = new QLabel(this);
    m_contribution = namedChild<NumberEdit>(this, "contribution");
    m_beneficiariesLabel = new QLabel(this);
    m_beneficiaries = namedChild<QSpinBox>(this, "beneficiaries");
    m_beneficiaries->setRange(0, 100000000);
    m_noteLabel = new QLabel(this);
    m_note = namedChild<QPlainTextEdit>(this, "costNote");
    m_note->setMaximumHeight(60);
    m_note->setTabChangesFocus(true);
    m_newCost = namedChild<QPushButton>(this, "newCost");
    m_saveCost = namedChild<QPushButton>(this, "saveCost");
    m_deleteCost = namedChild<QPushButton>(this, "deleteCost");
    m_costError = namedChild<ErrorLabel>(this, "costError");
    auto *costForm = new QFormLayout;
    costForm->addRow(m_costSiteLabel, m_costSite);
    costForm->addRow(m_yearLabel, m_year);
    costForm->addRow(m_spendingLabel, m_spending);
    costForm->addRow(m_contributionLabel, m_contribution);
    costForm->addRow(m_beneficiariesLabel, m_beneficiaries);
    costForm->addRow(m_noteLabel, m_note);
    auto *costButtons = new QHBoxLayout;
    costButtons->addStretch(1);
    costButtons->addWidget(m_newCost);
    costButtons->addWidget(m_deleteCost);
    costButtons->addWidget(m_saveCost);
    auto *costsLayout = new QVBoxLayout(costsTab);
    costsLayout->addWidget(m_costs, 1);
    costsLayout->addWidget(m_costSummary);
    costsLayout->addLayout(costForm);
    costsLayout->addWidget(m_costError);
    costsLayout->addLayout(costButtons);

    m_tabs->addTab(visitsTab, QString());
    m_tabs->addTab(actionsTab, QString());
    m_tabs->addTab(costsTab, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_site, &QComboBox::activated, this, [this] {
        if (!leaveVisit()) {
            const QSignalBlocker blocker(m_site);
            m_site->setCurrentIndex(std::max(0, m_site->findData(m_visit ? m_visit->siteId : 0)));
            return;
        }
        reloadVisits();
    });
    connect(m_visits, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_session || row < 0)
            return;
        const qint64 id = m_visits->item(row)->data(Qt::UserRole).toLongLong();
        if (m_visit && m_visit->meta.id == id)
            return;
        if (!leaveVisit()) {
            // Refused: stay on the visit being edited, with what was typed.
            const QSignalBlocker blocker(m_visits);
            m_visits->setCurrentRow(-1);
            for (int r = 0; r < m_visits->count(); ++r)
                if (m_visit && m_visits->item(r)->data(Qt::UserRole).toLongLong() == m_visit->meta.id)
                    m_visits->setCurrentRow(r);
            return;
        }
        showVisit(VisitService(m_session->database(), m_session->actor()).visit(id));
    });
    connect(m_newVisit, &QPushButton::clicked, this, [this] {
        if (leaveVisit())
            newVisit();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &MonitoringPage::markVisitDirty);
    connect(m_narrative, &QPlainTextEdit::textChanged, this, &MonitoringPage::markVisitDirty);
    connect(m_scores, &QTableWidget::itemChanged, this, &MonitoringPage::markVisitDirty);
    connect(m_actions, &QTableWidget::itemChanged, this, &MonitoringPage::markVisitDirty);
    connect(m_costSite, &QComboBox::activated, this, &MonitoringPage::markCostDirty);
    connect(m_year, &QSpinBox::valueChanged, this, &MonitoringPage::markCostDirty);
    connect(m_spending, &QLineEdit::textEdited, this, &MonitoringPage::markCostDirty);
    connect(m_contribution, &QLineEdit::textEdited, this, &MonitoringPage::markCostDirty);
    connect(m_beneficiaries, &QSpinBox::valueChanged, this, &MonitoringPage::markCostDirty);
    connect(m_note, &QPlainTextEdit::textChanged, this, &MonitoringPage::markCostDirty);
    connect(m_saveVisit, &QPushButton::clicked, this, &MonitoringPage::saveVisit);
    connect(m_deleteVisit, &QPushButton::clicked, this, [this] {
        if (!m_session || !m_visit || m_visit->meta.id == 0)
            return;
        auto removed = VisitService(m_session->database(), m_session->actor()).remove(*m_visit);
        if (!removed) {
            m_visitError->showError(removed.error());
            return;
        }
        m_session->notify(Session::Entity::Visit);
    });
    connect(m_addAction, &QPushButton::clicked, this, [this] {
        markVisitDirty();
        VisitAction a;
        a.dueDate = QDate::currentDate().addDays(30);
        addActionRow(a);
        m_actions->setCurrentCell(m_actions->rowCount() - 1, ActionDescription);
        m_actions->editItem(m_actions->item(m_actions->rowCount() - 1, ActionDescription));
    });
    connect(m_markDone, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        const QModelIndexList rows = m_openActions->selectionModel()->selectedRows();
        VisitService visits(m_session->database(), m_session->actor());
        for (const QModelIndex &index : rows) {
            const qint64 actionId = index.data(Qt::UserRole).toLongLong();
            const qint64 visitId = index.data(Qt::UserRole + 1).toLongLong();
            for (VisitAction action : visits.actions(visitId)) {
                if (action.meta.id != actionId)
                    continue;
                action.status = ActionStatus::Done;
                if (auto updated = visits.update(action); !updated) {
                    m_visitError->showError(updated.error());
                    m_tabs->setCurrentIndex(0);
                }
            }
        }
        m_session->notify(Session::Entity::Visit);
    });
    connect(m_costs->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.row() >= 0 && current.row() < m_costList.size() && m_cost &&
                    m_costList.at(current.row()).meta.id == m_cost->meta.id)
                    return;
                if (!leaveCost()) {
                    const QSignalBlocker blocker(m_costs->selectionModel());
                    m_costs->clearSelection();
                    for (int r = 0; r < m_costList.size(); ++r)
                        if (m_cost && m_costList.at(r).meta.id == m_cost->meta.id && m_cost->meta.id != 0)
                            m_costs->setCurrentIndex(m_costModel->index(r, 0));
                    return;
                }
                showCost(current.row());
            });
    connect(m_newCost, &QPushButton::clicked, this, [this] {
        if (leaveCost())
            showCost(-1);
    });
    connect(m_saveCost, &QPushButton::clicked, this, &MonitoringPage::saveCost);
    connect(m_deleteCost, &QPushButton::clicked, this, [this] {
        if (!m_session || !m_cost || m_cost->meta.id == 0)
            return;
        auto removed = CostService(m_session->database(), m_session->actor()).remove(*m_cost);
        if (!removed) {
            m_costError->showError(removed.error());
            return;
        }
        m_session->notify(Session::Entity::Cost);
    });
    retranslateUi();
}

bool MonitoringPage::mayEdit() const
{
    return m_session && m_session->actor().role != Role::Viewer;
}

void MonitoringPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::changed, this, [this](Session::Entity e) {
            // What is being typed stays; only the lists follow the change.
            if (e == Session::Entity::Visit || e == Session::Entity::Setup) {
                reloadVisits(m_visitDirty);
                reloadActions();
            } else if (e == Session::Entity::Cost) {
                reloadCosts(m_costDirty);
            } else if (e == Session::Entity::Site || e == Session::Entity::User) {
                reloadSites();
                reloadVisits(m_visitDirty);
                reloadActions();
                reloadCosts(m_costDirty);
            }
        });
        connect(m_session, &Session::programmeChanged, this, [this] {
            reloadSites();
            reloadVisits();
            reloadActions();
            reloadCosts();
        });
    }
    reloadSites();
    reloadVisits();
    reloadActions();
    reloadCosts();
}

void MonitoringPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Visits"));
    m_tabs->setTabText(1, tr("Open actions"));
    m_tabs->setTabText(2, tr("Costs"));
    m_siteLabel->setText(tr("Site:"));
    m_newVisit->setText(tr("New visit"));
    m_deleteVisit->setText(tr("Delete visit"));
    m_dateLabel->setText(tr("Date of the visit:"));
    m_scores->setHorizontalHeaderLabels({tr("Component of the model"), tr("Score (0–3)"), tr("Note")});
    m_narrativeLabel->setText(tr("What the visit found:"));
    m_actionsLabel->setText(tr("Action items:"));
    m_actions->setHorizontalHeaderLabels({tr("Action"), tr("Owner"), tr("Due"), tr("Status")});
    m_addAction->setText(tr("Add action"));
    m_saveVisit->setText(tr("Save visit"));
    m_markDone->setText(tr("Mark as done"));
    m_costSiteLabel->setText(tr("Site:"));
    m_yearLabel->setText(tr("Year:"));
    m_spendingLabel->setText(tr("Programme spending (yuan):"));
    m_contributionLabel->setText(tr("Government contribution (yuan):"));
    m_beneficiariesLabel->setText(tr("Beneficiaries reached:"));
    m_noteLabel->setText(tr("Note:"));
    m_newCost->setText(tr("New entry"));
    m_saveCost->setText(tr("Save costs"));
    m_deleteCost->setText(tr("Delete"));
    for (int r = 0; r < m_actions->rowCount(); ++r) {
        if (auto *combo = qobject_cast<QComboBox *>(m_actions->cellWidget(r, ActionStatusColumn)))
            fillVocabularyCombo<ActionStatus>(combo);
    }
    reloadSites();
    {
        // Renaming the components in the other language is no edit of the visit.
        const QSignalBlocker quiet(m_scores);
        for (int r = 0; r < m_scores->rowCount() && r < m_checklist.size(); ++r) {
            if (auto *item = m_scores->item(r, ScoreItem))
                item->setText(m_checklist.at(r).name());
        }
    }
    m_scores->resizeColumnToContents(ScoreItem);
    m_visitsEmpty->setText(tr("No visits recorded for this site yet. Use “New visit” to record one."));
    if (m_visit)
        m_fidelity->setText(tr("Fidelity: %1").arg(percent(m_visit->fidelity())));
    // The editors keep what is typed in them: only the lists are rebuilt.
    reloadVisits(/*keepEditor=*/true);
    reloadActions();
    reloadCosts(/*keepEditor=*/true);
}

void MonitoringPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MonitoringPage::reloadSites()
{
    for (QComboBox *combo : {m_site, m_costSite}) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (m_session) {
            for (const Site &s : m_session->sites().sites(m_session->programmeId())) {
                // Officers see and record their own sites; managers, administrators and viewers all.
                if (m_session->actor().role == Role::FieldOfficer &&
                    !Permissions::maySite(m_session->database(), m_session->actor(), s.meta.id))
                    continue;
                combo->addItem(s.code + QStringLiteral(" — ") + s.name(), s.meta.id);
            }
        }
        const int index = combo->findData(current);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    }
    m_checklist = m_session ? SetupService(m_session->database(), m_session->actor()).checklist(m_session->programmeId())
                            : QList<ChecklistItem>();
}

void MonitoringPage::reloadVisits(bool keepEditor)
{
    const qint64 shown = m_visit ? m_visit->meta.id : 0;
    const QSignalBlocker blocker(m_visits);
    m_visits->clear();
    const qint64 siteId = m_site->currentData().toLongLong();
    if (!m_session || siteId == 0) {
        m_visits->setVisible(false);
        m_visitsEmpty->setVisible(true);
        showVisit(std::nullopt);
        return;
    }
    const QLocale locale;
    QHash<qint64, QString> names;
    for (const User &u : UserService(m_session->database(), Actor::system()).users())
        names.insert(u.meta.id, u.fullName.isEmpty() ? u.username : u.fullName);
    int select = -1;
    for (const Visit &v : VisitService(m_session->database(), m_session->actor()).visits(siteId)) {
        auto *item = new QListWidgetItem(tr("%1 · %2 · fidelity %3")
                                             .arg(locale.toString(v.date, QLocale::ShortFormat), names.value(v.officerId),
                                                  percent(v.fidelity())),
                                         m_visits);
        item->setData(Qt::UserRole, v.meta.id);
        if (v.meta.id == shown)
            select = m_visits->count() - 1;
    }
    m_visits->setVisible(m_visits->count() > 0);
    m_visitsEmpty->setVisible(m_visits->count() == 0);
    if (keepEditor) {
        if (select >= 0)
            m_visits->setCurrentRow(select);
        return;
    }
    if (select < 0 && m_visits->count() > 0 && !(m_visit && m_visit->meta.id == 0))
        select = 0;
    if (select >= 0) {
        m_visits->setCurrentRow(select);
        showVisit(VisitService(m_session->database(), m_session->actor()).visit(m_visits->item(select)->data(Qt::UserRole).toLongLong()));
    } else if (!(m_visit && m_visit->meta.id == 0 && m_visit->siteId == siteId)) {
        showVisit(std::nullopt);
    }
}

void MonitoringPage::newVisit()
{
    if (!m_session || m_site->currentData().toLongLong() == 0)
        return;
    Visit v;
    v.siteId = m_site->currentData().toLongLong();
    v.date = QDate::currentDate();
    v.officerId = m_session->actor().userId;
    m_visits->clearSelection();
    showVisit(v);
    m_date->setFocus();
}

void MonitoringPage::showVisit(const std::optional<Visit> &visit)
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_visitDirty = false;
    m_visit = visit;
    m_visitError->showError(QString());
    const bool editable = visit && mayEdit() &&
                          Permissions::maySite(m_session->database(), m_session->actor(), visit->siteId);
    for (QWidget *w : std::initializer_list<QWidget *>{m_date, m_scores, m_narrative, m_actions, m_addAction, m_saveVisit})
        w->setEnabled(editable);
    m_deleteVisit->setEnabled(editable && visit->meta.id > 0);
    m_newVisit->setEnabled(mayEdit() && m_site->count() > 0);
    m_date->setDate(visit ? visit->date : QDate::currentDate());
    m_narrative->setPlainText(visit ? visit->narrative : QString());
    m_fidelity->setText(visit ? tr("Fidelity: %1").arg(percent(visit->fidelity())) : QString());
    m_scores->setRowCount(int(m_checklist.size()));
    for (int r = 0; r < m_checklist.size(); ++r) {
        const ChecklistItem &item = m_checklist.at(r);
        auto *name = new QTableWidgetItem(item.name());
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, item.meta.id);
        m_scores->setItem(r, ScoreItem, name);
        VisitScore score{item.meta.id, -1, QString()};
        if (visit) {
            for (const VisitScore &s : visit->scores) {
                if (s.itemId == item.meta.id)
                    score = s;
            }
        }
        auto *spin = new QSpinBox(m_scores);
        spin->setObjectName(QStringLiteral("score_") + item.code);
        spin->setRange(-1, 3);
        spin->setSpecialValueText(QStringLiteral("–")); // not scored
        spin->setValue(score.score);
        connect(spin, &QSpinBox::valueChanged, this, &MonitoringPage::markVisitDirty);
        m_scores->setCellWidget(r, ScoreValue, spin);
        m_scores->setItem(r, ScoreNote, new QTableWidgetItem(score.note));
    }
    m_scores->resizeColumnToContents(ScoreItem);
    m_actions->setRowCount(0);
    if (visit && visit->meta.id > 0) {
        for (const VisitAction &a : VisitService(m_session->database(), m_session->actor()).actions(visit->meta.id))
            addActionRow(a);
    }
}

void MonitoringPage::addActionRow(const VisitAction &action)
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    const int r = m_actions->rowCount();
    m_actions->insertRow(r);
    auto *description = new QTableWidgetItem(action.description);
    description->setData(Qt::UserRole, action.meta.id);
    m_actions->setItem(r, ActionDescription, description);
    m_actions->setItem(r, ActionOwner, new QTableWidgetItem(action.owner));
    auto *due = new QDateEdit(m_actions);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    due->setCalendarPopup(true);
    due->setDate(action.dueDate.isValid() ? action.dueDate : QDate::currentDate().addDays(30));
    connect(due, &QDateEdit::dateChanged, this, &MonitoringPage::markVisitDirty);
    m_actions->setCellWidget(r, ActionDue, due);
    auto *status = new QComboBox(m_actions);
    fillVocabularyCombo<ActionStatus>(status);
    setVocabularyValue(status, action.status);
    connect(status, &QComboBox::activated, this, &MonitoringPage::markVisitDirty);
    m_actions->setCellWidget(r, ActionStatusColumn, status);
}

bool MonitoringPage::saveVisit()
{
    if (!m_session || !m_visit)
        return false;
    Visit v = *m_visit;
    v.date = m_date->date();
    v.narrative = m_narrative->toPlainText().trimmed();
    v.scores.clear();
    for (int r = 0; r < m_scores->rowCount(); ++r) {
        const auto *spin = qobject_cast<QSpinBox *>(m_scores->cellWidget(r, ScoreValue));
        if (!spin || spin->value() < 0)
            continue;
        const QTableWidgetItem *note = m_scores->item(r, ScoreNote);
        v.scores.append(VisitScore{m_scores->item(r, ScoreItem)->data(Qt::UserRole).toLongLong(), spin->value(),
                                   note ? note->text().trimmed() : QString()});
    }
    VisitService visits(m_session->database(), m_session->actor());
    // The visit and its action items are saved together: all or nothing.
    auto saved = m_session->database().transaction([&]() -> Result<Visit> {
        auto written = v.meta.id == 0 ? visits.create(v) : visits.update(v);
        if (!written)
            return written;
        const QList<VisitAction> stored = v.meta.id == 0 ? QList<VisitAction>() : visits.actions(v.meta.id);
        for (int r = 0; r < m_actions->rowCount(); ++r) {
            VisitAction a;
            const qint64 id = m_actions->item(r, ActionDescription)->data(Qt::UserRole).toLongLong();
            for (const VisitAction &s : stored) {
                if (s.meta.id == id)
                    a = s;
            }
            a.visitId = written.value().meta.id;
            a.description = m_actions->item(r, ActionDescription)->text().trimmed();
            a.owner = m_actions->item(r, ActionOwner) ? m_actions->item(r, ActionOwner)->text().trimmed() : QString();
            a.dueDate = qobject_cast<QDateEdit *>(m_actions->cellWidget(r, ActionDue))->date();
            a.status = vocabularyValue<ActionStatus>(qobject_cast<QComboBox *>(m_actions->cellWidget(r, ActionStatusColumn)));
            if (a.meta.id == 0 && a.description.isEmpty())
                continue; // an empty new row is no action
            auto action = a.meta.id == 0 ? visits.create(a) : visits.update(a);
            if (!action)
                return fail(tr("Action item %1: %2").arg(r + 1).arg(action.error()));
        }
        return written;
    });
    if (!saved) {
        m_visitError->showError(saved.error());
        return false;
    }
    m_visit = saved.value();
    m_visitDirty = false;
    m_session->notify(Session::Entity::Visit);
    return true;
}

void MonitoringPage::reloadActions()
{
    m_openModel->clear();
    m_openModel->setHorizontalHeaderLabels({tr("Site"), tr("Visit"), tr("Action"), tr("Owner"), tr("Due")});
    m_markDone->setEnabled(mayEdit());
    if (!m_session)
        return;
    const QLocale locale;
    const QDate today = QDate::currentDate();
    for (const auto &open : VisitService(m_session->database(), m_session->actor()).openActions(m_session->programmeId())) {
        QList<QStandardItem *> row;
        row << new QStandardItem(open.siteCode + QStringLiteral(" ") + open.siteName)
            << new QStandardItem(locale.toString(open.visit.date, QLocale::ShortFormat))
            << new QStandardItem(open.action.description) << new QStandardItem(open.action.owner)
            << new QStandardItem(open.action.dueDate.isValid() ? locale.toString(open.action.dueDate, QLocale::ShortFormat)
                                                               : QString());
        if (open.action.dueDate.isValid() && open.action.dueDate < today)
            row.last()->setForeground(QColor(0xb0, 0x00, 0x20)); // overdue
        row.first()->setData(open.action.meta.id, Qt::UserRole);
        row.first()->setData(open.action.visitId, Qt::UserRole + 1);
        m_openModel->appendRow(row);
    }
    m_openActions->resizeColumnsToContents();
}

void MonitoringPage::reloadCosts(bool keepEditor)
{
    const qint64 shown = m_cost ? m_cost->meta.id : 0;
    m_costModel->clear();
    m_costModel->setHorizontalHeaderLabels({tr("Site"), tr("Year"), tr("Programme spending"), tr("Government contribution"),
                                            tr("Beneficiaries"), tr("Cost per beneficiary"), tr("Government share")});
    m_costList = m_session ? CostService(m_session->database(), m_session->actor()).costs(m_session->programmeId())
                           : QList<Cost>();
    QHash<qint64, QString> codes;
    if (m_session) {
        for (const Site &s : m_session->sites().sites(m_session->programmeId()))
            codes.insert(s.meta.id, s.code + QStringLiteral(" ") + s.name());
    }
    const QLocale locale;
    int select = -1;
    for (const Cost &c : m_costList) {
        QList<QStandardItem *> row;
        row << new QStandardItem(codes.value(c.siteId)) << new QStandardItem(QString::number(c.year))
            << new QStandardItem(locale.toString(c.programmeSpending, 'f', 0))
            << new QStandardItem(locale.toString(c.governmentContribution, 'f', 0))
            << new QStandardItem(locale.toString(c.beneficiaries))
            << new QStandardItem(c.costPerBeneficiary() ? locale.toString(*c.costPerBeneficiary(), 'f', 1) : QStringLiteral("–"))
            << new QStandardItem(percent(c.governmentShare()));
        for (int i = 1; i < row.size(); ++i)
            row.at(i)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_costModel->appendRow(row);
        if (c.meta.id == shown)
            select = m_costModel->rowCount() - 1;
    }
    m_costs->resizeColumnsToContents();
    // All sites together, per year: the ratio of the sums, not the mean of the sites' ratios.
    QMap<int, Cost> years;
    for (const Cost &c : m_costList) {
        Cost &y = years[c.year];
        y.year = c.year;
        y.programmeSpending += c.programmeSpending;
        y.governmentContribution += c.governmentContribution;
        y.beneficiaries += c.beneficiaries;
    }
    QStringList summary;
    const QList<Cost> perYear = years.values();
    for (auto it = perYear.crbegin(); it != perYear.crend(); ++it) {
        const Cost &y = *it;
        summary.append(tr("%1: %2 yuan per beneficiary, government share %3")
                           .arg(QString::number(y.year),
                                y.costPerBeneficiary() ? locale.toString(*y.costPerBeneficiary(), 'f', 1) : QStringLiteral("–"),
                                percent(y.governmentShare())));
    }
    m_costSummary->setText(summary.isEmpty() ? tr("No costs recorded yet.")
                                             : tr("All sites — %1").arg(summary.join(QStringLiteral("; "))));
    if (keepEditor) {
        const QSignalBlocker blocker(m_costs->selectionModel());
        if (select >= 0)
            m_costs->setCurrentIndex(m_costModel->index(select, 0));
        updateCostButtons();
        return;
    }
    if (select >= 0)
        m_costs->setCurrentIndex(m_costModel->index(select, 0));
    else if (!(m_cost && m_cost->meta.id == 0))
        showCost(-1);
    updateCostButtons();
}

void MonitoringPage::showCost(int row)
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    m_costDirty = false;
    m_costError->showError(QString());
    if (row >= 0 && row < m_costList.size()) {
        m_cost = m_costList.at(row);
    } else {
        Cost c;
        c.siteId = m_costSite->currentData().toLongLong();
        c.year = QDate::currentDate().year() - 1;
        m_cost = c;
    }
    const Cost &c = *m_cost;
    m_costSite->setCurrentIndex(std::max(0, m_costSite->findData(c.siteId)));
    m_year->setValue(c.year);
    m_spending->setNumber(c.meta.id ? std::optional<double>(c.programmeSpending) : std::nullopt);
    m_contribution->setNumber(c.meta.id ? std::optional<double>(c.governmentContribution) : std::nullopt);
    m_beneficiaries->setValue(int(c.beneficiaries));
    m_note->setPlainText(c.note);
    updateCostButtons();
}

void MonitoringPage::updateCostButtons()
{
    const bool editable = mayEdit() && m_costSite->count() > 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_costSite, m_year, m_spending, m_contribution, m_beneficiaries,
                                                       m_note, m_saveCost, m_newCost})
        w->setEnabled(editable);
    m_deleteCost->setEnabled(editable && m_cost && m_cost->meta.id > 0);
}

bool MonitoringPage::saveCost()
{
    if (!m_session || !m_cost)
        return false;
    Cost c = *m_cost;
    c.siteId = m_costSite->currentData().toLongLong();
    c.year = m_year->value();
    bool ok = true;
    const auto spending = m_spending->number(&ok);
    if (!ok) {
        m_costError->showError(tr("The programme spending \"%1\" is not a number.").arg(m_spending->text()));
        return false;
    }
    const auto contribution = m_contribution->number(&ok);
    if (!ok) {
        m_costError->showError(tr("The government contribution \"%1\" is not a number.").arg(m_contribution->text()));
        return false;
    }
    c.programmeSpending = spending.value_or(0);
    c.governmentContribution = contribution.value_or(0);
    c.beneficiaries = m_beneficiaries->value();
    c.note = m_note->toPlainText().trimmed();
    CostService costs(m_session->database(), m_session->actor());
    auto saved = c.meta.id == 0 ? costs.create(c) : costs.update(c);
    if (!saved) {
        m_costError->showError(saved.error());
        return false;
    }
    m_cost = saved.value();
    m_costDirty = false;
    m_session->notify(Session::Entity::Cost);
    return true;
}

bool MonitoringPage::leaveVisit()
{
    return !m_visitDirty || saveVisit();
}

bool MonitoringPage::leaveCost()
{
    return !m_costDirty || saveCost();
}

void MonitoringPage::discardEdits()
{
    if (m_visitDirty) {
        const auto stored = m_visit && m_visit->meta.id && m_session
                                ? VisitService(m_session->database(), m_session->actor()).visit(m_visit->meta.id)
                                : std::nullopt;
        showVisit(stored);
    }
    if (m_costDirty)
        showCost(-1);
}
