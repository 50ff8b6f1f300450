#include "exportdialog.h"

#include "shell/session.h"
#include "shell/widgets.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

namespace {
enum LabelIndex { LFormat, LSheets, LDataSet, LIndicators, LSites, LFrom, LTo, LStatus, LFile, LabelCount };
constexpr DataExport::Format Formats[] = {DataExport::Format::Csv, DataExport::Format::Xlsx, DataExport::Format::Dhis2Json,
                                          DataExport::Format::Dhis2Csv, DataExport::Format::Adx};
constexpr DataStatus Statuses[] = {DataStatus::Draft, DataStatus::Submitted, DataStatus::Approved, DataStatus::Returned};
} // namespace

ExportDialog::ExportDialog(Session *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("exportDialog"));
    for (int i = 0; i < LabelCount; ++i)
        m_labels.append(new QLabel(this));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    for (DataExport::Format f : Formats)
        m_format->addItem(QString(), DataExport::formatKey(f));
    m_bom = new QCheckBox(this);
    m_bom->setObjectName(QStringLiteral("bom"));
    m_bom->setChecked(true);
    m_sheets = new QComboBox(this);
    m_sheets->setObjectName(QStringLiteral("sheets"));
    m_sheets->addItem(QString(), int(DataExport::SheetLayout::Long));
    m_sheets->addItem(QString(), int(DataExport::SheetLayout::PerIndicator));
    m_dataSet = new QLineEdit(this);
    m_dataSet->setObjectName(QStringLiteral("dataSet"));
    m_indicators = new QListWidget(this);
    m_indicators->setObjectName(QStringLiteral("indicators"));
    m_sites = new QListWidget(this);
    m_sites->setObjectName(QStringLiteral("sites"));
    for (QListWidget *list : {m_indicators, m_sites})
        list->setMinimumHeight(110);
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("to"));
    auto *statusRow = new QHBoxLayout;
    for (DataStatus s : Statuses) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QString(QStringLiteral("status_") + Vocabulary::key(s)));
        m_statuses.append(box);
        statusRow->addWidget(box);
    }
    statusRow->addStretch(1);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("browse"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);

    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_labels[LFormat], m_format);
    form->addRow(QString(), m_bom);
    form->addRow(m_labels[LSheets], m_sheets);
    form->addRow(m_labels[LDataSet], m_dataSet);
    form->addRow(m_labels[LIndicators], m_indicators);
    form->addRow(m_labels[LSites], m_sites);
    form->addRow(m_labels[LFrom], m_from);
    form->addRow(m_labels[LTo], m_to);
    form->addRow(m_labels[LStatus], statusRow);
    form->addRow(m_labels[LFile], file);
    const std::pair<int, QWidget *> buddies[] = {{LFormat, m_format}, {LSheets, m_sheets}, {LDataSet, m_dataSet}, {LIndicators, m_indicators},
                                                 {LSites, m_sites},   {LFrom, m_from},     {LTo, m_to},
                                                 {LFile, m_path}};
    for (const auto &[label, widget] : buddies)
        m_labels[label]->setBuddy(widget);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(600);

    m_programmeId = m_session ? m_session->programmeId() : 0;
    fillLists();
    retranslateUi();
    updateState();
}

ExportDialog::ExportDialog(Session *session, const DataSelection &selection, QWidget *parent) : ExportDialog(session, parent)
{
    setSelection(selection);
}

ExportDialog::~ExportDialog()
{
    if (m_cancel)
        m_cancel->store(true); // the worker stops and removes its temporary file
}

void ExportDialog::fillLists()
{
    m_indicators->clear();
    m_sites->clear();
    if (!m_session || m_programmeId == 0)
        return;
    for (const Indicator &i : m_session->indicators().indicators(m_programmeId)) {
        auto *item = new QListWidgetItem(QString(i.code + QStringLiteral(" – ") + i.name()), m_indicators);
        item->setData(Qt::UserRole, i.meta.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (const Site &s : m_session->sites().sites(m_programmeId)) {
        auto *item = new QListWidgetItem(QString(s.code + QStringLiteral(" – ") + s.name()), m_sites);
        item->setData(Qt::UserRole, s.meta.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void ExportDialog::setSelection(const DataSelection &selection)
{
    if (selection.programmeId != 0 && selection.programmeId != m_programmeId) {
        m_programmeId = selection.programmeId;
        fillLists();
    }
    auto check = [](QListWidget *list, const QList<qint64> &ids) {
        for (int row = 0; row < list->count(); ++row) {
            QListWidgetItem *item = list->item(row);
            item->setCheckState(ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
        }
    };
    check(m_indicators, selection.indicatorIds);
    check(m_sites, selection.siteIds);
    m_from->setText(selection.from);
    m_to->setText(selection.to);
    for (int i = 0; i < m_statuses.size(); ++i)
        m_statuses[i]->setChecked(selection.statuses.contains(Vocabulary::key(Statuses[i])));
}

DataSelection ExportDialog::selection() const
{
    DataSelection s;
    s.programmeId = m_programmeId;
    auto checked = [](const QListWidget *list) {
        QList<qint64> ids;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                ids.append(list->item(row)->data(Qt::UserRole).toLongLong());
        }
        return ids;
    };
    s.indicatorIds = checked(m_indicators);
    s.siteIds = checked(m_sites);
    s.from = m_from->text().trimmed();
    s.to = m_to->text().trimmed();
    for (int i = 0; i < m_statuses.size(); ++i) {
        if (m_statuses[i]->isChecked())
            s.statuses.append(Vocabulary::key(Statuses[i]));
    }
    return s;
}

DataExport::Options ExportDialog::options() const
{
    DataExport::Options o;
    o.format = DataExport::formatFromKey(m_format->currentData().toString()).value_or(DataExport::Format::Csv);
    o.bom = m_bom->isChecked();
    o.sheets = DataExport::SheetLayout(m_sheets->currentData().toInt());
    o.dataSet = m_dataSet->text().trimmed();
    return o;
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Names in the lists are in the interface language: rebuild them, keeping the ticks.
        QList<qint64> ticked[2];
        QListWidget *lists[2] = {m_indicators, m_sites};
        for (int l = 0; l < 2; ++l)
            for (int row = 0; row < lists[l]->count(); ++row)
                if (lists[l]->item(row)->checkState() == Qt::Checked)
                    ticked[l].append(lists[l]->item(row)->data(Qt::UserRole).toLongLong());
        fillLists();
        for (int l = 0; l < 2; ++l)
            for (int row = 0; row < lists[l]->count(); ++row)
                if (ticked[l].contains(lists[l]->item(row)->data(Qt::UserRole).toLongLong()))
                    lists[l]->item(row)->setCheckState(Qt::Checked);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export data"));
    const char *texts[LabelCount] = {QT_TR_NOOP("&Format:"),       QT_TR_NOOP("&Sheets:"), QT_TR_NOOP("DHIS2 &data set:"),
                                     QT_TR_NOOP("&Indicators:"),
                                     QT_TR_NOOP("S&ites:"),        QT_TR_NOOP("F&rom period:"), QT_TR_NOOP("&To period:"),
                                     QT_TR_NOOP("Report status:"), QT_TR_NOOP("F&ile:")};
    for (int i = 0; i < LabelCount; ++i)
        m_labels[i]->setText(tr(texts[i]));
    for (int i = 0; i < m_format->count(); ++i)
        m_format->setItemText(i, DataExport::formatLabel(Formats[i]));
    m_bom->setText(tr("Start the file with a byte order mark (Excel then reads Chinese text correctly)"));
    m_sheets->setItemText(0, tr("All values on one sheet"));
    m_sheets->setItemText(1, tr("One sheet per indicator"));
    m_indicators->setToolTip(tr("Tick the indicators to export; none ticked exports all of them."));
    m_sites->setToolTip(tr("Tick the sites to export; none ticked exports all of them."));
    m_from->setPlaceholderText(tr("e.g. 202401, 2024Q1 or 2024; empty: from the first"));
    m_to->setPlaceholderText(tr("e.g. 202412 or 2024; empty: to the last"));
    m_dataSet->setPlaceholderText(tr("the DHIS2 data set's uid or code (ADX needs one)"));
    for (int i = 0; i < m_statuses.size(); ++i)
        m_statuses[i]->setText(Vocabulary::label(Statuses[i]));
    m_browse->setText(tr("&Browse…"));
    m_export->setText(tr("&Export"));
    if (m_lastResult)
        done(*m_lastResult, m_lastPath); // the result message in the new language
}

void ExportDialog::updateState()
{
    const DataExport::Format f = options().format;
    m_bom->setEnabled(f == DataExport::Format::Csv && !isRunning());
    m_sheets->setEnabled(f == DataExport::Format::Xlsx && !isRunning());
    m_dataSet->setEnabled((f == DataExport::Format::Adx || f == DataExport::Format::Dhis2Json ||
                           f == DataExport::Format::Dhis2Csv) && !isRunning());
    for (QWidget *w : std::initializer_list<QWidget *>{m_format, m_indicators, m_sites, m_from, m_to, m_path, m_browse, m_export})
        w->setEnabled(!isRunning());
    for (QCheckBox *box : std::as_const(m_statuses))
        box->setEnabled(!isRunning());
}

void ExportDialog::browse()
{
    const DataExport::Format f = options().format;
    const QString suffix = DataExport::fileSuffix(f);
    QString start = m_path->text();
    if (start.isEmpty())
        start = QDir::home().filePath(QStringLiteral("scaleready-export.") + suffix);
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), start,
                                                        tr("%1 (*.%2)").arg(DataExport::formatLabel(f), suffix));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::start()
{
    if (isRunning() || !m_session)
        return;
    m_error->clear();
    m_error->hide();
    m_result->clear();
    m_lastResult.reset();
    QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_error->showError(tr("Choose a file to export to."));
        return;
    }
    const DataExport::Options o = options();
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + DataExport::fileSuffix(o.format);
    const DataSelection s = selection();
    const QString database = m_session->database().path();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setValue(0);
    updateState();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Stop"));
    QPointer<ExportDialog> guard(this);
    const auto cancelFlag = m_cancel;
    QThreadPool::globalInstance()->start([database, s, o, path, cancelFlag, guard] {
        Result<DataExport::Summary> result = fail(QString());
        {
            auto opened = Database::open(database, Database::Mode::ReadOnly, Database::Check::Skip);
            if (!opened)
                result = fail(opened.error());
            else
                result = DataExport::write(*opened.value(), s, o, path, [cancelFlag, guard](qint64 done, qint64 total) {
                    const int percent = total > 0 ? int(100 * done / total) : 100;
                    QMetaObject::invokeMethod(
                        qApp, [guard, percent] {
                            if (guard)
                                guard->m_progress->setValue(percent);
                        },
                        Qt::QueuedConnection);
                    return !cancelFlag->load();
                });
        }
        QMetaObject::invokeMethod(
            qApp, [guard, result, path] {
                if (guard)
                    guard->done(result, path);
            },
            Qt::QueuedConnection);
    });
}

void ExportDialog::done(const Result<DataExport::Summary> &result, const QString &path)
{
    const bool wasRunning = isRunning();
    m_cancel.reset();
    m_lastResult = result;
    m_lastPath = path;
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    updateState();
    if (result) {
        m_error->hide();
        m_progress->setValue(100);
        QString text = tr("Wrote %1 data values to %2.").arg(QLocale().toString(result->rows), QDir::toNativeSeparators(path));
        for (const QString &warning : result->warnings)
            text += u'\n' + warning;
        m_result->setText(text);
    } else {
        m_progress->setValue(0);
        m_result->clear();
        m_error->showError(result.error());
    }
    if (wasRunning)
        emit finished(result.ok());
}

void ExportDialog::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ExportDialog::reject()
{
    if (isRunning()) {
        cancel(); // the worker reports back; the dialog stays until then
        return;
    }
    QDialog::reject();
}
