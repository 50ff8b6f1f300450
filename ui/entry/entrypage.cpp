#include "entrypage.h"

#include "commands/rowcommand.h"
#include "services/dataentryservice.h"
#include "services/reportservice.h"
#include "shell/session.h"
#include "shell/widgets.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
struct CellContent
{
    std::optional<double> value;
    std::optional<double> numerator;
    std::optional<double> denominator;
    bool operator==(const CellContent &) const = default;
};

// Undo and redo of one saved cell through DataEntryService; refuses when the cell was
// changed elsewhere since (it no longer holds what this command left).
class CellCommand final : public TranslatableCommand
{
public:
    CellCommand(Session *session, qint64 siteId, Period period, qint64 indicatorId, qint64 optionId, QString label,
                CellContent before, CellContent after, ErrorSink onError)
        : m_session(session), m_siteId(siteId), m_period(std::move(period)), m_indicatorId(indicatorId),
          m_optionId(optionId), m_label(std::move(label)), m_before(before), m_after(after), m_onError(std::move(onError))
    {
        retranslate();
    }

    void retranslate() override
    {
        setText(QCoreApplication::translate("EntryPage", "entry of %1").arg(m_label));
    }
    void undo() override { apply(m_after, m_before); }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        apply(m_before, m_after);
    }

private:
    void apply(const CellContent &expected, const CellContent &wanted)
    {
        DataEntryService service(m_session->database(), m_session->actor());
        const EntryForm form = service.form(m_siteId, m_period);
        CellContent stored;
        if (const EntryRow *row = form.row(m_indicatorId); row && row->values.contains(m_optionId)) {
            const DataValue &v = row->values.value(m_optionId);
            stored = CellContent{v.value, v.numerator, v.denominator};
        }
        if (!(stored == expected)) {
            setObsolete(true);
            m_onError(QCoreApplication::translate("EntryPage", "The entry of %1 was changed elsewhere since; it is left as it is.")
                          .arg(m_label));
            return;
        }
        auto saved = service.saveCell(m_siteId, m_period, m_indicatorId, m_optionId, wanted.value, wanted.numerator,
                                      wanted.denominator);
        if (!saved) {
            setObsolete(true);
            m_onError(saved.error());
            return;
        }
        m_session->notify(Session::Entity::Data);
    }

    Session *m_session;
    qint64 m_siteId;
    Period m_period;
    qint64 m_indicatorId;
    qint64 m_optionId;
    QString m_label;
    CellContent m_before;
    CellContent m_after;
    ErrorSink m_onError;
    bool m_first = true;
};

QString statusText(const EntryForm &form)
{
    if (!form.report)
        return EntryPage::tr("Not started");
    return Vocabulary::label(form.report->status);
}
} // namespace

void EntryTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        emit pasteRequested();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState) {
        const QModelIndex below = model()->index(currentIndex().row() + 1, currentIndex().column());
        if (below.isValid())
            setCurrentIndex(below);
        return;
    }
    QTableView::keyPressEvent(event);
}

void EntryTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, hint == QAbstractItemDelegate::SubmitModelCache ? QAbstractItemDelegate::NoHint : hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        // Enter: saved, and on to the row below.
        const QModelIndex below = model()->index(currentIndex().row() + 1, currentIndex().column());
        if (below.isValid())
            setCurrentIndex(below);
    }
}

EntryPage::EntryPage(QUndoStack *undoStack, QWidget *parent) : QWidget(parent), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("entryPage"));
    m_siteLabel = new QLabel(this);
    m_site = namedChild<QComboBox>(this, "site");
    m_site->setMinimumContentsLength(24);
    m_periodLabel = new QLabel(this);
    m_periodType = namedChild<QComboBox>(this, "periodType");
    m_period = namedChild<QComboBox>(this, "period");
    m_period->setMinimumContentsLength(18);
    m_status = namedChild<QLabel>(this, "status");
    m_submit = namedChild<QPushButton>(this, "submit");
    m_banner = namedChild<QLabel>(this, "banner");
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0c060; padding: 6px; }"));
    m_error = namedChild<ErrorLabel>(this, "error");
    m_view = namedChild<EntryTableView>(this, "grid");
    m_model = new EntryTableModel(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                            QAbstractItemView::EditKeyPressed);
    m_view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_view->setWordWrap(false);
    m_emptyLabel = namedChild<QLabel>(this, "empty");
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);

    m_cellTitle = namedChild<QLabel>(this, "cellTitle");
    m_cellTitle->setWordWrap(true);
    m_commentLabel = new QLabel(this);
    m_comment = namedChild<QPlainTextEdit>(this, "comment");
    m_comment->setMaximumHeight(70);
    m_followUp = namedChild<QCheckBox>(this, "followUp");
    m_saveNote = namedChild<QPushButton>(this, "saveNote");
    m_historyLabel = new QLabel(this);
    m_history = namedChild<QListWidget>(this, "history");
    m_issuesLabel = new QLabel(this);
    m_issues = namedChild<QListWidget>(this, "issues");
    m_issues->setWordWrap(true);
    m_returnedLabel = new QLabel(this);
    m_returned = namedChild<QListWidget>(this, "returned");
    m_returned->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_siteLabel);
    top->addWidget(m_site);
    top->addSpacing(12);
    top->addWidget(m_periodLabel);
    top->addWidget(m_periodType);
    top->addWidget(m_period);
    top->addSpacing(12);
    top->addWidget(m_status);
    top->addStretch(1);
    top->addWidget(m_submit);

    auto *gridBox = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridBox);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_view, 1);
    gridLayout->addWidget(m_emptyLabel);
    gridLayout->addWidget(m_issuesLabel);
    gridLayout->addWidget(m_issues);
    m_issues->setMaximumHeight(130);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_cellTitle);
    sideLayout->addWidget(m_commentLabel);
    sideLayout->addWidget(m_comment);
    sideLayout->addWidget(m_followUp);
    sideLayout->addWidget(m_saveNote, 0, Qt::AlignRight);
    sideLayout->addWidget(m_historyLabel);
    sideLayout->addWidget(m_history, 1);
    sideLayout->addWidget(m_returnedLabel);
    sideLayout->addWidget(m_returned, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(gridBox);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_site, &QComboBox::activated, this, [this] { reload(); });
    connect(m_periodType, &QComboBox::activated, this, [this] {
        reloadPeriods();
        reload();
    });
    connect(m_period, &QComboBox::activated, this, [this] { reload(); });
    connect(m_submit, &QPushButton::clicked, this, &EntryPage::submit);
    connect(m_model, &EntryTableModel::cellEdited, this, &EntryPage::saveCell, Qt::QueuedConnection);
    connect(m_model, &EntryTableModel::cellRejected, m_error, &ErrorLabel::showError);
    connect(m_view, &EntryTableView::pasteRequested, this, [this] { pasteText(QApplication::clipboard()->text()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &EntryPage::updateCellPanel);
    connect(m_saveNote, &QPushButton::clicked, this, &EntryPage::saveNote);
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loadingNote)
            m_noteDirty = true;
    });
    connect(m_followUp, &QCheckBox::toggled, this, [this] {
        if (!m_loadingNote)
            m_noteDirty = true;
    });
    connect(m_issues, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qint64 indicatorId = item->data(Qt::UserRole).toLongLong();
        const qint64 optionId = item->data(Qt::UserRole + 1).toLongLong();
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->indicatorOf(r) != indicatorId)
                continue;
            for (int c = 1; c < m_model->columnCount(); ++c) {
                if (m_model->optionOf(c) == std::max<qint64>(optionId, 0)) {
                    m_view->setCurrentIndex(m_model->index(r, c));
                    m_view->setFocus();
                    return;
                }
            }
        }
    });
    connect(m_returned, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openForm(item->data(Qt::UserRole).toLongLong(), Period::parse(item->data(Qt::UserRole + 1).toString()));
    });
    retranslateUi();
    setSession(nullptr);
}

void EntryPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::changed, this, [this](Session::Entity entity) {
            if (entity == Session::Entity::Data || entity == Session::Entity::Report)
                reload();
            else if (entity == Session::Entity::Site || entity == Session::Entity::Indicator) {
                reloadSites();
                reload();
            }
        });
        connect(m_session, &Session::programmeChanged, this, [this] {
            reloadSites();
            reloadPeriods();
            reload();
        });
    }
    reloadSites();
    reloadPeriods();
    reload();
}

void EntryPage::retranslateUi()
{
    m_siteLabel->setText(tr("Site:"));
    m_periodLabel->setText(tr("Period:"));
    m_submit->setText(tr("Submit for review"));
    m_submit->setToolTip(tr("Send this site's data for the period to the programme manager; refused while problems remain"));
    m_commentLabel->setText(tr("Comment on the cell:"));
    m_followUp->setText(tr("Flag for follow-up"));
    m_saveNote->setText(tr("Save comment"));
    m_historyLabel->setText(tr("History of the cell:"));
    m_issuesLabel->setText(tr("Problems (double-click to go to the cell):"));
    m_returnedLabel->setText(tr("Returned to me:"));
    const QVariant type = m_periodType->currentData();
    {
        const QSignalBlocker blocker(m_periodType);
        for (int i = 0; i < m_periodType->count(); ++i) {
            switch (static_cast<Period::Type>(m_periodType->itemData(i).toInt())) {
            case Period::Type::Monthly: m_periodType->setItemText(i, tr("Monthly")); break;
            case Period::Type::Quarterly: m_periodType->setItemText(i, tr("Quarterly")); break;
            case Period::Type::Yearly: m_periodType->setItemText(i, tr("Annual")); break;
            default: break;
            }
        }
    }
    m_model->retranslate();
    reloadSites();
    reloadPeriods();
    reload();
}

void EntryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EntryPage::reloadSites()
{
    const QVariant current = m_site->currentData();
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    if (m_session) {
        for (const Site &s : DataEntryService(m_session->database(), m_session->actor()).sitesForEntry(m_session->programmeId()))
            m_site->addItem(s.code + QStringLiteral(" — ") + s.name(), s.meta.id);
    }
    const int index = m_site->findData(current);
    m_site->setCurrentIndex(index >= 0 ? index : 0);

    const QVariant type = m_periodType->currentData();
    const QSignalBlocker typeBlocker(m_periodType);
    m_periodType->clear();
    if (m_session) {
        for (Period::Type t : DataEntryService(m_session->database(), m_session->actor()).periodTypes(m_session->programmeId())) {
            const QString label = t == Period::Type::Monthly ? tr("Monthly") : t == Period::Type::Quarterly ? tr("Quarterly") : tr("Annual");
            m_periodType->addItem(label, int(t));
        }
    }
    const int typeIndex = m_periodType->findData(type);
    m_periodType->setCurrentIndex(typeIndex >= 0 ? typeIndex : 0);
}

void EntryPage::reloadPeriods()
{
    const QVariant current = m_period->currentData();
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    if (m_session && m_periodType->count() > 0) {
        const auto type = static_cast<Period::Type>(m_periodType->currentData().toInt());
        ReportService reports(m_session->database(), m_session->actor());
        const qint64 siteId = currentSite();
        for (const Period &p : reports.periods(m_session->programmeId(), type)) {
            const auto report = siteId ? reports.report(siteId, p) : std::nullopt;
            const QString state = report ? Vocabulary::label(report->status) : tr("not started");
            m_period->addItem(tr("%1 (%2)").arg(p.displayName(), state), p.id());
        }
    }
    const int index = m_period->findData(current);
    m_period->setCurrentIndex(index >= 0 ? index : 0);
}

qint64 EntryPage::currentSite() const
{
    return m_site->currentData().toLongLong();
}

Period EntryPage::currentPeriod() const
{
    return Period::parse(m_period->currentData().toString());
}

void EntryPage::openForm(qint64 siteId, const Period &period, qint64 indicatorId)
{
    if (!m_session)
        return;
    int siteIndex = m_site->findData(siteId);
    if (siteIndex < 0) {
        // A manager opens any site read-only from the review page.
        if (const auto site = m_session->sites().site(siteId)) {
            m_site->addItem(site->code + QStringLiteral(" — ") + site->name(), siteId);
            siteIndex = m_site->count() - 1;
        }
    }
    m_site->setCurrentIndex(std::max(0, siteIndex));
    const int typeIndex = m_periodType->findData(int(period.type()));
    if (typeIndex >= 0)
        m_periodType->setCurrentIndex(typeIndex);
    reloadPeriods();
    int periodIndex = m_period->findData(period.id());
    if (periodIndex < 0) {
        m_period->addItem(period.displayName(), period.id());
        periodIndex = m_period->count() - 1;
    }
    m_period->setCurrentIndex(periodIndex);
    reload();
    if (!indicatorId)
        return;
    int total = -1;
    for (int c = 0; c < m_model->columnCount() && total < 0; ++c)
        if (m_model->optionOf(c) == 0)
            total = c;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->indicatorOf(r) == indicatorId && total >= 0) {
            const QModelIndex cell = m_view->model()->index(r, total);
            m_view->setCurrentIndex(cell);
            m_view->scrollTo(cell);
            m_view->setFocus();
            break;
        }
}

void EntryPage::reload()
{
    m_error->showError(QString());
    const qint64 siteId = currentSite();
    const Period period = currentPeriod();
    const bool ready = m_session && siteId > 0 && period.isValid();
    EntryForm form;
    if (ready)
        form = DataEntryService(m_session->database(), m_session->actor()).form(siteId, period);
    m_model->setForm(form);
    m_view->setColumnWidth(0, std::max(m_view->columnWidth(0), 320));
    m_view->setVisible(ready);
    m_emptyLabel->setVisible(!ready);
    if (!m_session)
        m_emptyLabel->setText(tr("Open a database to enter data."));
    else if (m_site->count() == 0)
        m_emptyLabel->setText(tr("You have no sites to enter data for. An administrator assigns field officers to sites."));
    else
        m_emptyLabel->setText(tr("Choose a site and a period."));
    m_status->setText(ready ? tr("Status: %1").arg(statusText(form)) : QString());
    if (ready && m_period->currentIndex() >= 0)
        m_period->setItemText(m_period->currentIndex(), tr("%1 (%2)").arg(period.displayName(), form.report ? Vocabulary::label(form.report->status) : tr("not started")));
    m_submit->setEnabled(ready && form.editable && form.report.has_value());

    QStringList banner;
    if (ready && form.report && !form.report->reason.isEmpty()) {
        if (form.report->status == DataStatus::Returned)
            banner.append(tr("Returned for correction: %1").arg(form.report->reason));
        else if (form.report->reopened)
            banner.append(tr("Reopened: %1").arg(form.report->reason));
    }
    if (ready && !form.editable)
        banner.append(tr("Read only: %1").arg(form.lockReason));
    m_banner->setText(banner.join(u'\n'));
    m_banner->setVisible(!banner.isEmpty());

    m_issues->clear();
    for (const EntryIssue &issue : form.issues) {
        auto *item = new QListWidgetItem(issue.message, m_issues);
        item->setData(Qt::UserRole, issue.indicatorId);
        item->setData(Qt::UserRole + 1, issue.optionId);
        item->setForeground(issue.accepted ? QColor(0x80, 0x80, 0x80)
                            : issue.importance == Importance::Error ? QColor(0xb0, 0x00, 0x20)
                                                                     : QColor(0x9a, 0x60, 0x00));
        if (issue.accepted)
            item->setText(tr("%1 (explained)").arg(issue.message));
    }
    m_issuesLabel->setText(form.issues.isEmpty() ? tr("No problems found.") : tr("Problems (double-click to go to the cell):"));
    m_issues->setVisible(!form.issues.isEmpty());

    m_returned->clear();
    if (m_session) {
        for (const auto &r : ReportService(m_session->database(), m_session->actor()).returnedToMe(m_session->programmeId())) {
            auto *item = new QListWidgetItem(tr("%1 %2: %3").arg(r.siteCode, r.report.period.displayName(), r.report.reason), m_returned);
            item->setData(Qt::UserRole, r.report.siteId);
            item->setData(Qt::UserRole + 1, r.report.period.id());
        }
    }
    m_returnedLabel->setVisible(m_returned->count() > 0);
    m_returned->setVisible(m_returned->count() > 0);
    updateCellPanel();
}

void EntryPage::updateCellPanel()
{
    // A comment typed for the previous cell is saved before the panel moves on (nothing
    // typed is lost); if it cannot be saved, the panel keeps it with the message.
    if (m_noteDirty && !saveNote())
        return;
    const QScopedValueRollback<bool> loading(m_loadingNote, true);
    const QModelIndex index = m_view->currentIndex();
    const qint64 indicatorId = index.isValid() ? m_model->indicatorOf(index.row()) : 0;
    const qint64 optionId = index.isValid() ? m_model->optionOf(index.column()) : -1;
    const bool cell = m_session && indicatorId > 0 && optionId >= 0 && (m_model->flags(index) & Qt::ItemIsSelectable);
    m_comment->setEnabled(cell && m_model->form().editable);
    m_followUp->setEnabled(cell && m_model->form().editable);
    m_saveNote->setEnabled(cell && m_model->form().editable);
    m_history->clear();
    m_noteSite = cell ? currentSite() : 0;
    m_notePeriod = cell ? currentPeriod() : Period();
    m_noteIndicator = cell ? indicatorId : 0;
    m_noteOption = cell ? optionId : -1;
    if (!cell) {
        m_cellTitle->setText(tr("Select a cell to see its comment and history."));
        m_comment->clear();
        m_followUp->setChecked(false);
        return;
    }
    const EntryRow *row = m_model->form().row(indicatorId);
    m_cellTitle->setText(tr("<b>%1</b> · %2").arg(row->indicator.code, m_model->headerData(index.column(), Qt::Horizontal).toString()));
    const auto stored = row->values.constFind(optionId);
    m_comment->setPlainText(stored == row->values.cend() ? QString() : stored->comment);
    m_followUp->setChecked(stored != row->values.cend() && stored->followUp);
    const QLocale locale;
    for (const AuditEntry &e : DataEntryService(m_session->database(), m_session->actor())
                                   .history(currentSite(), currentPeriod(), indicatorId, optionId)) {
        QStringList parts;
        for (const char *key : {"value", "numerator", "denominator"}) {
            const QJsonValue v = e.newValues.value(QLatin1StringView(key));
            if (v.isDouble())
                parts.append(locale.toString(v.toDouble(), 'f', QLocale::FloatingPointShortest));
        }
        const QString shown = e.newValues.value(QStringLiteral("deleted")).toBool() ? tr("(cleared)")
                              : parts.isEmpty()                                    ? tr("(empty)")
                                                                                   : parts.join(QStringLiteral(" / "));
        QString line = tr("%1 · %2: %3").arg(locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.username, shown);
        const QString comment = e.newValues.value(QStringLiteral("comment")).toString();
        if (!comment.isEmpty())
            line += QStringLiteral(" — ") + comment;
        new QListWidgetItem(line, m_history);
    }
}

bool EntryPage::saveNote()
{
    if (!m_session || m_noteIndicator == 0 || m_noteOption < 0)
        return true;
    auto saved = DataEntryService(m_session->database(), m_session->actor())
                     .setNote(m_noteSite, m_notePeriod, m_noteIndicator, m_noteOption, m_comment->toPlainText(),
                              m_followUp->isChecked());
    if (!saved) {
        m_error->showError(saved.error());
        return false;
    }
    m_noteDirty = false;
    const QModelIndex index = m_view->currentIndex();
    m_session->notify(Session::Entity::Data);
    m_view->setCurrentIndex(index);
    return true;
}

bool EntryPage::saveCell(qint64 indicatorId, qint64 optionId, EntryTableModel::Line line, std::optional<double> value)
{
    if (!m_session)
        return false;
    const qint64 siteId = currentSite();
    const Period period = currentPeriod();
    const EntryForm &form = m_model->form();
    const EntryRow *row = form.row(indicatorId);
    if (!row)
        return false;
    CellContent before;
    if (const auto v = row->values.constFind(optionId); v != row->values.cend())
        before = CellContent{v->value, v->numerator, v->denominator};
    CellContent after = before;
    switch (line) {
    case EntryTableModel::Line::Value: after.value = value; break;
    case EntryTableModel::Line::Numerator: after.numerator = value; break;
    case EntryTableModel::Line::Denominator: after.denominator = value; break;
    case EntryTableModel::Line::Group: return false;
    }
    auto saved = DataEntryService(m_session->database(), m_session->actor())
                     .saveCell(siteId, period, indicatorId, optionId, after.value, after.numerator, after.denominator);
    if (!saved) {
        m_error->showError(saved.error());
        reload();
        return false;
    }
    QString option = tr("total");
    for (const CategoryOption &o : row->options) {
        if (o.meta.id == optionId)
            option = o.name();
    }
    const QString label = tr("%1 %2, %3").arg(row->indicator.code, option, period.id());
    m_undoStack->push(new CellCommand(m_session, siteId, period, indicatorId, optionId, label, before, after,
                                      [this](const QString &message) { emit commandFailed(message); }));
    m_session->notify(Session::Entity::Data);
    return true;
}

bool EntryPage::pasteText(const QString &text)
{
    const QModelIndex start = m_view->currentIndex();
    if (!m_session || !start.isValid() || !m_model->form().editable)
        return false;
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    struct Edit
    {
        qint64 indicatorId;
        qint64 optionId;
        EntryTableModel::Line line;
        std::optional<double> value;
    };
    QList<Edit> edits;
    for (int r = 0; r < lines.size(); ++r) {
        QString lineText = lines.at(r);
        if (lineText.endsWith(u'\r'))
            lineText.chop(1);
        const QStringList cells = lineText.split(u'\t');
        for (int c = 0; c < cells.size(); ++c) {
            const QModelIndex target = m_model->index(start.row() + r, start.column() + c);
            if (!target.isValid())
                continue;
            if (!(m_model->flags(target) & Qt::ItemIsEditable)) {
                if (cells.at(c).trimmed().isEmpty())
                    continue;
                m_error->showError(tr("The pasted block does not fit the grid: row %1, column %2 of the block falls on a "
                                      "cell that takes no value. Nothing was pasted.")
                                       .arg(r + 1)
                                       .arg(c + 1));
                return false;
            }
            bool ok = true;
            const auto value = EntryTableModel::parseNumber(cells.at(c), &ok);
            if (!ok) {
                m_error->showError(tr("\"%1\" in row %2, column %3 of the pasted block is not a number. Nothing was pasted.")
                                       .arg(cells.at(c))
                                       .arg(r + 1)
                                       .arg(c + 1));
                return false;
            }
            if (value != m_model->number(target))
                edits.append(Edit{m_model->indicatorOf(target.row()), m_model->optionOf(target.column()),
                                  m_model->lineOf(target.row()), value});
        }
    }
    if (edits.isEmpty())
        return true;
    m_undoStack->beginMacro(tr("paste of %n cell(s)", nullptr, int(edits.size())));
    bool ok = true;
    for (const Edit &e : edits) {
        ok = saveCell(e.indicatorId, e.optionId, e.line, e.value) && ok;
        reload(); // the next cell's "before" is what this one saved
    }
    m_undoStack->endMacro();
    return ok;
}

bool EntryPage::submit()
{
    if (!m_session)
        return false;
    auto submitted = DataEntryService(m_session->database(), m_session->actor()).submit(currentSite(), currentPeriod());
    if (!submitted) {
        m_error->showError(submitted.error());
        return false;
    }
    m_undoStack->clear(); // submitted data is no longer the officer's to undo
    m_session->notify(Session::Entity::Report);
    reloadPeriods();
    return true;
}
