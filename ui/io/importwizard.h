#pragma once

#include "io/dataimport.h"
#include "domain/period.h"
#include "io/metadataimport.h"

#include <QWizard>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class Session;
class ImportRunner;

// File › Import data…: choose a file (encoding and delimiter detected or chosen, with a
// preview that shows a wrong guess), map its columns (recognised from English or Chinese
// headers, long or wide layout, saved mappings), check it (a report of every rejected row,
// which can be saved as CSV) and import the valid rows — or cancel, which changes nothing.
// The check and the import run on a thread of their own with their own connection.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, ColumnsPage, CheckPage, ResultPage };
    // What the file holds.
    enum class Contents { Data, Sites, Indicators, Dhis2 };

    explicit ImportWizard(Session *session, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // For a preset file (tests, drag and drop).
    void setFile(const QString &path);
    bool isBusy() const;
    // The last check's or import's report.
    const DataImport::Report &report() const { return m_report; }
    ImportMapping mapping() const;
    MetadataMapping metadataMapping() const;
    Contents contents() const;
    void setContents(Contents contents);
    int nextId() const override;

signals:
    void checkFinished();
    void importFinished();

protected:
    void initializePage(int id) override;
    void cleanupPage(int id) override;
    bool validateCurrentPage() override;
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void browse();
    void readPreview();
    void contentsChanged();
    void fillMetadataColumns();
    void fillColumnPage();
    void applyMappingToControls(const ImportMapping &mapping);
    void updateMappingPreview();
    void updateLayoutControls();
    void loadSavedMapping();
    void saveMapping();
    void deleteSavedMapping();
    void fillSavedMappings(const QString &select = {});
    void startCheck();
    void startImport();
    void updateCheckSummary();
    void showCheck(bool ok, const QString &error, const DataImport::Report &report);
    void showImport(bool ok, const QString &error, const DataImport::Report &report);
    void saveRejected();
    void showProgress(qint64 done, qint64 total);
    DataImport::Options options() const;
    QString summaryText(const DataImport::Report &report, bool applied) const;

    Session *m_session;
    std::unique_ptr<ImportRunner> m_runner;
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<ImportMapping::IndicatorName> m_indicators;
    QHash<QString, Period::Type> m_periodTypes; // folded indicator code or name → its period type
    DataImport::Report m_report;
    bool m_checked = false;
    bool m_imported = false;
    bool m_running = false;
    int m_generation = 0; // of the latest check or import; older results are dropped
    QString m_error;
    QStringList m_notes; // what a metadata check skipped and why

    // File page
    QWizardPage *m_filePage;
    QLabel *m_fileLabel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_encodingLabel;
    QComboBox *m_encoding;
    QLabel *m_delimiterLabel;
    QComboBox *m_delimiter;
    QLabel *m_detected;
    QLabel *m_contentsLabel;
    QComboBox *m_contents;
    QLabel *m_sheetLabel;
    QComboBox *m_sheet;
    QLabel *m_armLabel;
    QComboBox *m_arm;
    QString m_sheetsOf; // the file whose sheets m_sheet lists
    QTableWidget *m_preview;
    // Columns page
    QWizardPage *m_columnsPage;
    QLabel *m_savedLabel;
    QComboBox *m_saved;
    QPushButton *m_saveMapping;
    QPushButton *m_deleteMapping;
    QRadioButton *m_long;
    QRadioButton *m_wide;
    QFormLayout *m_fieldForm;
    QList<QLabel *> m_fieldLabels;
    QList<QComboBox *> m_fieldCombos;
    QWidget *m_metadataColumns;
    QFormLayout *m_metadataForm;
    QList<QLabel *> m_metadataLabels;
    QList<QComboBox *> m_metadataCombos;
    QStringList m_metadataFields;
    QLabel *m_wideLabel;
    QTableWidget *m_wideTable;
    QLabel *m_mappingProblem;
    QLabel *m_mappingPreviewLabel;
    QTableWidget *m_mappingPreview;
    // Check page
    QWizardPage *m_checkPage;
    QProgressBar *m_checkProgress;
    QPushButton *m_cancelCheck;
    QLabel *m_checkSummary;
    QTableView *m_problems;
    QStandardItemModel *m_problemModel;
    QPushButton *m_saveRejected;
    // Result page
    QWizardPage *m_resultPage;
    QProgressBar *m_importProgress;
    QPushButton *m_cancelImport;
    QLabel *m_resultSummary;
};
