#pragma once

#include "io/dataselection.h"
#include "storage/datavaluebrowser.h"

#include <QAbstractTableModel>
#include <QHash>

#include <atomic>
#include <memory>

// The data browser's table: a window onto the data values of a DataSelection, millions of rows
// without reading them all. Pages of PageSize rows are read on worker threads, each with its own
// read-only connection (as the dashboard does), and kept in a small cache; a row whose page is
// not here yet shows "…" until the page arrives (dataChanged). The first page shows at once, then
// the rows grow to the count (one count(*)), and then the anchors that make any page cheap to
// read arrive from a scan of the order (DataValueBrowser::positions); rows asked for before
// that show "…" until it ends. sort() re-reads in SQL.
class DataBrowserModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SiteColumn,
        IndicatorColumn,
        PeriodColumn,
        OptionColumn,
        ValueColumn,
        NumeratorColumn,
        DenominatorColumn,
        StatusColumn,
        CommentColumn,
        UpdatedColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SiteIdRole = Qt::UserRole + 2;
    static constexpr int IndicatorIdRole = Qt::UserRole + 3;
    static constexpr int PeriodRole = Qt::UserRole + 4; // the period id
    static constexpr int PageSize = 200;
    static constexpr int MaxPages = 64; // cached pages (12,800 rows)

    explicit DataBrowserModel(QObject *parent = nullptr);
    ~DataBrowserModel() override;

    // Shows the selection's values in the file at path (read on workers; nothing here).
    void setSource(const QString &path, const DataSelection &selection);
    void clear();
    const DataSelection &selection() const { return m_selection; }
    DataValueBrowser::Sort currentSort() const { return m_sort; }
    void setSort(DataValueBrowser::Sort sort);

    // The number of rows once counted; -1 while counting.
    qint64 totalCount() const { return m_total; }
    // True while the count, the anchors or a page are being read.
    bool isLoading() const { return m_loading || !m_pending.isEmpty(); }
    // The anchors are here: any row can be read.
    bool isPositioned() const { return m_positions != nullptr || (m_total >= 0 && !m_loading); }
    QString errorString() const { return m_error; }
    // The row if its page is here; null while it loads.
    const DataValueBrowser::Row *rowAt(int row) const;
    // Re-reads headers and cells in the new language.
    void retranslate();

    static DataValueBrowser::SortColumn sortColumnOf(int column, bool *sortable = nullptr);
    static int columnOf(DataValueBrowser::SortColumn column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The total is known (or the first page showed there is no more).
    void counted(qint64 total);
    // A page arrived (rows first to last).
    void pageLoaded(int first, int last);
    // The anchors for jumps arrived (after the count).
    void positioned();
    void failed(const QString &message);

private:
    struct Page
    {
        QList<DataValueBrowser::Row> rows;
        quint64 used = 0;
    };
    void reload();
    void setRowsTo(qint64 count);
    void requestPage(int page) const;
    void storePage(int page, QList<DataValueBrowser::Row> rows);
    QString text(const DataValueBrowser::Row &row, int column) const;

    QString m_path;
    DataSelection m_selection;
    DataValueBrowser::Sort m_sort;
    std::shared_ptr<std::atomic<int>> m_generation;
    int m_rows = 0;
    qint64 m_total = -1;
    bool m_loading = false;
    QString m_error;
    std::shared_ptr<const DataValueBrowser::Positions> m_positions;
    mutable QHash<int, Page> m_pages;
    mutable QHash<int, bool> m_pending;
    mutable quint64 m_clock = 0;
};
