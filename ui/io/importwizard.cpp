#include "importwizard.h"

#include "io/periodtext.h"
#include "io/tablereader.h"
#include "io/xlsxreader.h"
#include "services/datavalueservice.h"
#include "shell/session.h"
#include "storage/indicatorrepository.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimer>

#include <atomic>

// Runs a DataImport on a thread of its own: its database connection and temporary tables live
// there from the check to the import. Results come back to the GUI thread as callbacks.
class ImportRunner final
{
public:
    using Done = std::function<void(bool ok, const QString &error, const DataImport::Report &report,
                                    const QStringList &notes)>;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit ImportRunner(QObject *receiver) : m_receiver(receiver)
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }
    ~ImportRunner()
    {
        *m_cancel = true;
        // The connection is closed on the thread that opened it.
        QMetaObject::invokeMethod(&m_context, [this] { reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    // Stops the job running or waiting; a new job stops the one before.
    void cancel() { *m_cancel = true; }

    void check(const QString &dbPath, const Actor &actor, const DataImport::Options &options, Progress progress, Done done)
    {
        run(dbPath, done, [=, this](const std::shared_ptr<std::atomic<bool>> &cancel) {
            m_import = std::make_unique<DataImport>(*m_database, actor, options);
            auto result = m_import->check(forward(progress, cancel));
            deliver(done, result.ok(), result.ok() ? QString() : result.error(),
                    result.ok() ? result.value() : DataImport::Report{});
        });
    }

    // Sites, indicators or DHIS2 metadata (all or nothing).
    void checkMetadata(const QString &dbPath, const Actor &actor, const MetadataImport::Options &options,
                       Progress progress, Done done)
    {
        run(dbPath, done, [=, this](const std::shared_ptr<std::atomic<bool>> &cancel) {
            m_metadata = std::make_unique<MetadataImport>(*m_database, actor, options);
            deliverMetadata(done, m_metadata->check(forward(progress, cancel)));
        });
    }

    void apply(Progress progress, Done done)
    {
        *m_cancel = true;
        m_cancel = std::make_shared<std::atomic<bool>>(false);
        QMetaObject::invokeMethod(&m_context, [=, this, cancel = m_cancel] {
            if (m_metadata) {
                deliverMetadata(done, m_metadata->apply(forward(progress, cancel)));
                return;
            }
            if (!m_import) {
                deliver(done, false, DataImport::tr("Check the file before importing it."), {});
                return;
            }
            auto result = m_import->apply(forward(progress, cancel));
            deliver(done, result.ok(), result.ok() ? QString() : result.error(),
                    result.ok() ? result.value() : DataImport::Report{});
        });
    }

    Result<qint64> writeRejected(const QString &path)
    {
        Result<qint64> written = fail(DataImport::tr("Check the file before saving its rejected rows."));
        QMetaObject::invokeMethod(&m_context, [&] {
            if (m_import)
                written = m_import->writeRejected(path);
        }, Qt::BlockingQueuedConnection);
        return written;
    }

private:
    // A new job on the worker: the one before is stopped, a fresh connection opened there.
    void run(const QString &dbPath, const Done &done,
             std::function<void(const std::shared_ptr<std::atomic<bool>> &)> job)
    {
        *m_cancel = true;
        m_cancel = std::make_shared<std::atomic<bool>>(false);
        QMetaObject::invokeMethod(&m_context, [=, this, cancel = m_cancel] {
            reset();
            auto opened = Database::open(dbPath, Database::Mode::OpenExisting, Database::Check::Skip);
            if (!opened) {
                deliver(done, false, opened.error(), {});
                return;
            }
            m_database = std::move(opened).value();
            job(cancel);
        });
    }

    void reset()
    {
        m_import.reset();
        m_metadata.reset();
        m_database.reset();
    }
    DataImport::Progress forward(const Progress &progress, const std::shared_ptr<std::atomic<bool>> &cancel)
    {
        return [this, progress, cancel](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(m_receiver, [progress, done, total] { progress(done, total); }, Qt::QueuedConnection);
            return !cancel->load();
        };
    }
    void deliver(const Done &done, bool ok, const QString &error, const DataImport::Report &report,
                 const QStringList &notes = {})
    {
        QMetaObject::invokeMethod(m_receiver, [done, ok, error, report, notes] { done(ok, error, report, notes); },
                                  Qt::QueuedConnection);
    }
    // A metadata report in the shape the wizard shows (a row is a value here).
    void deliverMetadata(const Done &done, const Result<MetadataImport::Report> &result)
    {
        if (!result) {
            deliver(done, false, result.error(), {});
            return;
        }
        const MetadataImport::Report &m = result.value();
        DataImport::Report r;
        r.records = r.values = m.records;
        r.inserted = m.inserted;
        r.updated = m.updated;
        r.unchanged = m.unchanged;
        r.rejectedRecords = r.rejectedValues = m.rejectedRecords;
        r.problems = m.problems;
        r.problemCount = m.problems.size();
        r.format = m.format;
        r.applied = m.applied;
        deliver(done, true, QString(), r, m.notes);
    }

    QObject *m_receiver;
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DataImport> m_import;
    std::unique_ptr<MetadataImport> m_metadata;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
};

// A page whose Next or Finish button waits for the wizard's say-so (a check or an import
// running or refused).
class GatedPage final : public QWizardPage
{
public:
    GatedPage(std::function<bool()> complete, QWidget *parent) : QWizardPage(parent), m_complete(std::move(complete)) {}
    bool isComplete() const override { return m_complete(); }
    void refresh() { emit completeChanged(); }

private:
    std::function<bool()> m_complete;
};

namespace {
const CsvReader::Encoding Encodings[] = {CsvReader::Encoding::Detect, CsvReader::Encoding::Utf8,
                                         CsvReader::Encoding::Gb18030, CsvReader::Encoding::Utf16LE,
                                         CsvReader::Encoding::Utf16BE};
const char16_t Delimiters[] = {0, u',', u';', u'\t'};
constexpr int PreviewRows = 12;
constexpr const char *MappingKind = "data";

// A page's progress bar with its Stop button, and the summary under them.
void addProgress(QVBoxLayout *layout, const char *barName, const char *stopName, const char *summaryName,
                 QProgressBar **bar, QPushButton **stop, QLabel **summary)
{
    QWidget *page = layout->parentWidget();
    auto *row = new QHBoxLayout;
    *bar = new QProgressBar(page);
    (*bar)->setObjectName(QLatin1StringView(barName));
    *stop = new QPushButton(page);
    (*stop)->setObjectName(QLatin1StringView(stopName));
    row->addWidget(*bar, 1);
    row->addWidget(*stop);
    layout->addLayout(row);
    *summary = new QLabel(page);
    (*summary)->setObjectName(QLatin1StringView(summaryName));
    (*summary)->setWordWrap(true);
    layout->addWidget(*summary);
}

QTableWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}
} // namespace

ImportWizard::ImportWizard(Session *session, QWidget *parent)
    : QWizard(parent), m_session(session), m_runner(std::make_unique<ImportRunner>(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(980, 680);
    if (m_session) {
        for (const Indicator &i : IndicatorRepository(m_session->database()).all(m_session->programmeId()))
        {
            m_indicators.append({i.code, i.nameEn, i.nameZh});
            // The preview converts periods as the check will: by the indicator's frequency.
            const Period::Type type = DataValueService::periodType(i.frequency);
            for (const QString &key : {i.code, i.nameEn, i.nameZh})
                if (!key.trimmed().isEmpty())
                    m_periodTypes.insert(key.simplified().toCaseFolded(), type);
        }
    }

    // 1. The file.
    m_filePage = new QWizardPage(this);
    {
        auto *layout = new QVBoxLayout(m_filePage);
        auto *form = new QFormLayout;
        m_contents = new QComboBox(m_filePage);
        m_contents->setObjectName(QStringLiteral("contents"));
        for (int i = 0; i < 4; ++i)
            m_contents->addItem(QString());
        m_contentsLabel = new QLabel(m_filePage);
        m_contentsLabel->setBuddy(m_contents);
        form->addRow(m_contentsLabel, m_contents);
        auto *row = new QHBoxLayout;
        m_path = new QLineEdit(m_filePage);
        m_path->setObjectName(QStringLiteral("path"));
        m_browse = new QPushButton(m_filePage);
        m_browse->setObjectName(QStringLiteral("browse"));
        row->addWidget(m_path, 1);
        row->addWidget(m_browse);
        m_fileLabel = new QLabel(m_filePage);
        m_fileLabel->setBuddy(m_path);
        form->addRow(m_fileLabel, row);
        m_encoding = new QComboBox(m_filePage);
        m_encoding->setObjectName(QStringLiteral("encoding"));
        for (int i = 0; i < int(std::size(Encodings)); ++i)
            m_encoding->addItem(QString());
        m_encodingLabel = new QLabel(m_filePage);
        m_encodingLabel->setBuddy(m_encoding);
        form->addRow(m_encodingLabel, m_encoding);
        m_delimiter = new QComboBox(m_filePage);
        m_delimiter->setObjectName(QStringLiteral("delimiter"));
        for (int i = 0; i < int(std::size(Delimiters)); ++i)
            m_delimiter->addItem(QString());
        m_delimiterLabel = new QLabel(m_filePage);
        m_delimiterLabel->setBuddy(m_delimiter);
        form->addRow(m_delimiterLabel, m_delimiter);
        m_sheet = new QComboBox(m_filePage);
        m_sheet->setObjectName(QStringLiteral("sheet"));
        m_sheet->addItem(QString());
        m_sheetLabel = new QLabel(m_filePage);
        m_sheetLabel->setBuddy(m_sheet);
        form->addRow(m_sheetLabel, m_sheet);
        m_arm = new QComboBox(m_filePage);
        m_arm->setObjectName(QStringLiteral("dhis2Arm"));
        m_arm->addItem(QString());
        m_arm->addItem(QString());
        m_armLabel = new QLabel(m_filePage);
        m_armLabel->setBuddy(m_arm);
        form->addRow(m_armLabel, m_arm);
        layout->addLayout(form);
        m_detected = new QLabel(m_filePage);
        m_detected->setObjectName(QStringLiteral("detected"));
        m_detected->setWordWrap(true);
        layout->addWidget(m_detected);
        m_preview = makeTable(m_filePage, QStringLiteral("preview"));
        layout->addWidget(m_preview, 1);
        connect(m_browse, &QPushButton::clicked, this, &ImportWizard::browse);
        connect(m_path, &QLineEdit::editingFinished, this, &ImportWizard::readPreview);
        connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportWizard::readPreview);
        connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportWizard::readPreview);
        connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportWizard::readPreview);
        connect(m_contents, &QComboBox::currentIndexChanged, this, &ImportWizard::contentsChanged);
    }
    setPage(FilePage, m_filePage);

    // 2. The columns.
    m_columnsPage = new QWizardPage(this);
    {
        auto *layout = new QVBoxLayout(m_columnsPage);
        auto *saved = new QHBoxLayout;
        m_savedLabel = new QLabel(m_columnsPage);
        m_saved = new QComboBox(m_columnsPage);
        m_saved->setObjectName(QStringLiteral("savedMappings"));
        m_savedLabel->setBuddy(m_saved);
        m_saveMapping = new QPushButton(m_columnsPage);
        m_saveMapping->setObjectName(QStringLiteral("saveMapping"));
        m_deleteMapping = new QPushButton(m_columnsPage);
        m_deleteMapping->setObjectName(QStringLiteral("deleteMapping"));
        saved->addWidget(m_savedLabel);
        saved->addWidget(m_saved, 1);
        saved->addWidget(m_saveMapping);
        saved->addWidget(m_deleteMapping);
        layout->addLayout(saved);
        auto *layouts = new QHBoxLayout;
        m_long = new QRadioButton(m_columnsPage);
        m_long->setObjectName(QStringLiteral("long"));
        m_wide = new QRadioButton(m_columnsPage);
        m_wide->setObjectName(QStringLiteral("wide"));
        auto *group = new QButtonGroup(m_columnsPage);
        group->addButton(m_long);
        group->addButton(m_wide);
        m_long->setChecked(true);
        layouts->addWidget(m_long);
        layouts->addWidget(m_wide);
        layouts->addStretch();
        layout->addLayout(layouts);
        auto *middle = new QHBoxLayout;
        m_fieldForm = new QFormLayout;
        for (int f = 0; f < ImportMapping::FieldCount; ++f) {
            auto *combo = new QComboBox(m_columnsPage);
            combo->setObjectName(QStringLiteral("field_") + ImportMapping::fieldKey(ImportMapping::Field(f)));
            auto *label = new QLabel(m_columnsPage);
            label->setBuddy(combo);
            m_fieldForm->addRow(label, combo);
            m_fieldLabels.append(label);
            m_fieldCombos.append(combo);
            connect(combo, &QComboBox::currentIndexChanged, this, &ImportWizard::updateMappingPreview);
        }
        middle->addLayout(m_fieldForm, 2);
        auto *wideBox = new QVBoxLayout;
        m_wideLabel = new QLabel(m_columnsPage);
        m_wideLabel->setWordWrap(true);
        m_wideTable = makeTable(m_columnsPage, QStringLiteral("wideColumns"));
        m_wideTable->setColumnCount(3);
        wideBox->addWidget(m_wideLabel);
        wideBox->addWidget(m_wideTable, 1);
        middle->addLayout(wideBox, 3);
        layout->addLayout(middle, 2);
        // Sites and indicators: one column per field.
        m_metadataColumns = new QWidget(m_columnsPage);
        m_metadataColumns->setObjectName(QStringLiteral("metadataColumns"));
        m_metadataForm = new QFormLayout(m_metadataColumns);
        m_metadataForm->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_metadataColumns, 2);
        m_mappingProblem = new QLabel(m_columnsPage);
        m_mappingProblem->setObjectName(QStringLiteral("mappingProblem"));
        m_mappingProblem->setWordWrap(true);
        m_mappingProblem->setStyleSheet(QStringLiteral("color: #b00020"));
        layout->addWidget(m_mappingProblem);
        m_mappingPreviewLabel = new QLabel(m_columnsPage);
        layout->addWidget(m_mappingPreviewLabel);
        m_mappingPreview = makeTable(m_columnsPage, QStringLiteral("mappingPreview"));
        layout->addWidget(m_mappingPreview, 2);
        connect(m_long, &QRadioButton::toggled, this, [this] {
            updateLayoutControls();
            updateMappingPreview();
        });
        connect(m_saved, &QComboBox::activated, this, &ImportWizard::loadSavedMapping);
        connect(m_saveMapping, &QPushButton::clicked, this, &ImportWizard::saveMapping);
        connect(m_deleteMapping, &QPushButton::clicked, this, &ImportWizard::deleteSavedMapping);
    }
    setPage(ColumnsPage, m_columnsPage);

    // 3. The check.
    m_checkPage = new GatedPage(
        [this] {
            return m_checked && !m_running && m_report.inserted + m_report.updated > 0 &&
                   (contents() == Contents::Data || m_report.rejectedValues == 0);
        },
        this);
    {
        auto *layout = new QVBoxLayout(m_checkPage);
        addProgress(layout, "checkProgress", "cancelCheck", "checkSummary", &m_checkProgress, &m_cancelCheck, &m_checkSummary);
        m_problemModel = new QStandardItemModel(0, 3, m_checkPage);
        m_problems = new QTableView(m_checkPage);
        m_problems->setObjectName(QStringLiteral("problems"));
        m_problems->setModel(m_problemModel);
        m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_problems->setWordWrap(false);
        m_problems->verticalHeader()->setVisible(false);
        m_problems->horizontalHeader()->setStretchLastSection(true);
        layout->addWidget(m_problems, 1);
        m_saveRejected = new QPushButton(m_checkPage);
        m_saveRejected->setObjectName(QStringLiteral("saveRejected"));
        layout->addWidget(m_saveRejected, 0, Qt::AlignLeft);
        connect(m_cancelCheck, &QPushButton::clicked, this, [this] { m_runner->cancel(); });
        connect(m_saveRejected, &QPushButton::clicked, this, &ImportWizard::saveRejected);
    }
    setPage(CheckPage, m_checkPage);

    // 4. The import.
    m_resultPage = new GatedPage([this] { return !m_running; }, this);
    {
        auto *layout = new QVBoxLayout(m_resultPage);
        addProgress(layout, "importProgress", "cancelImport", "resultSummary", &m_importProgress, &m_cancelImport,
                    &m_resultSummary);
        layout->addStretch();
        connect(m_cancelImport, &QPushButton::clicked, this, [this] { m_runner->cancel(); });
    }
    setPage(ResultPage, m_resultPage);

    retranslateUi();
    contentsChanged();
    // The file is what everyone fills in; what it holds is data values unless said otherwise.
    QTimer::singleShot(0, m_path, qOverload<>(&QWidget::setFocus));
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::isBusy() const
{
    return m_running;
}

void ImportWizard::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    readPreview();
}

void ImportWizard::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import data"), m_path->text(),
        tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx);;DHIS2 metadata (*.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

ImportWizard::Contents ImportWizard::contents() const
{
    return Contents(std::clamp(m_contents->currentIndex(), 0, 3));
}

void ImportWizard::setContents(Contents contents)
{
    m_contents->setCurrentIndex(int(contents));
}

int ImportWizard::nextId() const
{
    // A DHIS2 metadata export has no columns to match.
    if (currentId() == FilePage && contents() == Contents::Dhis2)
        return CheckPage;
    return QWizard::nextId();
}

void ImportWizard::contentsChanged()
{
    const bool dhis2 = contents() == Contents::Dhis2;
    m_arm->setVisible(dhis2);
    m_armLabel->setVisible(dhis2);
    for (QWidget *w : std::initializer_list<QWidget *>{m_encoding, m_encodingLabel, m_delimiter, m_delimiterLabel})
        w->setEnabled(!dhis2);
    readPreview();
}

MetadataMapping ImportWizard::metadataMapping() const
{
    MetadataMapping m;
    m.kind = contents() == Contents::Indicators ? MetadataMapping::Kind::Indicators : MetadataMapping::Kind::Sites;
    for (int i = 0; i < m_metadataFields.size() && i < m_metadataCombos.size(); ++i) {
        const int c = m_metadataCombos[i]->currentIndex();
        if (c > 0)
            m.columns.insert(m_metadataFields[i], m_header.value(c - 1));
    }
    return m;
}

void ImportWizard::fillMetadataColumns()
{
    const bool data = contents() == Contents::Data;
    for (QWidget *w : std::initializer_list<QWidget *>{m_long, m_wide, m_wideLabel, m_wideTable, m_mappingPreviewLabel,
                                                       m_mappingPreview, m_saved, m_savedLabel, m_saveMapping,
                                                       m_deleteMapping})
        w->setVisible(data);
    for (int f = 0; f < m_fieldCombos.size(); ++f) {
        m_fieldCombos[f]->setVisible(data);
        m_fieldLabels[f]->setVisible(data);
    }
    m_metadataColumns->setVisible(!data);
    if (data)
        return;
    while (m_metadataForm->rowCount() > 0)
        m_metadataForm->removeRow(0);
    m_metadataLabels.clear();
    m_metadataCombos.clear();
    const auto kind = contents() == Contents::Indicators ? MetadataMapping::Kind::Indicators : MetadataMapping::Kind::Sites;
    m_metadataFields = MetadataMapping::fields(kind);
    const MetadataMapping guessed = MetadataMapping::guess(kind, m_header);
    for (const QString &field : std::as_const(m_metadataFields)) {
        auto *combo = new QComboBox(m_metadataColumns);
        combo->setObjectName(QStringLiteral("meta_") + field);
        combo->addItem(tr("(not in the file)"));
        combo->addItems(m_header);
        const QString header = guessed.columns.value(field);
        combo->setCurrentIndex(header.isEmpty() ? 0 : int(m_header.indexOf(header)) + 1);
        auto *label = new QLabel(MetadataMapping::fieldLabel(field) + u':', m_metadataColumns);
        label->setBuddy(combo);
        m_metadataForm->addRow(label, combo);
        m_metadataLabels.append(label);
        m_metadataCombos.append(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            const auto resolved = metadataMapping().resolve(m_header);
            m_mappingProblem->setText(resolved ? QString() : resolved.error());
        });
    }
    const auto resolved = metadataMapping().resolve(m_header);
    m_mappingProblem->setText(resolved ? QString() : resolved.error());
}

void ImportWizard::readPreview()
{
    m_header.clear();
    m_rows.clear();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    m_error.clear();
    if (path.isEmpty()) {
        m_detected->setText(tr("Choose a CSV file or an Excel workbook (XLSX)."));
        return;
    }
    if (contents() == Contents::Dhis2) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            m_detected->setText(m_error);
            return;
        }
        m_sheet->setEnabled(false);
        m_detected->setText(tr("A DHIS2 metadata export (JSON): organisation units become sites, data elements "
                               "indicators, category option combos category options; DHIS2's ids are kept as the "
                               "sites' and indicators' DHIS2 codes."));
        return;
    }
    CsvReader::Options o;
    o.encoding = Encodings[std::max(0, m_encoding->currentIndex())];
    o.delimiter = QChar(Delimiters[std::max(0, m_delimiter->currentIndex())]);
    o.source = QFileInfo(path).fileName();
    // A workbook: its sheets to choose from (listed once per file).
    const bool workbook = TableFiles::isZip(path);
    if (workbook && m_sheetsOf != path) {
        XlsxReader probe(path, {});
        const QSignalBlocker blocker(m_sheet);
        m_sheet->clear();
        m_sheet->addItem(tr("(the first)"));
        if (probe.open())
            m_sheet->addItems(probe.sheetNames());
        m_sheetsOf = path;
    }
    m_sheet->setEnabled(workbook);
    m_encoding->setEnabled(!workbook);
    m_delimiter->setEnabled(!workbook);
    auto opened = TableFiles::open(path, o, workbook && m_sheet->currentIndex() > 0 ? m_sheet->currentText() : QString());
    if (!opened) {
        m_error = opened.error();
        m_detected->setText(m_error);
        return;
    }
    TableReader &reader = *opened.value();
    QStringList fields;
    if (reader.next(&fields))
        m_header = fields;
    while (m_rows.size() < PreviewRows && reader.next(&fields))
        m_rows.append(fields);
    if (!reader.error().isEmpty() && m_rows.size() < PreviewRows)
        m_error = reader.error();
    if (m_header.isEmpty() && m_error.isEmpty())
        m_error = tr("%1 is empty: it has no header row.").arg(o.source);
    m_detected->setText(m_error.isEmpty()
                            ? tr("Read as %1. If the preview shows garbled characters, choose another encoding.")
                                  .arg(reader.format())
                            : m_error);
    m_preview->setColumnCount(int(m_header.size()));
    m_preview->setHorizontalHeaderLabels(m_header);
    m_preview->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r)
        for (int c = 0; c < m_rows[r].size() && c < m_header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(m_rows[r][c]));
    m_preview->resizeColumnsToContents();
}

ImportMapping ImportWizard::mapping() const
{
    ImportMapping m;
    m.layout = m_wide->isChecked() ? ImportMapping::Layout::Wide : ImportMapping::Layout::Long;
    for (int f = 0; f < ImportMapping::FieldCount; ++f) {
        const int i = m_fieldCombos[f]->currentIndex();
        m.columns[f] = i > 0 ? m_header.value(i - 1) : QString();
    }
    if (m.layout == ImportMapping::Layout::Wide) {
        for (int r = 0; r < m_wideTable->rowCount(); ++r) {
            auto *indicator = qobject_cast<QComboBox *>(m_wideTable->cellWidget(r, 1));
            auto *part = qobject_cast<QComboBox *>(m_wideTable->cellWidget(r, 2));
            if (!indicator || indicator->currentIndex() <= 0)
                continue;
            m.wide.append({m_wideTable->item(r, 0)->text(), indicator->currentData().toString(),
                           ImportMapping::Part(part ? part->currentIndex() : 0)});
        }
    }
    return m;
}

void ImportWizard::fillColumnPage()
{
    for (QComboBox *combo : std::as_const(m_fieldCombos)) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(not in the file)"));
        combo->addItems(m_header);
    }
    const QSignalBlocker blocker(m_wideTable);
    m_wideTable->setRowCount(int(m_header.size()));
    for (int r = 0; r < m_header.size(); ++r) {
        m_wideTable->setItem(r, 0, new QTableWidgetItem(m_header[r]));
        auto *indicator = new QComboBox(m_wideTable);
        // Long indicator names are elided; the list shows them whole.
        indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        indicator->setMinimumContentsLength(14);
        indicator->addItem(tr("(not an indicator)"));
        for (const auto &i : std::as_const(m_indicators)) {
            const QString name = QLocale().language() == QLocale::Chinese && !i.nameZh.isEmpty() ? i.nameZh : i.nameEn;
            indicator->addItem(QStringLiteral("%1 — %2").arg(i.code, name), i.code);
        }
        auto *part = new QComboBox(m_wideTable);
        for (auto p : {ImportMapping::Part::Value, ImportMapping::Part::Numerator, ImportMapping::Part::Denominator})
            part->addItem(ImportMapping::partLabel(p));
        m_wideTable->setCellWidget(r, 1, indicator);
        m_wideTable->setCellWidget(r, 2, part);
        connect(indicator, &QComboBox::currentIndexChanged, this, &ImportWizard::updateMappingPreview);
        connect(part, &QComboBox::currentIndexChanged, this, &ImportWizard::updateMappingPreview);
    }
    m_wideTable->resizeColumnToContents(0);
    m_wideTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_wideTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_wideTable->horizontalHeader()->setStretchLastSection(false);
    fillSavedMappings();
    applyMappingToControls(ImportMapping::guess(m_header, m_indicators));
}

void ImportWizard::applyMappingToControls(const ImportMapping &m)
{
    {
        const QSignalBlocker a(m_long), b(m_wide);
        (m.layout == ImportMapping::Layout::Wide ? m_wide : m_long)->setChecked(true);
    }
    for (int f = 0; f < ImportMapping::FieldCount; ++f) {
        const QSignalBlocker blocker(m_fieldCombos[f]);
        const int column = m.columns[f].isEmpty() ? -1 : int(m_header.indexOf(m.columns[f]));
        m_fieldCombos[f]->setCurrentIndex(column + 1);
    }
    for (int r = 0; r < m_wideTable->rowCount(); ++r) {
        auto *indicator = qobject_cast<QComboBox *>(m_wideTable->cellWidget(r, 1));
        auto *part = qobject_cast<QComboBox *>(m_wideTable->cellWidget(r, 2));
        const QSignalBlocker a(indicator), b(part);
        indicator->setCurrentIndex(0);
        part->setCurrentIndex(0);
        for (const auto &w : m.wide) {
            if (w.header == m_header.value(r)) {
                indicator->setCurrentIndex(std::max(0, indicator->findData(w.indicator)));
                part->setCurrentIndex(int(w.part));
            }
        }
    }
    updateLayoutControls();
    updateMappingPreview();
}

void ImportWizard::updateLayoutControls()
{
    const bool wide = m_wide->isChecked();
    for (auto f : {ImportMapping::Field::Indicator, ImportMapping::Field::Value, ImportMapping::Field::Numerator,
                   ImportMapping::Field::Denominator}) {
        m_fieldCombos[int(f)]->setEnabled(!wide);
        m_fieldLabels[int(f)]->setEnabled(!wide);
    }
    m_wideTable->setEnabled(wide);
    m_wideLabel->setEnabled(wide);
}

void ImportWizard::updateMappingPreview()
{
    const ImportMapping m = mapping();
    const auto resolved = m.resolve(m_header);
    m_mappingProblem->setText(resolved ? QString() : resolved.error());
    m_mappingPreview->clear();
    m_mappingPreview->setRowCount(0);
    const QStringList columns = {tr("Row"), tr("Site"), tr("Indicator"), tr("Period"), tr("Option"),
                                 tr("Value"), tr("Numerator"), tr("Denominator")};
    m_mappingPreview->setColumnCount(int(columns.size()));
    m_mappingPreview->setHorizontalHeaderLabels(columns);
    if (!resolved)
        return;
    const auto &r = resolved.value();
    auto cell = [](const QStringList &row, int c) { return c >= 0 && c < row.size() ? row[c].trimmed() : QString(); };
    auto period = [this](const QString &text, const QString &indicator) {
        if (text.isEmpty())
            return QString();
        QString why;
        const Period::Type type = m_periodTypes.value(indicator.simplified().toCaseFolded(), Period::Type::Invalid);
        const Period p = PeriodText::parse(text, type, &why);
        if (!p.isValid())
            return tr("%1 → not a period").arg(text);
        return p.id() == text ? text : tr("%1 → %2").arg(text, p.id());
    };
    auto add = [&](int rowNumber, const QStringList &row, const QString &indicator, const QString &value,
                   const QString &num, const QString &den) {
        const int at = m_mappingPreview->rowCount();
        m_mappingPreview->insertRow(at);
        const QStringList cells = {QString::number(rowNumber), cell(row, r.index[int(ImportMapping::Field::Site)]),
                                   indicator, period(cell(row, r.index[int(ImportMapping::Field::Period)]), indicator),
                                   cell(row, r.index[int(ImportMapping::Field::Option)]), value, num, den};
        for (int c = 0; c < cells.size(); ++c)
            m_mappingPreview->setItem(at, c, new QTableWidgetItem(cells[c]));
    };
    for (int i = 0; i < m_rows.size(); ++i) {
        const QStringList &row = m_rows[i];
        if (m.layout == ImportMapping::Layout::Long) {
            add(i + 2, row, cell(row, r.index[int(ImportMapping::Field::Indicator)]),
                cell(row, r.index[int(ImportMapping::Field::Value)]), cell(row, r.index[int(ImportMapping::Field::Numerator)]),
                cell(row, r.index[int(ImportMapping::Field::Denominator)]));
            continue;
        }
        QStringList seen;
        for (const auto &[column, w] : r.wide) {
            if (seen.contains(w.indicator))
                continue;
            seen.append(w.indicator);
            QString parts[3];
            for (const auto &[c2, w2] : r.wide)
                if (w2.indicator == w.indicator)
                    parts[int(w2.part)] = cell(row, c2);
            if (!parts[0].isEmpty() || !parts[1].isEmpty() || !parts[2].isEmpty())
                add(i + 2, row, w.indicator, parts[0], parts[1], parts[2]);
        }
    }
    m_mappingPreview->resizeColumnsToContents();
}

void ImportWizard::fillSavedMappings(const QString &select)
{
    const QSignalBlocker blocker(m_saved);
    m_saved->clear();
    m_saved->addItem(tr("(recognised from the header)"));
    if (m_session)
        m_saved->addItems(ImportMappingStore(m_session->database()).names(m_session->programmeId(), QLatin1StringView(MappingKind)));
    m_saved->setCurrentIndex(std::max(0, m_saved->findText(select)));
    m_deleteMapping->setEnabled(m_saved->currentIndex() > 0);
}

void ImportWizard::loadSavedMapping()
{
    m_deleteMapping->setEnabled(m_saved->currentIndex() > 0);
    if (m_saved->currentIndex() <= 0 || !m_session) {
        applyMappingToControls(ImportMapping::guess(m_header, m_indicators));
        return;
    }
    const auto json = ImportMappingStore(m_session->database())
                          .find(m_session->programmeId(), QLatin1StringView(MappingKind), m_saved->currentText());
    if (json)
        applyMappingToControls(ImportMapping::fromJson(*json));
}

void ImportWizard::saveMapping()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save mapping"), tr("Name of the mapping:"), QLineEdit::Normal,
                                               m_saved->currentIndex() > 0 ? m_saved->currentText() : QString(), &ok);
    if (!ok)
        return;
    auto saved = ImportMappingStore(m_session->database())
                     .save(m_session->programmeId(), QLatin1StringView(MappingKind), name, mapping().toJson(),
                           m_session->actor().userId);
    if (!saved) {
        QMessageBox::warning(this, tr("Save mapping"), saved.error());
        return;
    }
    fillSavedMappings(name.trimmed());
}

void ImportWizard::deleteSavedMapping()
{
    if (!m_session || m_saved->currentIndex() <= 0)
        return;
    const QString name = m_saved->currentText();
    if (QMessageBox::question(this, tr("Delete mapping"), tr("Delete the saved mapping \"%1\"?").arg(name)) !=
        QMessageBox::Yes)
        return;
    auto removed = ImportMappingStore(m_session->database()).remove(m_session->programmeId(), QLatin1StringView(MappingKind), name);
    if (!removed)
        QMessageBox::warning(this, tr("Delete mapping"), removed.error());
    fillSavedMappings();
}

DataImport::Options ImportWizard::options() const
{
    DataImport::Options o;
    o.path = QDir::fromNativeSeparators(m_path->text().trimmed());
    o.csv.encoding = Encodings[std::max(0, m_encoding->currentIndex())];
    o.csv.delimiter = QChar(Delimiters[std::max(0, m_delimiter->currentIndex())]);
    o.sheet = m_sheet->isEnabled() && m_sheet->currentIndex() > 0 ? m_sheet->currentText() : QString();
    o.mapping = mapping();
    o.programmeId = m_session ? m_session->programmeId() : 0;
    return o;
}

void ImportWizard::initializePage(int id)
{
    if (id == ColumnsPage) {
        fillMetadataColumns(); // shows the controls of what the file holds
        if (contents() == Contents::Data)
            fillColumnPage();
    }
    else if (id == CheckPage)
        startCheck();
    else if (id == ResultPage)
        startImport();
}

void ImportWizard::cleanupPage(int id)
{
    // Back from the check: a check still running is stopped and its result dropped.
    if (id == CheckPage) {
        if (m_running)
            m_runner->cancel();
        ++m_generation;
        m_running = false;
        m_checked = false;
    }
    QWizard::cleanupPage(id);
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        readPreview();
        if (!m_error.isEmpty() || (m_header.isEmpty() && contents() != Contents::Dhis2)) {
            QMessageBox::warning(this, tr("Import data"), m_error.isEmpty() ? m_detected->text() : m_error);
            return false;
        }
        return true;
    case ColumnsPage: {
        if (contents() != Contents::Data) {
            const auto resolved = metadataMapping().resolve(m_header);
            m_mappingProblem->setText(resolved ? QString() : resolved.error());
            return resolved.ok();
        }
        const auto resolved = mapping().resolve(m_header);
        if (!resolved) {
            m_mappingProblem->setText(resolved.error());
            return false;
        }
        return true;
    }
    case CheckPage:
        if (!m_checked || m_running)
            return false;
        if (m_report.inserted + m_report.updated == 0) {
            QMessageBox::information(this, tr("Import data"),
                                     tr("There is nothing to import: every accepted value is already in the database."));
            return false;
        }
        return true;
    default: return true;
    }
}

void ImportWizard::startCheck()
{
    if (!m_session)
        return;
    const int generation = ++m_generation; // results of an earlier check are dropped
    m_checked = false;
    m_running = true;
    m_problemModel->removeRows(0, m_problemModel->rowCount());
    m_checkSummary->setText(tr("Checking every row…"));
    m_checkProgress->setRange(0, 1000);
    m_checkProgress->setValue(0);
    m_cancelCheck->setEnabled(true);
    m_saveRejected->setEnabled(false);
    static_cast<GatedPage *>(m_checkPage)->refresh();
    if (contents() != Contents::Data) {
        MetadataImport::Options o;
        o.path = QDir::fromNativeSeparators(m_path->text().trimmed());
        o.source = contents() == Contents::Sites        ? MetadataImport::Source::Sites
                   : contents() == Contents::Indicators ? MetadataImport::Source::Indicators
                                                        : MetadataImport::Source::Dhis2;
        o.csv = options().csv;
        o.sheet = options().sheet;
        if (contents() != Contents::Dhis2)
            o.mapping = metadataMapping();
        o.programmeId = m_session->programmeId();
        o.dhis2Arm = m_arm->currentIndex() == 0 ? Arm::Comparison : Arm::Pilot;
        m_runner->checkMetadata(m_session->database().path(), m_session->actor(), o,
                                [this](qint64 done, qint64 total) { showProgress(done, total); },
                                [this, generation](bool ok, const QString &error, const DataImport::Report &report,
                                                   const QStringList &notes) {
                                    if (generation == m_generation) {
                                        m_notes = notes;
                                        showCheck(ok, error, report);
                                    }
                                });
        return;
    }
    m_runner->check(m_session->database().path(), m_session->actor(), options(),
                    [this](qint64 done, qint64 total) { showProgress(done, total); },
                    [this, generation](bool ok, const QString &error, const DataImport::Report &report,
                                       const QStringList &notes) {
                        if (generation == m_generation) {
                            m_notes = notes;
                            showCheck(ok, error, report);
                        }
                    });
}

void ImportWizard::showProgress(qint64 done, qint64 total)
{
    QProgressBar *bar = currentId() == ResultPage ? m_importProgress : m_checkProgress;
    bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

QString ImportWizard::summaryText(const DataImport::Report &r, bool applied) const
{
    const QLocale locale;
    if (contents() != Contents::Data) {
        return applied ? tr("Imported: %1 new, %2 changed, %3 already there.")
                             .arg(locale.toString(r.inserted), locale.toString(r.updated), locale.toString(r.unchanged))
                       : tr("%1 rows: %2 new, %3 changed, %4 already there, %5 rejected.")
                             .arg(locale.toString(r.records), locale.toString(r.inserted), locale.toString(r.updated),
                                  locale.toString(r.unchanged), locale.toString(r.rejectedValues));
    }
    QString text = applied ? tr("Imported: %1 new values, %2 changed, %3 already there; %4 rejected.")
                                 .arg(locale.toString(r.inserted), locale.toString(r.updated),
                                      locale.toString(r.unchanged), locale.toString(r.rejectedValues))
                           : tr("%1 rows with %2 values: %3 new, %4 changed, %5 already there, %6 rejected.")
                                 .arg(locale.toString(r.records), locale.toString(r.values), locale.toString(r.inserted),
                                      locale.toString(r.updated), locale.toString(r.unchanged),
                                      locale.toString(r.rejectedValues));
    if (applied && r.reportsCreated > 0)
        text += u' ' + tr("%n draft report(s) created.", nullptr, int(r.reportsCreated));
    return text;
}

void ImportWizard::updateCheckSummary()
{
    QString text = summaryText(m_report, false);
    for (const QString &note : std::as_const(m_notes))
        text += u'\n' + note;
    if (contents() != Contents::Data) {
        if (m_report.rejectedValues > 0)
            text += u'\n' + tr("Sites and indicators are imported all or nothing: correct the rejected rows and check "
                               "the file again.");
        else if (m_report.inserted + m_report.updated > 0)
            text += u'\n' + tr("Press Import to write the %1 new and changed rows, or Cancel to write nothing.")
                                .arg(QLocale().toString(m_report.inserted + m_report.updated));
        m_checkSummary->setText(text);
        return;
    }
    if (m_report.problemCount > m_report.problems.size())
        text += u'\n' + tr("The list shows the first %1 of %2 problems; save the rejected rows to see them all.")
                            .arg(QLocale().toString(m_report.problems.size()), QLocale().toString(m_report.problemCount));
    if (m_report.rejectedValues > 0)
        text += u'\n' + tr("Rejected rows are not imported. Save them, correct them and import them again; what was "
                           "already imported stays as it is.");
    if (m_report.inserted + m_report.updated > 0)
        text += u'\n' + tr("Press Import to write the %1 new and changed values, or Cancel to write nothing.")
                            .arg(QLocale().toString(m_report.inserted + m_report.updated));
    m_checkSummary->setText(text);
}

void ImportWizard::showCheck(bool ok, const QString &error, const DataImport::Report &report)
{
    m_running = false;
    m_cancelCheck->setEnabled(false);
    m_checkProgress->setValue(m_checkProgress->maximum());
    static_cast<GatedPage *>(m_checkPage)->refresh();
    if (!ok) {
        m_checkSummary->setText(error);
        emit checkFinished();
        return;
    }
    m_checked = true;
    m_report = report;
    updateCheckSummary();
    for (const auto &p : report.problems) {
        auto *row = new QStandardItem(QLocale().toString(p.row));
        row->setData(QVariant(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        m_problemModel->appendRow({row, new QStandardItem(p.column), new QStandardItem(p.reason)});
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_saveRejected->setEnabled(report.rejectedValues > 0 && contents() == Contents::Data);
    static_cast<GatedPage *>(m_checkPage)->refresh();
    emit checkFinished();
}

void ImportWizard::saveRejected()
{
    const QFileInfo source(options().path);
    const QString suggested = source.dir().filePath(source.completeBaseName() + tr("-rejected") + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), suggested, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    auto written = m_runner->writeRejected(path);
    if (!written)
        QMessageBox::warning(this, tr("Save rejected rows"), written.error());
    else
        m_checkSummary->setText(m_checkSummary->text() + u'\n' +
                                tr("%n rejected row(s) saved to %1.", nullptr, int(written.value()))
                                    .arg(QDir::toNativeSeparators(path)));
}

void ImportWizard::startImport()
{
    const int generation = ++m_generation;
    m_running = true;
    m_imported = false;
    m_resultSummary->setText(tr("Importing…"));
    m_importProgress->setRange(0, 1000);
    m_importProgress->setValue(0);
    m_cancelImport->setEnabled(true);
    static_cast<GatedPage *>(m_resultPage)->refresh();
    m_runner->apply([this](qint64 done, qint64 total) { showProgress(done, total); },
                    [this, generation](bool ok, const QString &error, const DataImport::Report &report,
                                       const QStringList &) {
                        if (generation == m_generation)
                            showImport(ok, error, report);
                    });
}

void ImportWizard::showImport(bool ok, const QString &error, const DataImport::Report &report)
{
    m_running = false;
    m_cancelImport->setEnabled(false);
    static_cast<GatedPage *>(m_resultPage)->refresh();
    if (!ok) {
        m_importProgress->setValue(0);
        m_resultSummary->setText(error);
        emit importFinished();
        return;
    }
    m_imported = true;
    m_report = report;
    m_importProgress->setValue(m_importProgress->maximum());
    m_resultSummary->setText(summaryText(report, true));
    if (m_session) {
        m_session->notify(Session::Entity::Report);
        m_session->notify(Session::Entity::Data);
    }
    emit importFinished();
}

void ImportWizard::reject()
{
    if (m_running) {
        // Stops a running check or import, which rolls back; the wizard stays to say so.
        m_runner->cancel();
        return;
    }
    QWizard::reject();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import data"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    m_filePage->setTitle(tr("Choose the file"));
    m_filePage->setSubTitle(tr("A CSV file or an Excel workbook (XLSX) of data values, sites or indicators, or a DHIS2 "
                               "metadata export."));
    m_fileLabel->setText(tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    m_encodingLabel->setText(tr("&Encoding:"));
    const QStringList encodings = {tr("Detect"), tr("UTF-8"), tr("GB18030 (GBK, Chinese Excel)"), tr("UTF-16 little-endian"),
                                   tr("UTF-16 big-endian")};
    for (int i = 0; i < encodings.size(); ++i)
        m_encoding->setItemText(i, encodings[i]);
    m_delimiterLabel->setText(tr("&Delimiter:"));
    m_contentsLabel->setText(tr("The file &holds:"));
    const QStringList contents = {tr("Data values"), tr("Sites"), tr("Indicators"), tr("DHIS2 metadata (JSON)")};
    for (int i = 0; i < contents.size(); ++i)
        m_contents->setItemText(i, contents[i]);
    m_sheetLabel->setText(tr("&Worksheet:"));
    if (m_sheet->count() > 0)
        m_sheet->setItemText(0, tr("(the first)"));
    m_armLabel->setText(tr("&New sites are:"));
    m_arm->setItemText(0, tr("Comparison sites"));
    m_arm->setItemText(1, tr("Pilot sites"));
    for (int i = 0; i < m_metadataLabels.size() && i < m_metadataFields.size(); ++i) {
        m_metadataLabels[i]->setText(MetadataMapping::fieldLabel(m_metadataFields[i]) + u':');
        m_metadataCombos[i]->setItemText(0, tr("(not in the file)"));
    }
    const QStringList delimiters = {tr("Detect"), tr("Comma"), tr("Semicolon"), tr("Tab")};
    for (int i = 0; i < delimiters.size(); ++i)
        m_delimiter->setItemText(i, delimiters[i]);

    m_columnsPage->setTitle(tr("Match the columns"));
    m_columnsPage->setSubTitle(tr("Columns are recognised from English or Chinese headers; check them and correct "
                                  "what is wrong."));
    m_savedLabel->setText(tr("&Saved mapping:"));
    if (m_saved->count() > 0)
        m_saved->setItemText(0, tr("(recognised from the header)"));
    m_saveMapping->setText(tr("Save &as…"));
    m_deleteMapping->setText(tr("&Delete"));
    m_long->setText(tr("&Long: one value per row"));
    m_wide->setText(tr("&Wide: one column per indicator"));
    for (int f = 0; f < ImportMapping::FieldCount; ++f) {
        m_fieldLabels[f]->setText(ImportMapping::fieldLabel(ImportMapping::Field(f)) + u':');
        if (m_fieldCombos[f]->count() > 0)
            m_fieldCombos[f]->setItemText(0, tr("(not in the file)"));
    }
    m_wideLabel->setText(tr("In a wide file, each column holding an indicator (or its numerator or denominator):"));
    m_wideTable->setHorizontalHeaderLabels({tr("Column"), tr("Indicator"), tr("Holds")});
    for (int r = 0; r < m_wideTable->rowCount(); ++r) {
        if (auto *indicator = qobject_cast<QComboBox *>(m_wideTable->cellWidget(r, 1)))
            indicator->setItemText(0, tr("(not an indicator)"));
        if (auto *part = qobject_cast<QComboBox *>(m_wideTable->cellWidget(r, 2)))
            for (auto p : {ImportMapping::Part::Value, ImportMapping::Part::Numerator, ImportMapping::Part::Denominator})
                part->setItemText(int(p), ImportMapping::partLabel(p));
    }
    m_mappingPreviewLabel->setText(tr("The first rows as they will be read (periods converted):"));

    m_checkPage->setTitle(tr("Check"));
    m_checkPage->setSubTitle(tr("Every row is checked before anything is written."));
    m_cancelCheck->setText(tr("Stop"));
    m_problemModel->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Problem")});
    m_saveRejected->setText(tr("Save rejected rows…"));

    m_resultPage->setTitle(tr("Import"));
    m_resultPage->setSubTitle(tr("The valid values are written in one step: all of them, or, if stopped, none."));
    m_cancelImport->setText(tr("Stop"));
    // The page that follows the check is the import: its Next button says so.
    m_checkPage->setButtonText(QWizard::NextButton, tr("&Import"));

    if (currentId() == FilePage)
        readPreview();
    else if (currentId() == ColumnsPage)
        updateMappingPreview();
    if (m_checked && !m_running && currentId() == CheckPage)
        updateCheckSummary();
    if (m_imported && currentId() == ResultPage)
        m_resultSummary->setText(summaryText(m_report, true));
}
