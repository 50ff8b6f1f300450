#include "sitetargetspanel.h"

#include "commands/editcommands.h"
#include "shell/widgets.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

SiteTargetsPanel::SiteTargetsPanel(QUndoStack *undoStack, QWidget *parent) : QWidget(parent), m_undoStack(undoStack)
{
    m_box = new QGroupBox(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("siteTargets"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() + 8);
    // Room for the header and five rows; more scroll.
    m_table->setFixedHeight((m_table->fontMetrics().lineSpacing() + 8) * 6 + 2 * m_table->frameWidth() + 4);
    m_siteLabel = new QLabel(this);
    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("targetSite"));
    m_baselineLabel = new QLabel(this);
    m_baseline = new NumberEdit(this);
    m_baseline->setObjectName(QStringLiteral("siteBaseline"));
    m_targetLabel = new QLabel(this);
    m_target = new NumberEdit(this);
    m_target->setObjectName(QStringLiteral("siteTarget"));
    m_siteLabel->setBuddy(m_site);
    m_baselineLabel->setBuddy(m_baseline);
    m_targetLabel->setBuddy(m_target);
    m_set = new QPushButton(this);
    m_set->setObjectName(QStringLiteral("setSiteTarget"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeSiteTarget"));
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("siteTargetError"));

    auto *form = new QGridLayout;
    form->addWidget(m_siteLabel, 0, 0);
    form->addWidget(m_site, 0, 1, 1, 3);
    form->addWidget(m_baselineLabel, 1, 0);
    form->addWidget(m_baseline, 1, 1);
    form->addWidget(m_targetLabel, 1, 2);
    form->addWidget(m_target, 1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_remove);
    buttons->addWidget(m_set);
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addWidget(m_table);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_error);
    boxLayout->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);

    connect(m_set, &QPushButton::clicked, this, &SiteTargetsPanel::setForSite);
    connect(m_remove, &QPushButton::clicked, this, &SiteTargetsPanel::removeSelected);
    connect(m_baseline, &QLineEdit::returnPressed, this, &SiteTargetsPanel::setForSite);
    connect(m_target, &QLineEdit::returnPressed, this, &SiteTargetsPanel::setForSite);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SiteTargetsPanel::showSelected);
    retranslateUi();
    setIndicator(0);
}

void SiteTargetsPanel::retranslateUi()
{
    m_box->setTitle(tr("Site baselines and targets"));
    m_box->setToolTip(tr("Sites whose own baseline or target differs from the programme-wide one"));
    m_table->setHorizontalHeaderLabels({tr("Site"), tr("Baseline"), tr("Target")});
    m_siteLabel->setText(tr("S&ite:"));
    m_baselineLabel->setText(tr("Bas&eline:"));
    m_targetLabel->setText(tr("Tar&get:"));
    m_set->setText(tr("Set for site"));
    m_remove->setText(tr("Remove"));
    reload();
}

void SiteTargetsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SiteTargetsPanel::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &Session::changed, this, [this](Session::Entity entity) {
            if (entity != Session::Entity::Programme)
                reload();
        });
    m_indicatorId = 0;
    reload();
}

void SiteTargetsPanel::setIndicator(qint64 indicatorId)
{
    if (indicatorId != m_indicatorId)
        m_error->showError({});
    m_indicatorId = indicatorId;
    reload();
}

void SiteTargetsPanel::reload()
{
    setVisible(m_session && m_indicatorId > 0);
    m_targets = m_session && m_indicatorId > 0 ? m_session->indicators().siteTargets(m_indicatorId) : QList<SiteTarget>();
    m_sites = m_session ? m_session->sites().sites(m_session->programmeId()) : QList<Site>();
    const qint64 chosen = m_site->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_site);
        m_site->clear();
        for (const Site &s : m_sites)
            m_site->addItem(s.code + QStringLiteral(" — ") + s.name(), s.meta.id);
        m_site->setCurrentIndex(std::max(0, m_site->findData(chosen)));
    }
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_targets.size()));
    const QLocale locale;
    for (int row = 0; row < m_targets.size(); ++row) {
        const SiteTarget &t = m_targets[row];
        QString site = QString::number(t.siteId);
        for (const Site &s : m_sites)
            if (s.meta.id == t.siteId)
                site = s.code + QStringLiteral(" — ") + s.name();
        auto number = [&](const std::optional<double> &v) {
            auto *item = new QTableWidgetItem(v ? locale.toString(*v, 'f', QLocale::FloatingPointShortest) : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_table->setItem(row, 0, new QTableWidgetItem(site));
        m_table->setItem(row, 1, number(t.baseline));
        m_table->setItem(row, 2, number(t.target));
    }
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
}

void SiteTargetsPanel::showSelected()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0 && !m_table->selectedItems().isEmpty());
    if (row < 0 || row >= m_targets.size())
        return;
    const SiteTarget &t = m_targets[row];
    m_site->setCurrentIndex(std::max(0, m_site->findData(t.siteId)));
    m_baseline->setNumber(t.baseline);
    m_target->setNumber(t.target);
}

bool SiteTargetsPanel::setForSite()
{
    if (!m_session || m_indicatorId <= 0)
        return false;
    SiteTarget target;
    target.siteId = m_site->currentData().toLongLong();
    target.indicatorId = m_indicatorId;
    bool ok = true;
    target.baseline = m_baseline->number(&ok);
    if (!ok) {
        m_error->showError(tr("Baseline: \"%1\" is not a number.").arg(m_baseline->text()));
        return false;
    }
    target.target = m_target->number(&ok);
    if (!ok) {
        m_error->showError(tr("Target: \"%1\" is not a number.").arg(m_target->text()));
        return false;
    }
    SiteTarget before;
    bool existing = false;
    for (const SiteTarget &t : m_targets) {
        if (t.siteId == target.siteId) {
            before = t;
            target.meta = t.meta;
            existing = true;
        }
    }
    auto saved = m_session->indicators().setSiteTarget(target);
    if (!saved) {
        m_error->showError(saved.error());
        return false;
    }
    m_error->showError({});
    m_undoStack->push(new SiteTargetCommand(m_session, existing ? RowChange::Update : RowChange::Create, before,
                                            saved.value(), [this](const QString &message) { emit commandFailed(message); }));
    m_session->notify(Session::Entity::Indicator);
    return true;
}

bool SiteTargetsPanel::removeSelected()
{
    const int row = m_table->currentRow();
    if (!m_session || row < 0 || row >= m_targets.size())
        return false;
    const SiteTarget before = m_targets[row];
    auto removed = m_session->indicators().removeSiteTarget(before);
    if (!removed) {
        m_error->showError(removed.error());
        return false;
    }
    m_error->showError({});
    m_undoStack->push(new SiteTargetCommand(m_session, RowChange::Remove, before, removed.value(),
                                            [this](const QString &message) { emit commandFailed(message); }));
    m_session->notify(Session::Entity::Indicator);
    return true;
}
