#pragma once

#include "io/dataexport.h"
#include "io/dataselection.h"

#include <QDialog>

#include <atomic>
#include <memory>

class ErrorLabel;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class Session;

// Exports data values (DataExport) in a chosen format: the selection (indicators, sites,
// period range, report statuses), the file, a progress bar with cancel and the result. The
// export runs on the thread pool with its own read-only connection, so the window stays live.
// Another page can preset the selection with setSelection().
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(Session *session, QWidget *parent = nullptr);
    ExportDialog(Session *session, const DataSelection &selection, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setSelection(const DataSelection &selection);
    DataSelection selection() const;
    DataExport::Options options() const;
    void setPath(const QString &path);
    bool isRunning() const { return m_cancel != nullptr; }

    // Starts the export (what the Export button does).
    void start();
    void cancel();

signals:
    // The export ended: written, failed or cancelled.
    void finished(bool written);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void fillLists();
    void browse();
    void updateState();
    void done(const Result<DataExport::Summary> &result, const QString &path);

    Session *m_session;
    qint64 m_programmeId = 0;
    QList<QLabel *> m_labels;
    QComboBox *m_format;
    QCheckBox *m_bom;
    QComboBox *m_sheets;
    QLineEdit *m_dataSet;
    QListWidget *m_indicators;
    QListWidget *m_sites;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QList<QCheckBox *> m_statuses;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_result;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    std::shared_ptr<std::atomic_bool> m_cancel; // set while an export runs
    std::optional<Result<DataExport::Summary>> m_lastResult;
    QString m_lastPath;
};
