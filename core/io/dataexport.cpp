#include "dataexport.h"

#include "domain/dhis2mapping.h"
#include "domain/period.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <charconv>
#include <cmath>
#include <functional>
#include <cstdio>

namespace {

// The start of a period id as yyyymm, and its length rank (month, quarter, year), in SQL, so
// that the range filter and the order follow start dates whatever the kind of period.
const QString PeriodStart = QStringLiteral(
    "(CASE WHEN length(dv.period) = 4 THEN CAST(dv.period AS INTEGER) * 100 + 1"
    " WHEN substr(dv.period, 5, 1) = 'Q' THEN CAST(substr(dv.period, 1, 4) AS INTEGER) * 100"
    " + CAST(substr(dv.period, 6) AS INTEGER) * 3 - 2"
    " ELSE CAST(dv.period AS INTEGER) END)");
const QString PeriodRank = QStringLiteral(
    "(CASE WHEN length(dv.period) = 4 THEN 2 WHEN substr(dv.period, 5, 1) = 'Q' THEN 1 ELSE 0 END)");

int startKey(const Period &p)
{
    return p.startDate().year() * 100 + p.startDate().month();
}

// The last month of a period: "to" 2024 takes every period that starts in 2024.
int lastMonthKey(const Period &p)
{
    return p.endDate().year() * 100 + p.endDate().month();
}

QByteArray jsonArrayOf(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QByteArray jsonArrayOf(const QStringList &texts)
{
    return QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact);
}

// The WHERE clause of a selection; parameters ?1 programme, ?2 sites, ?3 indicators, ?4 from,
// ?5 to, ?6 statuses (bound by bindSelection).
QString whereOf(const DataSelection &selection)
{
    QString where = QStringLiteral("WHERE dv.deleted = 0 AND s.deleted = 0 AND i.deleted = 0"
                                   " AND s.programme_id = ?1 AND i.programme_id = ?1");
    if (!selection.siteIds.isEmpty())
        where += QStringLiteral(" AND dv.site_id IN (SELECT value FROM json_each(?2))");
    if (!selection.indicatorIds.isEmpty())
        where += QStringLiteral(" AND dv.indicator_id IN (SELECT value FROM json_each(?3))");
    if (!selection.from.isEmpty())
        where += QStringLiteral(" AND ") + PeriodStart + QStringLiteral(" >= ?4");
    if (!selection.to.isEmpty())
        where += QStringLiteral(" AND ") + PeriodStart + QStringLiteral(" <= ?5");
    if (!selection.statuses.isEmpty())
        where += QStringLiteral(" AND ifnull(r.status, 'draft') IN (SELECT value FROM json_each(?6))");
    return where;
}

const QString FromSql = QStringLiteral(
    " FROM data_value dv JOIN site s ON s.id = dv.site_id JOIN indicator i ON i.id = dv.indicator_id"
    " LEFT JOIN category_option o ON o.id = dv.option_id"
    " LEFT JOIN indicator_option io ON io.indicator_id = dv.indicator_id AND io.option_id = dv.option_id"
    " LEFT JOIN report r ON r.site_id = dv.site_id AND r.period = dv.period AND r.deleted = 0"
    " LEFT JOIN app_user u ON u.id = dv.updated_by ");

void bindSelection(SqliteStatement &s, const DataSelection &selection)
{
    s.bind(1, selection.programmeId);
    if (!selection.siteIds.isEmpty())
        s.bind(2, jsonArrayOf(selection.siteIds));
    if (!selection.indicatorIds.isEmpty())
        s.bind(3, jsonArrayOf(selection.indicatorIds));
    if (!selection.from.isEmpty())
        s.bind(4, startKey(Period::parse(selection.from)));
    if (!selection.to.isEmpty())
        s.bind(5, lastMonthKey(Period::parse(selection.to)));
    if (!selection.statuses.isEmpty())
        s.bind(6, jsonArrayOf(selection.statuses));
}

std::optional<double> optionalReal(const SqliteStatement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.real(column);
}

// The output file: written under a temporary name beside the target (QSaveFile), in blocks,
// committed by finish(). Without finish() nothing replaces the target.
class TextSink final
{
public:
    explicit TextSink(const QString &path) : m_file(path) {}

    bool open() { return m_file.open(QIODevice::WriteOnly); }
    QString errorString() const { return m_file.errorString(); }

    void write(const QByteArray &bytes)
    {
        m_buffer.append(bytes);
        if (m_buffer.size() >= 256 * 1024)
            flush();
    }
    bool failed() const { return m_failed; }
    bool finish()
    {
        flush();
        return !m_failed && m_file.commit();
    }

private:
    void flush()
    {
        if (m_buffer.isEmpty() || m_failed)
            return;
        if (m_file.write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
    }

    QSaveFile m_file;
    QByteArray m_buffer;
    bool m_failed = false;
};

QByteArray jsonString(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (u < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", u);
                out.append(escaped);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
    return out;
}

// XML 1.0 text or attribute content; control characters XML cannot carry are dropped.
QByteArray xmlEscaped(const QByteArray &text, bool attribute)
{
    QByteArray out;
    out.reserve(text.size());
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append(attribute ? "&quot;" : "\""); break;
        case '\n': out.append(attribute ? "&#10;" : "\n"); break;
        case '\r': out.append("&#13;"); break;
        case '\t': out.append(attribute ? "&#9;" : "\t"); break;
        default:
            if (u >= 0x20)
                out.append(c);
        }
    }
    return out;
}

// The value DHIS2 receives: the stored value; for a percentage or rate stored as its numerator
// and denominator (as entry stores them), the rate on the indicator's own scale (n × 100 / d,
// n × 1000 / d), like the dashboards show it. None when there is nothing to send.
std::optional<double> dhis2Value(const DataExport::Row &r)
{
    if (r.value)
        return r.value;
    if (hasParts(r.valueType) && r.numerator && r.denominator && *r.denominator > 0)
        return *r.numerator * (r.valueType == ValueType::Percentage ? 100.0 : 1000.0) / *r.denominator;
    return std::nullopt;
}

// ADX periods are ISO 8601 start/duration ranges: 2024-03-01/P1M, 2024-01-01/P3M, 2024-01-01/P1Y.
QByteArray adxPeriod(const Period &p)
{
    const char *duration = p.type() == Period::Type::Monthly ? "P1M" : p.type() == Period::Type::Quarterly ? "P3M" : "P1Y";
    return p.startDate().toString(Qt::ISODate).toLatin1() + '/' + duration;
}

// The DHIS2 codes of the programme's rows, by kind and local key, and the fallbacks used.
class Dhis2Codes final
{
public:
    Dhis2Codes(Database &database, qint64 programmeId)
    {
        SqliteStatement s(database.handle(), "SELECT kind, local_key, remote FROM dhis2_mapping"
                                             " WHERE programme_id = ? AND deleted = 0");
        s.bind(1, programmeId);
        while (s.next()) {
            Dhis2Kind kind;
            if (dhis2KindFromKey(s.text(0), &kind))
                m_codes[int(kind)].insert(s.bytes(1), s.bytes(2));
        }
    }

    // The remote code of key, else the fallback, noting it for the warnings.
    QByteArray code(Dhis2Kind kind, const QByteArray &key, const QByteArray &fallback)
    {
        const auto it = m_codes[int(kind)].constFind(key);
        if (it != m_codes[int(kind)].constEnd())
            return it.value();
        if (kind != Dhis2Kind::Period && !m_missing[int(kind)].contains(fallback)) {
            m_missing[int(kind)].insert(fallback);
            m_missingOrder[int(kind)].append(QString::fromUtf8(fallback));
        }
        return fallback;
    }
    // The period override, if any.
    std::optional<QByteArray> period(const QByteArray &id) const
    {
        const auto it = m_codes[int(Dhis2Kind::Period)].constFind(id);
        return it == m_codes[int(Dhis2Kind::Period)].constEnd() ? std::nullopt : std::optional(it.value());
    }

    void addWarnings(QStringList *warnings) const
    {
        auto list = [](const QStringList &codes) {
            constexpr int Shown = 20;
            QString text = codes.mid(0, Shown).join(QStringLiteral(", "));
            if (codes.size() > Shown)
                text += QStringLiteral(", …");
            return text;
        };
        if (!m_missingOrder[int(Dhis2Kind::Site)].isEmpty())
            warnings->append(DataExport::tr("Sites without a DHIS2 orgUnit mapping, exported under their ScaleReady codes (%1): %2")
                                 .arg(m_missingOrder[int(Dhis2Kind::Site)].size())
                                 .arg(list(m_missingOrder[int(Dhis2Kind::Site)])));
        if (!m_missingOrder[int(Dhis2Kind::Indicator)].isEmpty())
            warnings->append(
                DataExport::tr("Indicators without a DHIS2 dataElement mapping, exported under their ScaleReady codes (%1): %2")
                    .arg(m_missingOrder[int(Dhis2Kind::Indicator)].size())
                    .arg(list(m_missingOrder[int(Dhis2Kind::Indicator)])));
        if (!m_missingOrder[int(Dhis2Kind::Option)].isEmpty())
            warnings->append(DataExport::tr("Category options without a DHIS2 categoryOptionCombo mapping, exported under their "
                                            "ScaleReady codes (%1): %2")
                                 .arg(m_missingOrder[int(Dhis2Kind::Option)].size())
                                 .arg(list(m_missingOrder[int(Dhis2Kind::Option)])));
    }

private:
    QHash<QByteArray, QByteArray> m_codes[4];
    QSet<QByteArray> m_missing[4];
    QStringList m_missingOrder[4];
};

// A cancel or a failed write stops the row loop; the caller reports which.
enum class Stop { None, Cancelled, WriteFailed };

QString cancelledMessage(const QString &path)
{
    return DataExport::tr("The export to %1 was cancelled; no file was written.").arg(QDir::toNativeSeparators(path));
}

QString writeFailedMessage(const QString &path, const QString &reason)
{
    return DataExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

// ---- XLSX ----------------------------------------------------------------------------------

constexpr lxw_row_t MaxSheetRows = 1048576; // Excel's limit, the header included

// One sheet of values; continued on "NAME (2)" … when Excel's row limit is reached.
struct ValueSheet
{
    QByteArray baseName;
    lxw_worksheet *sheet = nullptr;
    lxw_row_t row = 0;
    int part = 1;
};

// Asks whether to go on while SQLite works inside a statement too (the sort before the first
// row of a large export), so that Stop stops at once; interrupts the statement when not.
class Interruptible final
{
public:
    Interruptible(sqlite3 *db, std::function<bool()> keepGoing) : m_db(db), m_keepGoing(std::move(keepGoing))
    {
        if (m_keepGoing)
            sqlite3_progress_handler(m_db, 100000, &Interruptible::tick, this);
    }
    ~Interruptible() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    Interruptible(const Interruptible &) = delete;
    Interruptible &operator=(const Interruptible &) = delete;
    bool stopped() const { return m_stopped; }

private:
    static int tick(void *self)
    {
        auto *i = static_cast<Interruptible *>(self);
        if (!i->m_keepGoing()) {
            i->m_stopped = true;
            return 1;
        }
        return 0;
    }
    sqlite3 *m_db;
    std::function<bool()> m_keepGoing;
    bool m_stopped = false;
};

class XlsxWriter final
{
public:
    XlsxWriter(Database &database, const DataSelection &selection, const DataExport::Options &options)
        : m_database(database), m_selection(selection), m_options(options)
    {
    }
    ~XlsxWriter()
    {
        if (m_workbook)
            lxw_workbook_free(m_workbook);
    }

    Result<DataExport::Summary> write(const QString &path, const DataExport::Progress &progress, qint64 total)
    {
        const QFileInfo info(path);
        QTemporaryFile temporary(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(info.fileName())));
        if (!temporary.open())
            return fail(writeFailedMessage(path, temporary.errorString()), ErrorKind::File);
        temporary.close();
        const QByteArray temporaryName = QFile::encodeName(temporary.fileName());
        lxw_workbook_options workbookOptions{};
        workbookOptions.constant_memory = 1; // rows go to disk as they are written: flat memory
        workbookOptions.use_zip64 = 1;
        m_workbook = workbook_new_opt(temporaryName.constData(), &workbookOptions);
        if (!m_workbook)
            return fail(writeFailedMessage(path, DataExport::tr("the workbook could not be created")), ErrorKind::File);
        createFormats();

        const bool perIndicator = m_options.sheets == DataExport::SheetLayout::PerIndicator;
        if (!perIndicator)
            m_longSheet = addValueSheet("Data 数据", false);
        // Sheets for indicators exist before the values stream in, in the indicators' order.
        QList<std::pair<qint64, QByteArray>> indicators;
        {
            SqliteStatement s(m_database.handle(), "SELECT id, code, name_en, name_zh, value_type, frequency FROM indicator"
                                                   " WHERE programme_id = ?1 AND deleted = 0"
                                                   " AND (?2 IS NULL OR id IN (SELECT value FROM json_each(?2)))"
                                                   " ORDER BY sort_order, code");
            s.bind(1, m_selection.programmeId);
            if (!m_selection.indicatorIds.isEmpty())
                s.bind(2, jsonArrayOf(m_selection.indicatorIds));
            while (s.next())
                indicators.append({s.int64(0), s.bytes(1)});
        }
        if (perIndicator) {
            for (const auto &[id, code] : std::as_const(indicators))
                m_indicatorSheets.insert(id, addValueSheet(code, true));
        }
        if (auto done = writeIndicators(); !done)
            return fail(writeFailedMessage(path, done.error()), ErrorKind::File);
        if (auto done = writeSites(); !done)
            return fail(writeFailedMessage(path, done.error()), ErrorKind::File);

        DataExport::Summary summary;
        Stop stop = Stop::None;
        lxw_error error = LXW_NO_ERROR;
        Interruptible interruptible(m_database.handle(), progress ? std::function<bool()>([&] {
            return progress(summary.rows, total);
        }) : std::function<bool()>());
        auto rows = DataExport::forEachRow(m_database, m_selection, [&](const DataExport::Row &r) {
            ValueSheet *target = perIndicator ? m_indicatorSheets.value(r.indicatorId) : m_longSheet;
            if (!target) // an indicator outside the listed ones cannot happen; keep the value anyway
                target = m_indicatorSheets[r.indicatorId] = addValueSheet(r.indicator, true);
            error = writeValue(target, r, !perIndicator);
            if (error != LXW_NO_ERROR) {
                stop = Stop::WriteFailed;
                return false;
            }
            ++summary.rows;
            if (progress && summary.rows % 1000 == 0 && !progress(summary.rows, total)) {
                stop = Stop::Cancelled;
                return false;
            }
            return true;
        });
        if (interruptible.stopped() || stop == Stop::Cancelled)
            return fail(cancelledMessage(path));
        if (!rows)
            return fail(rows.error());
        if (stop == Stop::WriteFailed)
            return fail(writeFailedMessage(path, QString::fromUtf8(lxw_strerror(error))), ErrorKind::File);
        lxw_workbook *workbook = std::exchange(m_workbook, nullptr);
        if (const lxw_error closed = workbook_close(workbook); closed != LXW_NO_ERROR)
            return fail(writeFailedMessage(path, QString::fromUtf8(lxw_strerror(closed))), ErrorKind::File);
        if (std::rename(temporaryName.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0)
            return fail(writeFailedMessage(path, QString::fromLocal8Bit(std::strerror(errno))), ErrorKind::File);
        temporary.setAutoRemove(false);
        if (progress)
            progress(summary.rows, total);
        return summary;
    }

private:
    void createFormats()
    {
        m_header = workbook_add_format(m_workbook);
        format_set_bold(m_header);
        format_set_bg_color(m_header, 0xDDE4EE);
        format_set_text_wrap(m_header);
        // Values keep the number as stored; the format only shows it. A percentage is stored as
        // 0–100, so its % sign is a literal, not Excel's ×100 percent format.
        const std::pair<ValueType, const char *> formats[] = {
            {ValueType::Count, "#,##0"},
            {ValueType::Percentage, "0.0\"%\""},
            {ValueType::RatePer1000, "0.0"},
            {ValueType::Mean, "0.00"},
            {ValueType::YesNo, "0"},
        };
        for (const auto &[type, pattern] : formats) {
            lxw_format *f = workbook_add_format(m_workbook);
            format_set_num_format(f, pattern);
            m_valueFormats.insert(type, f);
        }
    }

    // A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique in the workbook.
    QByteArray uniqueSheetName(const QByteArray &wanted)
    {
        QString name = QString::fromUtf8(wanted);
        for (QChar &c : name) {
            if (QStringLiteral("[]:*?/\\").contains(c))
                c = u'_';
        }
        name = name.trimmed();
        if (name.startsWith(u'\''))
            name[0] = u'_';
        if (name.isEmpty())
            name = QStringLiteral("_");
        name.truncate(31);
        QString candidate = name;
        for (int n = 2; m_sheetNames.contains(candidate.toLower()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            candidate = name.left(31 - suffix.size()) + suffix;
        }
        m_sheetNames.insert(candidate.toLower());
        return candidate.toUtf8();
    }

    static const QList<QByteArray> &valueHeaders(bool withIndicator)
    {
        static const QList<QByteArray> all = {"Site / 项目点", "Indicator / 指标", "Period / 期间", "Option / 分类选项", "Value / 数值",
                                              "Numerator / 分子", "Denominator / 分母", "Comment / 备注", "Status / 状态"};
        static const QList<QByteArray> without = [] {
            QList<QByteArray> list = all;
            list.removeAt(1);
            return list;
        }();
        return withIndicator ? all : without;
    }

    lxw_worksheet *addSheet(const QByteArray &name, const QList<QByteArray> &headers, const QList<double> &widths)
    {
        lxw_worksheet *ws = workbook_add_worksheet(m_workbook, name.constData());
        if (!ws) // out of memory or temporary files: the caller reports it
            return nullptr;
        for (int c = 0; c < headers.size(); ++c) {
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths.value(c, 14), nullptr);
            worksheet_write_string(ws, 0, lxw_col_t(c), headers.at(c).constData(), m_header);
        }
        worksheet_freeze_panes(ws, 1, 0);
        return ws;
    }

    ValueSheet *addValueSheet(const QByteArray &name, bool perIndicator)
    {
        auto sheet = std::make_unique<ValueSheet>();
        sheet->baseName = name;
        sheet->sheet = addSheet(uniqueSheetName(name), valueHeaders(!perIndicator), {});
        sheet->row = 1;
        m_sheets.push_back(std::move(sheet));
        return m_sheets.back().get();
    }

    lxw_error writeValue(ValueSheet *target, const DataExport::Row &r, bool withIndicator)
    {
        if (target->row >= MaxSheetRows) {
            ++target->part;
            target->sheet = addSheet(uniqueSheetName(target->baseName + " (" + QByteArray::number(target->part) + ')'),
                                     valueHeaders(withIndicator), {});
            target->row = 1;
        }
        lxw_worksheet *ws = target->sheet;
        if (!ws)
            return LXW_ERROR_MEMORY_MALLOC_FAILED;
        const lxw_row_t row = target->row++;
        lxw_col_t c = 0;
        lxw_error e = LXW_NO_ERROR;
        auto text = [&](const QByteArray &t) {
            if (e == LXW_NO_ERROR && !t.isEmpty())
                e = worksheet_write_string(ws, row, c, t.constData(), nullptr);
            ++c;
        };
        auto number = [&](const std::optional<double> &v, lxw_format *format) {
            if (e == LXW_NO_ERROR && v)
                e = worksheet_write_number(ws, row, c, *v, format);
            ++c;
        };
        text(r.site);
        if (withIndicator)
            text(r.indicator);
        text(r.period);
        text(r.option);
        number(r.value, m_valueFormats.value(r.valueType));
        number(r.numerator, nullptr);
        number(r.denominator, nullptr);
        text(r.comment);
        text(r.status);
        return e;
    }

    static QByteArray unitOf(ValueType type)
    {
        switch (type) {
        case ValueType::Count: return "count / 数";
        case ValueType::Percentage: return "% (0–100)";
        case ValueType::RatePer1000: return "per 1,000 / 每千";
        case ValueType::Mean: return "mean / 均值";
        case ValueType::YesNo: return "1 = yes, 0 = no / 1 = 是，0 = 否";
        }
        return {};
    }

    Result<void> writeIndicators()
    {
        lxw_worksheet *ws = addSheet(uniqueSheetName("Indicators 指标"),
                                     {"Code / 代码", "Name (English) / 名称（英文）", "Name (Chinese) / 名称（中文）",
                                      "Value type / 数值类型", "Frequency / 频率", "Unit / 单位"},
                                     {14, 40, 30, 16, 14, 22});
        if (!ws)
            return fail(DataExport::tr("The workbook could not take another worksheet."));
        SqliteStatement s(m_database.handle(), "SELECT code, name_en, name_zh, value_type, frequency FROM indicator"
                                               " WHERE programme_id = ?1 AND deleted = 0"
                                               " AND (?2 IS NULL OR id IN (SELECT value FROM json_each(?2)))"
                                               " ORDER BY sort_order, code");
        s.bind(1, m_selection.programmeId);
        if (!m_selection.indicatorIds.isEmpty())
            s.bind(2, jsonArrayOf(m_selection.indicatorIds));
        lxw_row_t row = 1;
        while (s.next()) {
            ValueType type = ValueType::Count;
            Vocabulary::fromKey(s.text(3), &type);
            const QByteArray cells[] = {s.bytes(0), s.bytes(1), s.bytes(2), s.bytes(3), s.bytes(4), unitOf(type)};
            for (int c = 0; c < 6; ++c) {
                if (!cells[c].isEmpty()) {
                    if (const lxw_error e = worksheet_write_string(ws, row, lxw_col_t(c), cells[c].constData(), nullptr); e)
                        return fail(QString::fromUtf8(lxw_strerror(e)));
                }
            }
            ++row;
        }
        if (!s.ok())
            return fail(s.error());
        return {};
    }

    Result<void> writeSites()
    {
        lxw_worksheet *ws = addSheet(uniqueSheetName("Sites 项目点"),
                                     {"Code / 代码", "Name (English) / 名称（英文）", "Name (Chinese) / 名称（中文）",
                                      "Province (English) / 省（英文）", "Province (Chinese) / 省（中文）",
                                      "Prefecture (English) / 市州（英文）", "Prefecture (Chinese) / 市州（中文）",
                                      "County (English) / 县（英文）", "County (Chinese) / 县（中文）", "Arm / 组别",
                                      "Locality / 城乡"},
                                     {12, 28, 20, 16, 12, 18, 12, 18, 12, 12, 10});
        if (!ws)
            return fail(DataExport::tr("The workbook could not take another worksheet."));
        SqliteStatement s(m_database.handle(), "SELECT code, name_en, name_zh, province_en, province_zh, prefecture_en,"
                                               " prefecture_zh, county_en, county_zh, arm, locality FROM site"
                                               " WHERE programme_id = ?1 AND deleted = 0"
                                               " AND (?2 IS NULL OR id IN (SELECT value FROM json_each(?2)))"
                                               " ORDER BY code");
        s.bind(1, m_selection.programmeId);
        if (!m_selection.siteIds.isEmpty())
            s.bind(2, jsonArrayOf(m_selection.siteIds));
        lxw_row_t row = 1;
        while (s.next()) {
            for (int c = 0; c < 11; ++c) {
                const QByteArray cell = s.bytes(c);
                if (!cell.isEmpty()) {
                    if (const lxw_error e = worksheet_write_string(ws, row, lxw_col_t(c), cell.constData(), nullptr); e)
                        return fail(QString::fromUtf8(lxw_strerror(e)));
                }
            }
            ++row;
        }
        if (!s.ok())
            return fail(s.error());
        return {};
    }

    Database &m_database;
    const DataSelection &m_selection;
    const DataExport::Options &m_options;
    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_header = nullptr;
    QHash<ValueType, lxw_format *> m_valueFormats;
    std::vector<std::unique_ptr<ValueSheet>> m_sheets;
    ValueSheet *m_longSheet = nullptr;
    QHash<qint64, ValueSheet *> m_indicatorSheets;
    QSet<QString> m_sheetNames;
};

} // namespace

QString DataExport::formatKey(Format format)
{
    switch (format) {
    case Format::Csv: return QStringLiteral("csv");
    case Format::Xlsx: return QStringLiteral("xlsx");
    case Format::Dhis2Json: return QStringLiteral("dhis2-json");
    case Format::Dhis2Csv: return QStringLiteral("dhis2-csv");
    case Format::Adx: return QStringLiteral("adx");
    }
    return {};
}

std::optional<DataExport::Format> DataExport::formatFromKey(const QString &key)
{
    for (Format f : {Format::Csv, Format::Xlsx, Format::Dhis2Json, Format::Dhis2Csv, Format::Adx}) {
        if (formatKey(f) == key)
            return f;
    }
    return std::nullopt;
}

QString DataExport::formatLabel(Format format)
{
    switch (format) {
    case Format::Csv: return tr("CSV (ScaleReady layout)");
    case Format::Xlsx: return tr("Excel workbook (XLSX)");
    case Format::Dhis2Json: return tr("DHIS2 data value set (JSON)");
    case Format::Dhis2Csv: return tr("DHIS2 data values (CSV)");
    case Format::Adx: return tr("ADX (XML)");
    }
    return {};
}

QString DataExport::fileSuffix(Format format)
{
    switch (format) {
    case Format::Csv:
    case Format::Dhis2Csv: return QStringLiteral("csv");
    case Format::Xlsx: return QStringLiteral("xlsx");
    case Format::Dhis2Json: return QStringLiteral("json");
    case Format::Adx: return QStringLiteral("xml");
    }
    return {};
}

QByteArray DataExport::number(const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value))
        return {};
    const double v = *value == 0 ? 0.0 : *value; // no "-0"
    char buffer[400];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed);
    if (error != std::errc())
        return QByteArray::number(v, 'g', 17);
    return QByteArray(buffer, end - buffer);
}

QByteArray DataExport::csvField(const QByteArray &text)
{
    bool quote = false;
    for (char c : text) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    QByteArray out = text;
    out.replace('"', "\"\"");
    return '"' + out + '"';
}

Result<void> DataExport::validate(Database &database, const DataSelection &selection)
{
    sqlite3 *db = database.handle();
    {
        SqliteStatement s(db, "SELECT 1 FROM programme WHERE id = ? AND deleted = 0");
        s.bind(1, selection.programmeId);
        if (!s.next())
            return fail(tr("The selection names a programme (id %1) that does not exist.").arg(selection.programmeId));
    }
    for (const auto &[table, ids] : {std::pair{"site", &selection.siteIds}, std::pair{"indicator", &selection.indicatorIds}}) {
        SqliteStatement s(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND programme_id = ? AND deleted = 0")
                                  .arg(QLatin1StringView(table)));
        for (qint64 id : *ids) {
            s.bind(1, id);
            s.bind(2, selection.programmeId);
            const bool found = s.next();
            s.run(); // reset
            if (!found)
                return fail(qstrcmp(table, "site") == 0
                                ? tr("The selection names a site (id %1) that is not in the programme.").arg(id)
                                : tr("The selection names an indicator (id %1) that is not in the programme.").arg(id));
        }
    }
    Period from, to;
    for (const auto &[text, period] : {std::pair{&selection.from, &from}, std::pair{&selection.to, &to}}) {
        if (text->isEmpty())
            continue;
        QString why;
        *period = Period::parse(*text, &why);
        if (!period->isValid())
            return fail(why);
    }
    if (from.isValid() && to.isValid() && to < from)
        return fail(tr("The period range ends (%1) before it starts (%2).").arg(to.id(), from.id()));
    for (const QString &status : selection.statuses) {
        DataStatus known;
        if (!Vocabulary::fromKey(status, &known))
            return fail(tr("Unknown report status \"%1\" (draft, submitted, approved or returned).").arg(status));
    }
    return {};
}

Result<qint64> DataExport::count(Database &database, const DataSelection &selection)
{
    SqliteStatement s(database.handle(), QStringLiteral("SELECT count(*)") + FromSql + whereOf(selection));
    if (!s.ok())
        return fail(tr("The data could not be read: %1").arg(s.error()));
    bindSelection(s, selection);
    if (!s.next())
        return fail(tr("The data could not be read: %1").arg(s.error()));
    return s.int64(0);
}

Result<qint64> DataExport::forEachRow(Database &database, const DataSelection &selection,
                                      const std::function<bool(const Row &)> &visit, bool byPeriod)
{
    const QString indicatorOrder = QStringLiteral("i.sort_order, i.code");
    const QString periodOrder = PeriodStart + QStringLiteral(", ") + PeriodRank + QStringLiteral(", dv.period");
    const QString sql =
        QStringLiteral("SELECT s.code, i.code, dv.period, o.code, dv.value, dv.numerator, dv.denominator, dv.comment,"
                       " ifnull(r.status, 'draft'), s.uuid, i.uuid, o.uuid, dv.follow_up, dv.updated_at, u.username,"
                       " i.value_type, i.id")
        + FromSql + whereOf(selection) + QStringLiteral(" ORDER BY s.code, ")
        + (byPeriod ? QString(periodOrder + QStringLiteral(", ") + indicatorOrder)
                    : QString(indicatorOrder + QStringLiteral(", ") + periodOrder))
        + QStringLiteral(", dv.option_id IS NOT NULL, ifnull(io.sort_order, 0), o.sort_order, o.code");
    SqliteStatement s(database.handle(), sql);
    if (!s.ok())
        return fail(tr("The data could not be read: %1").arg(s.error()));
    bindSelection(s, selection);
    Row row;
    qint64 visited = 0;
    QHash<QByteArray, ValueType> types;
    while (s.next()) {
        row.site = s.bytes(0);
        row.indicator = s.bytes(1);
        row.period = s.bytes(2);
        row.option = s.bytes(3);
        row.value = optionalReal(s, 4);
        row.numerator = optionalReal(s, 5);
        row.denominator = optionalReal(s, 6);
        row.comment = s.bytes(7);
        row.status = s.bytes(8);
        row.siteUuid = s.bytes(9);
        row.indicatorUuid = s.bytes(10);
        row.optionUuid = s.bytes(11);
        row.followUp = s.int64(12) != 0;
        row.updatedAt = s.bytes(13);
        row.storedBy = s.bytes(14);
        const QByteArray typeKey = s.bytes(15);
        auto type = types.constFind(typeKey);
        if (type == types.constEnd()) {
            ValueType t = ValueType::Count;
            Vocabulary::fromKey(QString::fromLatin1(typeKey), &t);
            type = types.insert(typeKey, t);
        }
        row.valueType = type.value();
        row.indicatorId = s.int64(16);
        ++visited;
        if (!visit(row))
            return visited;
    }
    if (!s.ok())
        return fail(tr("The data could not be read: %1").arg(s.error()));
    return visited;
}

Result<DataExport::Summary> DataExport::write(Database &database, const DataSelection &selection, const Options &options,
                                              const QString &path, const Progress &progress)
{
    if (auto valid = validate(database, selection); !valid)
        return fail(valid.error());
    if (path.isEmpty())
        return fail(tr("Choose a file to export to."));
    const auto total = count(database, selection);
    if (!total)
        return fail(total.error());
    if (progress && !progress(0, total.value()))
        return fail(cancelledMessage(path));

    if (options.format == Format::Xlsx)
        return XlsxWriter(database, selection, options).write(path, progress, total.value());

    // ADX needs at least one group, so an empty selection cannot make a valid file.
    if (options.format == Format::Adx && total.value() == 0)
        return fail(tr("The selection holds no data values, and an ADX file needs at least one; %1 was not written.")
                        .arg(QDir::toNativeSeparators(path)));

    TextSink sink(path);
    if (!sink.open())
        return fail(writeFailedMessage(path, sink.errorString()), ErrorKind::File);

    Summary summary;
    Dhis2Codes codes(database, selection.programmeId);
    const QByteArray defaultCombo = options.defaultCategoryOptionCombo.trimmed().toUtf8();
    const QByteArray dataSet = options.dataSet.trimmed().toUtf8();
    qint64 withoutValue = 0;
    QStringList withoutValueKeys;
    bool firstJson = true;
    QByteArray groupSite, groupPeriod; // ADX: the open group

    switch (options.format) {
    case Format::Csv:
        if (options.bom)
            sink.write("\xEF\xBB\xBF");
        sink.write("site,indicator,period,option,value,numerator,denominator,comment\r\n");
        break;
    case Format::Dhis2Csv:
        sink.write("dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup\r\n");
        break;
    case Format::Dhis2Json:
        sink.write("{");
        if (!dataSet.isEmpty())
            sink.write("\"dataSet\":" + jsonString(dataSet) + ",");
        sink.write("\"dataValues\":[");
        break;
    case Format::Adx:
        sink.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<adx xmlns=\"urn:ihe:qrph:adx:2015\" exported=\""
                   + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1() + "\">\n");
        break;
    case Format::Xlsx: break;
    }

    // The DHIS2 codes of a row: dataElement, period, orgUnit, categoryOptionCombo.
    struct Remote
    {
        QByteArray dataElement, period, orgUnit, combo;
    };
    auto remoteOf = [&](const Row &r) {
        Remote remote;
        remote.dataElement = codes.code(Dhis2Kind::Indicator, r.indicatorUuid, r.indicator);
        remote.orgUnit = codes.code(Dhis2Kind::Site, r.siteUuid, r.site);
        remote.period = codes.period(r.period).value_or(r.period);
        remote.combo = r.option.isEmpty() ? defaultCombo : codes.code(Dhis2Kind::Option, r.optionUuid, r.option);
        return remote;
    };

    Stop stop = Stop::None;
    auto visit = [&](const Row &r) {
        const bool dhis2 = options.format != Format::Csv;
        const std::optional<double> value = dhis2 ? dhis2Value(r) : r.value;
        if (dhis2 && !value) {
            // DHIS2 takes one value per cell; a numerator or denominator alone has none.
            if (++withoutValue <= 10)
                withoutValueKeys.append(QStringLiteral("%1/%2/%3%4").arg(QString::fromUtf8(r.site), QString::fromUtf8(r.indicator),
                                                                         QString::fromUtf8(r.period),
                                                                         r.option.isEmpty() ? QString()
                                                                                            : QString(u'/' + QString::fromUtf8(r.option))));
        } else {
            switch (options.format) {
            case Format::Csv:
                sink.write(csvField(r.site) + ',' + csvField(r.indicator) + ',' + csvField(r.period) + ',' + csvField(r.option) + ','
                           + number(r.value) + ',' + number(r.numerator) + ',' + number(r.denominator) + ',' + csvField(r.comment)
                           + "\r\n");
                break;
            case Format::Dhis2Csv: {
                const Remote remote = remoteOf(r);
                sink.write(csvField(remote.dataElement) + ',' + csvField(remote.period) + ',' + csvField(remote.orgUnit) + ','
                           + csvField(remote.combo) + ",," + number(value) + ',' + csvField(r.storedBy) + ','
                           + csvField(r.updatedAt) + ',' + csvField(r.comment) + ',' + (r.followUp ? "true" : "false") + "\r\n");
                break;
            }
            case Format::Dhis2Json: {
                const Remote remote = remoteOf(r);
                QByteArray o = (firstJson ? "\n{" : ",\n{");
                firstJson = false;
                o += "\"dataElement\":" + jsonString(remote.dataElement) + ",\"period\":" + jsonString(remote.period)
                     + ",\"orgUnit\":" + jsonString(remote.orgUnit);
                if (!remote.combo.isEmpty())
                    o += ",\"categoryOptionCombo\":" + jsonString(remote.combo);
                o += ",\"value\":" + jsonString(number(value));
                if (!r.storedBy.isEmpty())
                    o += ",\"storedBy\":" + jsonString(r.storedBy);
                if (!r.updatedAt.isEmpty())
                    o += ",\"lastUpdated\":" + jsonString(r.updatedAt);
                if (!r.comment.isEmpty())
                    o += ",\"comment\":" + jsonString(r.comment);
                o += QByteArray(",\"followup\":") + (r.followUp ? "true" : "false") + '}';
                sink.write(o);
                break;
            }
            case Format::Adx: {
                const Remote remote = remoteOf(r);
                if (groupSite != r.site || groupPeriod != r.period) {
                    if (!groupSite.isEmpty())
                        sink.write("  </group>\n");
                    groupSite = r.site;
                    groupPeriod = r.period;
                    // A period override that is itself a period id is written as its range;
                    // anything else as given (it must then be an ADX range already).
                    const Period overridden = Period::parse(QString::fromUtf8(remote.period));
                    const QByteArray period = overridden.isValid() ? adxPeriod(overridden) : remote.period;
                    QByteArray g = "  <group orgUnit=\"" + xmlEscaped(remote.orgUnit, true) + "\" period=\""
                                   + xmlEscaped(period, true) + '"';
                    if (!dataSet.isEmpty())
                        g += " dataSet=\"" + xmlEscaped(dataSet, true) + '"';
                    sink.write(g + ">\n");
                }
                QByteArray v = "    <dataValue dataElement=\"" + xmlEscaped(remote.dataElement, true) + '"';
                if (!remote.combo.isEmpty())
                    v += " categoryOptionCombo=\"" + xmlEscaped(remote.combo, true) + '"';
                v += " value=\"" + number(value) + '"';
                if (r.comment.isEmpty())
                    v += "/>\n";
                else
                    v += "><annotation>" + xmlEscaped(r.comment, false) + "</annotation></dataValue>\n";
                sink.write(v);
                break;
            }
            case Format::Xlsx: break;
            }
            ++summary.rows;
        }
        if (sink.failed()) {
            stop = Stop::WriteFailed;
            return false;
        }
        const qint64 done = summary.rows + withoutValue;
        if (progress && done % 1000 == 0 && !progress(done, total.value())) {
            stop = Stop::Cancelled;
            return false;
        }
        return true;
    };
    Interruptible interruptible(database.handle(), progress ? std::function<bool()>([&] {
        return progress(summary.rows + withoutValue, total.value());
    }) : std::function<bool()>());
    const auto rows = forEachRow(database, selection, visit, options.format == Format::Adx);
    if (interruptible.stopped() || stop == Stop::Cancelled)
        return fail(cancelledMessage(path));
    if (!rows)
        return fail(rows.error());

    switch (options.format) {
    case Format::Dhis2Json: sink.write("\n]}\n"); break;
    case Format::Adx:
        if (!groupSite.isEmpty())
            sink.write("  </group>\n");
        sink.write("</adx>\n");
        break;
    default: break;
    }
    // Every value without a number: still no group, so nothing is committed.
    if (options.format == Format::Adx && summary.rows == 0)
        return fail(tr("The selection holds no data values, and an ADX file needs at least one; %1 was not written.")
                        .arg(QDir::toNativeSeparators(path)));
    if (stop == Stop::WriteFailed || !sink.finish())
        return fail(writeFailedMessage(path, sink.errorString()), ErrorKind::File);

    codes.addWarnings(&summary.warnings);
    if (withoutValue > 0)
        summary.warnings.append(tr("Values left out because they have no value and no numerator and denominator to compute it from (%1): %2")
                                    .arg(withoutValue)
                                    .arg(withoutValueKeys.join(QStringLiteral(", ")) + (withoutValue > 10 ? QStringLiteral(", …") : QString())));
    if (progress)
        progress(summary.rows + withoutValue, total.value());
    return summary;
}
