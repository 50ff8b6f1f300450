#include "databrowsermodel.h"

#include "domain/localized.h"
#include "domain/period.h"
#include "domain/vocabulary.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>

#include <cmath>

namespace {

QString number(const std::optional<double> &v)
{
    if (!v)
        return QString();
    const QLocale locale;
    if (std::abs(*v) < 1e15 && *v == std::floor(*v))
        return locale.toString(qint64(*v));
    return locale.toString(*v, 'f', 2);
}

// The browser's own workers: a slow read (an order without an index over millions of values)
// never holds up the dashboard on the global pool.
QThreadPool *browserPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(2);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

// Runs fn on the GUI thread later, as the dashboard's worker does.
template<typename Fn>
void post(Fn &&fn)
{
    QMetaObject::invokeMethod(QCoreApplication::instance(), std::forward<Fn>(fn), Qt::QueuedConnection);
}

} // namespace

DataBrowserModel::DataBrowserModel(QObject *parent)
    : QAbstractTableModel(parent), m_generation(std::make_shared<std::atomic<int>>(0))
{
}

DataBrowserModel::~DataBrowserModel()
{
    ++*m_generation; // workers still running drop their results and stop their scans
}

void DataBrowserModel::setSource(const QString &path, const DataSelection &selection)
{
    m_path = path;
    m_selection = selection;
    reload();
}

void DataBrowserModel::clear()
{
    m_path.clear();
    m_selection = DataSelection();
    reload();
}

void DataBrowserModel::setSort(DataValueBrowser::Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

DataValueBrowser::SortColumn DataBrowserModel::sortColumnOf(int column, bool *sortable)
{
    using S = DataValueBrowser::SortColumn;
    if (sortable)
        *sortable = column != CommentColumn && column >= 0 && column < ColumnCount;
    switch (column) {
    case IndicatorColumn: return S::Indicator;
    case PeriodColumn: return S::Period;
    case OptionColumn: return S::Option;
    case ValueColumn:
    case NumeratorColumn:
    case DenominatorColumn: return S::Value; // the value a person reads: the value or the rate
    case StatusColumn: return S::Status;
    case UpdatedColumn: return S::UpdatedAt;
    default: return S::Site;
    }
}

int DataBrowserModel::columnOf(DataValueBrowser::SortColumn column)
{
    using S = DataValueBrowser::SortColumn;
    switch (column) {
    case S::Site: return SiteColumn;
    case S::Indicator: return IndicatorColumn;
    case S::Period: return PeriodColumn;
    case S::Option: return OptionColumn;
    case S::Value: return ValueColumn;
    case S::Status: return StatusColumn;
    case S::UpdatedAt: return UpdatedColumn;
    }
    return SiteColumn;
}

void DataBrowserModel::sort(int column, Qt::SortOrder order)
{
    bool sortable = false;
    const DataValueBrowser::SortColumn sortColumn = sortColumnOf(column, &sortable);
    if (sortable)
        setSort({sortColumn, order == Qt::DescendingOrder});
}

void DataBrowserModel::reload()
{
    const int generation = ++*m_generation;
    beginResetModel();
    m_rows = 0;
    m_total = -1;
    m_pages.clear();
    m_pending.clear();
    m_positions.reset();
    m_error.clear();
    m_loading = !m_path.isEmpty() && m_selection.programmeId != 0;
    endResetModel();
    if (!m_loading) {
        m_total = 0;
        emit counted(0);
        return;
    }
    const QString path = m_path;
    const DataSelection selection = m_selection;
    const DataValueBrowser::Sort sort = m_sort;
    const auto counter = m_generation;
    QPointer<DataBrowserModel> guard(this);
    browserPool()->start([path, selection, sort, counter, generation, guard] {
        const auto stale = [counter, generation] { return counter->load() != generation; };
        auto opened = Database::open(path, Database::Mode::ReadOnly, Database::Check::Skip);
        if (!opened) {
            post([guard, stale, error = opened.error()] {
                if (!guard || stale())
                    return;
                guard->m_loading = false;
                guard->m_error = error;
                emit guard->failed(error);
            });
            return;
        }
        const DataValueBrowser browser(*opened.value(), selection, sort);
        // The first screen first, then the scan that counts and places the anchors.
        const auto first = browser.first(PageSize);
        if (stale())
            return;
        const bool complete = !first || first.value().size() < PageSize;
        post([guard, stale, first, complete] {
            if (!guard || stale())
                return;
            if (!first) {
                guard->m_loading = false;
                guard->m_error = first.error();
                emit guard->failed(first.error());
                return;
            }
            const int n = int(first.value().size());
            if (n > 0) {
                guard->beginInsertRows({}, 0, n - 1);
                guard->m_rows = n;
                guard->m_pages.insert(0, Page{first.value(), ++guard->m_clock});
                guard->endInsertRows();
                emit guard->pageLoaded(0, n - 1);
            }
            if (complete) {
                guard->m_loading = false;
                guard->m_total = n;
                emit guard->counted(n);
            }
        });
        if (complete)
            return;
        // The count next (SQLite picks the smallest index), so that the scroll bar is right
        // soon; the anchors for jumps follow from the longer scan of the order.
        const auto counted = browser.count();
        if (stale())
            return;
        post([guard, stale, counted] {
            if (!guard || stale() || !counted)
                return;
            guard->setRowsTo(counted.value());
            guard->m_total = counted.value();
            emit guard->counted(counted.value());
        });
        auto positions = browser.positions(DataValueBrowser::DefaultStep, stale);
        opened.value().reset(); // close the connection before the GUI thread gets the result
        if (stale())
            return;
        post([guard, stale, positions] {
            if (!guard || stale())
                return;
            guard->m_loading = false;
            if (!positions) {
                guard->m_error = positions.error();
                emit guard->failed(positions.error());
                return;
            }
            guard->m_positions = std::make_shared<const DataValueBrowser::Positions>(positions.value());
            const qint64 count = positions.value().count;
            const bool changed = count != guard->m_total; // values written since the count
            guard->setRowsTo(count);
            guard->m_total = count;
            // Rows asked for while the anchors were missing showed "…": the view asks again.
            if (guard->m_rows > PageSize)
                emit guard->dataChanged(guard->index(PageSize, 0), guard->index(guard->m_rows - 1, ColumnCount - 1));
            if (changed)
                emit guard->counted(count);
            emit guard->positioned();
        });
    });
}

void DataBrowserModel::setRowsTo(qint64 count)
{
    if (count > m_rows) {
        beginInsertRows({}, m_rows, int(count - 1));
        m_rows = int(count);
        endInsertRows();
    } else if (count < m_rows) {
        beginRemoveRows({}, int(count), m_rows - 1);
        m_rows = int(count);
        endRemoveRows();
    }
}

void DataBrowserModel::requestPage(int page) const
{
    if (m_pending.contains(page) || !m_positions || m_path.isEmpty())
        return;
    m_pending.insert(page, true);
    const QString path = m_path;
    const DataSelection selection = m_selection;
    const DataValueBrowser::Sort sort = m_sort;
    const auto positions = m_positions;
    const auto counter = m_generation;
    const int generation = counter->load();
    QPointer<DataBrowserModel> guard(const_cast<DataBrowserModel *>(this));
    browserPool()->start([path, selection, sort, positions, counter, generation, guard, page] {
        const auto stale = [counter, generation] { return counter->load() != generation; };
        if (stale())
            return;
        Result<QList<DataValueBrowser::Row>> rows = fail(QString());
        {
            auto opened = Database::open(path, Database::Mode::ReadOnly, Database::Check::Skip);
            if (!opened)
                rows = fail(opened.error());
            else
                rows = DataValueBrowser(*opened.value(), selection, sort).at(*positions, qint64(page) * PageSize, PageSize);
        }
        if (stale())
            return;
        post([guard, stale, page, rows] {
            if (!guard || stale())
                return;
            guard->m_pending.remove(page);
            if (!rows) {
                guard->m_error = rows.error();
                emit guard->failed(rows.error());
                return;
            }
            guard->storePage(page, rows.value());
        });
    });
}

void DataBrowserModel::storePage(int page, QList<DataValueBrowser::Row> rows)
{
    m_pages.insert(page, Page{std::move(rows), ++m_clock});
    // Keep the cache small: drop the page used least recently.
    while (m_pages.size() > MaxPages) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it.key() != page && (oldest == m_pages.end() || it->used < oldest->used))
                oldest = it;
        if (oldest == m_pages.end())
            break;
        m_pages.erase(oldest);
    }
    const int first = page * PageSize;
    const int last = std::min(m_rows, first + PageSize) - 1;
    if (last >= first) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        emit pageLoaded(first, last);
    }
}

const DataValueBrowser::Row *DataBrowserModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const auto it = m_pages.find(row / PageSize);
    if (it == m_pages.end() || row % PageSize >= it->rows.size())
        return nullptr;
    return &it->rows.at(row % PageSize);
}

void DataBrowserModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int DataBrowserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int DataBrowserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Vertical)
        return QLocale().toString(section + 1);
    switch (section) {
    case SiteColumn: return tr("Site");
    case IndicatorColumn: return tr("Indicator");
    case PeriodColumn: return tr("Period");
    case OptionColumn: return tr("Option", "category option, or the total");
    case ValueColumn: return tr("Value");
    case NumeratorColumn: return tr("Numerator");
    case DenominatorColumn: return tr("Denominator");
    case StatusColumn: return tr("Status", "of the report");
    case CommentColumn: return tr("Comment");
    case UpdatedColumn: return tr("Last changed");
    default: return QVariant();
    }
}

QString DataBrowserModel::text(const DataValueBrowser::Row &r, int column) const
{
    switch (column) {
    case SiteColumn: return QStringLiteral("%1 %2").arg(r.siteCode, localized(r.siteNameEn, r.siteNameZh));
    case IndicatorColumn: return QStringLiteral("%1 %2").arg(r.indicatorCode, localized(r.indicatorNameEn, r.indicatorNameZh));
    case PeriodColumn: {
        const Period p = Period::parse(r.period);
        return p.isValid() ? p.displayName() : r.period;
    }
    case OptionColumn: return r.optionId == 0 ? tr("Total") : localized(r.optionNameEn, r.optionNameZh);
    case ValueColumn: {
        if (r.value)
            return number(r.value);
        // A percentage or a rate: shown as one (and sorted by it).
        ValueType type = ValueType::Count;
        if (!r.numerator || !r.denominator || *r.denominator == 0 || !Vocabulary::fromKey(r.valueType, &type))
            return QString();
        if (type == ValueType::Percentage)
            return tr("%1%").arg(QLocale().toString(*r.numerator * 100.0 / *r.denominator, 'f', 1));
        if (type == ValueType::RatePer1000)
            return tr("%1 per 1,000").arg(QLocale().toString(*r.numerator * 1000.0 / *r.denominator, 'f', 1));
        return QLocale().toString(*r.numerator / *r.denominator, 'f', 2);
    }
    case NumeratorColumn: return number(r.numerator);
    case DenominatorColumn: return number(r.denominator);
    case StatusColumn: {
        DataStatus status = DataStatus::Draft;
        return Vocabulary::fromKey(r.status, &status) ? Vocabulary::label(status) : r.status;
    }
    case CommentColumn: return r.comment;
    case UpdatedColumn: {
        QDateTime t = QDateTime::fromString(r.updatedAt, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(r.updatedAt, Qt::ISODate);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : r.updatedAt;
    }
    default: return QString();
    }
}

QVariant DataBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() >= ColumnCount)
        return QVariant();
    const int page = index.row() / PageSize;
    const auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (role == Qt::DisplayRole) {
            requestPage(page);
            return QStringLiteral("…");
        }
        return QVariant();
    }
    it->used = ++m_clock;
    if (index.row() % PageSize >= it->rows.size())
        return QVariant();
    const DataValueBrowser::Row &r = it->rows.at(index.row() % PageSize);
    switch (role) {
    case Qt::DisplayRole: return text(r, index.column());
    case Qt::ToolTipRole:
        return index.column() == CommentColumn && !r.comment.isEmpty() ? QVariant(r.comment) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == NumeratorColumn || index.column() == DenominatorColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case IdRole: return r.id;
    case SiteIdRole: return r.siteId;
    case IndicatorIdRole: return r.indicatorId;
    case PeriodRole: return r.period;
    default: return QVariant();
    }
}
