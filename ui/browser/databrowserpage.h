#pragma once

#include "domain/indicator.h"
#include "domain/site.h"
#include "io/dataselection.h"

#include <QPointer>
#include <QWidget>

class DataBrowserModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class Session;
class Settings;

// The data browser: every data value of the programme in one table, filtered by site,
// indicator, period range and report status, sorted by any column (in SQL), over millions of
// values (DataBrowserModel reads only the pages on show). Its selection is a DataSelection, the
// same description an export takes: "Export selection…" emits it. Filters and sort persist in
// the settings.
class DataBrowserPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DataBrowserPage(Settings &settings, QWidget *parent = nullptr);
    ~DataBrowserPage() override;

    void setSession(Session *session);
    // The values the filters describe.
    DataSelection selection() const;
    // What "Export selection…" exports: the filters; when some (not all) rows are selected,
    // narrowed to the sites and indicators of the selected rows whose page is loaded. A
    // DataSelection names sites and indicators, not single values, so every value of those
    // sites × indicators within the filters is exported.
    DataSelection exportSelection() const;

    DataBrowserModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *countLabel() const { return m_count; }

signals:
    void exportRequested(const DataSelection &selection);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillFilters();
    void fillPeriods();
    void fillStatuses();
    void restoreFilters();
    void saveFilters();
    void refresh();
    void showCount();

    Settings &m_settings;
    QPointer<Session> m_session;
    QList<Site> m_sites;
    QList<Indicator> m_indicators;
    bool m_filling = false;
    bool m_stale = true;

    QLabel *m_siteLabel;
    QComboBox *m_site;
    QLabel *m_indicatorLabel;
    QComboBox *m_indicator;
    QLabel *m_fromLabel;
    QComboBox *m_from;
    QLabel *m_toLabel;
    QComboBox *m_to;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QPushButton *m_reset;
    QPushButton *m_export;
    QLabel *m_count;
    QLabel *m_empty;
    QTableView *m_view;
    DataBrowserModel *m_model;
};
