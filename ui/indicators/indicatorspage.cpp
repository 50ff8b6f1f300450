#include "indicatorspage.h"

#include "commands/editcommands.h"
#include "indicatoreditor.h"
#include "sitetargetspanel.h"
#include "models/indicatortablemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

IndicatorsPage::IndicatorsPage(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_undoStack(undoStack), m_model(new IndicatorTableModel(this))
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("indicatorsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addIndicator"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeIndicator"));
    m_editor = new IndicatorEditor(this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(buttons);
    m_targets = new SiteTargetsPanel(undoStack, this);
    connect(m_targets, &SiteTargetsPanel::commandFailed, this, &IndicatorsPage::commandFailed);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editor);
    rightLayout->addWidget(m_targets);
    rightLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(right);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumWidth(600); // the table takes the rest
    scroll->setMinimumWidth(440);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, &IndicatorsPage::addIndicator);
    connect(m_remove, &QPushButton::clicked, this, &IndicatorsPage::removeIndicator);
    connect(m_editor, &IndicatorEditor::applyRequested, this, &IndicatorsPage::applyEdits);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IndicatorsPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_editor->setOptions(m_model->options());
        m_view->resizeColumnsToContents();
        if (m_shownId && m_model->rowOf(m_shownId) < 0) {
            m_shownId = 0;
            m_editor->clear();
            m_targets->setIndicator(0);
        } else if (m_shownId) {
            select(m_shownId);
        }
        m_remove->setEnabled(m_view->currentIndex().isValid());
    });
    retranslateUi();
}

void IndicatorsPage::setSession(Session *session)
{
    m_session = session;
    m_shownId = 0;
    m_editor->clear();
    m_targets->setIndicator(0);
    m_targets->setSession(session);
    m_model->setSession(session);
    m_add->setEnabled(session != nullptr);
}

void IndicatorsPage::retranslateUi()
{
    m_add->setText(tr("Add indicator"));
    m_remove->setText(tr("Remove indicator"));
    m_add->setToolTip(tr("Add a new indicator to the programme"));
    m_remove->setToolTip(tr("Remove the selected indicator (can be undone)"));
    m_model->retranslate();
    revalidate();
}

void IndicatorsPage::revalidate()
{
    // A message on show was written in the old language: ask for it again (nothing is written).
    if (!m_session || !m_editor->hasError())
        return;
    auto edited = m_editor->editedIndicator();
    if (!edited)
        m_editor->showError(edited.error());
    else if (auto valid = m_session->indicators().validate(edited.value()); !valid)
        m_editor->showError(valid.error());
    // Otherwise the message came from elsewhere (a stale row, a permission): it stays as it is.
}

void IndicatorsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IndicatorsPage::showIndicator(int row)
{
    const Indicator *indicator = m_model->indicator(row);
    if (!indicator || !m_session)
        return;
    m_shownId = indicator->meta.id;
    m_editor->setIndicator(*indicator);
    m_targets->setIndicator(indicator->meta.id);
}

void IndicatorsPage::showCurrent()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? current.data(IndicatorTableModel::IndicatorIdRole).toLongLong() : 0;
    if (id == m_shownId && m_editor->isEnabled() && !m_editor->isNew())
        return;
    if (m_editor->isEnabled() && m_editor->isModified() && !applyEdits())
        return;
    if (id == 0) {
        m_shownId = 0;
        m_editor->clear();
        m_targets->setIndicator(0);
    } else {
        showIndicator(m_model->rowOf(id));
    }
    m_remove->setEnabled(current.isValid());
}

void IndicatorsPage::select(qint64 indicatorId)
{
    const int row = m_model->rowOf(indicatorId);
    if (row < 0)
        return;
    m_selecting = true;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
    m_selecting = false;
    if (!m_editor->isModified())
        showIndicator(row);
}

void IndicatorsPage::addIndicator()
{
    if (!m_session)
        return;
    if (m_editor->isEnabled() && m_editor->isModified() && !applyEdits())
        return;
    Indicator indicator;
    indicator.programmeId = m_session->programmeId();
    indicator.sortOrder = m_model->rowCount() + 1;
    m_shownId = 0;
    m_selecting = true;
    m_view->selectionModel()->clear(); // no current row: Remove cannot act on the row shown before
    m_selecting = false;
    m_editor->setIndicator(indicator);
    m_targets->setIndicator(0);
    m_remove->setEnabled(false);
    m_editor->findChild<QLineEdit *>(QStringLiteral("code"))->setFocus();
}

void IndicatorsPage::removeIndicator()
{
    if (!m_session)
        return;
    const Indicator *indicator = m_model->indicator(m_model->rowOf(m_view->currentIndex().data(IndicatorTableModel::IndicatorIdRole).toLongLong()));
    if (!indicator)
        return;
    const Indicator before = *indicator;
    auto removed = m_session->indicators().remove(before);
    if (!removed) {
        m_editor->showError(removed.error());
        return;
    }
    m_shownId = 0;
    m_editor->clear();
    m_targets->setIndicator(0);
    m_undoStack->push(new IndicatorCommand(m_session, RowChange::Remove, before, removed.value(),
                                           [this](const QString &message) { emit commandFailed(message); }));
    m_session->notify(Session::Entity::Indicator);
}

bool IndicatorsPage::applyEdits()
{
    if (!m_session || !m_editor->isEnabled())
        return false;
    auto edited = m_editor->editedIndicator();
    if (!edited) {
        m_editor->showError(edited.error());
        return false;
    }
    const Indicator before = m_editor->original();
    const bool creating = m_editor->isNew();
    if (!creating && !m_editor->isModified())
        return true;
    auto saved = creating ? m_session->indicators().create(edited.value()) : m_session->indicators().update(edited.value());
    if (!saved) {
        m_editor->showError(saved.error());
        return false;
    }
    m_undoStack->push(new IndicatorCommand(m_session, creating ? RowChange::Create : RowChange::Update, before, saved.value(),
                                           [this](const QString &message) { emit commandFailed(message); }));
    m_shownId = saved->meta.id;
    m_editor->setIndicator(saved.value());
    m_targets->setIndicator(saved->meta.id);
    m_session->notify(Session::Entity::Indicator);
    return true;
}

void IndicatorsPage::discardEdits()
{
    if (m_editor->isNew() || !m_editor->isEnabled()) {
        m_editor->clear();
        m_targets->setIndicator(0);
        m_shownId = 0;
    } else {
        showIndicator(m_model->rowOf(m_editor->original().meta.id));
    }
}
