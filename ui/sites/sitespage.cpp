#include "sitespage.h"

#include "commands/editcommands.h"
#include "models/sitefilterproxymodel.h"
#include "models/sitetablemodel.h"
#include "siteeditor.h"
#include "shell/widgets.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

SitesPage::SitesPage(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_undoStack(undoStack), m_model(new SiteTableModel(this)), m_proxy(new SiteFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_province = new QComboBox(this);
    m_province->setObjectName(QStringLiteral("provinceFilter"));
    m_province->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_arm = new QComboBox(this);
    m_arm->setObjectName(QStringLiteral("armFilter"));
    m_equity = new QComboBox(this);
    m_equity->setObjectName(QStringLiteral("equityFilter"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("sitesView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SiteTableModel::Code, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addSite"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeSite"));
    m_editor = new SiteEditor(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_province, 1);
    filters->addWidget(m_arm, 1);
    filters->addWidget(m_equity, 1);
    filters->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(buttons);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumWidth(600); // the table takes the rest
    scroll->setMinimumWidth(500);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &SitesPage::applyFilters);
    connect(m_province, &QComboBox::currentIndexChanged, this, &SitesPage::applyFilters);
    connect(m_arm, &QComboBox::currentIndexChanged, this, &SitesPage::applyFilters);
    connect(m_equity, &QComboBox::currentIndexChanged, this, &SitesPage::applyFilters);
    connect(m_add, &QPushButton::clicked, this, &SitesPage::addSite);
    connect(m_remove, &QPushButton::clicked, this, &SitesPage::removeSite);
    connect(m_editor, &SiteEditor::applyRequested, this, &SitesPage::applyEdits);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SitesPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        refillProvinces();
        updateCount();
        if (m_shownId && m_model->rowOf(m_shownId) < 0) {
            m_shownId = 0; // removed, e.g. by undoing its creation
            m_editor->clear();
        } else if (m_shownId) {
            select(m_shownId);
        }
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SitesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SitesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SitesPage::updateCount);

    retranslateUi();
}

void SitesPage::setSession(Session *session)
{
    m_session = session;
    m_shownId = 0;
    m_editor->clear();
    m_model->setSession(session);
    m_add->setEnabled(session != nullptr);
}

void SitesPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search by code or name…"));
    {
        const QSignalBlocker b(m_arm);
        const int current = m_arm->currentIndex();
        m_arm->clear();
        m_arm->addItem(tr("All arms"));
        for (Arm arm : Vocabulary::all<Arm>())
            m_arm->addItem(Vocabulary::label(arm), static_cast<int>(arm));
        m_arm->setCurrentIndex(std::max(0, current));
    }
    {
        const QSignalBlocker b(m_equity);
        const int current = m_equity->currentIndex();
        m_equity->clear();
        m_equity->addItem(tr("All sites"), int(SiteFilterProxyModel::Equity::Any));
        m_equity->addItem(tr("Ethnic minority areas"), int(SiteFilterProxyModel::Equity::EthnicMinorityArea));
        m_equity->addItem(tr("Poverty counties"), int(SiteFilterProxyModel::Equity::PovertyCounty));
        m_equity->addItem(tr("Rural sites"), int(SiteFilterProxyModel::Equity::Rural));
        m_equity->addItem(tr("Urban sites"), int(SiteFilterProxyModel::Equity::Urban));
        m_equity->setCurrentIndex(std::max(0, current));
    }
    m_add->setText(tr("Add site"));
    m_remove->setText(tr("Remove site"));
    m_add->setToolTip(tr("Add a new site to the programme"));
    m_remove->setToolTip(tr("Remove the selected site (can be undone)"));
    refillProvinces();
    updateCount();
    m_model->retranslate();
    revalidate();
}

void SitesPage::revalidate()
{
    // A message on show was written in the old language: ask for it again (nothing is written).
    if (!m_session || !m_editor->hasError())
        return;
    auto edited = m_editor->editedSite();
    if (!edited)
        m_editor->showError(edited.error());
    else if (auto valid = m_session->sites().validate(edited.value()); !valid)
        m_editor->showError(valid.error());
    // Otherwise the message came from elsewhere (a stale row, a permission): it stays as it is.
}

void SitesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SitesPage::refillProvinces()
{
    const QSignalBlocker blocker(m_province);
    const QString current = m_province->currentData().toString();
    m_province->clear();
    m_province->addItem(tr("All provinces"), QString());
    QStringList keys;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Site *site = m_model->site(row);
        const QString key = m_model->index(row, 0).data(SiteTableModel::ProvinceKeyRole).toString();
        if (!key.isEmpty() && !keys.contains(key)) {
            keys.append(key);
            m_province->addItem(site->province(), key);
        }
    }
    m_province->setCurrentIndex(std::max(0, m_province->findData(current)));
}

void SitesPage::updateCount()
{
    m_count->setText(tr("%1 of %n site(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    m_remove->setEnabled(m_session && m_view->currentIndex().isValid());
}

void SitesPage::applyFilters()
{
    m_proxy->setSearchText(m_search->text());
    m_proxy->setProvince(m_province->currentData().toString());
    const QVariant arm = m_arm->currentData();
    m_proxy->setArm(arm.isValid() ? std::optional<Arm>(static_cast<Arm>(arm.toInt())) : std::nullopt);
    m_proxy->setEquity(static_cast<SiteFilterProxyModel::Equity>(m_equity->currentData().toInt()));
    updateCount();
}

void SitesPage::showCurrent()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? current.data(SiteTableModel::SiteIdRole).toLongLong() : 0;
    if (id == m_shownId && m_editor->isEnabled() && !m_editor->isNew())
        return;
    // Nothing typed is lost: leaving a changed site applies it first, and stays when that fails.
    if (m_editor->isEnabled() && m_editor->isModified() && !applyEdits())
        return;
    if (id == 0) {
        m_shownId = 0;
        m_editor->clear();
    } else if (const Site *site = m_model->site(m_model->rowOf(id))) {
        m_shownId = id;
        m_editor->setSite(*site);
    }
    updateCount();
}

void SitesPage::showSite(qint64 siteId)
{
    m_search->clear();
    m_province->setCurrentIndex(0);
    m_arm->setCurrentIndex(0);
    m_equity->setCurrentIndex(0);
    applyFilters();
    select(siteId);
}

void SitesPage::select(qint64 siteId)
{
    const int row = m_model->rowOf(siteId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_selecting = true;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_selecting = false;
    if (const Site *site = m_model->site(row); site && !m_editor->isModified())
        m_editor->setSite(*site);
}

void SitesPage::addSite()
{
    if (!m_session)
        return;
    if (m_editor->isEnabled() && m_editor->isModified() && !applyEdits())
        return;
    Site site;
    site.programmeId = m_session->programmeId();
    m_shownId = 0;
    m_selecting = true;
    m_view->selectionModel()->clear(); // no current row: Remove cannot act on the row shown before
    m_selecting = false;
    m_editor->setSite(site);
    m_remove->setEnabled(false);
    m_editor->findChild<QLineEdit *>(QStringLiteral("code"))->setFocus();
}

void SitesPage::removeSite()
{
    if (!m_session)
        return;
    const QModelIndex current = m_view->currentIndex();
    const Site *site = current.isValid() ? m_model->site(m_model->rowOf(current.data(SiteTableModel::SiteIdRole).toLongLong())) : nullptr;
    if (!site)
        return;
    const Site before = *site;
    auto removed = m_session->sites().remove(before);
    if (!removed) {
        m_editor->showError(removed.error());
        return;
    }
    m_shownId = 0;
    m_editor->clear();
    m_undoStack->push(new SiteCommand(m_session, RowChange::Remove, before, removed.value(),
                                      [this](const QString &message) { emit commandFailed(message); }));
    m_session->notify(Session::Entity::Site);
}

bool SitesPage::applyEdits()
{
    if (!m_session || !m_editor->isEnabled())
        return false;
    auto edited = m_editor->editedSite();
    if (!edited) {
        m_editor->showError(edited.error());
        return false;
    }
    const Site before = m_editor->original();
    const bool creating = m_editor->isNew();
    if (!creating && !m_editor->isModified())
        return true;
    auto saved = creating ? m_session->sites().create(edited.value()) : m_session->sites().update(edited.value());
    if (!saved) {
        m_editor->showError(saved.error());
        return false;
    }
    m_undoStack->push(new SiteCommand(m_session, creating ? RowChange::Create : RowChange::Update, before, saved.value(),
                                      [this](const QString &message) { emit commandFailed(message); }));
    m_shownId = saved->meta.id;
    m_editor->setSite(saved.value());
    m_session->notify(Session::Entity::Site);
    return true;
}

void SitesPage::discardEdits()
{
    if (m_editor->isNew() || !m_editor->isEnabled())
        m_editor->clear();
    else if (const Site *site = m_model->site(m_model->rowOf(m_editor->original().meta.id)))
        m_editor->setSite(*site);
}
